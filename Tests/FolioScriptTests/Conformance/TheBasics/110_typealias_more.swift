typealias Grid = [[Character]]
typealias Pair = (Int, Int)
func render(_ g: Grid) -> String { g.map { String($0) }.joined(separator: "\n") }
var g: Grid = Array(repeating: Array(repeating: ".", count: 4), count: 3)
let marks: [Pair] = [(0, 0), (1, 2), (2, 3)]
for (r, c) in marks { g[r][c] = "#" }
print(render(g))
struct Inventory {
    typealias Item = String
    var items: [String: Int] = [:]
    mutating func add(_ item: String, _ n: Int) { items[item, default: 0] += n }
}
var inv = Inventory()
inv.add("apple", 3)
inv.add("apple", 2)
print(inv.items["apple"]!)
