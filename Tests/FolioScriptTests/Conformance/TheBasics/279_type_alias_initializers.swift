// A type alias calls its type's initializers, at the top level and inside a type, also when
// it names an instance of a generic type; and a protocol may name its associated types before
// declaring them.
struct Point { var x: Int; var y: Int }
typealias P = Point
let p = P(x: 1, y: 2)
struct Outer {
    typealias Inner = Point
    func make() -> Inner { Inner(x: 3, y: 4) }
}
struct Box<T> { var value: T }
typealias IntBox = Box<Int>
let box = IntBox(value: 5)
print(p.x, Outer().make().y, box.value)

protocol Store {
    typealias Entry = (key: Key, count: Int)
    func entries() -> [Entry]
    associatedtype Key: Hashable
}
struct Words: Store {
    typealias Key = String
    func entries() -> [(key: String, count: Int)] { [("a", 2), ("b", 1)] }
}
print(Words().entries().map { "\($0.key)=\($0.count)" })
