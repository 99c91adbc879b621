// The Swift Programming Language, Basic Operators: Assignment, Arithmetic, Remainder, Unary
// Minus and Plus, Compound Assignment, Comparison.
let b = 10
var a = 5
a = b
print(a)
let (x, y) = (1, 2)
print(x, y)

print(1 + 2, 5 - 3, 2 * 3, 10.0 / 2.5)
print("hello, " + "world")
print(9 % 4, -9 % 4)

let three = 3
let minusThree = -three       // minusThree equals -3
let plusThree = -minusThree   // plusThree equals 3, or "minus minus three"
print(minusThree, plusThree)
let minusSix = -6
let alsoMinusSix = +minusSix  // alsoMinusSix equals -6
print(alsoMinusSix)

var c = 1
c += 2
print(c)

print(1 == 1, 2 != 1, 2 > 1, 1 < 2, 1 >= 1, 2 <= 1)
let name = "world"
if name == "world" {
    print("hello, world")
} else {
    print("I'm sorry \(name), but I don't recognize you")
}
print((1, "zebra") < (2, "apple"))
print((3, "apple") < (3, "bird"))
print((4, "dog") == (4, "dog"))
print(("blue", -1) < ("purple", 1))
