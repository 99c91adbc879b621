import math


def robbins_monro(xs, exponent):
    w = 0.0
    errors = []
    for i, x in enumerate(xs):
        a = math.pow(i + 1, -exponent)
        w -= a * (w - x)
        errors.append(abs(w - 5))
    return errors


def total(values):
    s = 0.0
    for v in values:
        s += v
    return s


n = 200_000
xs = []
for i in range(n):
    xs.append(5 + math.sin(i))
slow = robbins_monro(xs, 0.6)
fast = robbins_monro(xs, 1.0)
print("%.10e %.10e %.10e %.10e" % (total(slow), slow[n - 1], total(fast), fast[n - 1]))
