print(0.1 + 0.2)
print(1e-5, 0.0001, 100.0, 1e16, 1e15, 123456789.0)
print(1.0 / 3.0, 2.0 / 3.0, 10.0 / 4.0)
print(4.9406564584124654e-324, 1.7976931348623157e308, -0.0, 0.0)
print(Double.pi, Double.infinity, -Double.infinity, Double.nan)
print(1e22, 1e-7, 2.5e-8, 3.0e10, 12345.678)
let third = 1.0 / 3
print(third * 3, third + third + third)
