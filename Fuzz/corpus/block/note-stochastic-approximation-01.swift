//| verifies: eq-robbins-monro, eq-rm-geometric
func g(_ w: Double) -> Double {
    return w - 10
}

var iterates = [20.0]
for _ in 1...3 {
    let current = iterates[iterates.count - 1]
    iterates.append(current - 0.5 * g(current))
}
print(iterates)
#expect(iterates[1] == 15.0)
#expect(iterates[2] == 12.5)
#expect(iterates[3] == 11.25)
for k in 1...iterates.count {
    #expect(abs(iterates[k - 1] - (10 + 10 * pow(0.5, Double(k - 1)))) < 1e-12)
}
