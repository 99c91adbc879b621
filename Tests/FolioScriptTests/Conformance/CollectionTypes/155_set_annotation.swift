let a: Set = [3, 1, 2, 3, 1]
print(a.count, a.contains(2), a.contains(5))
print(a.sorted())
let words: Set = ["apple", "pear", "apple"]
print(words.count, words.sorted())
var b: Set<Int> = [2, 3, 4]
let u = a.union(b)
let i = a.intersection(b)
let d = a.subtracting(b)
let x = a.symmetricDifference(b)
print(u.sorted(), i.sorted(), d.sorted(), x.sorted())
b.insert(10)
b.remove(2)
print(b.sorted(), b.isSubset(of: [3, 4, 10, 11]), a.isDisjoint(with: [7, 8]))
let empty: Set<String> = []
print(empty.isEmpty, empty.count)
var seen = Set<Character>()
var firstRepeat: Character? = nil
for c in "abcdefcg" {
    if seen.contains(c) { firstRepeat = c; break }
    seen.insert(c)
}
print(firstRepeat ?? "-", seen.count)
print(Set([1, 2, 3]) == Set([3, 2, 1]))
