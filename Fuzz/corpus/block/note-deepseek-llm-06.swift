//| label: fig-allocation
//| caption: Optimal model scale against compute for the exponents of Table 4, each normalized to 1 at C = 1e17 (only the slopes are comparable across studies).
//| verifies: eq-exponents-sum
let studies = ["OpenAI (OpenWebText2)", "Chinchilla (MassiveText)", "DeepSeek early data",
               "DeepSeek current data", "DeepSeek on OpenWebText2"]
let modelExponents = [0.73, 0.49, 0.450, 0.524, 0.578]
let dataExponents = [0.27, 0.51, 0.550, 0.476, 0.422]
for i in 0..<studies.count {
    // printed to two or three decimals: the sum must be 1 up to that rounding
    #expect(abs(modelExponents[i] + dataExponents[i] - 1) < 0.0015)
}
// data quality order: early < current < OpenWebText2
#expect(modelExponents[2] < modelExponents[3])
#expect(modelExponents[3] < modelExponents[4])
// the current-data exponent of Table 4 is the exponent of the Eq. 4 fit
#expect(abs(modelExponents[3] - 0.5243) < 0.0005)

let relativeBudget = try Tensor.linspace(0, 8, count: 33)
Chart {
    for i in 0..<studies.count {
        LineMark(x: 1e17 * pow(10.0, relativeBudget), y: pow(10.0, modelExponents[i] * relativeBudget), series: studies[i])
    }
}
.chartXScale(type: .log)
.chartYScale(type: .log)
.chartXAxisLabel("compute C (FLOPs)")
.chartYAxisLabel("M_opt(C) / M_opt(1e17)")
