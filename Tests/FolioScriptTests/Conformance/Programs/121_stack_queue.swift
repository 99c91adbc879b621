struct Stack {
    private var items: [Int] = []
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { items.popLast() }
    var peek: Int? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack()
for i in 1...4 { s.push(i * i) }
print(s.pop()!, s.peek!, s.isEmpty)
while let x = s.pop() { print("popped", x) }
print(s.isEmpty, s.pop() == nil)
struct Queue {
    var input: [String] = [], output: [String] = []
    mutating func enqueue(_ x: String) { input.append(x) }
    mutating func dequeue() -> String? {
        if output.isEmpty { output = input.reversed(); input = [] }
        return output.popLast()
    }
}
var q = Queue()
q.enqueue("a"); q.enqueue("b")
print(q.dequeue()!)
q.enqueue("c")
print(q.dequeue()!, q.dequeue()!, q.dequeue() ?? "none")
