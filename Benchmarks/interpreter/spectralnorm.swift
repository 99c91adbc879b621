// Spectral norm (the Benchmarks Game's) of the 250×250 matrix a(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1):
// ten power iterations of AᵀA, each a pair of matrix–vector products computed element by element.
import Foundation
func a(_ i: Int, _ j: Int) -> Double {
    Double((i + j) * (i + j + 1) / 2 + i + 1)
}
func multiplyAv(_ v: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: v.count)
    for i in 0..<v.count {
        var s = 0.0
        for j in 0..<v.count {
            s += v[j] / a(i, j)
        }
        result[i] = s
    }
    return result
}
func multiplyAtv(_ v: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: v.count)
    for i in 0..<v.count {
        var s = 0.0
        for j in 0..<v.count {
            s += v[j] / a(j, i)
        }
        result[i] = s
    }
    return result
}
func multiplyAtAv(_ v: [Double]) -> [Double] {
    multiplyAtv(multiplyAv(v))
}
func spectralNorm(_ n: Int) -> Double {
    var u = [Double](repeating: 1, count: n)
    var v = [Double](repeating: 0, count: n)
    for _ in 0..<10 {
        v = multiplyAtAv(u)
        u = multiplyAtAv(v)
    }
    var vBv = 0.0
    var vv = 0.0
    for i in 0..<n {
        vBv += u[i] * v[i]
        vv += v[i] * v[i]
    }
    return sqrt(vBv / vv)
}
print(String(format: "%.9f", spectralNorm(250)))
