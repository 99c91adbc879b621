enum Move: CaseIterable { case rock, paper, scissors }
func beats(_ a: Move, _ b: Move) -> Bool {
    switch (a, b) {
    case (.rock, .scissors), (.paper, .rock), (.scissors, .paper): return true
    default: return false
    }
}
struct LCG {
    var state: Int
    mutating func next() -> Int {
        state = (state &* 1103515245 &+ 12345) & 0x7FFF_FFFF
        return state >> 8
    }
}
var rng = LCG(state: 42)
var score = (a: 0, b: 0, draws: 0)
for _ in 0..<30 {
    let a = Move.allCases[rng.next() % 3]
    let b = Move.allCases[rng.next() % 3]
    if beats(a, b) { score.a += 1 } else if beats(b, a) { score.b += 1 } else { score.draws += 1 }
}
print(score)
print(score.a + score.b + score.draws)
var board = Array(repeating: Array(repeating: " ", count: 3), count: 3)
let plays = [(1, 1, "X"), (0, 0, "O"), (2, 2, "X"), (0, 2, "O"), (0, 1, "X"), (2, 1, "O"), (1, 0, "X"), (1, 2, "O"), (2, 0, "X")]
func winner(_ b: [[String]]) -> String? {
    let lines = [[(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)], [(2, 0), (2, 1), (2, 2)],
                 [(0, 0), (1, 0), (2, 0)], [(0, 1), (1, 1), (2, 1)], [(0, 2), (1, 2), (2, 2)],
                 [(0, 0), (1, 1), (2, 2)], [(0, 2), (1, 1), (2, 0)]]
    for line in lines {
        let marks = line.map { b[$0.0][$0.1] }
        if marks[0] != " " && marks.allSatisfy({ $0 == marks[0] }) { return marks[0] }
    }
    return nil
}
for (turn, (r, c, m)) in plays.enumerated() {
    board[r][c] = m
    if let w = winner(board) { print("winner \(w) on turn \(turn + 1)"); break }
}
print(board.map { $0.joined(separator: "|") }.joined(separator: "\n"))
