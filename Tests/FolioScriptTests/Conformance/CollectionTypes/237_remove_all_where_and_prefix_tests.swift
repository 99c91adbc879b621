// removeAll(where:) in place (with a trailing closure too), starts(with:) and elementsEqual(_:).
var readings = [3, -1, 4, -1, 5, -9, 2, 6]
readings.removeAll(where: { $0 < 0 })
print(readings)
var words = ["apple", "kiwi", "banana", "fig"]
words.removeAll { $0.count <= 4 }
print(words)
var grid = [[1, 2, 3], [4, 5, 6]]
grid[1].removeAll { $0 % 2 == 0 }
print(grid)
let xs = [1, 2, 3]
print(xs.starts(with: [1, 2]), xs.starts(with: [2]), xs.starts(with: []))
print(xs.elementsEqual([1, 2, 3]), xs.elementsEqual([1, 2]), ["a"].elementsEqual(["a"]))
