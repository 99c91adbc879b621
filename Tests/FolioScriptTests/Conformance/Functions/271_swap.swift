// `swap(&a, &b)` on variables, properties, distinct array elements and class references,
// elements of two different arrays, and inside generic functions (two elements of one array
// are `swapAt`: Swift refuses overlapping accesses, and traps on two parts of one global).
var a = 1
var b = 2
swap(&a, &b)
print(a, b)
var s = "left"
var t = "right"
swap(&s, &t)
print(s, t)

struct Pair { var x: Int; var y: Int }
func flipped(_ pair: Pair) -> Pair {
    var p = pair
    swap(&p.x, &p.y)  // two stored properties of a local: disjoint
    return p
}
let p = flipped(Pair(x: 3, y: 4))
print(p.x, p.y)

var grid = [[1, 2], [3, 4]]
grid.swapAt(0, 1)
var other2 = [[5]]
swap(&grid[0], &other2[0])
print(grid, other2)

class Box {
    var value: Int
    init(_ value: Int) { self.value = value }
}
var first = Box(1)
var second = Box(2)
swap(&first, &second)
print(first.value, second.value)
swap(&first.value, &second.value)
print(first.value, second.value)

func ordered<T: Comparable>(_ x: T, _ y: T) -> (T, T) {
    var low = x
    var high = y
    if high < low { swap(&low, &high) }
    return (low, high)
}
print(ordered(5, 2), ordered("b", "a"), ordered(1.5, 2.5))

var maybe: Int? = nil
var other: Int? = 3
swap(&maybe, &other)
print(maybe ?? -1, other ?? -1)
