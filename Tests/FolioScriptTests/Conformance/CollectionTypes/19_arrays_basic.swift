var a = [3, 1, 4, 1, 5]
print(a, a.count, a[0], a[a.count - 1])
a[1] = 9
a[2] += 10
a.append(2)
print(a)
let b = a
a[0] = 0
print(a, b)
var empty: [Double] = []
print(empty, empty.isEmpty)
empty.append(1)
print(empty, empty.isEmpty)
let zeros = [Double](repeating: 0, count: 3)
let ones = Array(repeating: 1, count: 2)
print(zeros, ones)
