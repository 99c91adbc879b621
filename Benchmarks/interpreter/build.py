text = ""
d = {}
for i in range(100_000):
    text += str(i % 10)
    d[i] = i * 2
print(len(text), len(d), d[500])
