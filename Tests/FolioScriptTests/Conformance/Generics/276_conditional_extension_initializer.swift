// An initializer declared in a conditional extension of a generic struct, whose
// generic parameter is inferred from the call (`Heap([5, 3])` with `extension Heap where
// Element: Comparable { init(_ elements: [Element]) }`), found in TheAlgorithms' Heap
// (BeyondTheBook.md, #28).
struct Bag<Element> {
    var items: [Element]
    let before: (Element, Element) -> Bool
    init(_ items: [Element], by before: @escaping (Element, Element) -> Bool) {
        self.items = items.sorted(by: before)
        self.before = before
    }
}
extension Bag where Element: Comparable {
    init(_ items: [Element]) {
        self.init(items, by: <)
    }
}
let bag = Bag([3, 1, 2])
print(bag.items)
