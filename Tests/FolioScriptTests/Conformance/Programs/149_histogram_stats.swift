let data = [2.5, 3.1, 4.7, 1.2, 3.3, 2.8, 4.1, 3.9, 2.2, 3.0]
let n = Double(data.count)
let mean = data.reduce(0, +) / n
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)
let sorted = data.sorted()
let median = (sorted[4] + sorted[5]) / 2
print(mean, variance, median)
var bins = [Int](repeating: 0, count: 4)
for x in data { bins[min(Int(x - 1), 3)] += 1 }
for (i, b) in bins.enumerated() { print("\(i + 1)-\(i + 2): " + String(repeating: "*", count: b)) }
