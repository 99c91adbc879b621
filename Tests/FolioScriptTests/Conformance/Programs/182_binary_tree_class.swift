class TreeNode {
    let key: Int
    var left: TreeNode?
    var right: TreeNode?
    init(_ key: Int) { self.key = key }
}
class BST {
    var root: TreeNode?
    func insert(_ k: Int) {
        guard let r = root else { root = TreeNode(k); return }
        var node = r
        while true {
            if k < node.key {
                if let l = node.left { node = l } else { node.left = TreeNode(k); return }
            } else {
                if let rr = node.right { node = rr } else { node.right = TreeNode(k); return }
            }
        }
    }
    func inorder() -> [Int] {
        var out: [Int] = []
        func walk(_ n: TreeNode?) {
            guard let n = n else { return }
            walk(n.left)
            out.append(n.key)
            walk(n.right)
        }
        walk(root)
        return out
    }
    func height(_ n: TreeNode?) -> Int {
        guard let n else { return 0 }
        return 1 + max(height(n.left), height(n.right))
    }
    func contains(_ k: Int) -> Bool {
        var n = root
        while let cur = n {
            if cur.key == k { return true }
            n = k < cur.key ? cur.left : cur.right
        }
        return false
    }
}
let t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35] { t.insert(k) }
print(t.inorder())
print(t.height(t.root), t.contains(35), t.contains(36))
