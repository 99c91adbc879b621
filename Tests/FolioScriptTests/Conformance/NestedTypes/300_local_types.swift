// Local types: a struct, an enum and a class declared inside a function body or a closure,
// capturing nothing, used there (The Swift Programming Language, Nested Types; and the helper
// types a function often keeps to itself).
func summary(of values: [Double]) -> String {
    struct Accumulator {
        var count = 0
        var total = 0.0
        var smallest = Double.infinity
        mutating func add(_ value: Double) {
            count += 1
            total += value
            smallest = min(smallest, value)
        }
        var mean: Double { count == 0 ? 0 : total / Double(count) }
    }
    var accumulator = Accumulator()
    for value in values { accumulator.add(value) }
    print(accumulator)
    return "n=\(accumulator.count) mean=\(accumulator.mean) min=\(accumulator.smallest)"
}
print(summary(of: [3, 1.5, 4, 1]))
print(summary(of: [2]))

func classify(_ scores: [Int]) -> [String] {
    enum Grade: String, CaseIterable {
        case low = "low", middle = "middle", high = "high"
        init(score: Int) {
            switch score {
            case ..<50: self = .low
            case 50..<80: self = .middle
            default: self = .high
            }
        }
    }
    print(Grade.allCases.map(\.rawValue))
    return scores.map { Grade(score: $0).rawValue }
}
print(classify([12, 50, 79, 95]))

func countNodes(_ depth: Int) -> Int {
    final class Node {
        var children: [Node] = []
        init(depth: Int) {
            if depth > 0 { children = [Node(depth: depth - 1), Node(depth: depth - 1)] }
        }
        var size: Int { 1 + children.reduce(0) { $0 + $1.size } }
    }
    return Node(depth: depth).size
}
print(countNodes(3), countNodes(0))

let pairs = [(3, "c"), (1, "a"), (2, "b")]
let sorted: [String] = {
    struct Entry: Comparable {
        let key: Int
        let name: String
        static func < (a: Entry, b: Entry) -> Bool { a.key < b.key }
    }
    return pairs.map { Entry(key: $0.0, name: $0.1) }.sorted(by: <).map(\.name)
}()
print(sorted)

func tally(_ words: [String]) {
    struct Counter {
        static var calls = 0
        var counts: [String: Int] = [:]
        mutating func add(_ word: String) {
            Counter.calls += 1
            counts[word, default: 0] += 1
        }
    }
    var counter = Counter()
    for word in words { counter.add(word) }
    print(counter.counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }, Counter.calls)
}
tally(["b", "a", "b"])
tally(["c"])

for round in 1...2 {
    enum Move { case rock, paper }
    let move: Move = round == 1 ? .rock : .paper
    print(round, move)
}
