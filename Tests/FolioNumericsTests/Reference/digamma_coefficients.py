#!/usr/bin/env python3
"""Prints the constants of `digamma` on [1, 2] in Sources/FolioNumerics/SpecialFunctions.swift.

There ψ(x) = f(x)/x with f(x) = x·ψ(x), which is analytic on |x - x₀| < x₀ + 1 (its nearest
singularity is the pole of ψ at -1), expanded in a Taylor series about the positive root
x₀ = 1.4616321449683622… of ψ. On [1, 2] |x - x₀| ≤ 0.54, so the terms shrink like 0.22^k
and 28 terms reach 1e-19. x₀ is split into a double-double so that x - x₀ is accurate to
full relative precision next to the root.
"""
import mpmath as mp

mp.mp.dps = 60
x0 = mp.findroot(mp.digamma, 1.46)
hi = float(x0)
lo = float(x0 - mp.mpf(hi))
print(f"root: hi {hi!r}, lo {lo!r}")
coefficients = mp.taylor(lambda t: t * mp.digamma(t), x0, 30)
assert abs(coefficients[0]) < mp.mpf(10) ** -50
for k, c in enumerate(coefficients[1:], start=1):
    print(f"{float(c)!r},  // e{k}, term at |d| = 0.54: {float(abs(c) * mp.mpf('0.54') ** k):.1e}")
