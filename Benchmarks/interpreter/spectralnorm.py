import math


def a(i, j):
    return float((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(v):
    n = len(v)
    result = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += v[j] / a(i, j)
        result[i] = s
    return result


def multiply_atv(v):
    n = len(v)
    result = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += v[j] / a(j, i)
        result[i] = s
    return result


def multiply_atav(v):
    return multiply_atv(multiply_av(v))


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    for _ in range(10):
        v = multiply_atav(u)
        u = multiply_atav(v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


print("%.9f" % spectral_norm(250))
