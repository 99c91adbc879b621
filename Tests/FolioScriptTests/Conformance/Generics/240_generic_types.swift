struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) {
        items.append(item)
    }
    mutating func pop() -> Element {
        return items.removeLast()
    }
}
extension Stack {
    var topItem: Element? {
        return items.isEmpty ? nil : items[items.count - 1]
    }
}
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
stackOfStrings.push("cuatro")
let fromTheTop = stackOfStrings.pop()
print(fromTheTop)
if let topItem = stackOfStrings.topItem {
    print("The top item on the stack is \(topItem).")
}
var ints = Stack<Int>()
ints.push(1); ints.push(2)
print(ints.items, ints.topItem ?? 0)
struct Pair<A, B> {
    let first: A
    let second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}
let p = Pair(first: 1, second: "one")
print(p.first, p.second, p.swapped().first)
extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool {
        guard let topItem = items.last else { return false }
        return topItem == item
    }
}
print(stackOfStrings.isTop("tres"), ints.isTop(1))
enum Tree<T> {
    case leaf(T)
    indirect case node(Tree<T>, Tree<T>)
}
func count<T>(_ t: Tree<T>) -> Int {
    switch t {
    case .leaf: return 1
    case .node(let l, let r): return count(l) + count(r)
    }
}
print(count(Tree.node(.leaf(1), .node(.leaf(2), .leaf(3)))))
class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
    func map<U>(_ f: (T) -> U) -> Box<U> { Box<U>(f(value)) }
}
let b = Box(3).map { Double($0) * 1.5 }
print(b.value)
