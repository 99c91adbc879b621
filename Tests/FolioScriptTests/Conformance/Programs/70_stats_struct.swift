struct Stats {
    var values: [Double] = []
    mutating func add(_ x: Double) { values.append(x) }
    var mean: Double { values.reduce(0, +) / Double(values.count) }
    var variance: Double {
        let m = mean
        return values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)
    }
}
var s = Stats()
for x in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0] { s.add(x) }
print(s.mean, s.variance)
print(s.values.count)
