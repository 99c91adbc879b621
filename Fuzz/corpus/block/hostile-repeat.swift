let s = String(repeating: "x", count: 1 << 40)
