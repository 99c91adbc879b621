def matrix(n, f):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(f(i, j))
        m.append(row)
    return m


def multiply(a, b):
    n = len(a)
    p = len(b[0])
    c = [[0.0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c


def total(m):
    s = 0.0
    for row in m:
        for v in row:
            s += v
    return s


n = 200
a = matrix(n, lambda i, j: (i + j) / n)
b = matrix(n, lambda i, j: (i - j) / n)
c = multiply(a, b)
print("%.10e %.10e" % (c[10][20], total(c)))
