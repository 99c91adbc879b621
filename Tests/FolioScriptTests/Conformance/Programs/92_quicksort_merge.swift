func quicksort(_ a: [Int]) -> [Int] {
    guard a.count > 1 else { return a }
    let pivot = a[a.count / 2]
    return quicksort(a.filter { $0 < pivot }) + a.filter { $0 == pivot } + quicksort(a.filter { $0 > pivot })
}
func mergeSort(_ a: [Int]) -> [Int] {
    if a.count <= 1 { return a }
    let mid = a.count / 2
    let l = mergeSort(Array(a[0..<mid])), r = mergeSort(Array(a[mid..<a.count]))
    var out: [Int] = []
    var i = 0, j = 0
    while i < l.count && j < r.count {
        if l[i] <= r[j] { out.append(l[i]); i += 1 } else { out.append(r[j]); j += 1 }
    }
    out += l[i..<l.count]
    out += r[j..<r.count]
    return out
}
let data = [38, 27, 43, 3, 9, 82, 10, 3]
print(quicksort(data))
print(mergeSort(data))
print(quicksort(data) == data.sorted())
