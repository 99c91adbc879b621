struct Node {
    var value: Int
    var name: String?
}
let n: Node? = Node(value: 3, name: "x")
print(n?.value)
print(n?.name?.count)
let m: Node? = nil
print(m?.value)
print(m?.value ?? 0)
let arr: [Int]? = [1, 2, 3]
print(arr?.count)
print(arr?.first)
let str: String? = "hello"
print(str?.uppercased())
