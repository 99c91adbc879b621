// The Swift Programming Language, Generics: Associated Types with a Generic Where Clause,
// Generic Subscripts.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
extension Array: Container {}
extension Container {
    subscript<Indices: Sequence>(indices: Indices) -> [Item]
        where Indices.Iterator.Element == Int {
            var result: [Item] = []
            for index in indices {
                result.append(self[index])
            }
            return result
    }
}
let letters = ["a", "b", "c", "d", "e"]
print(letters[[0, 2, 4]])
print([10, 20, 30][0..<2])
