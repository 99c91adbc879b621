//| verifies: eq-mi
let joint: [[Double]] = [[0.40, 0.10], [0.15, 0.35]]   // joint[x][c]
let px = joint.map { $0.reduce(0, +) }
let pc = [joint[0][0] + joint[1][0], joint[0][1] + joint[1][1]]
var mutualInformation = 0.0
var entropyX = 0.0
var conditionalEntropy = 0.0
for x in 0..<2 {
    entropyX -= px[x] * log(px[x])
    for c in 0..<2 {
        let conditional = joint[x][c] / pc[c]
        mutualInformation += joint[x][c] * log(conditional / px[x])
        conditionalEntropy -= joint[x][c] * log(conditional)
    }
}
print("Σ p log p(x|c)/p(x) = \(mutualInformation);  H(X) − H(X|C) = \(entropyX - conditionalEntropy)")
#expect(abs(mutualInformation - (entropyX - conditionalEntropy)) < 1e-15)
#expect(mutualInformation > 0.1)
