#if arch(x86_64)
internal import CFolioKernels
#endif

/// The packed, register-tiled matrix product behind `matmul` for all but small sizes.
///
/// The classic Goto/BLIS structure: C is computed in NC-wide column blocks; for each KC-deep
/// slice of k, that block of B is packed into NR-wide panels (contiguous, in k order), then
/// for each MC-tall block of rows, A is packed into MR-tall panels, and a micro-kernel keeps
/// an MR×NR tile of C in registers (eight `SIMD2<Double>`) while it runs over the slice. Each
/// element of A is packed twice, side by side, so the kernel loads it as a ready-made pair
/// instead of broadcasting it (SSE2, Swift's baseline on x86-64, has no broadcast load).
///
/// Determinism: every element of C is accumulated in registers in the fixed order of
/// `Tensor.gemm` (pairs of products, in order of p; KC is even so slices never split a pair)
/// and stored between slices, which does not change the value. Rows are split between
/// threads in whole blocks, and each element is computed by one thread: the result is
/// bit-identical to `Tensor.gemmReference` on any machine, load or thread count.
///
/// On x86-64 CPUs with AVX2 the tiles run in a C kernel (`CFolioKernels`) with 256-bit
/// registers, two B panels at a time (4×8 blocks), on the same packed panels, with separate
/// multiplies and adds (no FMA) in the same order, so it gives the same bits as the Swift
/// kernel, which stays the fallback.
enum GEMM {
    /// Which micro-kernel computes the tiles. Both give the same bits; the choice only
    /// changes speed (tests force `.portable` to compare them).
    enum Kernel: Sendable {
        /// The Swift kernel, in `SIMD2<Double>` (SSE2 on x86-64, NEON on arm64).
        case portable
        /// The C kernel in 256-bit AVX2 registers (x86-64 only).
        case avx2

        /// The fastest kernel this CPU runs, checked once at run time.
        static let preferred: Kernel = {
            #if arch(x86_64)
            return folio_cpu_has_avx2() != 0 ? .avx2 : .portable
            #else
            return .portable
            #endif
        }()
    }

    /// Rows of the register tile.
    static let mr = 4
    /// Columns of the register tile (one `SIMD4<Double>`).
    static let nr = 4
    /// Depth of a slice of k (even: a slice never splits a pair of products).
    static let kc = 256
    /// Rows of a packed block of A (kept in L2).
    static let mc = 96
    /// Columns of a packed block of B (kept in L3).
    static let nc = 2048

    /// C[0..<m, 0..<n] += A·B over the slice of `kc` rows of B: the packed panels `pa` (MR·kc
    /// per panel) and `pb` (kc·NR per panel), written into C with row stride `ldc`.
    @inline(__always)
    static func macroKernel(
        _ pa: UnsafePointer<Double>, _ pb: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, n: Int, kc: Int, ldc: Int, kernel: Kernel
    ) {
        #if arch(x86_64)
        if kernel == .avx2 {
            folio_gemm_macro_avx2(pa, pb, c, m, n, kc, ldc)
            return
        }
        #endif
        var jr = 0
        while jr < n {
            let panelB = pb + (jr / nr) * nr * kc
            var ir = 0
            while ir < m {
                let panelA = pa + 2 * (ir / mr) * mr * kc
                let rows = Swift.min(mr, m - ir), columns = Swift.min(nr, n - jr)
                microKernel(panelA, panelB, kc: kc, c + ir * ldc + jr, ldc: ldc, rows: rows, columns: columns)
                ir += mr
            }
            jr += nr
        }
    }

    /// The 4×4 register tile: loads it from C, adds the slice's products in the fixed order,
    /// stores it back (only the `rows`×`columns` part that exists).
    @inline(__always)
    static func microKernel(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, kc: Int,
        _ c: UnsafeMutablePointer<Double>, ldc: Int, rows: Int, columns: Int
    ) {
        var c0 = SIMD4<Double>(), c1 = SIMD4<Double>(), c2 = SIMD4<Double>(), c3 = SIMD4<Double>()
        let full = rows == mr && columns == nr
        if full {
            c0 = UnsafeRawPointer(c).loadUnaligned(as: SIMD4<Double>.self)
            c1 = UnsafeRawPointer(c + ldc).loadUnaligned(as: SIMD4<Double>.self)
            c2 = UnsafeRawPointer(c + 2 * ldc).loadUnaligned(as: SIMD4<Double>.self)
            c3 = UnsafeRawPointer(c + 3 * ldc).loadUnaligned(as: SIMD4<Double>.self)
        } else {
            for j in 0..<columns {
                if rows > 0 { c0[j] = c[j] }
                if rows > 1 { c1[j] = c[ldc + j] }
                if rows > 2 { c2[j] = c[2 * ldc + j] }
                if rows > 3 { c3[j] = c[3 * ldc + j] }
            }
        }
        let rawB = UnsafeRawPointer(b), rawA = UnsafeRawPointer(a)
        var c0l = c0.lowHalf, c0h = c0.highHalf, c1l = c1.lowHalf, c1h = c1.highHalf
        var c2l = c2.lowHalf, c2h = c2.highHalf, c3l = c3.lowHalf, c3h = c3.highHalf
        @inline(__always) func b2(_ offset: Int) -> SIMD2<Double> { rawB.loadUnaligned(fromByteOffset: offset * 8, as: SIMD2<Double>.self) }
        @inline(__always) func a2(_ offset: Int) -> SIMD2<Double> { rawA.loadUnaligned(fromByteOffset: offset * 8, as: SIMD2<Double>.self) }
        var p = 0
        while p + 1 < kc {
            let b0l = b2(4 * p), b0h = b2(4 * p + 2), b1l = b2(4 * p + 4), b1h = b2(4 * p + 6)
            let o = 8 * p
            var x0 = a2(o), x1 = a2(o + 8)
            c0l += b0l * x0 + b1l * x1; c0h += b0h * x0 + b1h * x1
            x0 = a2(o + 2); x1 = a2(o + 10)
            c1l += b0l * x0 + b1l * x1; c1h += b0h * x0 + b1h * x1
            x0 = a2(o + 4); x1 = a2(o + 12)
            c2l += b0l * x0 + b1l * x1; c2h += b0h * x0 + b1h * x1
            x0 = a2(o + 6); x1 = a2(o + 14)
            c3l += b0l * x0 + b1l * x1; c3h += b0h * x0 + b1h * x1
            p += 2
        }
        if p < kc {
            let b0l = b2(4 * p), b0h = b2(4 * p + 2)
            let o = 8 * p
            var x0 = a2(o)
            c0l += b0l * x0; c0h += b0h * x0
            x0 = a2(o + 2)
            c1l += b0l * x0; c1h += b0h * x0
            x0 = a2(o + 4)
            c2l += b0l * x0; c2h += b0h * x0
            x0 = a2(o + 6)
            c3l += b0l * x0; c3h += b0h * x0
        }
        c0 = SIMD4(lowHalf: c0l, highHalf: c0h); c1 = SIMD4(lowHalf: c1l, highHalf: c1h)
        c2 = SIMD4(lowHalf: c2l, highHalf: c2h); c3 = SIMD4(lowHalf: c3l, highHalf: c3h)
        if full {
            UnsafeMutableRawPointer(c).storeBytes(of: c0, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(c + ldc).storeBytes(of: c1, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(c + 2 * ldc).storeBytes(of: c2, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(c + 3 * ldc).storeBytes(of: c3, as: SIMD4<Double>.self)
        } else {
            for j in 0..<columns {
                if rows > 0 { c[j] = c0[j] }
                if rows > 1 { c[ldc + j] = c1[j] }
                if rows > 2 { c[2 * ldc + j] = c2[j] }
                if rows > 3 { c[3 * ldc + j] = c3[j] }
            }
        }
    }

    /// Packs A[0..<m, p0..<p0+kc] (row stride `lda`) into MR-tall panels, k-major, each value
    /// twice (a `SIMD2` pair), padding the last panel's missing rows with zeros.
    static func packA(_ a: UnsafePointer<Double>, lda: Int, m: Int, p0: Int, kc: Int, into out: UnsafeMutablePointer<Double>) {
        var ir = 0
        while ir < m {
            let panel = out + 2 * (ir / mr) * mr * kc
            let rows = Swift.min(mr, m - ir)
            for r in 0..<mr {
                if r < rows {
                    let src = a + (ir + r) * lda + p0
                    for p in 0..<kc { let v = src[p]; panel[2 * (p * mr + r)] = v; panel[2 * (p * mr + r) + 1] = v }
                } else {
                    for p in 0..<kc { panel[2 * (p * mr + r)] = 0; panel[2 * (p * mr + r) + 1] = 0 }
                }
            }
            ir += mr
        }
    }

    /// Packs B[p0..<p0+kc, j0..<j0+n] (row stride `ldb`) into NR-wide panels, k-major,
    /// padding the last panel's missing columns with zeros.
    static func packB(_ b: UnsafePointer<Double>, ldb: Int, n: Int, p0: Int, j0: Int, kc: Int, into out: UnsafeMutablePointer<Double>) {
        var jr = 0
        while jr < n {
            let panel = out + (jr / nr) * nr * kc
            let columns = Swift.min(nr, n - jr)
            for p in 0..<kc {
                let src = b + (p0 + p) * ldb + j0 + jr
                let dst = panel + p * nr
                for j in 0..<nr { dst[j] = j < columns ? src[j] : 0 }
            }
            jr += nr
        }
    }

    /// C (m×n, row stride n) += A (m×k) · B (k×n) for rows `rows` of A and C, on one thread.
    static func serial(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        rows: Range<Int>, k: Int, n: Int, kernel: Kernel = .preferred
    ) {
        let m = rows.count
        guard m > 0 else { return }
        let a = a + rows.lowerBound * k, c = c + rows.lowerBound * n
        let ncCap = Swift.min(nc, (n + nr - 1) / nr * nr), kcCap = Swift.min(kc, k)
        let mcCap = Swift.min(mc, (m + mr - 1) / mr * mr)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: kcCap * ncCap) { packedB in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * mcCap * kcCap) { packedA in
                guard let pb = packedB.baseAddress, let pa = packedA.baseAddress else { return }
                var jc = 0
                while jc < n {
                    let nBlock = Swift.min(nc, n - jc)
                    var pc = 0
                    while pc < k {
                        let kBlock = Swift.min(kc, k - pc)
                        packB(b, ldb: n, n: nBlock, p0: pc, j0: jc, kc: kBlock, into: pb)
                        var ic = 0
                        while ic < m {
                            let mBlock = Swift.min(mc, m - ic)
                            packA(a + ic * k, lda: k, m: mBlock, p0: pc, kc: kBlock, into: pa)
                            macroKernel(pa, pb, c + ic * n + jc, m: mBlock, n: nBlock, kc: kBlock, ldc: n, kernel: kernel)
                            ic += mBlock
                        }
                        pc += kBlock
                    }
                    jc += nBlock
                }
            }
        }
    }
}

extension Tensor {
    /// C += A·B by the packed kernel, rows split across cores in whole MR-multiples (see
    /// ``GEMM`` for why the result does not depend on the split).
    static func gemmPacked(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, k: Int, n: Int, kernel: GEMM.Kernel = .preferred
    ) {
        let sa = SharedPointer(base: UnsafeMutablePointer(mutating: a))
        let sb = SharedPointer(base: UnsafeMutablePointer(mutating: b))
        let sc = SharedPointer(base: c)
        // Enough work per thread to pay for a thread and a packed copy of B.
        let grain = Swift.max(GEMM.mr * 4, 1 << 21 / Swift.max(k * n, 1))
        Parallel.ranges(count: m, grain: grain, align: GEMM.mr) { rows in
            GEMM.serial(sa.base, sb.base, sc.base, rows: rows, k: k, n: n, kernel: kernel)
        }
    }
}
