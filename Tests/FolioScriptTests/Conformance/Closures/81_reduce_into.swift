let words = ["apple", "banana", "avocado", "cherry", "blueberry"]
let groups = words.reduce(into: [:] as [Character: [String]]) { acc, w in acc[w.first!, default: []].append(w) }
for k in groups.keys.sorted() { print(k, groups[k]!) }
let counts = [1, 2, 2, 3, 3, 3].reduce(into: [:]) { (c: inout [Int: Int], x: Int) in c[x, default: 0] += 1 }
print(counts.keys.sorted().map { "\($0):\(counts[$0]!)" })
func accumulate(_ acc: inout Int, _ x: Int) { acc += x * x }
print([1, 2, 3].reduce(into: 0, accumulate))
func twice(_ a: inout [Int], _ x: Int) { a.append(x * 2) }
print([1, 2, 3].reduce(into: [], twice))
print((1...4).reduce(into: "") { s, i in s += String(i) })
