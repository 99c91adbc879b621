//| label: tbl-floor
//| caption: The loss floor of perfectly aligned embeddings at CLIP's batch size N = 32768, with the probability e^(−L) of the true pair.
let batchCLIP = 32768
let floorScales = [1.0, 1.0, 1.0, s0, s0, 100.0]
let floorCosines = [-1.0, 0.0, 0.5, 0.0, 0.5, 0.5]
var floors: [Double] = []
for i in 0..<floorScales.count {
    floors.append(floorLoss(count: batchCLIP, scale: floorScales[i], cosine: floorCosines[i]))
}
let truePairProbability = floors.map { exp(-$0) }
let chanceCLIP = log(Double(batchCLIP))
print("chance level ln 32768 = \(chanceCLIP)")
#expect(abs(floors[0] - 8.397) < 5e-4)
#expect(abs(floors[1] - 9.397) < 5e-4)
#expect(abs(floors[3] - 0.0203) < 5e-5)
#expect(abs(truePairProbability[0] - 2.25e-4) < 5e-7)
#expect(abs(chanceCLIP - 10.397) < 5e-4)
Table {
    Column("scale s", floorScales, format: .fixed(2))
    Column("false-pair cosine c", floorCosines, format: .fixed(1))
    Column("L_min (nats)", floors, format: .fixed(4))
    Column("p(true pair)", truePairProbability, format: .scientific(2))
}
