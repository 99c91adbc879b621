var a = [64, 34, 25, 12, 22, 11, 90, 5]
let n = a.count
for i in 0..<n {
    var swapped = false
    for j in 0..<(n - i - 1) {
        if a[j] > a[j + 1] {
            let t = a[j]
            a[j] = a[j + 1]
            a[j + 1] = t
            swapped = true
        }
    }
    if !swapped { break }
}
print(a)
var d = [3.5, -1.0, 2.25]
d.sort()
print(d)
