//| verifies: eq-cost
let gpuHoursPerTrillion = 180_000.0
let pretraining = gpuHoursPerTrillion * 14.8
let allGPUHours = pretraining + 119_000 + 5_000
let daysPerTrillion = gpuHoursPerTrillion / 2_048 / 24
print("pre-training \(pretraining) GPU-hours, total \(allGPUHours), \(daysPerTrillion) days per trillion tokens")
#expect(abs(pretraining - 2_664_000) < 1)          // the report's 2664K
#expect(abs(allGPUHours - 2_788_000) < 1)          // 2.788M
#expect(abs(allGPUHours * 2 - 5_576_000) < 1)      // $5.576M
#expect(abs(daysPerTrillion - 3.7) < 0.05)         // "3.7 days"
// The three training schedules each cover the 14.8T tokens.
#expect(abs((10.0 + 4.8) - 14.8) < 1e-6)           // MTP weight λ: 0.3, then 0.1
#expect(abs((14.3 + 0.5) - 14.8) < 1e-6)           // bias speed γ: 0.001, then 0
#expect(abs((10.0 + 4.3 + 0.333 + 0.167) - 14.8) < 1e-6) // learning rate: constant, cosine, two tails
