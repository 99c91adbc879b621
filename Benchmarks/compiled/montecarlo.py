import numpy as np
n = 10_000_000
rng = np.random.default_rng(0)
x = rng.uniform(size=n)
y = rng.uniform(size=n)
estimate = 4 * np.count_nonzero(x * x + y * y < 1) / n
print(estimate)
