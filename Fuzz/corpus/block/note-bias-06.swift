//| verifies: eq-novikoff
func dot(_ a: [Double], _ b: [Double]) -> Double {
    return zip(a, b).map { $0 * $1 }.reduce(0, +)
}
let separator = [1.0, -2.0, 0.3]
let separatorNorm = sqrt(dot(separator, separator))
var points: [[Double]] = []
var labels: [Double] = []
while points.count < 400 {
    let p = [Double.random(in: -1...1), Double.random(in: -1...1), 1.0]
    let signedMargin = dot(separator, p) / separatorNorm
    if abs(signedMargin) >= 0.04 {
        points.append(p)
        labels.append(signedMargin > 0 ? 1 : -1)
    }
}

var radius = 0.0
var gamma = Double.infinity
for (p, t) in zip(points, labels) {
    radius = max(radius, sqrt(dot(p, p)))
    gamma = min(gamma, t * dot(separator, p) / separatorNorm)
}

var v = [0.0, 0.0, 0.0]
var totalMistakes = 0
var passes = 0
var clean = false
var invariantViolations = 0
while !clean && passes < 1_000 {
    clean = true
    passes += 1
    for (p, t) in zip(points, labels) {
        if t * dot(v, p) <= 0 {
            v = [v[0] + t * p[0], v[1] + t * p[1], v[2] + t * p[2]]
            totalMistakes += 1
            clean = false
            // The two halves of Novikoff's proof, after k mistakes:
            // u·v grows by at least γ per mistake, |v|² by at most R².
            let k = Double(totalMistakes)
            let progress = dot(separator, v) / separatorNorm
            if progress < k * gamma - 1e-9 || dot(v, v) > k * radius * radius + 1e-9 {
                invariantViolations += 1
            }
        }
    }
}
let bound = (radius / gamma) * (radius / gamma)
print("R = \(radius), γ = \(gamma), bound (R/γ)² = \(bound)")
print("mistakes = \(totalMistakes) in \(passes) passes")
#expect(clean)
#expect(invariantViolations == 0)
#expect(Double(totalMistakes) <= bound)
