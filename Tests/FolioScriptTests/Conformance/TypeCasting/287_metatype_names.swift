// `T.self` compared with `type(of:)` and printed (Int.self, [String].self, Void.self, a
// generic parameter's T.self, a class and its subclass), as TheAlgorithms' Graph.swift uses
// `type(of: value) == Void.self` (BeyondTheBook.md, #29).
struct Point { var x = 0 }
class Animal {}
class Dog: Animal {}
let values: [Any] = [1, "two", 3.0, Point(), Dog()]
for value in values {
    if type(of: value) == Int.self { print("an Int") }
    else if type(of: value) == String.self { print("a String") }
    else if type(of: value) == Point.self { print("a Point") }
    else { print("something else:", type(of: value)) }
}
print(Int.self, [String].self, Void.self, Point.self, [Int: Double].self)
func describe<T>(_ value: T) -> String {
    type(of: value) == Void.self ? "nothing" : "\(T.self): \(value)"
}
print(describe(()), describe(4), describe([1.5]))
let animal: Animal = Dog()
print(type(of: animal) == Dog.self, type(of: animal) == Animal.self)
