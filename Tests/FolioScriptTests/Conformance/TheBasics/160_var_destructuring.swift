var (a, b) = (1, 2)
a += 10
b = a * 2
print(a, b)
var (name, age, score) = ("ann", 30, 1.5)
age += 1
score *= 2
name = name.uppercased()
print(name, age, score)
let pairs = [(1, "one"), (2, "two"), (3, "three")]
for (n, w) in pairs { print(n, w) }
for var (n, w) in pairs {
    n *= 100
    w += "!"
    print(n, w)
}
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var (lo, hi) = (xs[0], xs[0])
    for x in xs {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
var (lo, hi) = minMax([4, -2, 9, 3])
lo -= 1
hi += 1
print(lo, hi)
let r = minMax([5, 6])
print(r.min, r.max, r)
let (_, second) = (0, "second")
print(second)
