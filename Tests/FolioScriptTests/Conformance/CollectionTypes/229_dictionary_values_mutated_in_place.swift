// Mutating a dictionary's value in place (`d[k, default: []].append`, `d[k]!.append`,
// `counts[c, default: 0] += 1`) changes that value only, copies of the dictionary keep theirs,
// and assigning nil removes the key. Grouping 20 000 values this way is linear: the value is
// moved out of the dictionary while it changes, not copied for every append.
var groups: [Int: [Int]] = [:]
for i in 0..<20_000 { groups[i % 4, default: []].append(i) }
print(groups.count, groups[0]!.count, groups[3]!.last!)

var d: [String: [Int]] = [:]
d["a", default: []].append(1)
d["a", default: []].append(2)
d["b"] = [3]
d["b"]!.append(4)
d["c"]?.append(5)
var e = d
e["a"]!.append(99)
d["b"] = nil
print(d.sorted { $0.key < $1.key }, e.sorted { $0.key < $1.key })

var counts: [Character: Int] = [:]
for c in "hello world" { counts[c, default: 0] += 1 }
print(counts["l"]!, counts["o"]!, counts.count)

var seen: Set<Int> = [1, 2]
seen.insert(2)
seen.insert(3)
print(seen.count, seen.contains(3))
