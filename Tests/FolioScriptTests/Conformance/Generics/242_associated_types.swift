protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
struct IntStack: Container {
    var items: [Int] = []
    mutating func push(_ item: Int) { items.append(item) }
    mutating func pop() -> Int { return items.removeLast() }
    typealias Item = Int
    mutating func append(_ item: Int) { self.push(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Int { return items[i] }
}
struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { return items.removeLast() }
    mutating func append(_ item: Element) { self.push(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Element { return items[i] }
}
func allItemsMatch<C1: Container, C2: Container>(_ someContainer: C1, _ anotherContainer: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if someContainer.count != anotherContainer.count { return false }
    for i in 0..<someContainer.count {
        if someContainer[i] != anotherContainer[i] { return false }
    }
    return true
}
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
var other = Stack<String>()
other.append("uno")
other.append("dos")
print(allItemsMatch(stackOfStrings, other))
var ints = IntStack()
ints.append(3)
var s2 = Stack<Int>()
s2.push(3)
print(allItemsMatch(ints, s2))
extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool {
        guard let topItem = items.last else { return false }
        return topItem == item
    }
}
print(stackOfStrings.isTop("dos"))
func average<C: Container>(_ c: C) -> Double where C.Item == Double {
    var sum = 0.0
    for index in 0..<c.count { sum += c[index] }
    return sum / Double(c.count)
}
var ds = Stack<Double>()
ds.push(1.5); ds.push(2.5)
print(average(ds))
func firstOf<C: Container>(_ c: C) -> C.Item { c[0] }
print(firstOf(ds), firstOf(ints))
struct Matrix<T: Numeric> {
    var rows: Int, cols: Int
    var data: [T]
    init(rows: Int, cols: Int, fill: T) { self.rows = rows; self.cols = cols; data = Array(repeating: fill, count: rows * cols) }
    subscript(r: Int, c: Int) -> T {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
}
var m = Matrix(rows: 2, cols: 2, fill: 0)
m[0, 1] = 5
print(m.data)
func maxOf<T: Comparable>(_ xs: T...) -> T { xs.max()! }
print(maxOf(3, 8, 1), maxOf("a", "z"))
func countWhere<T>(_ xs: [T], _ p: (T) -> Bool) -> Int { xs.filter(p).count }
print(countWhere([1, 2, 3, 4]) { $0 % 2 == 0 })
print(zip([1, 2], ["a", "b"]).map { "\($0)\($1)" }, max(2.5, 1), [Int]().isEmpty)
let o: Optional<Int> = 5
let d: Dictionary<String, Int> = ["a": 1]
let arr: Array<Double> = [1]
print(o ?? 0, d["a"] ?? 0, arr)
