//| label: tbl-params
//| caption: DeepSeek-V3's parameters by component, recomputed from the hyperparameters of the report.
//| verifies: eq-mla-params, eq-total-params, eq-active-params
let d = 7_168
let vocab = 129_280
let qLatent = 1_536
let kvLatent = 512
let nHeads = 128
let dHead = 128
let dRope = 64
let attention = d * qLatent + qLatent + qLatent * nHeads * (dHead + dRope)
    + d * (kvLatent + dRope) + kvLatent + kvLatent * 2 * nHeads * dHead + nHeads * dHead * d
let layerNorms = 2 * d
let expert = 3 * d * 2_048
let denseFFN = 3 * d * 18_432
let router = 256 * d + 256                     // centroids and the balancing bias
let embedding = vocab * d

let components = ["embedding", "output head", "attention (61 layers)", "norms",
                  "dense FFN (3 layers)", "shared experts (58)", "routed experts (58 × 256)", "routers (58)"]
let totals = [embedding, embedding, 61 * attention, 61 * layerNorms + d,
              3 * denseFFN, 58 * expert, 58 * 256 * expert, 58 * router]
let actives = [0, embedding, 61 * attention, 61 * layerNorms + d,
               3 * denseFFN, 58 * expert, 58 * 8 * expert, 58 * router]
let total = totals.reduce(0, +)
let activeWithHead = actives.reduce(0, +)
let activeBody = activeWithHead - embedding
print("attention per layer: \(attention), one expert: \(expert)")
print("total: \(Double(total) / 1e9)B, active: \(Double(activeBody) / 1e9)B + head = \(Double(activeWithHead) / 1e9)B")
// The report: "671B total parameters with 37B activated for each token".
#expect(abs(Double(attention) / 1e6 - 187.1) < 0.05)
#expect(abs(Double(total) / 671e9 - 1) < 1e-3)
#expect(abs(Double(activeWithHead) / 37e9 - 1) < 0.02)
#expect(abs(Double(activeBody) / 37e9 - 1) < 0.05)

Table {
    Column("component", components)
    Column("total (B)", totals.map { Double($0) / 1e9 }, format: .fixed(3))
    Column("active per token (B)", actives.map { Double($0) / 1e9 }, format: .fixed(3))
}
