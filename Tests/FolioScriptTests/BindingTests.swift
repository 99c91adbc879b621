import FolioCharts
import FolioNumerics
import Foundation
import Testing

@testable import FolioScript

/// The engine and the charts bound into notes.
@Suite struct TensorBindingTests {
    @Test func literalsAreTypedByContext() {
        #expect(output("let t: Tensor = [1, 2, 3]\nprint(t, t.shape)") == "[1.0, 2.0, 3.0] [3]\n")
        #expect(
            output("let t: Tensor = [[1, 2], [3, 4]]\nprint(t.shape, t.count, t.scalars)")
                == "[2, 2] 4 [1.0, 2.0, 3.0, 4.0]\n")
        #expect(output("let t = Tensor([1.5, 2])\nprint(t)") == "[1.5, 2.0]\n")
        #expect(output("let t = try Tensor(shape: [2, 1], scalars: [1, 2])\nprint(t.shape)") == "[2, 1]\n")
        #expect(output("let a = [1.0, 2.0]\nprint(a)") == "[1.0, 2.0]\n")
    }

    @Test func factoriesAndProperties() {
        #expect(
            output("print(try Tensor.zeros(shape: [2]), try Tensor.ones(shape: [1, 2]).shape)") == "[0.0, 0.0] [1, 2]\n"
        )
        #expect(
            output("print(try Tensor.full(shape: [2], value: 7), try Tensor.linspace(0, 1, count: 3))")
                == "[7.0, 7.0] [0.0, 0.5, 1.0]\n")
        #expect(
            output("print(Tensor.arange(3), try Tensor.eye(2).scalars)") == "[0.0, 1.0, 2.0] [1.0, 0.0, 0.0, 1.0]\n")
        #expect(output("let s: Double = Tensor.arange(4).sum().scalar\nprint(s)") == "6.0\n")
    }

    @Test func arithmeticWithTensorsAndScalars() {
        let code = """
            let t: Tensor = [1, 2]
            print(t + t, t * 2, 2 * t, 1 - t, t / 2, -t)
            var u = t
            u += 1
            u *= t
            print(u, t)
            """
        #expect(
            output(code)
                == "[2.0, 4.0] [2.0, 4.0] [2.0, 4.0] [ 0.0, -1.0] [0.5, 1.0] [-1.0, -2.0]\n[2.0, 6.0] [1.0, 2.0]\n")
    }

    @Test func overloadsResolveByArgumentType() {
        let code = """
            let t: Tensor = [0]
            let a = exp(2.0)
            let b = exp(t)
            let c = abs(-3)
            let d = sqrt(4.0)
            let e = pow(t + 2, 2)
            print(a, b, c, d, e, normalCDF(0.0), sigmoid(t))
            """
        #expect(output(code) == "7.38905609893065 [1.0] 3 2.0 [4.0] 0.5 [0.5]\n")
        // A Double where a Double is expected: `exp(2.0)` is a Double, so this type-checks.
        #expect(output("let x: Double = exp(1.0) + log(1.0)\nprint(x)") == "2.718281828459045\n")
        #expect(run("let t: Tensor = [1]\nlet x: Double = exp(t)").error?.id == .typeMismatch)
    }

    @Test func comparisonsMasksAndWhere() {
        let code = """
            let t: Tensor = [1, 2, 3]
            print(t .> 1.5, t .== 2, t.max() < 4, t.sum() == 6, t.min() >= 2)
            print(try `where`(t .> 1.5, t, -t))
            """
        #expect(output(code) == "[0.0, 1.0, 1.0] [0.0, 1.0, 0.0] true true false\n[-1.0,  2.0,  3.0]\n")
        #expect(stop("let t: Tensor = [1, 2]\nprint(t < 3)") == Stop(.numericsError, at: "2:9"))
    }

    @Test func reductionsAndSubscripts() {
        let code = """
            let t: Tensor = [[1, 2, 3], [4, 5, 6]]
            print(t.sum(axis: 0), t.max(axis: 1, keepDims: true).shape, t.argmax(axis: 1), t.mean())
            print(t.variance(ddof: 1), t.variance(axis: 1, ddof: 1))
            print(t[1], t[0, 2], t[0..<1, 1...2], t[1][0].scalar)
            """
        #expect(
            output(code)
                == "[5.0, 7.0, 9.0] [2, 1] [2.0, 2.0] 3.5\n3.5 [1.0, 1.0]\n[4.0, 5.0, 6.0] 3.0 [[2.0, 3.0]] 4.0\n")
    }

    @Test func differencesOfNeighbours() {
        let code = """
            let t: Tensor = [[1, 2, 4], [8, 16, 32]]
            print(t.diff().scalars, t.diff(axis: 0).shape, t.diff(axis: 0).scalars, t.diff().diff().scalars)
            let x = Tensor.linspace(0, 1, count: 5)
            let slope = (x * x).diff() / x.diff()
            print(slope)
            """
        #expect(
            output(code) == "[1.0, 2.0, 8.0, 16.0] [1, 3] [7.0, 14.0, 28.0] [1.0, 8.0]\n[0.25, 0.75, 1.25, 1.75]\n")
        #expect(stop("let t = Tensor(2.0)\nprint(t.diff())") == Stop(.numericsError, at: "2:9"))
    }

    @Test func softmaxSortingCountingStatistics() {
        let code = """
            let logits: Tensor = [0, 0]
            print(softmax(logits), try bincount(Tensor([0, 1, 1]), length: 3), sort(Tensor([3, 1, 2])))
            let (values, indices) = try topK(Tensor([3, 1, 2]), k: 2)
            print(values, indices)
            let (mean, standardError) = meanAndStandardError(Tensor([1, 2, 3]))
            print(mean, standardError)
            print(try Tensor.stacked([logits, logits]).shape, try matmul(Tensor.eye(2), Tensor([[1], [2]])).scalars)
            """
        #expect(
            output(code)
                == "[0.5, 0.5] [1.0, 2.0, 0.0] [1.0, 2.0, 3.0]\n[3.0, 2.0] [0.0, 2.0]\n2.0 0.5773502691896258\n[2, 2] [1.0, 2.0]\n"
        )
    }

    @Test func approximateEquality() {
        let code = """
            let t: Tensor = [1, 2]
            print(t ≈ t + 1e-12, t ≈ t + 1e-3, 0.1 + 0.2 ≈ 0.3)
            print(t.isApproximatelyEqual(to: t + 1e-3, relativeTolerance: 1e-2), 1.0.isApproximatelyEqual(to: 1.001, absoluteTolerance: 0.01))
            print(1.0.isApproximatelyEqual(to: 1 + 1e-9), 1.0.isApproximatelyEqual(to: 1 + 1e-7))
            """
        #expect(output(code) == "true false true\ntrue true\ntrue false\n")
    }

    @Test func shapeErrorsAreDiagnosticsAtTheLine() {
        let code = """
            let a: Tensor = [1, 2, 3]
            let b: Tensor = [1, 2]
            let c = try a + b
            """
        #expect(stop(code, line: 10) == Stop(.numericsError, at: "12:15"))
    }

    @Test func tensorsDisplayAsTheLastValueAndInInterpolation() {
        let result = run("let t: Tensor = [1, 2]\nprint(\"t = \\(t)\")\nt")
        #expect(result.printedText == "t = [1.0, 2.0]\n")
        #expect(result.outputs.contains(.value("[1.0, 2.0]")))
    }

    @Test func gradientOfANoteClosureMatchesTheAnalyticGradient() {
        let code = """
            let w: Tensor = [1, -2, 3]
            let g = try gradient(at: w) { w in try (w * w).sum() }
            #expect(g ≈ 2 * w)
            let (value, grad) = try valueWithGradient(at: 2.0) { x in x * x * x }
            print(value, grad)
            func loss(_ x: Tensor) throws -> Tensor { try (sigmoid(x) * stopGradient(x)).sum() }
            let h = try gradient(at: w, of: loss)
            #expect(h ≈ sigmoid(w) * (1 - sigmoid(w)) * w)
            let tape = GradientTape()
            let c = try tape.gradient(at: w) { w in try checkpointed(w) { x in tanh(x) }.sum() }
            #expect(c ≈ 1 - tanh(w) * tanh(w))
            print(tape.statistics.recomputedOperations > 0)
            """
        let result = run(code)
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(result.checks.count == 3 && result.checks.allSatisfy(\.passed))
        #expect(result.printedText == "8.0 12.0\ntrue\n")
    }

    @Test func quadratureFitsAndLowPrecision() {
        let code = """
            let i = try integrate(from: 0, to: 1) { x in x * x }
            print(i.value ≈ 1.0 / 3.0, 1.1.rounded(to: .float8E4M3), Tensor([1.1, 3.3]).rounded(to: .bfloat16))
            let fit = try powerLawFit(x: Tensor([1, 2, 4]), y: Tensor([3, 12, 48]))
            print(fit.exponent ≈ 2, FloatFormat.float8E4M3.maxFinite)
            let (dq, scales) = try Tensor([1, 2, 3]).quantized(to: .float8E4M3, granularity: .perTensor)
            print(dq.shape, scales.shape)
            """
        #expect(output(code) == "true 1.125 [1.1015625, 3.296875 ]\ntrue 448.0\n[3] []\n")
    }
}

@Suite struct RandomBindingTests {
    @Test func keylessSamplersDrawFromTheBlockKey() {
        let code = "let x = try Tensor.normal(shape: [3])\nlet u = Double.random(in: 0..<1)\nprint(x, u)"
        let a = run(code, in: ScriptSession(file: "t.md", seed: 7), block: 2).printedText
        let b = run(code, in: ScriptSession(file: "t.md", seed: 7), block: 2).printedText
        let c = run(code, in: ScriptSession(file: "t.md", seed: 7), block: 3).printedText
        let d = run(code, in: ScriptSession(file: "t.md", seed: 8), block: 2).printedText
        #expect(a == b)
        #expect(a != c)
        #expect(a != d)
        // Successive draws in one block differ; the first draw uses the key foldIn(0).
        let expected = try! Tensor.normal(shape: [3], key: RandomKey(seed: 7).foldIn(2).foldIn(0))
        #expect(output("print(try Tensor.normal(shape: [3]) ≈ try Tensor.normal(shape: [3]))") == "false\n")
        #expect(a.hasPrefix(expected.description))
    }

    @Test func notesRunInParallelDrawWhatTheyDrawAlone() async {
        // The block's key is bound to the block, not kept on a thread: sessions running at the
        // same time on other threads neither share nor disturb a stream.
        let code = "print(try Tensor.normal(shape: [4]), try Tensor.uniform(shape: [2]))"
        let alone = (0..<6).map { run(code, in: ScriptSession(file: "t.md", seed: UInt64($0)), block: 1).printedText }
        let together = await withTaskGroup(of: (Int, String).self) { group in
            for seed in 0..<6 {
                group.addTask {
                    (seed, run(code, in: ScriptSession(file: "t.md", seed: UInt64(seed)), block: 1).printedText)
                }
            }
            var texts = [String](repeating: "", count: 6)
            for await (seed, text) in group { texts[seed] = text }
            return texts
        }
        #expect(together == alone)
        let first = try? Tensor.normal(shape: [4], key: RandomKey(seed: 3).foldIn(1).foldIn(0))
        #expect(alone[3].hasPrefix(first?.description ?? "?"))
    }

    @Test func samplersWithExplicitKeysAndCategorical() {
        let code = """
            let key = RandomKey(seed: 1)
            let a = try Tensor.uniform(shape: [2], key: key.foldIn(3))
            let b = try Tensor.uniform(shape: [2], key: key.foldIn(3))
            let draws = try categorical(logits: Tensor([0, 0, 100]), count: 5)
            print(a ≈ b, draws, try Tensor.bernoulli(shape: [2], probability: 1), try Tensor.gumbel(shape: [2, 3]).shape)
            """
        #expect(output(code) == "true [2.0, 2.0, 2.0, 2.0, 2.0] [1.0, 1.0] [2, 3]\n")
    }
}

@Suite struct ChartBindingTests {
    @Test func aChartBlockYieldsTheChartAsAValue() throws {
        let code = """
            let p = softmax(Tensor([1, 2, 3]))
            Chart {
                BarMark(x: ["1", "2", "3"], y: p, series: "softmax")
                LineMark(x: ["1", "2", "3"], y: [0.1, 0.2, 0.3])
                RuleMark(y: 0.25)
            }
            .chartTitle("Softmax")
            .chartYScale(domain: 0...1, type: .linear)
            .frame(width: 300, height: 200)
            """
        let result = run(code, block: 4)
        #expect(result.error == nil, "\(String(describing: result.error))")
        let charts = result.outputs.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
        #expect(charts.count == 1)
        let chart = try #require(charts.first)
        #expect(chart.marks.map { String(describing: type(of: $0)) } == ["BarMark", "LineMark", "RuleMark"])
        #expect(chart.title == "Softmax" && chart.yDomain == 0...1 && chart.width == 300 && chart.height == 200)
        #expect((chart.marks[1] as? LineMark)?.y == .numbers([0.1, 0.2, 0.3]))
    }

    @Test func builderCollectsMarksInsideForAndIf() {
        let code = """
            let chart = Chart {
                for k in 1...3 {
                    LineMark(x: [0, 1], y: [0.0, Double(k)], series: "k = \\(k)")
                }
                if true {
                    PointMark(x: [0.5], y: [1.0])
                } else {
                    PointMark(x: [0.5], y: [2.0])
                }
            }
            .chartXAxisLabel("x")
            chart
            chart
            """
        let result = run(code)
        #expect(result.error == nil, "\(String(describing: result.error))")
        let charts = result.outputs.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
        #expect(charts.count == 2)
        #expect(charts.first?.marks.compactMap { ($0 as? LineMark)?.series } == ["k = 1", "k = 2", "k = 3"])
        #expect(charts.first?.marks.last as? PointMark == PointMark(x: [0.5], y: [1.0]))
        #expect(charts.first == charts.last)
    }

    @Test func rangedRulesAreBound() {
        let code = """
            let means: Tensor = [1, 2]
            Chart { RuleMark(x: ["a", "b"], yStart: means - 0.5, yEnd: means + 0.5, series: "sd") }
            Chart { RuleMark(xStart: [0.0], xEnd: [1.0], y: [2.5]) }
            """
        let result = run(code)
        #expect(result.error == nil, "\(String(describing: result.error))")
        let marks = result.outputs.compactMap { if case .chart(let chart) = $0 { chart.marks.first } else { nil } }
        let bars = marks.first as? RuleMark
        #expect(bars?.values == .categories(["a", "b"]) && bars?.series == "sd")
        #expect(bars?.start == .numbers([0.5, 1.5]) && bars?.end == .numbers([1.5, 2.5]))
        #expect((marks.last as? RuleMark)?.start == .numbers([0]))
    }

    @Test func printedChartsAndTablesShowTheirSizeNotMarkup() {
        let code = """
            let t = Table { Column("n", [1, 2, 3]); Column("s", ["a", "b", "c"]) }
            let c = Chart { LineMark(x: [0, 1], y: [0, 1]) }
            print(t, c)
            """
        #expect(output(code) == "Table(2 columns, 3 rows) Chart(1 mark)\n")
    }

    @Test func chartErrorsNameTheMarkAtItsLine() {
        let code = """
            let x: Tensor = [1, 2, 3]
            Chart {
                LineMark(x: x, y: [1.0, 2.0], series: "a")
            }
            """
        let result = run(code, line: 20)
        #expect(result.error?.line == 22)
        #expect(result.error?.id == .chartError)
    }

    @Test func tablesAreOutputs() {
        let code = """
            Table {
                Column("n", [1, 2])
                Column("p", Tensor([0.5, 0.25]), format: .fixed(3))
                Column("name", ["a", "b"])
            }
            Table(matrix: Tensor([[1, 2], [3, 4]]), columnNames: ["a", "b"])
            """
        let result = run(code)
        #expect(result.error == nil, "\(String(describing: result.error))")
        let tables = result.outputs.compactMap { if case .table(let table) = $0 { table } else { nil } }
        #expect(tables.count == 2)
        #expect(tables.first?.columns.map(\.name) == ["n", "p", "name"])
        #expect(tables.first?.columns[1].format == .fixed(3))
        #expect(tables.last?.columns.map(\.name) == ["a", "b"] && tables.last?.rowCount == 2)
    }
}

@Suite struct DataFileTests {
    func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("notes/data"), withIntermediateDirectories: true)
        try "hello\n".write(to: root.appendingPathComponent("notes/data/x.txt"), atomically: true, encoding: .utf8)
        try "a,b\n1,2\n3,4\n".write(
            to: root.appendingPathComponent("notes/data/x.csv"), atomically: true, encoding: .utf8)
        try "secret".write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("notes/data/link.txt"),
            withDestinationURL: root.appendingPathComponent("secret.txt"))
        return root
    }

    @Test func readsFilesRelativeToTheNote() throws {
        let root = try folder()
        let session = ScriptSession(file: root.appendingPathComponent("notes/n.md").path)
        let result = run(
            "print(try readText(\"data/x.txt\"), terminator: \"\")\nlet t = try Tensor(csvFile: \"data/x.csv\")\nprint(t.shape, t.sum())",
            in: session)
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(result.printedText == "hello\n[2, 2] 10.0\n")
        #expect(session.filesRead == ["data/x.txt", "data/x.csv"])
    }

    @Test func eachSessionKeepsItsOwnFilesRead() throws {
        let root = try folder()
        let a = ScriptSession(file: root.appendingPathComponent("notes/a.md").path)
        let b = ScriptSession(file: root.appendingPathComponent("notes/b.md").path)
        #expect(run("_ = try readText(\"data/x.txt\")", in: a).error == nil)
        #expect(run("_ = try Tensor(csvFile: \"data/x.csv\")", in: b).error == nil)
        #expect(run("_ = try readText(\"data/x.txt\")", in: a).error == nil)
        #expect(a.filesRead == ["data/x.txt"])
        #expect(b.filesRead == ["data/x.csv"])
    }

    @Test func refusesPathsThatLeaveTheFolder() throws {
        let root = try folder()
        let session = ScriptSession(file: root.appendingPathComponent("notes/n.md").path)
        for path in ["../secret.txt", "/etc/passwd", "data/link.txt", "data/../../secret.txt"] {
            let error = run("_ = try readText(\"\(path)\")", in: session).error
            #expect(error?.id == .dataFileError, "\(path): \(String(describing: error))")
        }
        #expect(session.filesRead.isEmpty)
    }
}

/// DESIGN.md §2's example note (Gumbel-max), verbatim but with `try` where Swift needs it.
@Suite struct DesignExampleTests {
    static let block = """
        //| label: fig-gumbel
        //| caption: Gumbel-max frequencies against the softmax.
        //| verifies: eq-gumbel-max
        let logits: Tensor = [1, 2, 3]
        let p = softmax(logits)
        let draws = try (log(p) + Tensor.gumbel(shape: [200_000, 3])).argmax(axis: 1)
        let freq = try bincount(draws, length: 3) / 200_000
        #expect(try abs(freq - p).max() < 0.005)
        Chart {
            BarMark(x: ["1", "2", "3"], y: freq, series: "sampled")
            PointMark(x: ["1", "2", "3"], y: p, series: "softmax")
        }
        """

    @Test func gumbelMaxNoteRuns() {
        let session = ScriptSession(file: "notes/gumbel.md", seed: 0)
        let result = session.run(Self.block, line: 17, column: 1, blockIndex: 0)
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(result.checks.count == 1 && result.checks.allSatisfy(\.passed))
        let charts = result.outputs.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
        #expect(charts.count == 1)
        #expect(charts.first?.marks.compactMap { ($0 as? BarMark)?.series } == ["sampled"])
        #expect(charts.first?.marks.compactMap { ($0 as? PointMark)?.series } == ["softmax"])
        // The inline value `{swift} p.max()` after the block.
        let inline = session.run("p.max()", line: 32, column: 1, blockIndex: 1)
        #expect(inline.outputs == [.value("0.6652409557748218")])
    }
}
