x = 0.0
total = 0.0
for _ in range(100_000_000):
    x = x * 0.999_999 + 0.001
    total += x
print(total)
