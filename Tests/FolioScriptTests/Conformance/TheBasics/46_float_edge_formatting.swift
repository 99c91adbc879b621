let values: [Double] = [1e-4, 1e-5, 0.00012, 1e15, 1e16, 9007199254740992, 9007199254740993,
                        0.1, 0.2, 0.7, 1.1, 2.675, 1e100, 4.35, 0.3 - 0.1]
for v in values { print(v) }
print(values)
print(Double(Int.max), Double(1 << 53) + 1)
