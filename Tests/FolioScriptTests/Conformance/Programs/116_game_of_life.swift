typealias Board = [[Bool]]
func step(_ b: Board) -> Board {
    let h = b.count, w = b[0].count
    var next = b
    for r in 0..<h {
        for c in 0..<w {
            var n = 0
            for dr in -1...1 {
                for dc in -1...1 where !(dr == 0 && dc == 0) {
                    let rr = (r + dr + h) % h, cc = (c + dc + w) % w
                    if b[rr][cc] { n += 1 }
                }
            }
            next[r][c] = b[r][c] ? (n == 2 || n == 3) : n == 3
        }
    }
    return next
}
var board: Board = Array(repeating: Array(repeating: false, count: 6), count: 6)
for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] { board[r][c] = true }
for _ in 0..<4 { board = step(board) }
for row in board { print(String(row.map { $0 ? "#" : "." })) }
