let name = "Folio"
let version = 1.5
let items = [1, 2, 3]
let opt: Int? = 4
let none: Int? = nil
print("\(name) v\(version) has \(items.count) items: \(items)")
print("sum=\(items.reduce(0, +)), avg=\(Double(items.reduce(0, +)) / Double(items.count))")
print("optional: \(opt ?? 0) \(none ?? -1) \(opt.map { $0 * 2 } ?? 0)")
print("nested \("inner \(1 + 1)") done")
print("tuple \((1, "x")) dict \(["k": 1])")
print("bool \(3 > 2) char \(Character("z")) neg \(-0.0) big \(1e20) small \(1e-7)")
