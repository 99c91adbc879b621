// Initializers in extensions of generic types, chosen by the call's arguments and only where
// the extension's `where` clause holds, and types of the program built from array literals
// (`ExpressibleByArrayLiteral`), generic or not, empty or not, optional or not.
struct Sorted<Element> {
    private(set) var items: [Element]
    let before: (Element, Element) -> Bool
    init(_ items: [Element], by before: @escaping (Element, Element) -> Bool) {
        self.items = items.sorted(by: before)
        self.before = before
    }
    mutating func insert(_ item: Element) {
        let index = items.firstIndex { before(item, $0) } ?? items.count
        items.insert(item, at: index)
    }
}
extension Sorted where Element: Comparable {
    init(_ items: [Element]) {
        self.init(items, by: <)
    }
}
extension Sorted: ExpressibleByArrayLiteral where Element: Comparable {
    init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}
var numbers = Sorted([5, 1, 4])
numbers.insert(3)
print(numbers.items)
let words = Sorted(["pear", "fig", "apple"])
print(words.items)
let byLength = Sorted(["ccc", "a", "bb"]) { $0.count > $1.count }
print(byLength.items)
var literal: Sorted<Double> = [2.5, 0.5, 1.5]
literal.insert(1.0)
print(literal.items)

struct Palette: ExpressibleByArrayLiteral {
    var colors: [String]
    init(arrayLiteral colors: String...) {
        self.colors = colors
    }
}
let warm: Palette = ["red", "orange"]
let none: Palette = []
let maybe: Palette? = ["blue"]
print(warm.colors, none.colors.count, maybe?.colors ?? [])
func describe(_ palette: Palette) -> String { palette.colors.joined(separator: "+") }
print(describe(["green", "teal"]))
