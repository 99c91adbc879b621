// Generic subscripts: on a struct and a class of the program, with constraints and `where`
// clauses, specialized per argument type, labelled and unlabelled, next to a plain subscript
// of the same type; in an extension of a protocol that arrays conform to; and an array's own
// `a[i]` and `a[range]` left alone.
struct Table {
    var cells: [String: Int] = ["a": 1, "b": 2, "c": 3]
    subscript(key: String) -> Int {
        cells[key] ?? 0
    }
    subscript<Keys: Sequence>(keys: Keys) -> [Int] where Keys.Element == String {
        var result: [Int] = []
        for key in keys { result.append(cells[key] ?? -1) }
        return result
    }
    subscript<T: CustomStringConvertible>(described value: T) -> String {
        "\(value) -> \(cells[value.description] ?? 0)"
    }
}
let table = Table()
print(table["b"], table[["a", "c", "z"]], table[Set(["b"])])
print(table[described: "a"], table[described: 42])

final class Registry {
    var names = ["zero", "one", "two", "three"]
    subscript<N: BinaryInteger>(number: N) -> String {
        let index = Int(number)
        return index < names.count ? names[index] : "many"
    }
}
let registry = Registry()
let small: UInt8 = 2
print(registry[1], registry[small], registry[Int64(9)])

protocol Indexed {
    associatedtype Item
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
extension Array: Indexed {}
extension Indexed {
    subscript<Positions: Sequence>(positions: Positions) -> [Item] where Positions.Element == Int {
        var picked: [Item] = []
        for position in positions where position < count { picked.append(self[position]) }
        return picked
    }
}
let letters = ["a", "b", "c", "d", "e"]
print(letters[[4, 0, 9]], letters[stride(from: 0, to: 5, by: 2)], letters[1], letters[1..<3])
let numbers = [10, 20, 30]
print(numbers[[2, 2]], numbers[0], numbers[1..<3])
