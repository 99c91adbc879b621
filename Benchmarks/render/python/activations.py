# %% [markdown]
# # Five activation functions
# Benchmark document (b): sigmoid, tanh, ReLU, GELU and SiLU checked against their definitions
# on a grid of 4001 points, then plotted together.

# %%
import numpy as np
import matplotlib.pyplot as plt
from scipy.special import erf

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def relu(x):
    return np.maximum(x, 0)

def gelu(x):
    return 0.5 * x * (1 + erf(x / np.sqrt(2)))

def silu(x):
    return x * sigmoid(x)

x = np.linspace(-4, 4, 4001)
s = sigmoid(x)
tanh_error = np.abs(np.tanh(x) - (2 * sigmoid(2 * x) - 1)).max()
gelu_error = np.abs(gelu(x) - x * 0.5 * (1 + erf(x / 2 ** 0.5))).max()
silu_error = np.abs(silu(x) - x * s).max()
print(f"tanh identity: {tanh_error}, GELU: {gelu_error}, SiLU: {silu_error}")
assert tanh_error < 1e-12
assert gelu_error < 1e-12
assert silu_error < 1e-12
assert relu(x).min() == 0
assert s.max() < 1
assert silu(x).min() < -0.27
assert gelu(x).min() < -0.16

# %%
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(x, sigmoid(x), label="sigmoid")
ax.plot(x, np.tanh(x), label="tanh")
ax.plot(x, relu(x), label="ReLU")
ax.plot(x, gelu(x), label="GELU")
ax.plot(x, silu(x), label="SiLU")
ax.set_xlabel("x")
ax.set_ylabel("f(x)")
ax.legend()
fig.savefig("fig-activations.svg")

# %% [markdown]
# GELU and SiLU dip below zero, unlike the ReLU.
