var closures: [() -> Int] = []
for i in 0..<3 {
    closures.append { i * 10 }
}
print(closures.map { $0() })
var fs: [() -> String] = []
for name in ["a", "b"] {
    let upper = name.uppercased()
    fs.append { name + upper }
}
for f in fs { print(f()) }
var total = 0
var adders: [() -> Void] = []
for k in stride(from: 1, through: 3, by: 1) {
    adders.append { total += k }
}
for a in adders { a() }
print(total)
var j = 0
var ws: [() -> Int] = []
while j < 3 {
    let captured = j
    ws.append { captured }
    j += 1
}
print(ws.map { $0() })
func makeAll() -> [() -> Int] {
    var result: [() -> Int] = []
    for (index, value) in [5, 6, 7].enumerated() where index != 1 {
        result.append { index * 100 + value }
    }
    return result
}
print(makeAll().map { $0() })
func firstBig(_ xs: [Int]) -> Int {
    var hits: [() -> Int] = []
    for x in xs {
        hits.append { x }
        if x > 2 { return hits.count * 1000 + x }
    }
    return -1
}
print(firstBig([1, 2, 3, 4]))
