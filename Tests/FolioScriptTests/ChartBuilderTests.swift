import FolioCharts
import FolioScript
import Testing

/// `Chart { … }` and `Table { … }` are result builders (`ChartContentBuilder`, `TableBuilder`),
/// as Swift Charts' are: what their bodies accept and refuse, and where errors are reported.
@Suite struct ChartBuilderTests {
    private func charts(_ result: BlockResult) -> [Chart] {
        result.outputs.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
    }

    @Test func bodiesTakeLetsBranchesLoopsAndArraysOfMarks() throws {
        let code = """
            let xs = [0.0, 1.0, 2.0]
            let dashed = false
            let extra: Double? = 1.5
            let guides = [RuleMark(y: 0.5), RuleMark(y: 1.0)]
            Chart {
                let doubled = xs.map { $0 * 2 }
                LineMark(x: xs, y: doubled, series: "2x")
                if dashed {
                    LineMark(x: xs, y: xs).lineStyle(.dashed)
                } else if xs.count > 5 {
                    BarMark(x: xs, y: xs)
                } else {
                    PointMark(x: xs, y: xs, series: "points")
                }
                if let extra {
                    RuleMark(x: extra)
                }
                for k in 1...3 where k != 2 {
                    let ys = xs.map { $0 * Double(k) }
                    AreaMark(x: xs, y: ys, series: "k\\(k)")
                }
                guides
            }
            """
        let result = run(code)
        #expect(result.error == nil, "\(String(describing: result.error))")
        let chart = try #require(charts(result).first)
        #expect(
            chart.marks.map { String(describing: type(of: $0)) } == [
                "LineMark", "PointMark", "RuleMark", "AreaMark", "AreaMark", "RuleMark", "RuleMark",
            ])
        #expect(chart.marks.compactMap { ($0 as? AreaMark)?.series } == ["k1", "k3"])
        #expect((chart.marks.first as? LineMark)?.y == .numbers([0, 2, 4]))
    }

    @Test func anIfWithoutMarksLeavesNone() throws {
        let code = """
            let show = false
            Chart {
                PointMark(x: [1.0], y: [1.0])
                if show { LineMark(x: [1.0], y: [1.0]) }
            }
            """
        let result = run(code)
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(try #require(charts(result).first).marks.count == 1)
    }

    @Test func aStatementThatIsNotAMarkIsAnErrorAtItsPlace() {
        let code = """
            let xs = [1.0, 2.0]
            Chart {
                PointMark(x: xs, y: xs)
                    print(xs)
            }
            """
        #expect(stop(code, line: 10, column: 3) == Stop(.invalidResultBuilder, at: "13:11"))
    }

    @Test func controlFlowOtherThanIfAndForIsRefusedAsSwiftDoes() {
        let code = """
            Table {
                Column("n", [1])
                while false {}
            }
            """
        #expect(
            stop(code) == Stop(.invalidResultBuilder, at: "3:5"))
    }

    @Test func tablesCollectColumnsThroughBranchesAndLoops() {
        let code = """
            let withNames = true
            let t = Table(caption: "powers") {
                if withNames { Column("name", ["a", "b"]) }
                for p in 1...2 { Column("x^\\(p)", [1, 1 << p]) }
            }
            print(t)
            """
        #expect(output(code) == "Table(3 columns, 2 rows)\n")
    }

    @Test func aMarkErrorIsReportedAtTheMarkInsideALoop() {
        let code = """
            let xs = [1.0, 2.0, 3.0]
            Chart {
                for n in [3, 2] {
                    LineMark(x: Array(xs.prefix(n)), y: xs)
                }
            }
            """
        #expect(stop(code, line: 40) == Stop(.chartError, at: "43:9"))
    }

    @Test func errorsInsideAUserBuilderClosureKeepTheirLine() {
        let code = """
            @resultBuilder
            struct Lines {
                static func buildBlock(_ parts: String...) -> [String] { parts }
            }
            func lines(@Lines _ body: () -> [String]) -> [String] { body() }
            let all = lines {
                "a"
                "b" + undefinedName
            }
            """
        #expect(stop(code) == Stop(.cannotFindInScope, at: "8:11"))
    }

    @Test func theNotesOwnOperatorsFoldInsideRewrittenCode() {
        let code = """
            infix operator **: MultiplicationPrecedence
            func ** (a: Double, b: Double) -> Double {
                var result = 1.0
                for _ in 0..<Int(b) { result *= a }
                return result
            }
            let xs = [1.0, 2.0]
            print(Chart { LineMark(x: xs, y: xs.map { $0 ** 2 + 1 }) })
            struct Two: Sequence, IteratorProtocol {
                var n = 0
                mutating func next() -> Int? {
                    n += 1
                    return n <= 2 ? n : nil
                }
            }
            for k in Two() { print(Double(k) ** 2 + 1) }
            """
        #expect(output(code) == "Chart(1 mark)\n2.0\n5.0\n")
    }
}
