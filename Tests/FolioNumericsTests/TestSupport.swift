import Testing

@testable import FolioNumerics

extension Ref {
    var tensor: Tensor {
        get throws { try Tensor(shape: shape, scalars: values) }
    }
}

/// Whether `a` and `b` agree: same shape, and each pair of values both NaN, equal, or within
/// `tolerance` relative to max(1, |b|).
func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-13) -> Bool {
    guard a.count == b.count else { return false }
    for (x, y) in zip(a, b) {
        if x.isNaN && y.isNaN { continue }
        if x == y { continue }
        if !(abs(x - y) <= tolerance * max(1, abs(y))) { return false }
    }
    return true
}

func expectClose(
    _ t: Tensor, _ r: Ref, tolerance: Double = 1e-13, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(t.shape == r.shape, "shape \(t.shape) ≠ \(r.shape)", sourceLocation: sourceLocation)
    #expect(
        close(t.scalars, r.values, tolerance: tolerance),
        "\(t.scalars) ≠ \(r.values)", sourceLocation: sourceLocation)
}

func expectClose(
    _ t: Tensor, shape: [Int], _ values: [Double], tolerance: Double = 1e-13,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(t.shape == shape, "shape \(t.shape) ≠ \(shape)", sourceLocation: sourceLocation)
    #expect(
        close(t.scalars, values, tolerance: tolerance),
        "\(t.scalars) ≠ \(values)", sourceLocation: sourceLocation)
}

/// The message of the `TensorError` that `body` throws, or nil.
func tensorErrorMessage(_ body: () throws -> Any) -> String? {
    do {
        _ = try body()
        return nil
    } catch let error as TensorError {
        return error.message
    } catch {
        return "unexpected \(error)"
    }
}

/// The distance between two doubles in units in the last place: how many representable
/// doubles lie between them (0 if equal, including +0 and -0; ∞ if exactly one is NaN, 0 if
/// both are). Adjacent doubles are 1 apart, across zero and the subnormals alike.
func ulpDistance(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : .infinity }
    if a == b { return 0 }
    func ordered(_ x: Double) -> Int64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits < 0 ? Int64.min - bits : bits
    }
    let (x, y) = (ordered(a), ordered(b))
    return Double(
        x > y
            ? x.subtractingReportingOverflow(y).partialValue.magnitude
            : y.subtractingReportingOverflow(x).partialValue.magnitude)
}

/// The error of `computed` against an exact value given as a double-double `hi + lo`, in
/// ULPs of the exact value (fractional: 0.5 is the best a double can do). An infinite or NaN
/// `hi` must be matched exactly (0 or ∞).
func ulpError(_ computed: Double, hi: Double, lo: Double) -> Double {
    if !hi.isFinite || !computed.isFinite { return ulpDistance(computed, hi) }
    let ulp = hi.ulp == 0 ? Double.leastNonzeroMagnitude : hi.ulp
    // Pick the ulp of the binade the exact value lies in (hi may sit on a power of two).
    let exactUlp = (abs(hi) == hi.binade && (lo < 0) == (hi > 0)) ? ulp / 2 : ulp
    return abs((computed - hi) - lo) / Swift.max(exactUlp, Double.leastNonzeroMagnitude)
}

/// The largest `ulpError` of `f` over a table of (x, hi, lo) triples, with the x where it
/// occurs.
func maxUlpError(_ table: [Double], _ f: (Double) -> Double) -> (ulps: Double, at: Double) {
    var worst = (ulps: 0.0, at: Double.nan)
    for i in stride(from: 0, to: table.count, by: 3) {
        let e = ulpError(f(table[i]), hi: table[i + 1], lo: table[i + 2])
        if e > worst.ulps || e.isNaN { worst = (e, table[i]) }
    }
    return worst
}
