// Updates made where a value is stored (`a[i] += x`, `bodies[i].vx -= d`, `p.0 = v`, `x = e`)
// keep Swift's value semantics: a copy made before the update does not change, shared arrays
// are copied first, an index out of range stops the update, and subscripts are evaluated before
// the right-hand side.
struct Body {
    var x: Double
    var v: Double
    var hits: Int
    var alive: Bool
}
final class Cell {
    var value = 0.0
    var count = 0
}
func run() {
    var a = [1.0, 2.0, 3.0]
    let before = a
    a[0] += 10
    a[1] = -2
    a[2] /= 4
    print(a, before)

    var grid = [[1, 2], [3, 4]]
    let rows = grid
    grid[1][0] *= 7
    grid[0][1] -= 5
    print(grid, rows)

    var bodies = [Body(x: 0, v: 1, hits: 0, alive: true), Body(x: 5, v: -1, hits: 2, alive: true)]
    var snapshot = bodies
    for step in 0..<3 {
        for i in 0..<bodies.count {
            bodies[i].x += bodies[i].v * 0.5
            bodies[i].hits += step
            bodies[i].alive = bodies[i].x < 6
        }
    }
    snapshot[0].v = 42
    print(bodies.map { ($0.x, $0.hits, $0.alive) })
    print(snapshot.map { ($0.x, $0.v) })

    var pairs = [(1, 2.5), (3, 4.5)]
    let kept = pairs
    pairs[1].0 += 10
    pairs[0].1 = 0
    print(pairs, kept)

    let cell = Cell()
    let alias = cell
    let cells = [cell]
    cells[0].value += 1.5
    cells[0].count = 3
    print(alias.value, alias.count)

    var counter = 0
    func next() -> Int {
        counter += 1
        return counter - 1
    }
    var slots = [0, 0, 0]
    slots[next()] = next() * 10
    slots[next()] += 7
    print(slots, counter)

    var x = 1.0
    var y = x
    y += 1
    x = y * 3
    print(x, y)
}
run()

var top = [0.5, 1.5]
var copyOfTop = top
top[1] += 1
copyOfTop[0] = 9
print(top, copyOfTop)
