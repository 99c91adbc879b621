//| verifies: eq-absorb, eq-kv-cache
let dModel = 32
let heads = 2
let headDim = 8
let latentDim = 6
let ropeDim = 4
let tokens = 5
let scale = 1 / sqrt(Double(dModel))

let hidden = try Tensor.normal(shape: [tokens, dModel])
let wDownKV = try Tensor.normal(shape: [dModel, latentDim]) * scale
let wKeyRope = try Tensor.normal(shape: [dModel, ropeDim]) * scale
let latent = try matmul(hidden, wDownKV)        // cached: c^KV, [tokens, d_c]
let keyRope = try matmul(hidden, wKeyRope)      // cached: k^R, [tokens, d_h^R]

var worstScore = 0.0
var worstOutput = 0.0
for _ in 0..<heads {
    let wQuery = try Tensor.normal(shape: [dModel, headDim]) * scale
    let wQueryRope = try Tensor.normal(shape: [dModel, ropeDim]) * scale
    let wUpKey = try Tensor.normal(shape: [latentDim, headDim])
    let wUpValue = try Tensor.normal(shape: [latentDim, headDim])
    let query = try matmul(hidden, wQuery)
    let queryRope = try matmul(hidden, wQueryRope)
    let ropeScores = try matmul(queryRope, keyRope.transposed())

    // MHA view: reconstruct every key and value, then attend.
    let keys = try matmul(latent, wUpKey)
    let values = try matmul(latent, wUpValue)
    let scores = try matmul(query, keys.transposed()) + ropeScores
    let attention = try softmax(scores / sqrt(Double(headDim + ropeDim)), axis: 1)
    let output = try matmul(attention, values)

    // MLA view: absorb W^UK into the query and W^UV into the output; touch only the cache.
    let absorbedQuery = try matmul(query, wUpKey.transposed())
    let cacheScores = try matmul(absorbedQuery, latent.transposed()) + ropeScores
    let cacheAttention = try softmax(cacheScores / sqrt(Double(headDim + ropeDim)), axis: 1)
    let cacheOutput = try matmul(try matmul(cacheAttention, latent), wUpValue)

    worstScore = max(worstScore, try abs(scores - cacheScores).max().scalar)
    worstOutput = max(worstOutput, try abs(output - cacheOutput).max().scalar)
}
print("largest difference: scores \(worstScore), outputs \(worstOutput)")
#expect(worstScore < 1e-12)
#expect(worstOutput < 1e-12)

// Cached numbers per token and layer: the small model, then DeepSeek-V3's dimensions.
#expect(latent.shape[1] + keyRope.shape[1] == latentDim + ropeDim)
let mlaCache = 512 + 64
let mhaCache = 2 * 128 * 128
#expect(mlaCache == 576)
#expect(mhaCache == 32_768)
let cacheRatio = Double(mhaCache) / Double(mlaCache)
print("MHA / MLA cache per token and layer: \(cacheRatio)")
#expect(abs(cacheRatio - 56.9) < 0.05)
