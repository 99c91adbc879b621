// Array literals mixing literals and typed expressions take the element type the expressions give.
func describe(_ values: [Int]) -> String { "ints \(values)" }
func describe(_ values: [Double]) -> String { "doubles \(values)" }
func total(_ values: [Double]) -> Double { values.reduce(0, +) }

let x = 2.5
let n = 3
let mixed = [x, 1]
let reversed = [1, x]
print(mixed, reversed, [x * 2, 1 + x], [Double(n), 1])
print(describe([x, 1]), describe([1, 2]), describe([n, 1]), describe([1.5, 2]), describe([Double(n) / 2, 1]))
print(total([x, 1, 0.5]), [[x, 1], [2, 3]])
let grid = [[1, x], [3, 4]]
print(grid, grid.map { $0.reduce(0, +) })
