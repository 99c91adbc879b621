import Foundation
struct Solver {
    let f: (Double) -> Double
    var iterations = 0
    mutating func bisect(_ a: Double, _ b: Double, tol: Double = 1e-10) -> Double? {
        var (lo, hi) = (a, b)
        guard f(lo) * f(hi) <= 0 else { return nil }
        while hi - lo > tol {
            iterations += 1
            let mid = (lo + hi) / 2
            if f(lo) * f(mid) <= 0 { hi = mid } else { lo = mid }
        }
        return (lo + hi) / 2
    }
}
var s = Solver(f: { $0 * $0 - 2 })
if let root = s.bisect(0, 2) { print(String(format: "%.8f", root), s.iterations) }
var c = Solver(f: { cos($0) - $0 })
print(String(format: "%.6f", c.bisect(0, 1) ?? .nan), c.iterations)
var none = Solver(f: { $0 * $0 + 1 })
print(none.bisect(-1, 1) == nil, none.iterations)
