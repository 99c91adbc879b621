func insertionSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 1..<a.count {
        let key = a[i]
        var j = i - 1
        while j >= 0 && a[j] > key {
            a[j + 1] = a[j]
            j -= 1
        }
        a[j + 1] = key
    }
    return a
}
print(insertionSort([5, 2, 9, 1, 5, 6, -3]))
func selectionSort(_ a: inout [Int]) {
    for i in 0..<a.count {
        var m = i
        for j in (i + 1)..<a.count where a[j] < a[m] { m = j }
        let t = a[i]; a[i] = a[m]; a[m] = t
    }
}
var b = [3, 1, 4, 1, 5, 9, 2, 6]
selectionSort(&b)
print(b)
