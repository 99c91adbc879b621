// Mutating collection methods return what Swift's do, and calling them as statements drops the value.
var seen: Set<Int> = []
var firstTimes: [Int] = []
for x in [3, 1, 3, 2, 1, 5] where seen.insert(x).inserted { firstTimes.append(x) }
print(firstTimes)
if seen.insert(7).inserted { print("7 is new") }
if !seen.insert(7).inserted { print("7 was there") }
let (inserted, member) = seen.insert(2)
print(inserted, member)
let result = seen.insert(11)
print(result.inserted, result.memberAfterInsert, result)
seen.insert(12)
print(seen.remove(3) ?? -1, seen.remove(99) == nil)
seen.remove(12)
print(seen.sorted())

var names: Set<String> = ["ada"]
let (_, who) = names.insert("ada")
print(who, names.insert("grace"))

var scores = ["ada": 1]
scores.updateValue(2, forKey: "ada")
print(scores.updateValue(3, forKey: "ada") ?? 0, scores.updateValue(4, forKey: "bob") == nil)
print(scores.sorted { $0.key < $1.key })
scores.removeValue(forKey: "bob")
print(scores.removeValue(forKey: "ada") ?? 0, scores.isEmpty)

var xs = [10, 20, 30, 40, 50, 60]
xs.remove(at: 1)
xs.removeFirst()
xs.removeLast()
let removed = xs.remove(at: 0)
print(removed, xs.removeFirst(), xs.removeLast(), xs)

struct Registry {
    var ids: Set<Int> = []
    mutating func register(_ id: Int) -> Bool { ids.insert(id).inserted }
}
var registry = Registry()
print(registry.register(1), registry.register(1), registry.ids.insert(2).memberAfterInsert)
