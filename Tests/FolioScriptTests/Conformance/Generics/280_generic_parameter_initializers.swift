// A generic parameter bound to a standard type converts values with that type's initializers
// (`T(x)`, `T(exactly:)`, `T(truncatingIfNeeded:)`), in each specialization.
func root<T: BinaryInteger>(_ n: T) -> T {
    T(Double(n).squareRoot())
}
func scaled<T: BinaryFloatingPoint>(_ x: Int, by factor: T) -> T {
    T(x) * factor
}
func fits<T: FixedWidthInteger>(_ value: Int, like sample: T) -> T? {
    T(exactly: value)
}
func wrapped<T: FixedWidthInteger>(_ value: Int, like sample: T) -> T {
    T(truncatingIfNeeded: value)
}
let big: Int64 = 1_000_000
let small: UInt8 = 200
print(root(99), root(big), root(small))
print(scaled(3, by: 0.5), scaled(3, by: Float(0.25)))
print(fits(300, like: small) ?? 0, fits(100, like: Int8(0)) ?? 0)
print(wrapped(300, like: small), wrapped(-1, like: UInt16(0)))
