func describe(_ values: [Int?]) -> String {
    guard !values.isEmpty else { return "empty" }
    guard let first = values.first, let f = first else { return "first is nil" }
    guard f > 0, values.count > 1 else { return "small: \(f)" }
    return "first \(f) of \(values.count)"
}
print(describe([]), describe([nil, 1]), describe([-1]), describe([5, nil, 3]))
func process(_ s: String) -> Int {
    guard let n = Int(s) else { return -1 }
    guard case 1...100 = n else { return 0 }
    return n * 2
}
print(["7", "x", "500"].map(process))
