import Foundation

/// The least-squares solution x of A·x ≈ b: the x minimizing ‖A·x − b‖₂, for `a` of shape
/// [m, n] with m ≥ n and full column rank, and `b` of shape [m] (x: [n]) or [m, k] (x: [n, k],
/// one solution per column of b).
///
/// Computed by Householder QR of A (A = Q·R, x = R⁻¹·Qᵀb), never by the normal equations
/// AᵀA·x = Aᵀb, which square the condition number: with κ(A) = 10⁸ the normal equations lose
/// all 16 digits, QR about 8. Cost O(m·n²). Not differentiable (a gradient reaching it throws).
/// - Throws: ``TensorError`` if `a` is not a matrix, `b`'s first dimension is not m, m < n
///   (underdetermined: infinitely many solutions), or A is rank-deficient to working
///   precision (a diagonal entry of R below 10·max(m, n)·ε·max|Rᵢᵢ|) — NumPy's `lstsq` would
///   return the minimum-norm solution there, which needs an SVD.
public func leastSquares(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard a.rank == 2 else { throw TensorError("leastSquares needs a matrix, got shape \(a.shape)") }
    let m = a.shape[0]
    let n = a.shape[1]
    guard b.rank == 1 || b.rank == 2, b.shape[0] == m else {
        throw TensorError(
            "leastSquares: right-hand side of shape \(b.shape) does not match the matrix of shape \(a.shape) (needs [\(m)] or [\(m), k])"
        )
    }
    guard m >= n else {
        throw TensorError("leastSquares: shape \(a.shape) has fewer rows than columns (underdetermined)")
    }
    let k = b.rank == 1 ? 1 : b.shape[1]
    // Column-major copies: column j of A is r[j*m ..< (j+1)*m]; likewise for B.
    let av = a.detached.scalars
    let bv = b.detached.scalars
    var r = [Double](repeating: 0, count: m * n)
    for i in 0..<m { for j in 0..<n { r[j * m + i] = av[i * n + j] } }
    var c = [Double](repeating: 0, count: m * k)
    for i in 0..<m { for j in 0..<k { c[j * m + i] = bv[i * k + j] } }
    var diagonal = [Double](repeating: 0, count: n)
    for j in 0..<n {
        // The reflector H = I − 2vvᵀ/(vᵀv) mapping column j below the diagonal to -sign·‖x‖·e₁
        // (the sign chosen so that v = x + sign·‖x‖e₁ has no cancellation).
        var norm = 0.0
        var scale = 0.0
        for i in j..<m { scale = Swift.max(scale, Swift.abs(r[j * m + i])) }
        if scale == 0 {
            diagonal[j] = 0
            continue
        }
        for i in j..<m {
            let t = r[j * m + i] / scale
            norm += t * t
        }
        norm = scale * norm.squareRoot()
        let alpha = r[j * m + j] >= 0 ? -norm : norm
        r[j * m + j] -= alpha
        let v = Array(r[(j * m + j)..<(j * m + m)])  // the reflector's vector, rows j..<m
        let vv = v.reduce(0) { $0 + $1 * $1 }
        func reflect(_ base: Int, _ buffer: inout [Double]) {
            var dot = 0.0
            for i in j..<m { dot += v[i - j] * buffer[base + i] }
            let f = 2 * dot / vv
            for i in j..<m { buffer[base + i] -= f * v[i - j] }
        }
        for col in (j + 1)..<Swift.max(n, j + 1) { reflect(col * m, &r) }
        for col in 0..<k { reflect(col * m, &c) }
        diagonal[j] = alpha
    }
    let largest = diagonal.map { Swift.abs($0) }.max() ?? 0
    let threshold = 10 * Double(Swift.max(m, n)) * Double.ulpOfOne * largest
    for j in 0..<n where !(Swift.abs(diagonal[j]) > threshold) {
        throw TensorError(
            "leastSquares: the matrix of shape \(a.shape) is rank-deficient (column \(j) depends on the others)")
    }
    // Back substitution R·x = (Qᵀb)[0..<n], R's strict upper part in r, its diagonal apart.
    var x = [Double](repeating: 0, count: n * k)
    for col in 0..<k {
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = c[col * m + i]
            for j in (i + 1)..<Swift.max(n, i + 1) { s -= r[j * m + i] * x[j * k + col] }
            x[i * k + col] = s / diagonal[i]
        }
    }
    let result = Tensor(contiguous: x, shape: b.rank == 1 ? [n] : [n, k])
    return Autodiff.nonDifferentiable("leastSquares", result, a, b)
}
