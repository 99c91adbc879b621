struct Matrix {
    let rows: Int
    let cols: Int
    var data: [Double]
    init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        data = Array(repeating: 0, count: rows * cols)
    }
    subscript(r: Int, c: Int) -> Double {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }
}
var m = Matrix(rows: 2, cols: 3)
for r in 0..<2 { for c in 0..<3 { m[r, c] = Double(r * 10 + c) } }
print(m.data)
m[1, 2] += 0.5
print(m[1, 2], m[0, 1])
struct Ring {
    var items: [String]
    subscript(i: Int) -> String { items[((i % items.count) + items.count) % items.count] }
}
let ring = Ring(items: ["a", "b", "c"])
print(ring[0], ring[4], ring[-1])
class Grid {
    var cells: [[Character]]
    init(w: Int, h: Int) { cells = Array(repeating: Array(repeating: ".", count: w), count: h) }
    subscript(x: Int, y: Int) -> Character {
        get { cells[y][x] }
        set { cells[y][x] = newValue }
    }
    subscript(row y: Int) -> String { String(cells[y]) }
}
let g = Grid(w: 4, h: 2)
g[1, 0] = "#"
g[3, 1] = "@"
print(g[row: 0])
print(g[row: 1], g[1, 0])
