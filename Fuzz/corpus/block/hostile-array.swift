let a = Array(repeating: 0.0, count: 1 << 40)
