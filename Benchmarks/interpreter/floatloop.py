# Top level: module globals, as a notebook cell's variables.
x = 0.0
s = 0.0
for _ in range(10_000_000):
    x += 0.5
    s += x * 0.25 - 1.0
print("%.6f" % s)
