var a = 1
var b = 2
(a, b) = (b, a)
print(a, b)
var x = [10, 20, 30, 40]
(x[0], x[3]) = (x[3], x[0])
print(x)
var i = 1
var j = 2
(x[i], x[j]) = (x[j], x[i])
print(x)
var (p, q) = (3, 4)
p += q
q *= 2
print(p, q)
var (lo, hi) = (0, 100)
var steps = 0
while lo < hi {
    let mid = (lo + hi) / 2
    if mid < 37 { lo = mid + 1 } else { hi = mid }
    steps += 1
}
print(lo, hi, steps)
func fibPair(_ n: Int) -> Int {
    var (f0, f1) = (0, 1)
    for _ in 0..<n { (f0, f1) = (f1, f0 + f1) }
    return f0
}
print((0..<10).map(fibPair))
var (s, t): (String, Int) = ("k", 1)
s += "!"
t -= 1
print(s, t)
var m = 5, n = 9
(m, n) = (n % m, m)
print(m, n)
