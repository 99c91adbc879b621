var counts: [String: Int] = [:]
for w in ["a", "b", "a", "c", "a", "b"] {
    counts[w, default: 0] += 1
}
for k in counts.keys.sorted() {
    print(k, counts[k]!)
}
print(counts["a"] ?? 0)
print(counts["z"] ?? 0)
counts["b"] = nil
print(counts.count)
var ages = ["bob": 30]
ages["amy"] = 25
print(ages["amy"]!)
print(ages.keys.sorted())
print(ages.values.sorted())
for (name, age) in ages.sorted(by: { $0.key < $1.key }) {
    print(name, age)
}
let single = ["x": 1.5]
print(single)
print(ages.isEmpty)
let removed = ages.removeValue(forKey: "bob")
print(removed as Int?)
print(ages.count)
var grid: [Int: [Int]] = [:]
grid[1, default: []].append(5)
grid[1, default: []].append(6)
print(grid[1]!)
let m = ["a": 1, "b": 2].mapValues { $0 * 10 }
print(m["b"]!)
