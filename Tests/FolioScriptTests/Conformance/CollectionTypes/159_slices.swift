let a = [1, 2, 3, 4, 5, 6]
print(a[..<3], a[3...], a[1..<4], a[...2])
print(Array(a[2...]).map { $0 * 10 })
let mid = a[1..<5]
print(mid.count, mid.first ?? 0, mid.last ?? 0, mid.reduce(0, +))
print(Array(mid))
var sum = 0
for v in a[2..<5] { sum += v }
print(sum)
let s = "Hello, world"
let comma = s.firstIndex(of: ",")!
print(s[..<comma])
print(s[s.index(after: comma)...])
let start = s.index(s.startIndex, offsetBy: 7)
let end = s.index(s.startIndex, offsetBy: 12)
print(s[start..<end])
print(String(s[s.startIndex...s.index(s.startIndex, offsetBy: 4)]))
func mergeSort(_ xs: [Int]) -> [Int] {
    if xs.count <= 1 { return xs }
    let m = xs.count / 2
    let l = mergeSort(Array(xs[..<m]))
    let r = mergeSort(Array(xs[m...]))
    var out: [Int] = []
    var i = 0, j = 0
    while i < l.count && j < r.count {
        if l[i] <= r[j] { out.append(l[i]); i += 1 } else { out.append(r[j]); j += 1 }
    }
    out += l[i...]
    out += r[j...]
    return out
}
print(mergeSort([9, 4, 7, 1, 8, 2, 2, 6]))
var arr = [0, 0, 0, 0, 0]
for (k, v) in zip(1...3, [7, 8, 9]) { arr[k] = v }
print(arr)
