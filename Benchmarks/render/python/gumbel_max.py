# %% [markdown]
# # Gumbel-max sampling
# Benchmark document (a): adding Gumbel noise to log-probabilities and taking the argmax samples
# class k with probability p_k. 200 000 draws over five classes, compared with the softmax.

# %%
import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(1)
logits = np.array([0.5, 1, 1.5, 2, 3])
draws = 200_000
p = np.exp(logits - logits.max())
p /= p.sum()
picks = (np.log(p) + rng.gumbel(size=(draws, 5))).argmax(axis=1)
freq = np.bincount(picks, minlength=5) / draws
worst = np.abs(freq - p).max()
print(f"largest |frequency - p|: {worst}")
assert worst < 0.005
assert abs(freq.sum() - 1) < 1e-12
classes = ["1", "2", "3", "4", "5"]
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.bar(classes, freq, label="sampled")
ax.plot(classes, p, "o", color="C1", label="softmax")
ax.set_xlabel("class")
ax.set_ylabel("probability")
ax.legend()
fig.savefig("fig-gumbel.svg")

# %%
print(f"{'class':>5} {'softmax p':>10} {'frequency':>10} {'difference':>11}")
for c, pk, fk in zip(classes, p, freq):
    print(f"{c:>5} {pk:10.4f} {fk:10.4f} {fk - pk:11.4f}")

# %% [markdown]
# The most likely class has the largest softmax probability.
