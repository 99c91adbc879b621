// Functions with multiple return values (The Swift Programming Language, Functions: "Functions
// with Multiple Return Values", Tuples in The Basics), over numbers, whose tuples run in
// register form: labelled and unlabelled results, elements read by label and by position,
// decomposed with `let (a, _)`, reassigned from themselves, passed on as arguments.
import Foundation

func minMax(array: [Int]) -> (min: Int, max: Int) {
    var currentMin = array[0]
    var currentMax = array[0]
    for value in array {
        if value < currentMin {
            currentMin = value
        } else if value > currentMax {
            currentMax = value
        }
    }
    return (currentMin, currentMax)
}

func range(of array: [Int]) -> Int {
    let bounds = minMax(array: array)
    return bounds.max - bounds.min
}

func stats(_ xs: [Double]) -> (mean: Double, sd: Double) {
    var s = 0.0
    var s2 = 0.0
    for x in xs {
        s += x
        s2 += x * x
    }
    let n = Double(xs.count)
    let mean = s / n
    return (mean, sqrt(s2 / n - mean * mean))
}
func step(_ x: Double, _ v: Double, dt: Double) -> (Double, Double) {
    let a = -x
    return (x + v * dt, v + a * dt)
}
func simulate(_ steps: Int) -> (x: Double, v: Double, energy: Double) {
    var (x, v) = (1.0, 0.0)
    var t = (0.0, 0)
    for _ in 0..<steps {
        (x, v) = step(x, v, dt: 0.01)
        t = (t.0 + 0.01, t.1 + 1)
    }
    let state = step(x, v, dt: 0)
    return (x: state.0, v: state.1, energy: 0.5 * (x * x + v * v) + t.0 * 0)
}
func swapped(_ p: (Int, Int)) -> (Int, Int) {
    var q = p
    q = (q.1, q.0)
    return q
}
func spread(_ bounds: (min: Int, max: Int)) -> Double {
    let (low, high) = bounds
    return Double(high - low) / 2
}

let r = stats([1, 2, 3, 4, 10])
print(r, r.mean, r.sd)
print(simulate(100))
print(swapped((3, 4)), step(1, 2, dt: 0.5))
let (a, _) = swapped((7, 8))
print(a)
let bounds = minMax(array: [8, -6, 2, 109, 3, 71])
print("min is \(bounds.min) and max is \(bounds.max)", range(of: [4, 9, -2]), spread(bounds))
let http404Error = (404, "Not Found")
print(http404Error.0, spread((min: 1, max: 4)))
