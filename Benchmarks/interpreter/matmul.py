n = 200
a = [[(i + j) / n for j in range(n)] for i in range(n)]
b = [[(i - j) / n for j in range(n)] for i in range(n)]
c = [[0.0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        s = 0.0
        for k in range(n):
            s += a[i][k] * b[k][j]
        c[i][j] = s
total = 0.0
for row in c:
    for v in row:
        total += v
print("%.10e %.10e" % (c[10][20], total))
