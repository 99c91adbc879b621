print(min(3, 7), max(3, 7), min(2.5, -1), max(1.0, 2.0, 0.5))
print(abs(-5), abs(5), abs(-0.0), abs(-2.25))
print(min(1, 2, 3, 0), max("a", "b"))
let a = 4
let b = 9
print(max(a, b) - min(a, b))
