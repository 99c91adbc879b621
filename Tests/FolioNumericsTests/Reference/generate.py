#!/usr/bin/env python3
"""Generates ../ReferenceValues.swift: reference values from NumPy/SciPy for the Tensor tests.

Run from this folder: `python3 generate.py > ../ReferenceValues.swift` (NumPy 2.4, SciPy).
Each entry is (shape, row-major values); floats are printed with repr, so they are exact.
"""
import math
import numpy as np
from scipy import special

entries = []


def lit(v):
    v = float(v)
    if math.isnan(v):
        return ".nan"
    if math.isinf(v):
        return ".infinity" if v > 0 else "-.infinity"
    return repr(v)


def add(name, value):
    a = np.asarray(value, dtype=np.float64)
    values = ", ".join(lit(v) for v in a.ravel())
    entries.append(f"    static let {name} = Ref(shape: {list(a.shape)}, values: [{values}])")


a23 = np.arange(6.0).reshape(2, 3) * 0.5 - 1      # [[-1, -0.5, 0], [0.5, 1, 1.5]]
b3 = np.array([2.0, -4.0, 0.25])
add("a23", a23)
add("addA23B3", a23 + b3)
add("mulA23B3", a23 * b3)
add("divA23B3", a23 / b3)
c31 = np.array([[1.0], [2.0], [3.0]])
d14 = np.array([[10.0, 20.0, 30.0, 40.0]])
add("subC31D14", c31 - d14)
e213 = np.arange(6.0).reshape(2, 1, 3)
f41 = np.arange(4.0).reshape(4, 1) * 10
add("addE213F41", e213 + f41)

x = np.array([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0, 40.0, -40.0])
add("x", x)
add("expX", np.exp(x))
add("log1pAbsX", np.log1p(np.abs(x)))
add("expm1X", np.expm1(x))
add("tanhX", np.tanh(x))
add("sigmoidX", special.expit(x))
add("reluX", np.maximum(x, 0))
add("geluX", x * special.ndtr(x))
add("siluX", x * special.expit(x))
add("erfX", special.erf(x))
add("sqrtAbsX", np.sqrt(np.abs(x)))
add("powAbsX1_5", np.power(np.abs(x), 1.5))

m = np.array([[3.0, -1.0, 4.0, 1.0], [5.0, 9.0, -2.0, 6.0], [5.0, 3.0, 5.0, 0.5]])
add("m", m)
add("mSum0", m.sum(axis=0))
add("mSum1", m.sum(axis=1))
add("mMean1Keep", m.mean(axis=1, keepdims=True))
add("mVar0", m.var(axis=0))
add("mVar1Ddof1", m.var(axis=1, ddof=1))
add("mVarAll", m.var())
add("mStd1", m.std(axis=1))
add("mMax0", m.max(axis=0))
add("mMin1", m.min(axis=1))
add("mArgmax1", m.argmax(axis=1))
add("mArgmin0", m.argmin(axis=0))
add("mProd1", m.prod(axis=1))
add("mCumsum0", m.cumsum(axis=0))
add("mCumsumFlat", m.cumsum())
add("mDiff1", np.diff(m))
add("mDiff0", np.diff(m, axis=0))
add("xDiff", np.diff(x))
t = np.array([0.1, 0.30000000000000004, 0.7, 1e16, 1e16 + 2, 3.141592653589793])
add("t", t)
add("tDiff", np.diff(t))
add("tDiff2", np.diff(t, n=2))
add("mLogSumExp1", special.logsumexp(m, axis=1))
add("mLogSumExp0", special.logsumexp(m, axis=0))

add("sumTenthMillion", np.full(10**6, 0.1).sum())

logits = np.array([[1000.0, 0.0, -1000.0], [1.0, 2.0, 3.0], [-1000.0, -1000.0, -999.0]])
add("logits", logits)
add("softmaxLogits", special.softmax(logits, axis=-1))
add("logSoftmaxLogits", special.log_softmax(logits, axis=-1))
add("logSumExpLogits", special.logsumexp(logits, axis=-1))
add("softmaxLogitsAxis0", special.softmax(logits, axis=0))
ce_logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
add("ceLogits", ce_logits)
add("crossEntropy", -np.mean(special.log_softmax(ce_logits, axis=1)[[0, 1], [0, 2]]))
soft = np.array([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5]])
add("ceSoft", soft)
add("crossEntropySoft", -np.mean(np.sum(soft * special.log_softmax(ce_logits, axis=1), axis=1)))

A = (np.arange(35.0).reshape(5, 7) % 11) / 3 - 1.5
B = (np.arange(21.0).reshape(7, 3) % 5) * 0.75 - 1
add("matA", A)
add("matB", B)
add("matAB", A @ B)
C = np.arange(24.0).reshape(2, 3, 4) / 7
D = np.arange(20.0).reshape(4, 5) % 3 - 1
add("batC", C)
add("batD", D)
add("batCD", C @ D)
v = np.array([1.0, -2.0, 0.5, 3.0])
add("vecV", v)
add("batCv", C @ v)
add("vD", v @ D)
N = 300
G = np.sin(np.arange(N * N, dtype=float).reshape(N, N))
H = np.cos(np.arange(N * N, dtype=float).reshape(N, N) * 0.37)
add("bigMatmulTrace", np.trace(G @ H))
add("bigMatmulCorner", (G @ H)[N - 2:, N - 3:])

s = np.array([3.0, np.nan, -1.0, 2.0, -1.0, np.inf, 0.0, np.nan, 2.0])
add("sortInput", s)
add("sorted", np.sort(s))
add("argsorted", np.argsort(s, kind="stable"))
add("maxNaN", np.max(s))
add("argmaxNaN", np.argmax(s))
add("argminNaN", np.argmin(s))
t2 = np.array([[3.0, 1.0, 2.0, 1.0], [0.0, -5.0, 7.0, 7.0]])
add("sort2", t2)
add("sort2Axis0", np.sort(t2, axis=0))
add("argsort2Axis1", np.argsort(t2, axis=1, kind="stable"))

qdata = np.array([7.0, 1.0, 3.0, 10.0, 2.5, 4.0, 8.5, -2.0])
qs = np.array([0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0, 1 / 3])
add("qData", qdata)
add("qs", qs)
add("quantiles", np.quantile(qdata, qs))
add("quantileM1", np.quantile(m, 0.3, axis=1))
hdata = np.array([0.0, 0.1, 0.2, 0.5, 0.99, 1.0, 1.0, -0.3, 2.0, np.nan, 0.7, 0.3])
add("hData", hdata)
hc, he = np.histogram(hdata, bins=5, range=(0.0, 1.0))
add("hCounts", hc)
add("hEdges", he)
fin = hdata[np.isfinite(hdata)]
hc2, he2 = np.histogram(fin, bins=4)
add("hCountsAuto", hc2)
add("hEdgesAuto", he2)
hc3, he3 = np.histogram(np.array([0.1 * i for i in range(1, 30)]), bins=7, range=(0.1, 2.9))
add("hCountsTenths", hc3)
add("bincount", np.bincount(np.array([0, 1, 1, 3, 2, 1, 7]), minlength=3))
add("bincountWeighted", np.bincount(np.array([0, 1, 1, 3]), weights=np.array([0.5, 1.0, -2.0, 3.0]), minlength=6))
add("linspace", np.linspace(-1.0, 2.0, 7))
add("linspace10", np.linspace(0.0, 1.0, 10))
add("arange", np.arange(0.0, 1.0, 0.1))
add("arangeNeg", np.arange(5.0, -1.0, -1.5))

print("// Generated by Reference/generate.py with NumPy", np.__version__, "— do not edit.")
print("// swiftlint:disable all")
print()
print("struct Ref {")
print("    let shape: [Int]")
print("    let values: [Double]")
print("}")
print()
print("enum Reference {")
print("\n".join(entries))
print("}")
