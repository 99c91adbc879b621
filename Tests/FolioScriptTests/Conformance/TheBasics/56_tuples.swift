let t = (1, "one")
print(t)
print(t.0, t.1)
let (a, b) = t
print(a, b)
let p = (x: 1.5, y: 2.5)
print(p.x + p.y)
print(p)
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var lo = xs[0]
    var hi = xs[0]
    for x in xs {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
let r = minMax([3, 7, 1, 9])
print(r.min, r.max)
print(r)
var q = (1, 2)
q.0 = 5
print(q)
let (_, second) = q
print(second)
let pairs = [(1, "a"), (2, "b")]
for (n, s) in pairs { print(n, s) }
print(pairs.map { $0.0 })
print((1, 2) == (1, 2))
print((1, 2) < (1, 3))
