import Foundation
struct Vector2D {
    var x = 0.0, y = 0.0
}
extension Vector2D {
    static func + (left: Vector2D, right: Vector2D) -> Vector2D {
        return Vector2D(x: left.x + right.x, y: left.y + right.y)
    }
    static func += (left: inout Vector2D, right: Vector2D) {
        left = left + right
    }
}
prefix operator +++
extension Vector2D {
    static prefix func +++ (vector: inout Vector2D) -> Vector2D {
        vector += vector
        return vector
    }
}
var toBeDoubled = Vector2D(x: 1.0, y: 4.0)
let afterDoubling = +++toBeDoubled
print(toBeDoubled.x, toBeDoubled.y, afterDoubling.x, afterDoubling.y)
infix operator +-: AdditionPrecedence
extension Vector2D {
    static func +- (left: Vector2D, right: Vector2D) -> Vector2D {
        return Vector2D(x: left.x + right.x, y: left.y - right.y)
    }
}
let firstVector = Vector2D(x: 1.0, y: 2.0)
let secondVector = Vector2D(x: 3.0, y: 4.0)
let plusMinusVector = firstVector +- secondVector
print(plusMinusVector.x, plusMinusVector.y)
precedencegroup ExponentiationPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}
infix operator **: ExponentiationPrecedence
func ** (base: Double, power: Double) -> Double { pow(base, power) }
print(2 ** 3 ** 2, 2 * 3 ** 2)
infix operator <>
func <> (a: String, b: String) -> String { a + "|" + b }
print("a" <> "b")
postfix operator ^^
postfix func ^^ (n: Int) -> Int { n * 2 }
print(5^^)
