// Optionals of instances, Int, Double and other values (stored unboxed or boxed) print, compare,
// hash and unwrap alike; an optional that reached an Any is looked through by as?, as! and
// case-let-as patterns, as Swift casts do.
class Box: CustomStringConvertible { let v: Int; init(_ v: Int) { self.v = v }; var description: String { "Box(\(v))" } }
struct P: Equatable, Hashable { var x: Int; var y: Double }
let a: Int? = 3
let b: Double? = nil
let c: Box? = Box(7)
let d: P? = P(x: 1, y: 2)
let e: Int?? = .some(nil)
let f: Int?? = 5
let g: String? = "hi"
print(a as Any, b as Any, c as Any, d as Any, e as Any, f as Any, g as Any)
print(a == 3, b == nil, c?.v ?? -1, d == P(x: 1, y: 2), e == nil, f == 5)
let any: Any = a as Any
if let n = any as? Int { print("int", n) } else { print("not int") }
let items: [Any] = [1, 2.5, Box(3), "s", (nil as Int?) as Any, Optional(4) as Any]
for item in items {
    switch item {
    case let n as Int: print("Int", n)
    case let x as Double: print("Double", x)
    case let bx as Box: print("Box", bx.v)
    case let s as String: print("String", s)
    default: print("other", item)
    }
}
var dict: [String: Int] = ["a": 1]
dict["a"]? += 10
if let v = dict["a"] { print(v) }
var opt: Box? = nil
opt = Box(9)
print(opt?.v as Any, opt.map { $0.v * 2 } as Any, [a, nil, 4].compactMap { $0 })
var set: Set<Int?> = [1, nil, 1]
print(set.count, ([1, nil] as [Int?]).map { $0 ?? 0 })
weak var w: Box? = c
print(w === c, w?.v as Any)
let ds: [Double?] = [1.5, nil]
print(ds, ds.first as Any, ds.last as Any)
switch a { case .some(let x) where x > 2: print("big", x); case .some: print("small"); case .none: print("none") }
switch c { case .some(let bx): print("has", bx); case .none: print("nil") }
print(Int("42") as Any, Double("x") as Any, [3, 1].firstIndex(of: 1) as Any, [1.0].max() as Any)
