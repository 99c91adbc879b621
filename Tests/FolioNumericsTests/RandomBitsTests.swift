import Foundation
import Testing

@testable import FolioNumerics

/// The samplers' fast path (eight Threefry blocks at once, chunks, threads) draws exactly the
/// numbers of the one-at-a-time stream: the values a seed gives did not change.
@Suite struct RandomBitsTests {
    /// `fill` equals repeated `next()`, from counters that are not multiples of 8 and across
    /// a carry into the counter's high word.
    @Test(arguments: [UInt64(0), 3, 0xFFFF_FFF5, 0x1_FFFF_FFFC])
    func fillMatchesNext(start: UInt64) {
        let key = RandomKey(seed: 0x0123_4567_89AB_CDEF)
        var one = RandomStream(key: key, counter: start)
        var many = one
        let expected = (0..<45).map { _ in one.next() }
        var got = [UInt64](repeating: 0, count: 45)
        got.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }
            many.fill(base, count: 3)
            many.fill(base + 3, count: 42)
        }
        #expect(got == expected)
        #expect(many.counter == one.counter)
    }

    /// Large tensors (split across cores) hold the numbers of the scalar stream definition:
    /// uniforms exactly; normals as Box–Muller with glibc's log and cos of the same draws,
    /// to within the last bits (the sampler's own log and cos(2πu) differ from glibc's there),
    /// so each value comes from the right pair of draws.
    @Test func samplersMatchTheStreamDefinition() throws {
        let key = RandomKey(seed: 2026)
        let n = 150_001
        var stream = RandomStream(key: key)
        func open(_ s: inout RandomStream) -> Double { (Double(s.next() >> 11) + 0.5) * 0x1p-53 }
        let pairs = (0..<n).map { _ in (open(&stream), open(&stream)) }
        let normals = try Tensor.normal(shape: [n], mean: 0.5, standardDeviation: 3, key: key).scalars
        var worst = 0.0
        var identical = 0
        for (value, (u1, u2)) in zip(normals, pairs) {
            let radius = (-2 * Foundation.log(u1)).squareRoot()
            let glibc = 0.5 + 3 * radius * Foundation.cos(2 * Double.pi * u2)
            // In units of the scale of the value's terms: the rounded 2π·u alone moves glibc's
            // cos by up to ~1e-15 near its zeros.
            worst = max(worst, abs(value - glibc) / (3 * max(radius, 1)))
            if value == glibc { identical += 1 }
        }
        print("normal vs glibc Box–Muller: \(identical) of \(n) identical, max difference \(worst) of the scale")
        // Measured 7e-16 (46% of the values identical); a value from the wrong draws is off by ~1.
        #expect(worst <= 2e-15)
        var uniformStream = RandomStream(key: key)
        let uniforms = (0..<n).map { _ in -1 + 3 * uniformStream.nextUnitDouble() }
        #expect(try Tensor.uniform(shape: [n], in: -1..<2, key: key).scalars == uniforms)
    }

    /// The AVX2 normal kernel and the baseline one give the same bits: at any starting value,
    /// for counts that are not multiples of its eight lanes, and across a carry of the draw
    /// counter into its high word (draw 2³² is value 2³¹).
    @Test(arguments: [0, 5, (1 << 31) - 13])
    func normalKernelsAgree(first: Int) throws {
        let key = RandomKey(seed: 77)
        func values(avx2: Bool) -> [Double] {
            var out = [Double](repeating: .nan, count: 29)
            out.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                Tensor.normalValues(
                    base, key: key, first: first, count: 29, mean: -1, standardDeviation: 0.5, avx2: avx2)
            }
            return out
        }
        let baseline = values(avx2: false)
        #expect(baseline.allSatisfy { $0.isFinite })
        if GEMM.Kernel.preferred == .avx2 {
            #expect(values(avx2: true).map(\.bitPattern) == baseline.map(\.bitPattern))
        }
        // And the values are the tensor's values first ..< first + 29.
        if first == 5 {
            let tensor = try Tensor.normal(shape: [34], mean: -1, standardDeviation: 0.5, key: key).scalars
            #expect(Array(tensor[5...]).map(\.bitPattern) == baseline.map(\.bitPattern))
        }
    }
}
