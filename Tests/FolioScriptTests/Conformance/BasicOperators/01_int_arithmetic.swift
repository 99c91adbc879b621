let a = 17
let b = 5
print(a + b, a - b, a * b, a / b, a % b)
print(-a / b, -a % b, a / -b, a % -b)
print(a + b * 2 - 3, (a + b) * 2, a - b - 2, a / b / 2)
var x = 1
for _ in 0..<10 { x = x * 3 + 1 }
print(x)
