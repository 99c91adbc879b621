func safeDivide(_ a: Int, _ b: Int) -> Int {
    guard b != 0 else { return 0 }
    return a / b
}
func firstNegative(_ values: [Double]) -> Int {
    for i in 0..<values.count {
        guard values[i] >= 0 else { return i }
    }
    return -1
}
print(safeDivide(10, 3), safeDivide(1, 0))
print(firstNegative([1, 2, -3, 4]), firstNegative([1]))
