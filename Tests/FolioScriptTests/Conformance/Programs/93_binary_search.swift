func binarySearch(_ a: [Int], _ target: Int) -> Int? {
    var lo = 0, hi = a.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if a[mid] == target { return mid }
        if a[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
let sorted = Array(stride(from: 1, to: 100, by: 3))
for t in [1, 4, 50, 97, 98] {
    if let i = binarySearch(sorted, t) { print(t, "at", i) } else { print(t, "missing") }
}
