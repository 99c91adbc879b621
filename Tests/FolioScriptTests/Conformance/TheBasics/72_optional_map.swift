let a: Int? = 4
print(a.map { $0 * 2 })
let b: Int? = nil
print(b.map { $0 * 2 })
let words = ["1", "x", "3"]
print(words.compactMap { Int($0) })
print(words.map { Int($0) })
let first = words.first.flatMap { Int($0) }
print(first)
var maybe: [String]? = nil
print(maybe?.count ?? 0)
maybe = ["a"]
print(maybe?.count ?? 0)
