enum MathError: Error {
    case negative(Double)
    case zero
}
func safeSqrt(_ x: Double) throws -> Double {
    if x < 0 { throw MathError.negative(x) }
    if x == 0 { throw MathError.zero }
    return x.squareRoot()
}
do {
    print(try safeSqrt(16))
    print(try safeSqrt(-4))
    print("not reached")
} catch MathError.negative(let v) {
    print("negative:", v)
} catch {
    print("other", error)
}
do {
    _ = try safeSqrt(0)
} catch let e as MathError {
    print("math error", e)
}
print(try? safeSqrt(9))
print((try? safeSqrt(-1)) == nil)
func chain() throws -> Double {
    let a = try safeSqrt(4)
    return try safeSqrt(a)
}
print(try! chain())
