@testable import FolioNumerics
import Testing

/// The packed, register-tiled GEMM gives bit for bit what the plain loop gives (the fixed
/// summation order of `Tensor.gemm`), for every edge case of its blocking, and the same on
/// one thread as split across cores.
@Suite struct GEMMTests {
    func operands(_ m: Int, _ k: Int, _ n: Int, seed: UInt32) throws -> ([Double], [Double]) {
        let key = RandomKey(seed: 11).foldIn(seed)
        return (try Tensor.normal(shape: [m * k], key: key.foldIn(0)).scalars,
                try Tensor.normal(shape: [k * n], key: key.foldIn(1)).scalars)
    }

    func product(_ a: [Double], _ b: [Double], _ m: Int, _ k: Int, _ n: Int, _ kernel: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    guard let x = pa.baseAddress, let y = pb.baseAddress, let z = pc.baseAddress else { return }
                    kernel(x, y, z)
                }
            }
        }
        return c
    }

    /// Shapes that hit every remainder: m and n not multiples of the 4×4 tile, k odd and
    /// larger than the 256-deep slice, m larger than a 96-row block, n larger than one tile.
    @Test(arguments: [(4, 2, 4), (5, 3, 7), (37, 301, 45), (130, 513, 257), (97, 256, 9), (200, 257, 130), (8, 1, 8)])
    func packedKernelIsBitIdenticalToTheReference(shape: (Int, Int, Int)) throws {
        let (m, k, n) = shape
        let (a, b) = try operands(m, k, n, seed: UInt32(m * 1000 + k))
        let reference = product(a, b, m, k, n) { Tensor.gemmReference($0, $1, $2, m: m, k: k, n: n) }
        let packed = product(a, b, m, k, n) { Tensor.gemmPacked($0, $1, $2, m: m, k: k, n: n) }
        let serial = product(a, b, m, k, n) { GEMM.serial($0, $1, $2, rows: 0..<m, k: k, n: n) }
        #expect(packed.map(\.bitPattern) == reference.map(\.bitPattern))
        #expect(serial.map(\.bitPattern) == reference.map(\.bitPattern))
        // And it is the matrix product: compare with a plain dot product per element.
        let i = m - 1, j = n / 2
        let dot = (0..<k).reduce(0.0) { $0 + a[i * k + $1] * b[$1 * n + j] }
        #expect(abs(packed[i * n + j] - dot) <= 1e-12 * Double(k))
    }

    /// matmul on a size that takes the packed, multi-threaded path adds onto zeros, so its
    /// result is the reference product of the same operands.
    @Test func matmulUsesTheSameOrder() throws {
        let (m, k, n) = (160, 300, 72)
        let (a, b) = try operands(m, k, n, seed: 3)
        let c = try matmul(try Tensor(shape: [m, k], scalars: a), try Tensor(shape: [k, n], scalars: b))
        let reference = product(a, b, m, k, n) { Tensor.gemmReference($0, $1, $2, m: m, k: k, n: n) }
        #expect(c.scalars.map(\.bitPattern) == reference.map(\.bitPattern))
    }
}
