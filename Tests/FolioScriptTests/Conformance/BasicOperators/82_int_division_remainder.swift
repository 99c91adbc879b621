let pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (100, 7)]
for (a, b) in pairs {
    print(a, "/", b, "=", a / b, "rem", a % b)
}
print(10.isMultiple(of: 5), 10.isMultiple(of: 3))
print(Int.max / 2, Int.min / 2)
