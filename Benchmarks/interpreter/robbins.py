import math

n = 200_000
xs = []
for i in range(n):
    xs.append(5 + math.sin(i))
w = 0.0
errors = []
for i, x in enumerate(xs):
    a = math.pow(i + 1, -0.6)
    w -= a * (w - x)
    errors.append(abs(w - 5))
slow = 0.0
for e in errors:
    slow += e
w2 = 0.0
errors2 = []
for i, x in enumerate(xs):
    a = math.pow(i + 1, -1.0)
    w2 -= a * (w2 - x)
    errors2.append(abs(w2 - 5))
fast = 0.0
for e in errors2:
    fast += e
print("%.10e %.10e %.10e %.10e" % (slow, errors[n - 1], fast, errors2[n - 1]))
