// An endless range as the sequence of a for-in loop (`for i in 1...`), left by break, return
// or a labelled break, with where clauses and nested loops.
for i in 1... {
    if i > 3 { break }
    print(i)
}
outer: for n in (10...) where n % 2 == 1 {
    for _ in 0... {
        if n > 15 { break outer }
        print("odd", n)
        continue outer
    }
}
func firstSquare(above limit: Int) -> Int {
    for k in 0... where k * k > limit { return k }
    return -1
}
print(firstSquare(above: 50))
var total = 0
for k in 1... {
    total += k
    if total > 20 { break }
}
print(total)
