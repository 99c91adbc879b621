let t = Tensor.zeros(shape: [1 << 40])
print(t.count)
