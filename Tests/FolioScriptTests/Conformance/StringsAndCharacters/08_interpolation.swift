let x = 0.1 + 0.2
let n = 42
let arr = [1.5, 2.0]
let names = ["a", "b"]
print("x = \(x), n = \(n)")
print("arr = \(arr), names = \(names)")
print("sum = \(n + 8), nested = \("in\("ner")")")
print("bool \(n > 40) and \(1e-5) and \(100.0)")
let grid = [[1, 2], [3]]
print("grid: \(grid)")
