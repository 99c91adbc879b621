let a = Tensor.ones(shape: [4096, 4096])
let b = a.matmul(a)
