// Implicitly unwrapped optionals: the declaration's type is T?, a reference is force-unwrapped
// only where a T is needed (a T-typed binding or argument, a member of T), and stays optional
// elsewhere (inferred bindings, comparisons with nil, optional binding, `as Any`).
var count: Int! = 5
let doubled: Int = count * 2
print(doubled)
let inferred = count
print(inferred as Any, inferred.map { $0 + 1 } ?? 0)
count = nil
print(count == nil, count ?? -1)
if let c = count { print("has", c) } else { print("no count") }
count = 7
if let c = count { print("has", c) }

func describe(_ text: String) -> String { "<\(text)>" }
var label: String! = "hello"
print(describe(label), label.count, label.uppercased())
label = label + " world"
print(label!)
let parts: [String] = [label, "x"]
print(parts)

class Node {
    let name: String
    var next: Node!
    weak var parent: Node?
    init(name: String) { self.name = name }
    func chain() -> String {
        next == nil ? name : name + " -> " + next.chain()
    }
}
let a = Node(name: "a")
a.next = Node(name: "b")
a.next.next = Node(name: "c")
print(a.chain(), a.next.name, a.next.next.name)
print(a.next.next.next == nil)
let maybe = a.next.next.next
print(maybe?.name ?? "end")

struct Config {
    var title: String!
    var size: Int
}
var config = Config(title: "Report", size: 3)
print(config.title.count + config.size)
config.title = nil
print(config.title ?? "untitled")
