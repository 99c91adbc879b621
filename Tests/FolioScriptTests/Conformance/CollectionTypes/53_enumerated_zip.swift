let names = ["a", "b", "c"]
for (i, name) in names.enumerated() {
    print(i, name)
}
let xs = [1, 2, 3]
let ys = [10.0, 20.0, 30.0]
for (x, y) in zip(xs, ys) {
    print(Double(x) * y)
}
for i in xs.indices {
    print(i, xs[i])
}
print(Array(xs.reversed()))
for x in xs.reversed() { print(x) }
let parts = "a,b,,c".split(separator: ",")
print(parts.count)
for p in parts { print(p) }
print(zip(xs, names).map { "\($0)\($1)" })
