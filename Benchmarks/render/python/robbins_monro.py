# %% [markdown]
# # Robbins–Monro on tanh
# Benchmark document (c): 100 000 Robbins–Monro steps with a_k = 1/k on g(w) = tanh(w - 1),
# whose root is 1; near the root the error decays like C/k.

# %%
import math
import matplotlib.pyplot as plt

w = 3.0
ks = []
errors = []
for k in range(1, 100_001):
    w = w - (1.0 / k) * math.tanh(w - 1)
    if k % 100 == 0:
        ks.append(float(k))
        errors.append(abs(w - 1))
scaled_10k = 10_000 * errors[99]
scaled_100k = 100_000 * errors[999]
print(f"w after 100 000 steps: {w}")
print(f"k·|w - 1| at k = 10^4: {scaled_10k}, at k = 10^5: {scaled_100k}")
assert abs(w - 1) < 1e-4
assert abs(scaled_100k / scaled_10k - 1) < 1e-3
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.loglog(ks, errors, label="|w_k - 1|")
ax.set_xlabel("k")
ax.set_ylabel("error")
ax.legend()
fig.savefig("fig-rm.svg")

# %% [markdown]
# The scaled error k·|w_k - 1| settles to a constant.
