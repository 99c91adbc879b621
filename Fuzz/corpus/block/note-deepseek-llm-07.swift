//| label: fig-schedule
//| caption: The 7B run's multi-step learning rate against a cosine decay to 10% of the peak, over the 2T training tokens.
//| verifies: eq-multistep
let peak = 4.2e-4
let tokensPerStep = 2_304.0 * 4_096.0
let totalSteps = Int(trainingTokens / tokensPerStep)
func multiStep(_ step: Int) -> Double {
    if step < 2_000 {
        return peak * Double(step + 1) / 2_000
    }
    let tokens = Double(step) * tokensPerStep
    if tokens < 0.8 * trainingTokens {
        return peak
    }
    if tokens < 0.9 * trainingTokens {
        return peak * pow(10.0, -0.5)
    }
    return peak * 0.1
}
// Stage boundaries in tokens, found by scanning the schedule.
var firstDrop = 0.0
var secondDrop = 0.0
for step in 2_000..<totalSteps {
    let lr = multiStep(step)
    let previous = multiStep(step - 1)
    if lr < previous && firstDrop == 0 {
        firstDrop = Double(step) * tokensPerStep
    } else if lr < previous {
        secondDrop = Double(step) * tokensPerStep
    }
}
print("\(totalSteps) steps; drops after \(firstDrop / 1e12)T and \(secondDrop / 1e12)T tokens")
// README: "1.6T" and "1.8T" (within one step of 9.4M tokens)
#expect(abs(firstDrop - 1.6e12) <= tokensPerStep)
#expect(abs(secondDrop - 1.8e12) <= tokensPerStep)
// the plateaus are 31.6% and 10% of the peak as the paper prints them
#expect(abs(multiStep(totalSteps - 1) / peak - 0.10) < 1e-12)
#expect(abs(multiStep(Int(0.85 * Double(totalSteps))) / peak - 0.316) < 0.0005)

var scheduleTokens: [Double] = []
var multiStepCurve: [Double] = []
var cosineCurve: [Double] = []
for step in stride(from: 0, to: totalSteps, by: 500) {
    scheduleTokens.append(Double(step) * tokensPerStep / 1e12)
    multiStepCurve.append(multiStep(step))
    let warm = min(1.0, Double(step + 1) / 2_000)
    let progress = Double(step) / Double(totalSteps)
    cosineCurve.append(warm * peak * (0.1 + 0.9 * 0.5 * (1 + cos(Double.pi * progress))))
}
Chart {
    LineMark(x: scheduleTokens, y: multiStepCurve, series: "multi-step (DeepSeek)")
    LineMark(x: scheduleTokens, y: cosineCurve, series: "cosine to 10%")
}
.chartXAxisLabel("training tokens (T)")
.chartYAxisLabel("learning rate")
