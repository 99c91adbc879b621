import FolioNumerics
import Foundation
import Testing

@testable import FolioScript

/// `SGD`, `Adam` and `AdamW` in notes: `opt.step(parameter: &w, gradient: g)` mutates both the
/// optimizer and the parameter, as the Swift API does.
@Suite struct OptimizerBindingTests {
    /// The numbers a block printed (one line of Swift `Double` descriptions, which round-trip).
    func numbers(_ code: String) throws -> [Double] {
        let result = run(code)
        if let error = result.error { Issue.record("\(error.line):\(error.column): \(error.message)") }
        let text = result.printedText.filter { !"[],\n".contains($0) }
        return try text.split(separator: " ").map { try #require(Double(String($0))) }
    }

    /// Plain gradient descent on Σ(w − c)² has a closed form: w_k = c + (1 − 2η)^k (w₀ − c).
    @Test func sgdFollowsTheClosedFormTrajectory() throws {
        let code = """
            let target: Tensor = [3, -1]
            var w = Tensor([0.0, 0.0])
            var opt = SGD(learningRate: 0.1)
            for _ in 0..<25 {
                let g = gradient(at: w) { w in ((w - target) * (w - target)).sum() }
                opt.step(parameter: &w, gradient: g)
            }
            print(w.scalars, opt.stepCount)
            """
        let printed = try numbers(code)
        let factor = Foundation.pow(1 - 2 * 0.1, 25.0)
        let expected = [3 + factor * (0 - 3), -1 + factor * (0 + 1)]
        #expect(printed.count == 3)
        for (got, want) in zip(printed, expected) {
            #expect(abs(got - want) <= 1e-12 * abs(want), "SGD after 25 steps: \(got) vs closed form \(want)")
        }
        #expect(printed.last == 25)
    }

    /// SGD with momentum μ on the quadratic: the error e obeys the linear recurrence
    /// b_k = μ b_{k−1} + 2e_{k−1}, e_k = e_{k−1} − η b_k, computed here in plain Doubles.
    @Test func sgdMomentumMatchesItsRecurrence() throws {
        let code = """
            var w: Tensor = [2]
            var opt = SGD(learningRate: 0.05, momentum: 0.9)
            for _ in 0..<40 {
                let g = gradient(at: w) { w in (w * w).sum() }
                opt.step(parameter: &w, gradient: g)
            }
            print(w.scalars)
            """
        var e = 2.0
        var b = 0.0
        for k in 0..<40 {
            b = k == 0 ? 2 * e : 0.9 * b + 2 * e
            e -= 0.05 * b
        }
        let printed = try numbers(code)
        #expect(printed.count == 1)
        #expect(abs((printed.first ?? .nan) - e) <= 1e-12)
    }

    /// Adam and AdamW from a note give exactly what the compiled Swift API gives, and Adam
    /// converges to the minimum of the quadratic (the closed form: w = c).
    @Test func adamMatchesTheSwiftAPIAndConverges() throws {
        let code = """
            let target: Tensor = [0.5, -2, 4]
            var w = Tensor([0.0, 0.0, 0.0])
            var opt = Adam(learningRate: 0.1)
            for _ in 0..<300 {
                let g = gradient(at: w) { w in ((w - target) * (w - target)).sum() }
                opt.step(parameter: &w, gradient: g)
            }
            print(w.scalars)
            """
        let target = Tensor([0.5, -2, 4])
        var w = Tensor([0.0, 0.0, 0.0])
        var adam = Adam(learningRate: 0.1)
        for _ in 0..<300 {
            let g = try gradient(at: w) { w in try ((w - target) * (w - target)).sum() }
            try adam.step(parameter: &w, gradient: g)
        }
        let printed = try numbers(code)
        #expect(printed == w.scalars)
        for (got, want) in zip(printed, target.scalars) {
            #expect(abs(got - want) < 1e-3, "Adam after 300 steps: \(got), minimum at \(want)")
        }
    }

    /// A list of parameters: fitting y = a·x + b by AdamW (no decay) reaches the least-squares
    /// solution of the normal equations.
    @Test func adamWOnAListReachesLeastSquares() throws {
        let xs = [0.0, 1, 2, 3, 4, 5]
        let ys = [1.1, 2.9, 5.2, 7.1, 8.8, 11.2]
        let code = """
            let x: Tensor = \(xs)
            let y: Tensor = \(ys)
            var params = [Tensor(0.0), Tensor(0.0)]
            var opt = AdamW(learningRate: 0.05, weightDecay: 0)
            for _ in 0..<3000 {
                let gs = gradient(at: params) { p in
                    let r = p[0] * x + p[1] - y
                    return (r * r).mean()
                }
                opt.step(parameters: &params, gradients: gs)
            }
            print(params[0].scalar, params[1].scalar, opt.stepCount)
            """
        let n = Double(xs.count)
        let mx = xs.reduce(0, +) / n
        let my = ys.reduce(0, +) / n
        let sxy = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let sxx = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
        let slope = sxy / sxx
        let intercept = my - slope * mx
        let printed = try numbers(code)
        #expect(printed.count == 3)
        #expect(abs(printed[0] - slope) < 1e-4, "slope \(printed[0]) vs least squares \(slope)")
        #expect(abs(printed[1] - intercept) < 1e-4, "intercept \(printed[1]) vs least squares \(intercept)")
        #expect(printed[2] == 3000)
    }

    /// Optimizers are values: a copy keeps its own step count and moment estimates.
    @Test func copiesKeepTheirOwnState() {
        let code = """
            var w: Tensor = [1]
            var a = Adam(learningRate: 0.1)
            a.step(parameter: &w, gradient: Tensor([1.0]))
            var b = a
            b.step(parameter: &w, gradient: Tensor([1.0]))
            b.step(parameter: &w, gradient: Tensor([1.0]))
            print(a.stepCount, b.stepCount)
            """
        #expect(output(code) == "1 3\n")
    }

    @Test func misuseIsReportedAtTheCall() {
        #expect(
            stop("var w: Tensor = [1]\nlet opt = SGD(learningRate: 0.1)\nopt.step(parameter: &w, gradient: w)")
                == Stop(.cannotAssign, at: "3:1"))
        #expect(
            stop("let w: Tensor = [1]\nvar opt = SGD(learningRate: 0.1)\nopt.step(parameter: &w, gradient: w)")
                == Stop(.cannotAssign, at: "3:22"))
        #expect(
            stop("var w: Tensor = [1]\nvar opt = SGD(learningRate: 0.1)\nopt.step(parameter: w, gradient: w)")
                == Stop(.inoutMisuse, at: "3:21"))
        #expect(
            stop("var w: Tensor = [1]\nvar opt = Adam()\nopt.step(parameter: &w, gradient: Tensor([1.0, 2.0]))")
                == Stop(.numericsError, at: "3:1"))
    }
}
