// Types declared inside types and extensions, used inside and outside by their qualified names.
struct Simulation {
    enum Phase: String { case warmup, run, cooldown }
    struct Sample: Equatable {
        var step: Int
        var value: Double
    }
    final class Log {
        var lines: [String] = []
        func add(_ line: String) { lines.append(line) }
    }
    var phase: Phase = .warmup
    var samples: [Sample] = []
    let log = Log()

    mutating func record(_ value: Double) {
        samples.append(Sample(step: samples.count, value: value))
        log.add("\(phase.rawValue) \(value)")
        if samples.count == 2 { phase = .run }
    }
}
extension Simulation {
    struct Summary {
        let count: Int
        let mean: Double
        static let empty = Summary(count: 0, mean: 0)
    }
    var summary: Summary {
        samples.isEmpty ? .empty : Summary(count: samples.count, mean: samples.map(\.value).reduce(0, +) / Double(samples.count))
    }
}
enum Shape {
    case circle(Double)
    struct Style { var stroke = 1.0 }
}
struct A { struct B { struct C { var v = 2 } } }

var simulation = Simulation()
for x in [1.0, 2.0, 6.0] { simulation.record(x) }
let first: Simulation.Sample = simulation.samples[0]
let phase: Simulation.Phase = .cooldown
print(first, simulation.phase, phase.rawValue, simulation.log.lines)
print(simulation.summary.count, simulation.summary.mean, Simulation.Summary.empty.count)
print(Simulation.Sample(step: 0, value: 1) == first, [Simulation.Phase.run], [first])
print(Shape.Style().stroke, Shape.Style(stroke: 2), A.B.C().v, [A.B.C(v: 5)])
