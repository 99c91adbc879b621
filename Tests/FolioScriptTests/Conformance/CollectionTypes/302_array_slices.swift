// ArraySlice: a slice keeps its base's indices (startIndex, indices, firstIndex, a slice of a
// slice), shares the algorithms of arrays, converts with Array(_:), and is consumed from the
// front with popFirst() and dropFirst() as a recursive function does.
let xs = [5, 3, 8, 1, 9, 2]
var out: [Int] = []
out += xs[3...]
print(out)
print(zip(xs, xs[1...]).map { $0 - $1 })
let cs: [Character] = ["h", "e", "l", "l", "o"]
print(String(cs[1..<4]))
print(xs[1...].reduce(0, +), xs[..<3].max()!, xs[2...].sorted(), xs[1...4].map { $0 * 2 })
print(xs[1...].contains(8), Set(xs[..<2]).count, xs[2...].enumerated().map { $0.offset })
for (i, x) in xs[2...].enumerated() { print(i, x, terminator: " ") }
print()
for i in xs[2...].indices { print(i, terminator: ",") }
print()
let t = xs[1...4]
print(t[2...3], t[...3], t[..<3].startIndex, t.firstIndex(where: { $0 > 5 })!, t.lastIndex(of: 1)!)
func sum(_ s: ArraySlice<Int>) -> Int { s.isEmpty ? 0 : s.first! + sum(s.dropFirst()) }
print(sum(xs[...]))
var q = xs[...]
while let f = q.popFirst() { print(f, terminator: " ") }
print()
let words = ["a", "b", "c"]
print(words[1...].joined(separator: "-"), words[1...])
struct P { var x: Int }
let ps = [P(x: 1), P(x: 2), P(x: 3)]
print(ps[1...].map { $0.x }, ps[1...].count)
print(Array(xs[2...].reversed()), xs[1...].first!, xs[1...].last!)
let base = [1, 2, 3, 4, 5]
let s = base[1...]
print(type(of: s))
print(s == base[1...])
var u = base[2..<4]
u[2] = 9
print(u, u.popFirst() as Any, u, u.startIndex)
print(s.dropFirst().startIndex, s.prefix(2).endIndex, s.suffix(2).startIndex)
print("\(s)")
extension Array where Element: Comparable {
    func binarySearch(_ key: Element) -> Int? {
        var slice = self[...]
        while !slice.isEmpty {
            let middle = slice.startIndex + slice.count / 2
            if slice[middle] == key { return middle }
            slice = slice[middle] < key ? slice[(middle + 1)...] : slice[..<middle]
        }
        return nil
    }
}
let sortedValues = [1, 3, 5, 7, 9, 11, 13]
print(sortedValues.map { sortedValues.binarySearch($0)! }, sortedValues.binarySearch(4) as Any)
