import Foundation
let double = { (x: Int) -> Int in x * 2 }
print(double(21))
let add: (Int, Int) -> Int = { $0 + $1 }
print(add(2, 3))
func apply(_ f: (Double) -> Double, to x: Double) -> Double { f(x) }
print(apply({ $0 * $0 }, to: 3))
print(apply({ sqrt($0) }, to: 16))
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let c = makeCounter()
print(c(), c(), c())
var total = 0
let addToTotal = { (n: Int) in total += n }
addToTotal(5)
addToTotal(7)
print(total)
let square: (Double) -> Double = { x in x * x }
print(square(1.5))
