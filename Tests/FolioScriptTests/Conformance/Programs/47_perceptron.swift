let xs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
let ys: [Double] = [0, 1, 1, 1]
var w = [0.0, 0.0]
var b = 0.0
let lr = 0.1
for epoch in 0..<20 {
    var errors = 0
    for i in 0..<xs.count {
        let z = w[0] * xs[i][0] + w[1] * xs[i][1] + b
        let yhat: Double = z > 0 ? 1 : 0
        let err = ys[i] - yhat
        if err != 0 { errors += 1 }
        w[0] += lr * err * xs[i][0]
        w[1] += lr * err * xs[i][1]
        b += lr * err
    }
    if errors == 0 {
        print("converged at epoch", epoch)
        break
    }
}
print(w, b)
