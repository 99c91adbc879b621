// Classes built and walked inside functions (The Swift Programming Language, Structures and
// Classes, Automatic Reference Counting): a tree of final-class nodes linked by optional
// references, built recursively, walked with `guard let` and `if let`, a linked list grown in a
// loop and consumed; the functions over them run in register form.
final class Node {
    let left: Node?
    let right: Node?
    let value: Int
    init(left: Node?, right: Node?, value: Int) {
        self.left = left
        self.right = right
        self.value = value
    }
}
func makeTree(_ depth: Int) -> Node {
    if depth == 0 { return Node(left: nil, right: nil, value: 1) }
    return Node(left: makeTree(depth - 1), right: makeTree(depth - 1), value: depth)
}
func check(_ node: Node) -> Int {
    guard let left = node.left, let right = node.right else { return node.value }
    return node.value + check(left) + check(right)
}
func leftmost(_ node: Node) -> Int {
    var current = node
    var steps = 0
    while true {
        if let next = current.left {
            current = next
            steps += 1
        } else {
            break
        }
    }
    return steps * 1000 + current.value
}
func chain(_ n: Int) -> Node? {
    var head: Node? = nil
    for i in 0..<n { head = Node(left: head, right: nil, value: i) }
    return head
}
func sumChain(_ n: Int) -> Int {
    var total = 0
    var node = chain(n)
    var guardCount = 0
    while guardCount < n {
        guard let current = node else { break }
        total += current.value
        node = current.left
        guardCount += 1
    }
    return total
}
func deepest(_ node: Node?, _ depth: Int) -> Int {
    if let node {
        let left = deepest(node.left, depth + 1)
        let right = deepest(node.right, depth + 1)
        return left > right ? left : right
    }
    return depth
}

func lopsided(_ n: Int) -> Node {
    var tree = Node(left: nil, right: nil, value: 0)
    for i in 1...n {
        tree = i % 2 == 0 ? Node(left: tree, right: nil, value: i) : Node(left: nil, right: tree, value: i)
    }
    return tree
}

let tree = makeTree(6)
print(check(tree), leftmost(makeTree(5)), sumChain(100))
print(deepest(tree, 0), deepest(nil, 7), deepest(lopsided(9), 0), check(lopsided(4)))
let shared = makeTree(2)
let pair = Node(left: shared, right: shared, value: 10)
print(check(pair), pair.left === pair.right)
