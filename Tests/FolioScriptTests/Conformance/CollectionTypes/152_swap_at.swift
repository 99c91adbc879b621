var a = [5, 3, 8, 1, 9, 2]
a.swapAt(0, 5)
print(a)
a.swapAt(2, 2)
print(a)
func reverseInPlace(_ xs: inout [Int]) {
    var i = 0
    var j = xs.count - 1
    while i < j {
        xs.swapAt(i, j)
        i += 1
        j -= 1
    }
}
reverseInPlace(&a)
print(a)
var names = ["c", "a", "b"]
names.swapAt(0, 1)
print(names)
// selection sort with swapAt
var data = [64, 25, 12, 22, 11]
for i in 0..<data.count {
    var m = i
    for j in (i + 1)..<data.count where data[j] < data[m] { m = j }
    if m != i { data.swapAt(i, m) }
}
print(data)
var grid = [[1, 2], [3, 4]]
grid.swapAt(0, 1)
grid[0].swapAt(0, 1)
print(grid)
