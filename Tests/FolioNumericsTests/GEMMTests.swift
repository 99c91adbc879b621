import Testing

@testable import FolioNumerics

/// The packed, register-tiled GEMM gives bit for bit what the plain loop gives (the fixed
/// summation order of `Tensor.gemm`), for every edge case of its blocking, and the same on
/// one thread as split across cores.
@Suite struct GEMMTests {
    func operands(_ m: Int, _ k: Int, _ n: Int, seed: UInt32) throws -> ([Double], [Double]) {
        let key = RandomKey(seed: 11).foldIn(seed)
        return (
            try Tensor.normal(shape: [m * k], key: key.foldIn(0)).scalars,
            try Tensor.normal(shape: [k * n], key: key.foldIn(1)).scalars
        )
    }

    func product(
        _ a: [Double], _ b: [Double], _ m: Int, _ k: Int, _ n: Int,
        _ kernel: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    ) -> [Double] {
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

    /// Shapes that hit every remainder: m and n not multiples of the 4×4 or 4×8 tile, k odd
    /// and larger than the 256-deep slice, m larger than a 96-row tile, n larger than one
    /// tile; large enough to be split across threads in tiles of rows (203 × 515 × 150, 2053 ×
    /// 9 × 130), and with B too large to pack at once (4M doubles): two blocks of columns,
    /// 504 and 19 wide (5 × 8193 × 523).
    @Test(arguments: [
        (4, 2, 4), (5, 3, 7), (37, 301, 45), (130, 513, 257), (97, 256, 9), (200, 257, 130), (8, 1, 8),
        (203, 515, 150), (2053, 9, 130), (5, 8193, 523),
    ])
    func packedKernelIsBitIdenticalToTheReference(shape: (Int, Int, Int)) throws {
        let (m, k, n) = shape
        let (a, b) = try operands(m, k, n, seed: UInt32(m * 1000 + k))
        let reference = product(a, b, m, k, n) { Tensor.gemmReference($0, $1, $2, m: m, k: k, n: n) }
        let packed = product(a, b, m, k, n) { Tensor.gemmPacked($0, $1, $2, m: m, k: k, n: n) }
        let serial = product(a, b, m, k, n) { GEMM.serial($0, $1, $2, rows: 0..<m, k: k, n: n) }
        let portable = product(a, b, m, k, n) { Tensor.gemmPacked($0, $1, $2, m: m, k: k, n: n, kernel: .portable) }
        #expect(packed.map(\.bitPattern) == reference.map(\.bitPattern))
        #expect(portable.map(\.bitPattern) == reference.map(\.bitPattern))
        #expect(serial.map(\.bitPattern) == reference.map(\.bitPattern))
        // And it is the matrix product: compare with a plain dot product per element.
        let i = m - 1
        let j = n / 2
        let dot = (0..<k).reduce(0.0) { $0 + a[i * k + $1] * b[$1 * n + j] }
        #expect(abs(packed[i * n + j] - dot) <= 1e-12 * Double(k))
    }

    /// The Swift kernel (forced) and the kernel this CPU prefers (the AVX2 C kernel on x86-64
    /// with AVX2) give the same bits on every edge of the tiling: a lone row or column, m and
    /// n one short of and one past a tile, k of 1, 2, odd, one past a slice, and more than one
    /// 96-row block. Also onto a nonzero C, since the kernels accumulate into C between slices.
    @Test(arguments: [
        (1, 1, 1), (4, 1, 4), (3, 2, 5), (5, 3, 3), (1, 257, 4), (4, 257, 1),
        (7, 255, 11), (97, 513, 13), (12, 256, 8), (101, 64, 103),
    ])
    func preferredKernelIsBitIdenticalToTheSwiftKernel(shape: (Int, Int, Int)) throws {
        let (m, k, n) = shape
        let (a, b) = try operands(m, k, n, seed: UInt32(m * 7919 + k * 31 + n))
        let start = try Tensor.normal(shape: [m * n], key: RandomKey(seed: 5).foldIn(UInt32(m + n))).scalars
        func run(_ kernel: GEMM.Kernel) -> [Double] {
            var c = start
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        guard let x = pa.baseAddress, let y = pb.baseAddress, let z = pc.baseAddress else { return }
                        GEMM.serial(x, y, z, rows: 0..<m, k: k, n: n, kernel: kernel)
                    }
                }
            }
            return c
        }
        let portable = run(.portable)
        let preferred = run(.preferred)
        #expect(preferred.map(\.bitPattern) == portable.map(\.bitPattern))
        // Both did add the product: C changed where A·B is not zero.
        #expect(portable != start)
    }

    #if os(Linux) && arch(x86_64)
        /// On an x86-64 CPU that has AVX2 the AVX2 kernel is the one chosen (so the bit-identity
        /// tests above exercise it there, not the Swift kernel twice).
        @Test func avx2IsPreferredWhereTheCPUHasIt() throws {
            let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ") ?? []
            try #require(!flags.isEmpty, "no /proc/cpuinfo flags to check against")
            #expect((GEMM.Kernel.preferred == .avx2) == flags.contains("avx2"))
        }
    #endif

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
