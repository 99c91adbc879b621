func partition(_ a: inout [Int], _ lo: Int, _ hi: Int) -> Int {
    let pivot = a[hi]
    var i = lo
    for j in lo..<hi where a[j] < pivot {
        a.swapAt(i, j)
        i += 1
    }
    a.swapAt(i, hi)
    return i
}
func quicksort(_ a: inout [Int], _ lo: Int, _ hi: Int) {
    if lo >= hi { return }
    let p = partition(&a, lo, hi)
    quicksort(&a, lo, p - 1)
    quicksort(&a, p + 1, hi)
}
var xs = [38, 27, 43, 3, 9, 82, 10, 3]
quicksort(&xs, 0, xs.count - 1)
print(xs)
func increment(_ x: inout Int, by d: Int = 1) { x += d }
var n = 5
increment(&n)
increment(&n, by: 10)
print(n)
struct Counter { var hits = 0 }
func hit(_ c: inout Counter) { c.hits += 1 }
var c = Counter()
for _ in 0..<3 { hit(&c) }
print(c.hits)
func normalize(_ v: inout [Double]) {
    let total = v.reduce(0, +)
    for i in v.indices { v[i] /= total }
}
var weights = [1.0, 3.0, 4.0]
normalize(&weights)
print(weights)
var grid = [[0, 0], [0, 0]]
increment(&grid[1][0], by: 7)
print(grid)
func swapValues(_ a: inout String, _ b: inout String) { let t = a; a = b; b = t }
var s1 = "left", s2 = "right"
swapValues(&s1, &s2)
print(s1, s2)
