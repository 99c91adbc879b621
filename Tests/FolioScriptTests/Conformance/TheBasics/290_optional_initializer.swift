// `Optional(x)` and `Optional<T>(x)`, with an implicit member given the wrapped type.
enum Signal { case on, off }
let a = Optional(5)
let c = Optional<Double>(7)
let s: Signal? = Optional(.on)
print(a as Any, c as Any, s as Any, Optional("x") ?? "-", [Optional(1), nil])
