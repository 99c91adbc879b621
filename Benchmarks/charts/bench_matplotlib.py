"""The matplotlib side of the chart benchmark: the same charts saved as SVG (Agg-free, in memory)."""
import io, statistics, sys, time
import numpy as np
import matplotlib
matplotlib.use("svg")
import matplotlib.pyplot as plt

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5

def timed(name, body):
    times, size = [], 0
    for _ in range(reps):
        start = time.perf_counter()
        size = body()
        times.append(time.perf_counter() - start)
        plt.close("all")
    print(f"{name}\t{statistics.median(times)}\t{size}")

def save(fig):
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    return len(buf.getvalue().encode())

n = 1_000_000
rng = np.random.default_rng(1)
# Any random walk of the same size is the same work for matplotlib; the LCG loop above would
# take minutes in Python, so the walk comes from NumPy here.
ys = np.cumsum(rng.integers(-1000, 1001, n) / 1000)
ys2 = np.cumsum(rng.integers(-1000, 1001, n) / 1000)
xs = np.arange(n, dtype=float)

def line():
    fig, ax = plt.subplots(figsize=(6.4, 4)); ax.plot(xs, ys); return save(fig)
def two():
    fig, ax = plt.subplots(figsize=(6.4, 4)); ax.plot(xs, ys, label="a"); ax.plot(xs, ys2, label="b"); ax.legend(); return save(fig)
def scatter():
    fig, ax = plt.subplots(figsize=(6.4, 4)); ax.scatter(ys[:100_000], ys2[:100_000], s=4); return save(fig)
lx = np.arange(1, n + 1, dtype=float)
def loglog():
    fig, ax = plt.subplots(figsize=(6.4, 4)); ax.loglog(lx, 1 / np.sqrt(lx)); return save(fig)

timed("line, 1e6 points", line)
timed("two lines, 2 x 1e6 points", two)
timed("scatter, 1e5 points", scatter)
timed("log-log line, 1e6 points", loglog)
