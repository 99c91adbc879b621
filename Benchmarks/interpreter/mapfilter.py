# The same chains with map/filter/functools.reduce and lambdas: one call of a closure per element
# and step, as in the Swift (a list comprehension would fuse the steps).
import functools

xs = list(map(lambda i: i * 0.5, range(100_000)))
total = 0.0
kept = 0
for round_ in range(10):
    shift = float(round_)
    ys = list(filter(lambda y: int(y) % 3 == 0, map(lambda x: x * x + shift, xs)))
    total += functools.reduce(lambda a, b: a + b, ys, 0.0)
    kept += functools.reduce(lambda a, b: a + b, map(lambda y: int(y) % 7, ys), 0)
print("%.2f" % total, kept)
