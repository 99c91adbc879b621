struct Queue {
    private var inbox: [Int] = []
    private var outbox: [Int] = []
    var isEmpty: Bool { inbox.isEmpty && outbox.isEmpty }
    var count: Int { inbox.count + outbox.count }
    mutating func push(_ x: Int) { inbox.append(x) }
    mutating func pop() -> Int? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }
}
var q = Queue()
for i in 1...5 { q.push(i * i) }
print(q.count, q.pop() ?? -1, q.pop() ?? -1)
q.push(100)
var drained: [Int] = []
while let x = q.pop() { drained.append(x) }
print(drained, q.isEmpty)
// BFS on a small graph
let edges = [0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []]
var dist = [0: 0]
var frontier = Queue()
frontier.push(0)
while let node = frontier.pop() {
    for next in edges[node] ?? [] where dist[next] == nil {
        dist[next] = dist[node]! + 1
        frontier.push(next)
    }
}
print(dist.keys.sorted().map { "\($0):\(dist[$0]!)" }.joined(separator: " "))
