def accumulate(n):
    x = 0.0
    s = 0.0
    for _ in range(n):
        x += 0.5
        s += x * 0.25 - 1.0
    return s


print("%.6f" % accumulate(10_000_000))
