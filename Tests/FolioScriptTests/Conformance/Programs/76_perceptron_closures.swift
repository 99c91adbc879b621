let data: [([Double], Double)] = [([0, 0], -1), ([0, 1], 1), ([1, 0], 1), ([1, 1], 1)]
var w = [0.0, 0.0]
var bias = 0.0
let predict: ([Double]) -> Double = { x in
    zip(w, x).map { $0 * $1 }.reduce(bias, +) >= 0 ? 1 : -1
}
for epoch in 1...10 {
    var errors = 0
    for (x, y) in data where predict(x) != y {
        errors += 1
        for i in w.indices { w[i] += y * x[i] }
        bias += y
    }
    if errors == 0 {
        print("converged after", epoch, "epochs")
        break
    }
}
print(w, bias)
print(data.map { predict($0.0) })
