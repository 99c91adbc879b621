var found = -1
for i in 0..<100 {
    if i * i > 50 {
        found = i
        break
    }
}
print(found)
var odds: [Int] = []
for i in 0..<10 {
    if i % 2 == 0 { continue }
    odds.append(i)
}
print(odds)
var n = 0
while true {
    n += 1
    if n == 7 { break }
}
print(n)
for i in 0..<3 {
    for j in 0..<3 {
        if j == 1 { continue }
        if i == 2 { break }
        print(i, j)
    }
}
