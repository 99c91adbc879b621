// `T.Type` parameters: T inferred from `Double.self`, `Any.Type`, a metatype printed inside a
// generic function, and `T(text)` for `T: LosslessStringConvertible`.
func zero<T: Numeric>(_ type: T.Type) -> T { 0 }
let z = zero(Double.self)
print(z, zero(Int.self) + 1)
func parse<T: LosslessStringConvertible>(_ text: String, as type: T.Type) -> T? { T(text) }
print(parse("42", as: Int.self) ?? -1, parse("x", as: Double.self) ?? -1)
func name(of type: Any.Type) -> String { "\(type)" }
print(name(of: String.self), name(of: [Int].self))
struct Unit { static let symbol = "m" }
func describe<T>(_ value: T, as type: T.Type) -> String { "\(value) as \(type)" }
print(describe(3, as: Int.self), describe(Unit.symbol, as: String.self))
