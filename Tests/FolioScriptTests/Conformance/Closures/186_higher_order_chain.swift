let nums = Array(1...20)
let result = nums.filter { $0 % 3 != 0 }.map { $0 * $0 }.reduce(0, +)
print(result)
print(nums.first { $0 > 7 } ?? 0, nums.last { $0 % 7 == 0 } ?? 0)
print(nums.firstIndex { $0 * $0 > 50 } ?? -1, nums.lastIndex(of: 20) ?? -1)
print(nums.allSatisfy { $0 > 0 }, nums.contains { $0 == 13 }, nums.contains(21))
print(nums.min()!, nums.max()!, nums.min { abs($0 - 10) < abs($1 - 10) }!)
let words = ["kiwi", "fig", "banana", "apple", "cherry"]
print(words.sorted(), words.sorted { $0.count < $1.count || ($0.count == $1.count && $0 < $1) })
print(words.sorted(by: >).first!, words.map { $0.count }, words.compactMap { $0.first })
print(words.flatMap { Array($0.prefix(2)) }.count)
print(words.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element })
print(zip(words, 1...5).map { "\($1).\($0)" })
print(words.reduce(into: [Int: Int]()) { $0[$1.count, default: 0] += 1 }.sorted { $0.key < $1.key }.map { "\($0.key)x\($0.value)" })
let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 }, nested.map { $0.count }, nested.joined().reduce(0, +))
var total = 0
nums.forEach { total += $0 }
print(total, nums.count(where: { $0.isMultiple(of: 4) }))
