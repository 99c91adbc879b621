// A singly linked list of final-class nodes, changed in place inside functions (The Swift
// Programming Language, Structures and Classes: "Classes Are Reference Types", Automatic
// Reference Counting): appended at its tail, walked with `while let`, reversed by relinking,
// compared by identity, its values updated through references; the functions run in register
// form.

final class ListNode {
    var value: Int
    var next: ListNode?
    init(value: Int, next: ListNode?) {
        self.value = value
        self.next = next
    }
}

final class Tally {
    var hits: Int
    var total: Double
    init(hits: Int, total: Double) {
        self.hits = hits
        self.total = total
    }
}

func makeList(_ count: Int) -> ListNode? {
    var head: ListNode? = nil
    var tail: ListNode? = nil
    for i in 1...count {
        let node = ListNode(value: i * i, next: nil)
        if let last = tail {
            last.next = node
        } else {
            head = node
        }
        tail = node
    }
    return head
}

func length(_ list: ListNode?) -> Int {
    var count = 0
    var current = list
    while let node = current {
        count += 1
        current = node.next
    }
    return count
}

func sum(_ list: ListNode?) -> Int {
    var total = 0
    var current = list
    while current != nil {
        total += current!.value
        current = current!.next
    }
    return total
}

func reversed(_ list: ListNode?) -> ListNode? {
    var previous: ListNode? = nil
    var current = list
    while let node = current {
        current = node.next
        node.next = previous
        previous = node
    }
    return previous
}

func doubleEvery(_ list: ListNode?, from start: Int) -> Int {
    var changed = 0
    var current = list
    while let node = current {
        if node.value >= start {
            node.value *= 2
            changed += 1
        }
        current = node.next
    }
    return changed
}

func isLast(_ node: ListNode) -> Bool { node.next == nil }

func sameNode(_ a: ListNode?, _ b: ListNode?) -> Bool { a === b }

func record(_ tally: Tally, _ x: Double) {
    tally.hits += 1
    tally.total += x
}

func tally(_ n: Int) -> Double {
    let t = Tally(hits: 0, total: 0)
    for i in 0..<n where i % 3 != 0 {
        record(t, Double(i) / 2)
    }
    return t.total / Double(t.hits)
}

let list = makeList(6)
print(length(list), sum(list), length(nil))
let back = reversed(list)
print(back?.value ?? -1, sum(back), length(back))
print(doubleEvery(back, from: 10), sum(back))
if let first = back {
    print(isLast(first), sameNode(first, back), sameNode(first, first.next), sameNode(nil, nil))
}
print(tally(10))
