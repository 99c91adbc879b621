//| verifies: eq-ensemble
//| label: tbl-zero-shot
//| caption: Zero-shot accuracy on a toy problem (10 classes, 16 prompt templates, 2000 images), and how many text embeddings per class each classifier needs at test time.
let classes = 10
let dim = 64
let templates = 16
let images2 = 2000
let zeroShotScale = 100.0
let prototypes = try normalized(Tensor.normal(shape: [classes, dim]))
var prompts: [Tensor] = []
for _ in 0..<templates {
    let noise = try Tensor.normal(shape: [classes, dim], standardDeviation: 1.5 / sqrt(Double(dim)))
    prompts.append(try normalized(prototypes + noise))
}
let truth = try categorical(logits: Tensor.zeros(shape: [classes]), count: images2)
let oneHot = try truth.reshaped([images2, 1]) .== Tensor.arange(Double(classes))
let imageNoise = try Tensor.normal(shape: [images2, dim], standardDeviation: 2.5 / sqrt(Double(dim)))
let photos = try normalized(matmul(oneHot, prototypes) + imageNoise)

func accuracy(_ scores: Tensor) throws -> Double {
    return try (scores.argmax(axis: 1) .== truth).mean().scalar
}

var singleAccuracies: [Double] = []
var meanEmbedding = try Tensor.zeros(shape: [classes, dim])
var meanCosine = try Tensor.zeros(shape: [images2, classes])
var meanProbability = try Tensor.zeros(shape: [images2, classes])
for w in prompts {
    let cosine = try matmul(photos, w.transposed())
    singleAccuracies.append(try accuracy(cosine))
    meanEmbedding = try meanEmbedding + w / Double(templates)
    meanCosine = try meanCosine + cosine / Double(templates)
    meanProbability = try meanProbability + softmax(cosine * zeroShotScale, axis: 1) / Double(templates)
}
let ensembleCosine = try matmul(photos, normalized(meanEmbedding).transposed())
let meanLength = try sqrt((meanEmbedding * meanEmbedding).sum(axis: 1))
let ensembleError = try abs(ensembleCosine - meanCosine / meanLength).max().scalar
let withoutNorm = try abs(ensembleCosine - meanCosine).max().scalar
#expect(ensembleError < 1e-12)
#expect(withoutNorm > 0.1)   // the 1/‖w̄‖ factor is not negligible

let singleMean = singleAccuracies.reduce(0, +) / Double(templates)
let embeddingEnsemble = try accuracy(ensembleCosine)
let probabilityEnsemble = try accuracy(meanProbability)
let agreement = try (ensembleCosine.argmax(axis: 1) .== meanProbability.argmax(axis: 1)).mean().scalar
let accuracyError = sqrt(singleMean * (1 - singleMean) / Double(images2))
print("one prompt: \(singleMean) ± \(accuracyError); embedding ensemble: \(embeddingEnsemble); probability ensemble: \(probabilityEnsemble); same prediction: \(agreement)")
#expect(embeddingEnsemble - singleMean > 3 * accuracyError)
let accuracies: [Double] = [singleMean, singleAccuracies.max()!, probabilityEnsemble, embeddingEnsemble]
Table {
    Column("classifier", ["one template (mean of 16)", "best single template", "ensemble of probabilities", "ensemble of embeddings"])
    Column("accuracy", accuracies, format: .percent(1))
    Column("text embeddings per class", [1, 1, templates, 1])
}
