let values: [Int?] = [1, nil, 3, nil, 5]
for v in values {
    switch v {
    case .some(let x) where x > 2: print("big", x)
    case .some(let x): print("some", x)
    case .none: print("none")
    }
}
for case .some(let x) in values { print("got", x) }
for case let x? in values { print("q", x) }
let name: String? = "folio"
if case .some(let n) = name { print(n.uppercased()) }
let missing: String? = nil
if case .none = missing { print("missing") }
switch (name, missing) {
case (.some(let a), .none): print("first only", a)
case (.some, .some): print("both")
default: print("other")
}
let nested: Int?? = .some(nil)
switch nested {
case .some(.some(let v)): print("value", v)
case .some(.none): print("inner nil")
case .none: print("outer nil")
}
let opt: Int? = .some(4)
let nothing: Int? = .none
print(opt ?? 0, nothing ?? -1)
