let a = Double.nan
let b = Double.infinity
print(a, b, -b, a + b, b - b, 0.0 / 0.0)
#expect(a == a)
#expect(b > 1e308)
