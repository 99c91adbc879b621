// Setters of generic subscripts: on a struct (through a var, with +=), on a class (through a
// let), with a named newValue, and with a where clause on a Sequence parameter.
struct Grid {
    var cells = [0, 0, 0]
    subscript<I: BinaryInteger>(at i: I) -> Int {
        get { cells[Int(i)] }
        set { cells[Int(i)] = newValue }
    }
}
var g = Grid()
g[at: 1] = 5
g[at: Int8(2)] += 3
print(g[at: 1], g[at: UInt(2)], g.cells)
final class Store {
    var values: [String: Double] = [:]
    subscript<K: CustomStringConvertible>(key: K) -> Double {
        get { values[key.description] ?? 0 }
        set(amount) { values[key.description] = amount }
    }
}
let store = Store()
store[7] = 1.5
store["x"] = 2
store[7] *= 4
print(store[7], store["x"], store.values.count)
struct Tags {
    var list: [String] = []
    subscript<S: Sequence>(all items: S) -> [String] where S.Element == Int {
        get { items.map { list[$0] } }
        set { for (i, index) in items.enumerated() { list[index] = newValue[i] } }
    }
}
var tags = Tags(list: ["a", "b", "c"])
tags[all: [0, 2]] = ["A", "C"]
print(tags.list, tags[all: 1...2])
