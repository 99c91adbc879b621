#!/usr/bin/env python3
"""The NumPy side of the benchmark: the same workloads as Sources/NumericsBenchmark/main.swift,
printing "name<TAB>median wall seconds<TAB>median CPU seconds (all threads)" lines. gelu is the exact x·Φ(x) (SciPy's ndtr), softmax and
logSumExp the usual max-shifted forms (scipy.special.logsumexp, softmax)."""
import sys
import time
import numpy as np
from scipy import special

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def measure(name, f):
    f()
    times, cpu = [], []
    for _ in range(reps):
        t, c = time.perf_counter(), time.process_time()
        f()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    times.sort()
    cpu.sort()
    print(f"{name}\t{times[len(times) // 2]}\t{cpu[len(cpu) // 2]}")


rng = np.random.default_rng(0)
n = 10_000_000
a = rng.standard_normal(n)
b = rng.standard_normal(n)
m = rng.standard_normal((4096, 1024))
p512, q512 = rng.standard_normal((512, 512)), rng.standard_normal((512, 512))
p1024, q1024 = rng.standard_normal((1024, 1024)), rng.standard_normal((1024, 1024))
p256, q256 = rng.standard_normal((256, 256)), rng.standard_normal((256, 256))
p2048, q2048 = rng.standard_normal((2048, 2048)), rng.standard_normal((2048, 2048))

measure("add 1e7", lambda: a + b)
measure("multiply 1e7", lambda: a * b)
measure("exp 1e7", lambda: np.exp(a))
measure("gelu 1e7", lambda: a * special.ndtr(a))
measure("sum axis 0 [4096,1024]", lambda: m.sum(axis=0))
measure("sum axis 1 [4096,1024]", lambda: m.sum(axis=1))
measure("logSumExp axis 0 [4096,1024]", lambda: special.logsumexp(m, axis=0))
measure("logSumExp axis 1 [4096,1024]", lambda: special.logsumexp(m, axis=1))
measure("softmax [4096,1024]", lambda: special.softmax(m, axis=-1))
measure("matmul 256", lambda: p256 @ q256)
measure("matmul 512", lambda: p512 @ q512)
measure("matmul 1024", lambda: p1024 @ q1024)
measure("matmul 2048", lambda: p2048 @ q2048)
measure("normal 1e7", lambda: rng.standard_normal(n))
