// Closures returned by functions, stored in tuples, structs, classes, arrays and dictionaries, then called.
func makeLine(slope: Double, intercept: Double) -> (Double) -> Double {
    return { x in slope * x + intercept }
}
func makeFit(_ xs: [Double], _ ys: [Double]) -> (predict: (Double) -> Double, slope: Double) {
    let slope = (ys[1] - ys[0]) / (xs[1] - xs[0])
    let intercept = ys[0] - slope * xs[0]
    return ({ slope * $0 + intercept }, slope)
}
func pair() -> ((Int) -> Int, (Int) -> Int) { ({ $0 + 1 }, { $0 * 2 }) }
func counter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
func curry(_ a: Int) -> (Int) -> (Int) -> Int { { b in { c in a * 100 + b * 10 + c } } }

struct Model {
    var name: String
    var predict: (Double) -> Double
    func run(_ x: Double) -> Double { predict(x) }
}
final class Layer {
    var activation: (Double) -> Double = { max(0, $0) }
}
enum Activation {
    case relu, square
    var function: (Double) -> Double {
        switch self {
        case .relu: return { max(0, $0) }
        case .square: return { $0 * $0 }
        }
    }
}

let line = makeLine(slope: 2, intercept: 1)
print(line(3), makeLine(slope: -1, intercept: 0)(4))
let fit = makeFit([0, 1], [1, 3])
print(fit.predict(2), fit.slope, fit.0(10), fit.1)
let (inc, dbl) = pair()
print(inc(1), dbl(3), pair().0(5), pair().1(5))
let tick = counter()
_ = tick()
print(tick(), tick())
print(curry(1)(2)(3))
var model = Model(name: "linear", predict: { 10 * $0 })
print(model.predict(1.5), model.run(2))
model.predict = { $0 - 1 }
print(model.predict(1.5))
let models = [Model(name: "a", predict: { $0 + 1 }), Model(name: "b", predict: { $0 * 3 })]
print(models.map { $0.predict(2) }, models[1].predict(5))
let layer = Layer()
print(layer.activation(-1), layer.activation(2))
layer.activation = { $0 / 2 }
print(layer.activation(3))
print(Activation.relu.function(-2), Activation.square.function(3))
let table: [String: (Double) -> Double] = ["double": { 2 * $0 }, "negate": { -$0 }]
print(table["double"]!(4), table["negate"].map { $0(1) } ?? 0)
let functions: [(Double) -> Double] = [{ $0 + 1 }, { $0 * $0 }]
print(functions[1](3), functions.map { $0(2) })
let maybe: ((Int) -> Int)? = { $0 * 7 }
print(maybe?(6) ?? 0, maybe.map { $0(2) } ?? 0)
let labeled = (name: "sq", f: { (x: Double) in x * x })
print(labeled.name, labeled.f(3))
struct Polynomial {
    var coefficients: [Double]
    func callAsFunction(_ x: Double) -> Double { coefficients.reversed().reduce(0) { $0 * x + $1 } }
}
struct Counter {
    var count = 0
    mutating func callAsFunction() -> Int {
        count += 1
        return count
    }
}
let polynomial = Polynomial(coefficients: [1, 2, 3])
var calls = Counter()
_ = calls()
print(polynomial(2), [1.0, 0.0].map { polynomial($0) }, calls(), calls.count)
