import Foundation
import Testing

@testable import FolioNumerics

/// An independent decoder (sign, exponent field, fraction as the formats define them), so that
/// the enumeration tests don't trust `FloatFormat.value(bitPattern:)`.
private func decode(_ bits: Int, e: Int, m: Int, finiteTop: Bool) -> Double {
    let negative = bits >> (e + m) & 1 == 1
    let field = bits >> m & ((1 << e) - 1)
    let fraction = bits & ((1 << m) - 1)
    let bias = (1 << (e - 1)) - 1
    var v: Double
    if field == (1 << e) - 1 && !finiteTop {
        v = fraction == 0 ? .infinity : .nan
    } else if field == (1 << e) - 1 && fraction == (1 << m) - 1 {
        v = .nan  // E4M3FN: S.1111.111 only
    } else if field == 0 {
        v = Double(fraction) * pow(2.0, Double(1 - bias - m))
    } else {
        v = (1 + Double(fraction) / Double(1 << m)) * pow(2.0, Double(field - bias))
    }
    return negative ? -v : v
}

private struct FormatCase: Sendable, CustomStringConvertible {
    let format: FloatFormat
    let e: Int, m: Int, finiteTop: Bool
    let finiteCount: Int
    var description: String { format.name }
}

private let formatCases = [
    FormatCase(format: .bfloat16, e: 8, m: 7, finiteTop: false, finiteCount: 65536 - 2 * 128),
    FormatCase(format: .float16, e: 5, m: 10, finiteTop: false, finiteCount: 65536 - 2 * 1024),
    FormatCase(format: .float8E4M3, e: 4, m: 3, finiteTop: true, finiteCount: 256 - 2),
    FormatCase(format: .float8E5M2, e: 5, m: 2, finiteTop: false, finiteCount: 256 - 2 * 4),
]

@Suite struct FloatFormatTests {
    @Test func metadata() throws {
        let f8 = FloatFormat.float8E4M3
        let f5 = FloatFormat.float8E5M2
        #expect(f8.maxFinite == 448 && f8.smallestNormal == 0x1p-6 && f8.smallestSubnormal == 0x1p-9)
        #expect(f8.epsilon == 0x1p-3 && f8.bitWidth == 8 && !f8.hasInfinities && f8.hasNaN)
        #expect(f5.maxFinite == 57344 && f5.smallestNormal == 0x1p-14 && f5.smallestSubnormal == 0x1p-16)
        #expect(f5.epsilon == 0x1p-2 && f5.bitWidth == 8 && f5.hasInfinities)
        let h = FloatFormat.float16
        let b = FloatFormat.bfloat16
        #expect(h.maxFinite == 65504 && h.smallestNormal == 0x1p-14 && h.smallestSubnormal == 0x1p-24)
        #expect(h.epsilon == 0x1p-10 && h.bitWidth == 16)
        #expect(b.maxFinite == Double(Float(bitPattern: 0x7f7f_0000)) && b.smallestNormal == 0x1p-126)
        #expect(b.smallestSubnormal == 0x1p-133 && b.epsilon == 0x1p-7 && b.bitWidth == 16)
        // A custom format: OCP FP4 E2M1 has values {0, 0.5, 1, 1.5, 2, 3, 4, 6}.
        let fp4 = try FloatFormat(exponentBits: 2, mantissaBits: 1, specials: .none)
        #expect(fp4.maxFinite == 6 && fp4.smallestSubnormal == 0.5)
        #expect((0..<8).map { fp4.value(bitPattern: UInt64($0)) } == [0, 0.5, 1, 1.5, 2, 3, 4, 6])
        #expect(5.0.rounded(to: fp4) == 4 && 100.0.rounded(to: fp4) == 6 && 2.5.rounded(to: fp4) == 2)
        #expect(tensorErrorMessage { try FloatFormat(exponentBits: 0, mantissaBits: 3, specials: .ieee) } != nil)
        #expect(tensorErrorMessage { try FloatFormat(exponentBits: 4, mantissaBits: 0, specials: .nanOnly) } != nil)
    }

    /// Every bit pattern of each format: decoding agrees with an independent decoder, the
    /// number of finite values is as the format defines, every finite value rounds to itself
    /// and encodes back to its pattern; between each pair of neighbours the midpoint rounds to
    /// the one with the even pattern and the doubles just beside it to the nearer neighbour.
    @Test(arguments: formatCases)
    fileprivate func enumerateEveryValue(_ c: FormatCase) throws {
        let f = c.format
        var finite: [(value: Double, bits: Int)] = []
        for bits in 0..<f.bitPatternCount {
            let expected = decode(bits, e: c.e, m: c.m, finiteTop: c.finiteTop)
            let v = f.value(bitPattern: UInt64(bits))
            #expect(v.bitPattern == expected.bitPattern || (v.isNaN && expected.isNaN), "pattern \(bits)")
            guard v.isFinite else { continue }
            finite.append((v, bits))
            #expect(v.rounded(to: f).bitPattern == v.bitPattern, "\(v) does not round to itself")
            #expect(v.rounded(to: f, overflow: .ieee).bitPattern == v.bitPattern)
            #expect(f.bitPattern(of: v) == UInt64(bits), "\(v) encodes to \(f.bitPattern(of: v)), not \(bits)")
        }
        #expect(finite.count == c.finiteCount)
        // Neighbours among the non-negative values (the negative side mirrors them).
        let positive = finite.filter { $0.value > 0 || ($0.value == 0 && $0.value.sign == .plus) }
            .sorted { $0.value < $1.value }
        #expect(positive.count == c.finiteCount / 2)
        #expect(positive.last?.value == f.maxFinite)
        #expect(positive[1].value == f.smallestSubnormal)
        var midpoints = 0
        for (lo, hi) in zip(positive, positive.dropFirst()) {
            let mid = (lo.value + hi.value) / 2  // exact: these formats have ≤ 11 significant bits
            let even = lo.bits & 1 == 0 ? lo.value : hi.value
            for sign in [1.0, -1.0] {
                #expect(
                    (sign * mid).rounded(to: f) == sign * even,
                    "midpoint \(sign * mid) → \((sign * mid).rounded(to: f)), not \(sign * even)")
                #expect((sign * mid.nextUp).rounded(to: f) == sign * hi.value)
                #expect((sign * mid.nextDown).rounded(to: f) == sign * lo.value)
            }
            midpoints += 1
        }
        #expect(midpoints == c.finiteCount / 2 - 1)
    }

    @Test func overflowSaturatesByDefault() {
        for f in [FloatFormat.bfloat16, .float16, .float8E4M3, .float8E5M2] {
            for x in [f.maxFinite * 1.5, 1e300, Double.greatestFiniteMagnitude] {
                #expect(x.rounded(to: f) == f.maxFinite && (-x).rounded(to: f) == -f.maxFinite)
            }
            #expect(Double.nan.rounded(to: f).isNaN && Double.nan.rounded(to: f, overflow: .ieee).isNaN)
        }
        // Infinity: kept where the format has it, saturated in E4M3.
        #expect(Double.infinity.rounded(to: .float8E5M2) == .infinity)
        #expect(Double.infinity.rounded(to: .float8E4M3) == 448 && (-Double.infinity).rounded(to: .float8E4M3) == -448)
    }

    @Test func ieeeOverflowAsNumPyAndMLDtypes() {
        // E4M3: 464 is the midpoint of 448 (even fraction 110) and 480 (would be 111 = NaN):
        // ties to even gives 448; anything above is NaN (ml_dtypes float8_e4m3fn).
        #expect(464.0.rounded(to: .float8E4M3, overflow: .ieee) == 448)
        #expect(464.0.nextUp.rounded(to: .float8E4M3, overflow: .ieee).isNaN)
        #expect(Double.infinity.rounded(to: .float8E4M3, overflow: .ieee).isNaN)
        #expect(464.0.nextUp.rounded(to: .float8E4M3) == 448)
        // IEEE formats: max + half an ulp ties to the (even) next binade, i.e. ∞.
        for (f, threshold) in [(FloatFormat.float16, 65520.0), (.float8E5M2, 61440), (.bfloat16, 0x1.ffp127)] {
            #expect(threshold.rounded(to: f, overflow: .ieee) == .infinity)
            #expect((-threshold).rounded(to: f, overflow: .ieee) == -.infinity)
            #expect(threshold.nextDown.rounded(to: f, overflow: .ieee) == f.maxFinite)
            #expect(threshold.rounded(to: f) == f.maxFinite)
        }
    }

    @Test func subnormalsAndZero() {
        for f in [FloatFormat.bfloat16, .float16, .float8E4M3, .float8E5M2] {
            let s = f.smallestSubnormal
            #expect((s / 2).rounded(to: f) == 0)  // tie → even (0)
            #expect((s / 2).nextUp.rounded(to: f) == s)
            #expect((1.5 * s).rounded(to: f) == 2 * s)  // tie between 1 (odd) and 2
            #expect((2.5 * s).rounded(to: f) == 2 * s)
            let z = (-s / 4).rounded(to: f)
            #expect(z == 0 && z.sign == .minus)  // the sign of zero is kept
            #expect((-0.0).rounded(to: f).sign == .minus)
            #expect(Double.leastNonzeroMagnitude.rounded(to: f) == 0)
            #expect((f.smallestNormal - s).rounded(to: f) == f.smallestNormal - s)
        }
        #expect((0x1p-7 + 0x1p-9).rounded(to: .float8E4M3) == 0x1p-7 + 0x1p-9)
    }

    /// ml_dtypes converts a Double to Float first, so it double-rounds; we round once.
    @Test func roundsOnceFromDouble() {
        #expect((1 + 0x1p-4 + 0x1p-40).rounded(to: .float8E4M3) == 1.125)
        #expect((1 + 0x1p-8 + 0x1p-40).rounded(to: .bfloat16) == 1 + 0x1p-7)
        #expect((1 + 0x1p-11 + 0x1p-40).rounded(to: .float16) == 1 + 0x1p-10)
    }

    @Test func agreesWithMLDtypes() {
        var compared = 0
        for (name, inputs, expected, bits) in LowPrecisionReference.cases {
            let formats: [FloatFormat] = [.bfloat16, .float16, .float8E4M3, .float8E5M2]
            guard let f = formats.first(where: { $0.name == name }) else {
                Issue.record("unknown format \(name)")
                continue
            }
            for (i, x) in inputs.enumerated() {
                let r = x.rounded(to: f, overflow: .ieee)
                #expect(
                    r.bitPattern == expected[i].bitPattern || (r.isNaN && expected[i].isNaN),
                    "\(name)(\(x)) = \(r), ml_dtypes \(expected[i])")
                if !r.isNaN {
                    #expect(f.bitPattern(of: x, overflow: .ieee) == bits[i], "\(name) bits of \(x)")
                }
                compared += 1
            }
        }
        #expect(compared >= 4 * 300)
    }
}

@Suite struct TensorLowPrecisionTests {
    @Test func roundsElementwise() throws {
        let t: Tensor = [[1.0, 1.0625, -1000, .nan], [0x1p-10, 3.3, 500, -0.0]]
        let r = t.rounded(to: .float8E4M3)
        #expect(r.shape == [2, 4])
        let s = r.scalars
        #expect(Array(s[0..<3]) == [1, 1, -448] && s[3].isNaN)
        #expect(Array(s[4...]) == [0, 3.25, 448, 0] && s[7].sign == .minus)
        let view = t.transposed()  // a non-contiguous view rounds in row-major order too
        let b = view.rounded(to: .bfloat16)
        #expect(b.shape == [4, 2] && b.scalars[0...5] == [1, 0x1p-10, 1.0625, 3.296875, -1000, 500])
    }

    @Test func gradientThroughRoundingNeedsStraightThrough() throws {
        let x: Tensor = [0.3, 1.7, -2.2]
        #expect(
            tensorErrorMessage { try gradient(at: x) { x in x.rounded(to: .float8E4M3).sum() } }?.contains("rounded")
                == true)
        let g = try gradient(at: x) { x in try (straightThrough(x.rounded(to: .float8E4M3), gradientOf: x) * x).sum() }
        // d/dx [round(x) · x] with round's gradient taken as 1: x + round(x).
        #expect(g.scalars == [0.3 + 0.3125, 1.7 + 1.75, -2.2 + -2.25])
    }

    @Test func perTensorQuantization() throws {
        let t = try Tensor.normal(shape: [64, 64], key: RandomKey(seed: 3))
        let amax = try abs(t).max().scalar
        let (q, scale) = try t.quantized(to: .float8E4M3)
        let s = try scale.scalar
        #expect(scale.shape == [] && s == amax / 448)
        #expect(q.shape == t.shape)
        // Every dequantized value is scale × an E4M3 value, within half an ulp of x.
        for (x, y) in zip(t.scalars, q.scalars) {
            #expect(
                (y / s).rounded(to: .float8E4M3) == y / s || Swift.abs(y / s - (y / s).rounded(to: .float8E4M3)) < 1e-12
            )
            #expect(Swift.abs(y - x) <= 0x1p-4 * Swift.abs(x) + s * 0x1p-10 + 1e-15)
        }
        let qmax = try abs(q).max().scalar
        #expect(Swift.abs(qmax - amax) <= 1e-15 * amax)
    }

    @Test func perTileAndPerBlockScales() throws {
        let t =
            try Tensor.normal(shape: [3, 300], key: RandomKey(seed: 4))
            * Tensor(shape: [3, 1], scalars: [1, 100, 0.001])
        let (q, scales) = try t.quantized(to: .float8E4M3, granularity: .perTile(columns: 128))
        #expect(scales.shape == [3, 3] && q.shape == [3, 300])
        for r in 0..<3 {
            for tile in 0..<3 {
                let lanes = (tile * 128)..<Swift.min(tile * 128 + 128, 300)
                let amax = try lanes.map { Swift.abs(try t.scalar(at: r, $0)) }.max() ?? 0
                #expect(try scales.scalar(at: r, tile) == amax / 448)
            }
        }
        let w = try Tensor.normal(shape: [2, 256, 200], key: RandomKey(seed: 5))
        let (wq, ws) = try w.quantized(to: .float8E5M2, granularity: .perBlock())
        #expect(ws.shape == [2, 2, 2] && wq.shape == w.shape)
        let block = try w[1, 128..<256, 128..<200]
        #expect(try ws.scalar(at: 1, 1, 1) == (try abs(block).max().scalar) / 57344)
        // Within half an ulp (2⁻³ relative in E5M2), or half a subnormal step of the scaled grid.
        let bound = try 0x1p-3 * abs(w) + (ws.max().scalar * 0x1p-17 + 1e-15)
        #expect(try (abs(wq - w) .<= bound).all().scalar == 1)
    }

    @Test func quantizationEdgeCases() throws {
        var t = try Tensor.zeros(shape: [2, 256])
        try t.assign(Tensor(.nan), at: 1, 0)
        try t.assign(Tensor(5.0), at: 0, 200)
        let (q, s) = try t.quantized(to: .float8E4M3, granularity: .perTile())
        #expect(s.shape == [2, 2])
        let sv = s.scalars
        let qv = q.scalars
        #expect(sv[0] == 1 && sv[1] == 5.0 / 448 && sv[2].isNaN && sv[3] == 1)
        #expect(qv[200] == 5 && qv[256 + 5].isNaN && qv[256 + 200] == 0)
        #expect(tensorErrorMessage { try Tensor([1.0, 2]).quantized(to: .float16, granularity: .perBlock()) } != nil)
        #expect(
            tensorErrorMessage { try Tensor([1.0, 2]).quantized(to: .float16, granularity: .perTile(columns: 0)) }
                != nil)
        let empty = try Tensor.zeros(shape: [0, 4]).quantized(to: .float16, granularity: .perTile(columns: 2))
        #expect(empty.dequantized.shape == [0, 4] && empty.scales.shape == [0, 2])
        // Power-of-two scales: exact powers, amax still fits.
        let x = try Tensor.normal(shape: [4, 128], key: RandomKey(seed: 6)) * 37
        let (_, ps) = try x.quantized(to: .float8E4M3, granularity: .perTile(), powerOfTwoScales: true)
        for (i, scale) in ps.scalars.enumerated() {
            #expect(scale.significand == 1)
            let amax = try abs(x[i]).max().scalar
            #expect(amax / scale <= 448 && amax / scale > 224)
        }
    }
}
