let e: [Int] = []
let f = [Double]()
print(e, f, [[Int]]())
var nested: [[String]] = [[]]
nested[0].append("x")
nested.append(["y", "z"])
print(nested, nested.count, nested[1].count)
