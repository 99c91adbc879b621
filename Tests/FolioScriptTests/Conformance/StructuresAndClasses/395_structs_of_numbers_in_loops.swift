// Structs of numbers in numeric code: memberwise initializers, stored properties read and
// written alone and in an array's elements, structs passed to and returned from functions,
// `inout` arrays of structs, and value semantics (a copy changes alone).
struct Particle {
    var x: Double
    var v: Double
    var hits: Int
    var alive: Bool
}

struct Cell {
    let row: Int
    let column: Int
}

func spawn(_ n: Int) -> [Particle] {
    var ps: [Particle] = []
    for i in 0..<n {
        ps.append(Particle(x: Double(i), v: 1.5 - Double(i) * 0.25, hits: 0, alive: true))
    }
    return ps
}

func step(_ ps: inout [Particle], dt: Double, wall: Double) {
    for i in 0..<ps.count {
        if !ps[i].alive { continue }
        ps[i].x += ps[i].v * dt
        if ps[i].x > wall || ps[i].x < -wall {
            ps[i].v = -ps[i].v
            ps[i].hits += 1
        }
        if ps[i].hits >= 3 { ps[i].alive = false }
    }
}

func kinetic(_ ps: [Particle]) -> Double {
    var e = 0.0
    for p in ps where p.alive {
        e += 0.5 * p.v * p.v
    }
    return e
}

func totalHits(_ ps: [Particle]) -> Int {
    var total = 0
    for i in 0..<ps.count {
        let p = ps[i]
        total += p.hits
    }
    return total
}

func mirrored(_ p: Particle) -> Particle {
    var q = p
    q.x = -q.x
    q.v *= -1
    return q
}

func area(_ a: Cell, _ b: Cell) -> Int {
    (b.row - a.row + 1) * (b.column - a.column + 1)
}

var ps = spawn(7)
for _ in 0..<40 {
    step(&ps, dt: 0.5, wall: 4)
}
print(ps.map { $0.hits }, ps.map { $0.alive })
print(kinetic(ps), totalHits(ps))

let first = ps[0]
let flipped = mirrored(first)
print(first.x, first.v, flipped.x, flipped.v)

// A copy of an array of structs changes alone.
var copy = ps
step(&copy, dt: 1, wall: 0.5)
print(totalHits(ps), totalHits(copy))

// Top-level loops over an array of structs.
var cells: [Cell] = []
for r in 0..<4 {
    for c in 0..<3 {
        cells.append(Cell(row: r, column: c))
    }
}
var covered = 0
for i in 1..<cells.count {
    covered += area(cells[0], cells[i])
}
print(cells.count, covered)

var swarm = spawn(5)
var steps = 0
while totalHits(swarm) < 6 {
    step(&swarm, dt: 0.75, wall: 3)
    steps += 1
}
print(steps, swarm[4].x, swarm[4].hits)

// A struct local in a loop, rebuilt each time.
var best = Particle(x: 0, v: 0, hits: 0, alive: false)
for p in swarm {
    if p.x > best.x {
        best = p
    }
}
best.hits += 100
print(best.x, best.hits, swarm.map { $0.hits })
