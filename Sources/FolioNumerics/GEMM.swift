#if arch(x86_64)
    internal import CFolioKernels
#endif

/// The packed, register-tiled matrix product behind `matmul` for all but small sizes.
///
/// The Goto/BLIS structure: B is packed into panels (contiguous, in k order) for each KC-deep
/// slice of k, once for all threads (each packing a share); then the threads take tiles of
/// rows of C (about 96, at least four tiles per thread) until none are left, each packing its
/// rows of A into MR-tall panels slice by slice (they stay in L2), while a micro-kernel keeps
/// an MR×NR block of C in registers over the slice. No thread packs B again, a thread the
/// machine's load holds back leaves its share of tiles to the others, and there are two
/// barriers per product (per block of columns if B is very large), not two per slice.
///
/// Two kernels, with their own packing: the Swift kernel (SSE2, Swift's baseline on x86-64,
/// or NEON) works in 4×4 blocks of `SIMD2<Double>` and takes each value of A twice, side by
/// side, because SSE2 has no broadcast load; on x86-64 CPUs with AVX2, a C kernel
/// (`CFolioKernels`) works in 4×8 blocks of 256-bit registers, broadcasting each value of A
/// from a single copy, with B in 8-wide panels aligned to cache lines.
///
/// Determinism: every element of C is accumulated in registers in the fixed order of
/// `Tensor.gemm` (pairs of products, in order of p; KC is even so slices never split a pair)
/// and stored between slices, which does not change the value; both kernels use separate
/// multiplies and adds (no FMA) in that order. Each element belongs to one tile, computed by
/// one thread, slice after slice: the result is bit-identical to
/// `Tensor.gemmReference` on any machine, load, kernel or thread count.
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

        /// Width of a packed panel of B (the columns of the register block).
        var panelWidth: Int { self == .avx2 ? 8 : GEMM.nr }
        /// Copies of each value of A in its packed panel.
        var copiesOfA: Int { self == .avx2 ? 1 : 2 }
    }

    /// Rows of the register tile.
    static let mr = 4
    /// Columns of the Swift kernel's register tile (one `SIMD4<Double>`).
    static let nr = 4
    /// Depth of a slice of k (even: a slice never splits a pair of products).
    static let kc = 256
    /// Rows of a tile of C, at most: its packed A (about 96·KC values) stays in L2.
    static let mc = 96
    /// Doubles of packed B at most (32 MB): wider products go in blocks of columns.
    static let packedBLimit = 1 << 22
    /// Products (m·k·n) from which a GEMM is worth splitting across threads.
    static let parallelWork = 1 << 21

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
                let rows = Swift.min(mr, m - ir)
                let columns = Swift.min(nr, n - jr)
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
        var c0 = SIMD4<Double>()
        var c1 = SIMD4<Double>()
        var c2 = SIMD4<Double>()
        var c3 = SIMD4<Double>()
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
        let rawB = UnsafeRawPointer(b)
        let rawA = UnsafeRawPointer(a)
        var c0l = c0.lowHalf
        var c0h = c0.highHalf
        var c1l = c1.lowHalf
        var c1h = c1.highHalf
        var c2l = c2.lowHalf
        var c2h = c2.highHalf
        var c3l = c3.lowHalf
        var c3h = c3.highHalf
        @inline(__always) func b2(_ offset: Int) -> SIMD2<Double> {
            rawB.loadUnaligned(fromByteOffset: offset * 8, as: SIMD2<Double>.self)
        }
        @inline(__always) func a2(_ offset: Int) -> SIMD2<Double> {
            rawA.loadUnaligned(fromByteOffset: offset * 8, as: SIMD2<Double>.self)
        }
        var p = 0
        while p + 1 < kc {
            let b0l = b2(4 * p)
            let b0h = b2(4 * p + 2)
            let b1l = b2(4 * p + 4)
            let b1h = b2(4 * p + 6)
            let o = 8 * p
            var x0 = a2(o)
            var x1 = a2(o + 8)
            c0l += b0l * x0 + b1l * x1
            c0h += b0h * x0 + b1h * x1
            x0 = a2(o + 2)
            x1 = a2(o + 10)
            c1l += b0l * x0 + b1l * x1
            c1h += b0h * x0 + b1h * x1
            x0 = a2(o + 4)
            x1 = a2(o + 12)
            c2l += b0l * x0 + b1l * x1
            c2h += b0h * x0 + b1h * x1
            x0 = a2(o + 6)
            x1 = a2(o + 14)
            c3l += b0l * x0 + b1l * x1
            c3h += b0h * x0 + b1h * x1
            p += 2
        }
        if p < kc {
            let b0l = b2(4 * p)
            let b0h = b2(4 * p + 2)
            let o = 8 * p
            var x0 = a2(o)
            c0l += b0l * x0
            c0h += b0h * x0
            x0 = a2(o + 2)
            c1l += b0l * x0
            c1h += b0h * x0
            x0 = a2(o + 4)
            c2l += b0l * x0
            c2h += b0h * x0
            x0 = a2(o + 6)
            c3l += b0l * x0
            c3h += b0h * x0
        }
        c0 = SIMD4(lowHalf: c0l, highHalf: c0h)
        c1 = SIMD4(lowHalf: c1l, highHalf: c1h)
        c2 = SIMD4(lowHalf: c2l, highHalf: c2h)
        c3 = SIMD4(lowHalf: c3l, highHalf: c3h)
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
    static func packA(
        _ a: UnsafePointer<Double>, lda: Int, m: Int, p0: Int, kc: Int, into out: UnsafeMutablePointer<Double>
    ) {
        var ir = 0
        while ir < m {
            let panel = out + 2 * (ir / mr) * mr * kc
            let rows = Swift.min(mr, m - ir)
            for r in 0..<mr {
                if r < rows {
                    let src = a + (ir + r) * lda + p0
                    for p in 0..<kc {
                        let v = src[p]
                        panel[2 * (p * mr + r)] = v
                        panel[2 * (p * mr + r) + 1] = v
                    }
                } else {
                    for p in 0..<kc {
                        panel[2 * (p * mr + r)] = 0
                        panel[2 * (p * mr + r) + 1] = 0
                    }
                }
            }
            ir += mr
        }
    }

    /// Packs B[p0..<p0+kc, j0..<j0+n] (row stride `ldb`) into NR-wide panels, k-major,
    /// padding the last panel's missing columns with zeros.
    static func packB(
        _ b: UnsafePointer<Double>, ldb: Int, n: Int, p0: Int, j0: Int, kc: Int, into out: UnsafeMutablePointer<Double>
    ) {
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

    /// C (m×n, row stride n) += A (m×k) · B (k×n) for rows `rows` of A and C, on this thread
    /// only (tests compare it with the threaded product).
    static func serial(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        rows: Range<Int>, k: Int, n: Int, kernel: Kernel = .preferred
    ) {
        product(
            a + rows.lowerBound * k, b, c + rows.lowerBound * n, m: rows.count, k: k, n: n, kernel: kernel,
            threaded: false)
    }

    /// C (m×n, row stride n) += A (m×k) · B (k×n) in two phases per block of columns (one
    /// block unless the packed B would pass `packedBLimit` doubles): pack all of B's block,
    /// every KC-deep slice (split across threads when `threaded`); then the tiles of rows of
    /// C (taken by the threads as they finish), each packing its rows of A slice by slice and
    /// running the kernel over the block's columns. Two barriers per block, not two per slice:
    /// on a loaded machine every barrier is a chance for a waiting thread to lose its core.
    static func product(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, k: Int, n: Int, kernel: Kernel, threaded: Bool
    ) {
        guard m > 0, n > 0, k > 0 else { return }
        let width = kernel.panelWidth
        let copies = kernel.copiesOfA
        let blockColumns = Swift.max(width, packedBLimit / k / width * width)
        let ncCap = Swift.min((n + width - 1) / width * width, blockColumns)
        // Cache-line aligned: the AVX2 kernel loads B with aligned loads, a line per p.
        let packedB = UnsafeMutableRawPointer.allocate(byteCount: k * ncCap * 8, alignment: 64)
        defer { packedB.deallocate() }
        let pb = SharedPointer(base: packedB.bindMemory(to: Double.self, capacity: k * ncCap))
        let sa = SharedPointer(base: UnsafeMutablePointer(mutating: a))
        let sb = SharedPointer(base: UnsafeMutablePointer(mutating: b))
        let sc = SharedPointer(base: c)
        // Rows of C per task: about MC (A's block stays in L2), at least 4 tasks per thread,
        // and a multiple of the threads (1024 rows: 12 tiles of 88, not 11 of 96, 6 against 5).
        let threads = threaded ? Parallel.threads : 1
        let tasks = (Swift.max((m + mc - 1) / mc, 4 * threads) + threads - 1) / threads * threads
        let (rowTiles, tileRows) = split(m, into: tasks, align: mr)
        let kcCap = Swift.min(kc, k)
        let slices = (k + kc - 1) / kc
        var jc = 0
        while jc < n {
            let nBlock = Swift.min(ncCap, n - jc)
            let nPadded = (nBlock + width - 1) / width * width
            let jcNow = jc
            // Phase 1: B's block, slice pc at pc·nPadded, its panel of column j at j·kBlock.
            let group = 64
            let groups = (nBlock + group - 1) / group
            Parallel.forEach(slices * groups, concurrently: threaded) { item in
                let pc = (item / groups) * kc
                let j0 = (item % groups) * group
                let kBlock = Swift.min(kc, k - pc)
                let columns = Swift.min(group, nBlock - j0)
                packB(
                    sb.base + pc * n + jcNow + j0, ldb: n, n: columns, kc: kBlock,
                    into: pb.base + pc * nPadded + j0 * kBlock, kernel: kernel)
            }
            // Phase 2: tiles of rows, each over every slice in order (the summation order).
            Parallel.forEach(rowTiles, concurrently: threaded) { tile in
                let i0 = tile * tileRows
                let rows = Swift.min(tileRows, m - i0)
                guard rows > 0 else { return }
                let count = copies * ((rows + mr - 1) / mr * mr) * kcCap
                let packedA = UnsafeMutableRawPointer.allocate(byteCount: count * 8, alignment: 64)
                defer { packedA.deallocate() }
                let pa = packedA.bindMemory(to: Double.self, capacity: count)
                var pc = 0
                while pc < k {
                    let kBlock = Swift.min(kc, k - pc)
                    packA(sa.base + i0 * k + pc, lda: k, m: rows, kc: kBlock, into: pa, kernel: kernel)
                    macroKernel(
                        pa, pb.base + pc * nPadded, sc.base + i0 * n + jcNow,
                        m: rows, n: nBlock, kc: kBlock, ldc: n, kernel: kernel)
                    pc += kBlock
                }
            }
            jc += nBlock
        }
    }

    /// `count` split into about `parts` parts whose size is a multiple of `align`: the number
    /// of parts and their size (the last part may be smaller).
    static func split(_ count: Int, into parts: Int, align: Int) -> (parts: Int, size: Int) {
        let share = (count + Swift.max(parts, 1) - 1) / Swift.max(parts, 1)
        let size = Swift.max(align, (share + align - 1) / align * align)
        return ((count + size - 1) / size, size)
    }

    /// Packs A[0..<m, 0..<kc] (row stride `lda`) in `kernel`'s layout.
    static func packA(
        _ a: UnsafePointer<Double>, lda: Int, m: Int, kc: Int, into out: UnsafeMutablePointer<Double>, kernel: Kernel
    ) {
        #if arch(x86_64)
            if kernel == .avx2 {
                folio_gemm_pack_a_avx2(a, lda, m, kc, out)
                return
            }
        #endif
        packA(a, lda: lda, m: m, p0: 0, kc: kc, into: out)
    }

    /// Packs B[0..<kc, 0..<n] (row stride `ldb`) in `kernel`'s layout.
    static func packB(
        _ b: UnsafePointer<Double>, ldb: Int, n: Int, kc: Int, into out: UnsafeMutablePointer<Double>, kernel: Kernel
    ) {
        #if arch(x86_64)
            if kernel == .avx2 {
                folio_gemm_pack_b_avx2(b, ldb, n, kc, out)
                return
            }
        #endif
        packB(b, ldb: ldb, n: n, p0: 0, j0: 0, kc: kc, into: out)
    }
}

extension Tensor {
    /// C += A·B by the packed kernel, across cores when the product is large enough (see
    /// ``GEMM`` for why the result does not depend on the split).
    static func gemmPacked(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, k: Int, n: Int, kernel: GEMM.Kernel = .preferred
    ) {
        GEMM.product(
            a, b, c, m: m, k: k, n: n, kernel: kernel,
            threaded: Parallel.threads > 1 && m * k * n >= GEMM.parallelWork)
    }
}
