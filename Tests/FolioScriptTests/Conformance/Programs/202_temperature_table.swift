import Foundation
let cities = ["oslo": [-3.5, -1.0, 2.5, 8.0], "rome": [8.0, 10.5, 14.0, 18.5], "cairo": [14.0, 16.0, 20.5, 25.0]]
for city in cities.keys.sorted() {
    let temps = cities[city]!
    let mean = temps.reduce(0, +) / Double(temps.count)
    let spread = temps.max()! - temps.min()!
    print(city, String(format: "%6.2f %5.1f", mean, spread))
}
let warmest = cities.max { $0.value.reduce(0, +) < $1.value.reduce(0, +) }!.key
print(warmest)
let allTemps = cities.values.flatMap { $0 }.sorted()
print(allTemps.count, allTemps.first!, allTemps.last!, allTemps[allTemps.count / 2])
var buckets: [Int: [Double]] = [:]
for t in allTemps { buckets[Int((t / 10).rounded(.down)), default: []].append(t) }
for k in buckets.keys.sorted() { print(k * 10, buckets[k]!.count) }
