struct Item {
    let name: String
    var quantity: Int
    let price: Double
    var total: Double { Double(quantity) * price }
    mutating func restock(_ n: Int) { quantity += n }
}
struct Inventory {
    private var items: [String: Item] = [:]
    mutating func add(_ item: Item) { items[item.name] = item }
    mutating func sell(_ name: String, _ n: Int) -> Bool {
        guard var item = items[name], item.quantity >= n else { return false }
        item.quantity -= n
        items[name] = item
        return true
    }
    var value: Double { items.values.map { $0.total }.reduce(0, +) }
    var names: [String] { items.keys.sorted() }
    func quantity(of name: String) -> Int { items[name]?.quantity ?? 0 }
}
var inv = Inventory()
inv.add(Item(name: "bolt", quantity: 100, price: 0.25))
inv.add(Item(name: "nut", quantity: 200, price: 0.1))
inv.add(Item(name: "gear", quantity: 5, price: 12.5))
print(inv.names, inv.value)
print(inv.sell("gear", 2), inv.sell("gear", 10), inv.sell("cog", 1))
print(inv.quantity(of: "gear"), inv.quantity(of: "cog"))
var copy = inv
_ = copy.sell("bolt", 50)
print(inv.quantity(of: "bolt"), copy.quantity(of: "bolt"))
var item = Item(name: "washer", quantity: 1, price: 0.05)
item.restock(9)
print(item.quantity, item.total)
