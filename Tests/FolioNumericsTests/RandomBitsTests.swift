@testable import FolioNumerics
import Foundation
import Testing

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

    /// Large tensors (split across cores) hold the numbers of the scalar stream definition.
    @Test func samplersMatchTheStreamDefinition() throws {
        let key = RandomKey(seed: 2026)
        let n = 150_001
        var stream = RandomStream(key: key)
        func open(_ s: inout RandomStream) -> Double { (Double(s.next() >> 11) + 0.5) * 0x1p-53 }
        let normals = (0..<n).map { _ in
            let u1 = open(&stream), u2 = open(&stream)
            return 0.5 + 3 * (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
        }
        #expect(try Tensor.normal(shape: [n], mean: 0.5, standardDeviation: 3, key: key).scalars == normals)
        var uniformStream = RandomStream(key: key)
        let uniforms = (0..<n).map { _ in -1 + 3 * uniformStream.nextUnitDouble() }
        #expect(try Tensor.uniform(shape: [n], in: -1..<2, key: key).scalars == uniforms)
    }
}
