func permutations(_ xs: [Int]) -> [[Int]] {
    if xs.count <= 1 { return [xs] }
    var out: [[Int]] = []
    for (i, x) in xs.enumerated() {
        var rest = xs
        rest.remove(at: i)
        for p in permutations(rest) { out.append([x] + p) }
    }
    return out
}
print(permutations([1, 2, 3]))
func subsets(_ xs: [Int]) -> [[Int]] {
    guard let first = xs.first else { return [[]] }
    let rest = subsets(Array(xs.dropFirst()))
    return rest + rest.map { [first] + $0 }
}
print(subsets([1, 2, 3]).map { $0.reduce(0, +) }.sorted())
func nQueens(_ n: Int) -> Int {
    var cols = Set<Int>(), d1 = Set<Int>(), d2 = Set<Int>()
    func place(_ r: Int) -> Int {
        if r == n { return 1 }
        var count = 0
        for c in 0..<n where !cols.contains(c) && !d1.contains(r + c) && !d2.contains(r - c) {
            cols.insert(c); d1.insert(r + c); d2.insert(r - c)
            count += place(r + 1)
            cols.remove(c); d1.remove(r + c); d2.remove(r - c)
        }
        return count
    }
    return place(0)
}
print((1...7).map(nQueens))
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String, _ moves: inout [String]) {
    if n == 0 { return }
    hanoi(n - 1, from, via, to, &moves)
    moves.append(from + to)
    hanoi(n - 1, via, to, from, &moves)
}
var moves: [String] = []
hanoi(3, "A", "C", "B", &moves)
print(moves.count, moves.joined(separator: ","))
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(ackermann(2, 3), ackermann(3, 3))
