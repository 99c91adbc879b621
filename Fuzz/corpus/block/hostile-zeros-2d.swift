let t = Tensor.zeros(shape: [1 << 20, 1 << 20])
