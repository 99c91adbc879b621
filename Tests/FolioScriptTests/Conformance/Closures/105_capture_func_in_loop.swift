var makers: [() -> Int] = []
for n in [3, 5, 7] {
    func triple() -> Int { n * 3 }
    makers.append(triple)
}
print(makers.map { $0() })
let pairs = [(1, "a"), (2, "b")]
var labels: [() -> String] = []
for (num, letter) in pairs {
    labels.append { "\(letter)\(num)" }
}
print(labels.map { $0() })
