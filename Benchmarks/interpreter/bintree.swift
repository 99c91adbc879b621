// A class-based binary tree (the Benchmarks Game's binary-trees, depth 12): allocate complete
// trees of depths 4, 6, …, 12 many times over, walk them, and let ARC free them.
final class Node {
    let left: Node?
    let right: Node?
    init(left: Node?, right: Node?) {
        self.left = left
        self.right = right
    }
}
func makeTree(_ depth: Int) -> Node {
    if depth == 0 { return Node(left: nil, right: nil) }
    return Node(left: makeTree(depth - 1), right: makeTree(depth - 1))
}
func check(_ node: Node) -> Int {
    guard let left = node.left, let right = node.right else { return 1 }
    return 1 + check(left) + check(right)
}
let maxDepth = 12
var results: [String] = []
results.append("stretch \(check(makeTree(maxDepth + 1)))")
let longLived = makeTree(maxDepth)
for depth in stride(from: 4, through: maxDepth, by: 2) {
    let iterations = 1 << (maxDepth - depth + 4)
    var sum = 0
    for _ in 0..<iterations {
        sum += check(makeTree(depth))
    }
    results.append("\(iterations)x\(depth):\(sum)")
}
results.append("long \(check(longLived))")
print(results.joined(separator: " "))
