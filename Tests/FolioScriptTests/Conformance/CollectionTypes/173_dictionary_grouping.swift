let people = [("ann", 31, "paris"), ("bob", 25, "rome"), ("cid", 31, "paris"), ("dee", 40, "oslo"), ("eve", 25, "paris")]
var byCity: [String: [String]] = [:]
for (name, _, city) in people { byCity[city, default: []].append(name) }
for city in byCity.keys.sorted() { print(city, byCity[city]!) }
var ages: [String: Int] = [:]
for p in people { ages[p.0] = p.1 }
let older = ages.filter { $0.value > 30 }
print(older.keys.sorted())
let incremented = ages.mapValues { $0 + 1 }
print(incremented.keys.sorted().map { "\($0):\(incremented[$0]!)" })
print(ages.count, ages["zed"] == nil, ages["ann"]!)
ages["ann"] = nil
print(ages.count, ages.keys.contains("ann"))
if let removed = ages.removeValue(forKey: "bob") { print("removed", removed) }
print(ages.isEmpty, ages.values.sorted())
var merged = ["a": 1, "b": 2]
for (k, v) in ["b": 20, "c": 30] { merged[k, default: 0] += v }
print(merged.sorted { $0.key < $1.key })
