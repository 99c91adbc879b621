// Two functions with a local type of the same name, a local type hiding a type of the
// program's top level, and the top-level type used again after them.
struct Node {
    var label = "top-level"
}
func depthFirst() -> [Int] {
    struct Node {
        var value: Int
        var children: [Node] = []
    }
    let tree = Node(value: 1, children: [Node(value: 2, children: [Node(value: 4)]), Node(value: 3)])
    var order: [Int] = []
    var stack = [tree]
    while let node = stack.popLast() {
        order.append(node.value)
        stack.append(contentsOf: node.children.reversed())
    }
    return order
}
func linked() -> String {
    final class Node {
        let name: String
        var next: Node?
        init(_ name: String, next: Node? = nil) {
            self.name = name
            self.next = next
        }
    }
    var node: Node? = Node("a", next: Node("b", next: Node("c")))
    var names: [String] = []
    while let current = node {
        names.append(current.name)
        node = current.next
    }
    return names.joined(separator: "->")
}
print(depthFirst(), linked(), Node().label)
print(Node())
