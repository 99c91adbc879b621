var scores = ["ann": 90, "bob": 72, "cid": 85]
scores["dee"] = 60
scores["bob"] = nil
print(scores.keys.sorted(), scores.values.sorted())
let passed = scores.filter { $0.value >= 80 }.map { $0.key }.sorted()
print(passed)
let curved = scores.mapValues { min($0 + 10, 100) }
print(curved.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
if let old = scores.updateValue(95, forKey: "ann") { print("ann was", old) }
print(scores["ann"]!, scores["zed"] ?? -1, scores.count)
var inverted: [Int: String] = [:]
for (k, v) in scores.sorted(by: { $0.key < $1.key }) { inverted[v] = k }
print(inverted.keys.sorted())
