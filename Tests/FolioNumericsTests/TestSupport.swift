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
    #expect(close(t.scalars, r.values, tolerance: tolerance),
            "\(t.scalars) ≠ \(r.values)", sourceLocation: sourceLocation)
}

func expectClose(
    _ t: Tensor, shape: [Int], _ values: [Double], tolerance: Double = 1e-13,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(t.shape == shape, "shape \(t.shape) ≠ \(shape)", sourceLocation: sourceLocation)
    #expect(close(t.scalars, values, tolerance: tolerance),
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
