var total = 0
for i in 0..<5 { total += i }
print(total)
for i in 1...3 { print(i, terminator: " ") }
print()
let n = 4
for i in 0..<n {
    for j in i..<n { print(i * 10 + j, terminator: ",") }
}
print()
for x in [3.5, 1.25] { print(x) }
for _ in 0..<2 { print("hi") }
