//| label: tbl-init
//| caption: The symmetric loss of random embeddings (N = 1024, d = 512) at several logit scales, against ln N + s²/(2d).
let scales = [1.0, 2.0, 5.0, 10.0, s0, 20.0, 30.0, 50.0]
var measured: [Double] = []
var errors: [Double] = []
var approximations: [Double] = []
for s in scales {
    let (loss, se) = try initialLoss(scale: s)
    measured.append(loss)
    errors.append(se)
    approximations.append(chance + s * s / (2 * Double(d)))
}
Table {
    Column("scale s", scales, format: .fixed(2))
    Column("measured L", measured, format: .fixed(4))
    Column("standard error", errors, format: .fixed(4))
    Column("ln N + s²/2d", approximations, format: .fixed(4))
}
