//| label: tbl-activations
//| caption: Minimum and steepest slope of each activation, measured on the grid [−6, 6] with step 0.001 (slopes by autodiff).
let names = ["sigmoid", "tanh", "ReLU", "GELU", "SiLU"]
let minima = try [sigmoid(x), tanh(x), relu(x), exact, silu(x)].map { try $0.min().scalar }
let minimizers = try [sigmoid(x), tanh(x), relu(x), exact, silu(x)].map { try x[Int(try $0.argmin().scalar)].scalar }
let steepestSlopes = try [sigmoidPrime, tanhPrime, reluPrime, geluPrime, siluPrime].map { try $0.max().scalar }
#expect(abs(minima[3] - geluMinimum) < 1e-6)
#expect(abs(minima[4] - siluMinimum) < 1e-6)
Table {
    Column("activation", names)
    Column("min f on grid", minima, format: .fixed(5))
    Column("at x", minimizers, format: .fixed(3))
    Column("max f′", steepestSlopes, format: .fixed(4))
}
