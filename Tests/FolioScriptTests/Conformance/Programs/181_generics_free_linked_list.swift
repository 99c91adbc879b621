final class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) { self.value = value; self.next = next }
}
func build(_ xs: [Int]) -> ListNode? {
    var head: ListNode? = nil
    for x in xs.reversed() { head = ListNode(x, next: head) }
    return head
}
func toArray(_ head: ListNode?) -> [Int] {
    var out: [Int] = []
    var cur = head
    while let node = cur {
        out.append(node.value)
        cur = node.next
    }
    return out
}
func reverse(_ head: ListNode?) -> ListNode? {
    var prev: ListNode? = nil
    var cur = head
    while let node = cur {
        let next = node.next
        node.next = prev
        prev = node
        cur = next
    }
    return prev
}
let list = build([1, 2, 3, 4, 5])
print(toArray(list))
let rev = reverse(list)
print(toArray(rev))
print(toArray(list))
var p = rev
while let node = p { node.value *= 10; p = node.next }
print(toArray(rev))
print(rev?.next?.next?.value ?? -1, rev?.next?.next?.next?.next?.next?.value ?? -1)
