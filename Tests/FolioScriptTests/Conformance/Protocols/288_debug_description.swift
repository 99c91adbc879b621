// CustomDebugStringConvertible: `debugDescription` is what print shows when there is no
// `description`, and what a collection shows for its elements when there is both; a type
// without the conformance keeps Swift's default.
struct Tag { var name: String }
extension Tag: CustomDebugStringConvertible { var debugDescription: String { "#\(name)" } }
struct Both: CustomStringConvertible, CustomDebugStringConvertible {
    var value: Int
    var description: String { "both \(value)" }
    var debugDescription: String { "Both(debug: \(value))" }
}
struct Plain { var debugDescription: String { "never used" } }
enum Signal: CustomDebugStringConvertible {
    case on, off
    var debugDescription: String { self == .on ? "ON" : "OFF" }
}
struct Edge<T> { var from: T, to: T }
extension Edge: CustomDebugStringConvertible { var debugDescription: String { "\(from) -> \(to)" } }
final class Node: CustomDebugStringConvertible {
    let id: Int
    init(id: Int) { self.id = id }
    var debugDescription: String { "Node \(id)" }
}
print(Tag(name: "swift"), [Tag(name: "a"), Tag(name: "b")])
print(Both(value: 1), [Both(value: 2)], "\(Both(value: 3))")
print(Plain(), [Plain()])
let maybe: Signal? = .on
print(Signal.on, [Signal.off], maybe as Any)
print(Edge(from: 1, to: 2), [Edge(from: "x", to: "y")])
print(Node(id: 7), [Node(id: 8)])
