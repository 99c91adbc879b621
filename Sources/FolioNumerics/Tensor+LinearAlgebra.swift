extension Tensor {
    /// C += A·B for row-major contiguous A (m×k), B (k×n), C (m×n), with the summation order
    /// that every GEMM path here keeps (so that results never depend on the path, the
    /// blocking or the number of threads): for each element, in order of p,
    /// `c += (a[p]·b[p] + a[p+1]·b[p+1])` over the pairs (0, 1), (2, 3), …, then
    /// `c += a[k−1]·b[k−1]` if k is odd. Large products go to the packed, register-tiled
    /// kernel (`gemmPacked`), small ones to this plain loop, which is also the reference the
    /// packed kernel is tested against bit for bit.
    @usableFromInline
    static func gemm(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, k: Int, n: Int
    ) {
        if m * n * k < 32_768 || m < GEMM.mr || n < GEMM.nr {
            gemmReference(a, b, c, m: m, k: k, n: n)
        } else {
            gemmPacked(a, b, c, m: m, k: k, n: n)
        }
    }

    /// The plain loop: blocked over k and n so a block of B stays in cache, with a contiguous
    /// (vectorizable) inner loop over C's row.
    static func gemmReference(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
        m: Int, k: Int, n: Int
    ) {
        let kBlock = 128
        let nBlock = 512
        var jj = 0
        while jj < n {
            let jEnd = Swift.min(jj + nBlock, n)
            var kk = 0
            while kk < k {
                let kEnd = Swift.min(kk + kBlock, k)
                for i in 0..<m {
                    let row = c + i * n
                    let aRow = a + i * k
                    var p = kk
                    while p + 1 < kEnd {
                        let x0 = aRow[p]
                        let x1 = aRow[p + 1]
                        let b0 = b + p * n
                        let b1 = b0 + n
                        for j in jj..<jEnd { row[j] += x0 * b0[j] + x1 * b1[j] }
                        p += 2
                    }
                    if p < kEnd {
                        let x = aRow[p]
                        let bRow = b + p * n
                        for j in jj..<jEnd { row[j] += x * bRow[j] }
                    }
                }
                kk = kEnd
            }
            jj = jEnd
        }
    }
}

/// The matrix product, as NumPy's `matmul`: 2-D × 2-D is the usual product; tensors of higher
/// rank are stacks of matrices whose leading (batch) axes broadcast; a 1-D left operand is a
/// row vector and a 1-D right operand a column vector, their added axis removed from the
/// result (1-D × 1-D is the dot product, a 0-d tensor). Empty inner dimensions give zeros.
/// No BLAS: a packed, register-tiled kernel (`GEMM`), deterministic to the bit.
/// - Throws: ``TensorError`` naming both shapes if an operand is 0-d, the inner dimensions
///   differ, or the batch axes don't broadcast.
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let y = try matmulValue(a.detached, b.detached)
    let (sa, sb) = (a.shape, b.shape)
    // With both operands promoted to stacks of matrices (a 1-D a is a row, a 1-D b a column)
    // and g reshaped to match: dA = g·Bᵀ and dB = Aᵀ·g, summed over broadcast batch axes.
    return Autodiff.record("matmul", [a, b], y, saving: [a, b]) { g, s in
        let left = sa.count == 1 ? try s[0].reshaped([1, sa[0]]) : s[0]
        let right = sb.count == 1 ? try s[1].reshaped([sb[0], 1]) : s[1]
        let m = left.shape[left.rank - 2]
        let n = right.shape[right.rank - 1]
        let batch = try Tensor.broadcastShape(Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2)))
        let g2 = try g.reshaped(batch + [m, n])
        let da = try matmul(g2, right.swappingLastAxes())
        let db = try matmul(left.swappingLastAxes(), g2)
        return [
            try Autodiff.unbroadcast(da, to: left.shape).reshaped(sa),
            try Autodiff.unbroadcast(db, to: right.shape).reshaped(sb),
        ]
    }
}

extension Tensor {
    /// The view with the last two axes exchanged (a batch of transposed matrices).
    func swappingLastAxes() throws -> Tensor {
        var perm = Array(0..<rank)
        perm.swapAt(rank - 2, rank - 1)
        return try transposed(perm)
    }
}

func matmulValue(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.rank >= 1, b.rank >= 1 else {
        throw TensorError("matmul needs tensors of rank ≥ 1, got shapes \(a.shape) and \(b.shape)")
    }
    let left = a.rank == 1 ? try a.reshaped([1, a.shape[0]]) : a
    let right = b.rank == 1 ? try b.reshaped([b.shape[0], 1]) : b
    let m = left.shape[left.rank - 2]
    let k = left.shape[left.rank - 1]
    let k2 = right.shape[right.rank - 2]
    let n = right.shape[right.rank - 1]
    guard k == k2 else {
        throw TensorError("matmul: shapes \(a.shape) and \(b.shape) are not aligned (\(k) ≠ \(k2))")
    }
    let batchA = Array(left.shape.dropLast(2))
    let batchB = Array(right.shape.dropLast(2))
    let batch: [Int]
    do {
        batch = try Tensor.broadcastShape(batchA, batchB)
    } catch {
        throw TensorError("matmul: batch axes of shapes \(a.shape) and \(b.shape) cannot be broadcast")
    }
    let lhs = try left.broadcast(to: batch + [m, k]).contiguous()
    let rhs = try right.broadcast(to: batch + [k, n]).contiguous()
    let batches = batch.reduce(1, *)
    MultiplyAddCounter.current?.add(batches * m * k * n)
    var out = [Double](repeating: 0, count: try Tensor.elementCount(batch + [m, n]))
    if m * n > 0 && k > 0 {
        lhs.storage.buffer.withUnsafeBufferPointer { pa in
            rhs.storage.buffer.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { pc in
                    guard let ba = pa.baseAddress, let bb = pb.baseAddress, let bc = pc.baseAddress else { return }
                    for t in 0..<batches {
                        Tensor.gemm(ba + t * m * k, bb + t * k * n, bc + t * m * n, m: m, k: k, n: n)
                    }
                }
            }
        }
    }
    var shape = batch + [m, n]
    if b.rank == 1 { shape.removeLast() }
    if a.rank == 1 { shape.remove(at: shape.count - (b.rank == 1 ? 1 : 2)) }
    return Tensor(contiguous: out, shape: shape)
}
