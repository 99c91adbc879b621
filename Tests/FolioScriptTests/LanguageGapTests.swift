import FolioCharts
import FolioNumerics
import Foundation
import Testing

@testable import FolioScript

/// Constructs that people writing notes hit: array literals that mix typed expressions with
/// literals, closures kept in values and called later, named functions passed as closures, and
/// the trigonometric functions on tensors. (The pure-Swift cases also run as conformance
/// programs 222–224 against swiftc's output.)
@Suite struct LanguageGapTests {
    @Test func arrayLiteralsOfTypedExpressionsPickTheDoubleOverload() {
        // `Column` has `[Int]`, `[Double]` and `[String]` overloads; before, `[a, b]` of Doubles
        // took the `[Int]` one and failed.
        let code = """
            let a: Tensor = [1, 2]
            let x = 2.5
            let n = 3
            let table = Table {
                Column("sum", [a.sum().scalar, a.max().scalar])
                Column("mixed", [x, 1])
                Column("converted", [Double(n) / 2, 1])
                Column("ints", [n, 1])
            }
            table
            """
        let result = run(code)
        #expect(result.error == nil, "\(String(describing: result.error))")
        let table = result.outputs.compactMap { if case .table(let table) = $0 { table } else { nil } }.first
        #expect(
            table?.columns.map(\.values) == [
                .doubles([3.0, 2.0]), .doubles([2.5, 1.0]), .doubles([1.5, 1.0]), .integers([3, 1]),
            ])
        #expect(
            output("let x = 2.0\nlet t = Tensor([x, 1])\nprint(t, [x, 1], [1, x])")
                == "[2.0, 1.0] [2.0, 1.0] [1.0, 2.0]\n")
        // An Int expression next to a literal stays [Int]: no silent conversion.
        #expect(stop("let n = 1\nlet c = Column(\"v\", [n, 2.5])") == Stop(.typeMismatch, at: "2:25"))
    }

    @Test func closuresStoredInValuesAreCalled() {
        let code = """
            func makeFit(_ k: Double) -> (predict: (Double) -> Double, k: Double) { ({ k * $0 }, k) }
            let fit = makeFit(3)
            struct Model { var predict: (Double) -> Double }
            let model = Model(predict: { $0 + 1 })
            let maybe: ((Int) -> Int)? = { $0 * 2 }
            print(fit.predict(2), fit.0(1), model.predict(1), maybe?(4) ?? 0)
            """
        #expect(output(code) == "6.0 3.0 2.0 8\n")
        // A bound value with `callAsFunction` is called directly (`fit(x)`).
        let fit = """
            let x: Tensor = [1, 2, 3, 4]
            let fit = try powerLawFit(x: x, y: 2 * pow(x, 1.5))
            print(fit(4.0) == fit.callAsFunction(4.0), abs(fit(4.0) - 16) < 1e-9)
            """
        #expect(output(fit) == "true true\n")
    }

    @Test func namedFunctionsStandForClosures() {
        let code = """
            import Foundation
            let t: [Tensor] = [[0, 1], [2, 3]]
            print(t.map(softmax).count, t.reduce(Tensor([0, 0]), +), zip([1, 2], [3, 4]).map(+), [0.0].map(sin), [-1, 2].map(abs))
            """
        #expect(output(code) == "2 [2.0, 4.0] [4, 6] [0.0] [1, 2]\n")
        // A mismatch is reported at the reference, with the call's diagnostic.
        #expect(
            stop("func square(_ x: Int) -> Int { x * x }\nlet ys = [1.5].map(square)")
                == Stop(.typeMismatch, at: "2:20"))
        #expect(stop("let k = \\String.count") == Stop(.unsupportedFeature, at: "1:9"))
    }

    @Test func ellipsisSubscriptsTakeWholeLeadingAxes() {
        let code = """
            let a = try Tensor.arange(12).reshaped([2, 3, 2])
            print(a[..., 0].scalars, a[0, ..., 1].scalars, a[1, 2, ...].scalars, a[...].shape)
            print(gradient(at: a) { $0[..., 1].sum() }.scalars)
            """
        #expect(
            output(code) == "[0.0, 2.0, 4.0, 6.0, 8.0, 10.0] [1.0, 3.0, 5.0] [10.0, 11.0] [2, 3, 2]\n"
                + "[0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0]\n")
        #expect(
            stop("let a = Tensor.arange(4)\nprint(a[..., 0, ...])") == Stop(.noSubscript, at: "2:17"))
        #expect(
            stop("let a = Tensor.arange(4)\nprint(a[..., 0, 1])") == Stop(.numericsError, at: "2:8"))
    }

    @Test func arrayExtensionsAndGrouping() {
        let code = """
            extension Array where Element == Double { func mean() -> Double { reduce(0, +) / Double(count) } }
            let groups = Dictionary(grouping: [1.0, 2.0, 5.0, 6.0]) { $0 < 4 }
            print(groups[true]!.mean(), groups[false]!.mean())
            """
        #expect(output(code) == "1.5 5.5\n")
        // A name that is neither declared nor a member keeps Swift's diagnostic, at its own column.
        #expect(
            stop("extension [Double] {\n    func f() -> Double { reduce(0) { $0 + $1 + nosuch } }\n}")
                == Stop(.cannotFindInScope, at: "2:48"))
        #expect(
            stop("let d = Dictionary(uniqueKeysWithValues: [(1, 1), (1, 2)])") == Stop(.preconditionFailure, at: "1:9"))
        // A `where` clause Folio cannot check is refused at the clause.
        #expect(
            stop("extension Sequence where Element: Identifiable { func f() {} }")
                == Stop(.unsupportedFeature, at: "1:35"))
    }

    @Test func nestedTypesAndMembersBeforeGlobals() {
        let code = """
            struct Run {
                enum Phase { case warmup, steady }
                struct Sample { var value: Double }
                var phase: Phase = .warmup
                var samples: [Sample] = []
                func total() -> Double { samples.map(\\.value).reduce(0, +) }
            }
            let samples = [Run.Sample(value: 100)]
            var run = Run(phase: .steady, samples: [Run.Sample(value: 1), Run.Sample(value: 2)])
            let phase: Run.Phase = run.phase
            print(run.total(), phase, [run.samples[0]], samples.count)
            """
        // `samples` inside `total()` is the property, not the global declared after the type.
        #expect(output(code) == "3.0 steady [Conformance.Run.Sample(value: 1.0)] 1\n")
        #expect(
            stop("struct A { struct K { } }\nstruct B { struct K { } }") == Stop(.unsupportedFeature, at: "2:12"))
    }

    @Test func characterSetsAndQualifiedFunctions() {
        #expect(
            output(
                "import Foundation\nprint(\"x\\n\".trimmingCharacters(in: .whitespaces).count, \"a b\".components(separatedBy: .whitespaces))"
            ) == "2 [\"a\", \"b\"]\n")
        #expect(
            stop("let t = \"x\".trimmingCharacters(in: 3)") == Stop(.invalidArgument, at: "1:36"))
        // Inside a type with a member `max`, `Swift.max` is the free function.
        #expect(output("struct S { func max() -> Int { Swift.max(1, 2) } }\nprint(S().max())") == "2\n")
    }

    @Test func trigonometryOnTensorsAndNumbers() {
        let code = """
            import Foundation
            let t: Tensor = [0, 0.5]
            let x: Double = sin(0.5)
            print(sin(t).scalars[1] == x, cos(t).scalars[1] == cos(0.5), atan2(t, 1).scalars[1] == atan2(0.5, 1.0))
            print(try atan2(Tensor([[1], [-1]]), Tensor([1, -1])).shape, pow(t, 2).scalars, tan(t).scalars[0], asin(t).scalars[1] == asin(0.5))
            let g = gradient(at: t) { sinh($0).sum() + cosh($0).sum() + atan($0).sum() + acos($0).sum() }
            print(g.scalars[0])
            """
        // d/dx (sinh + cosh + atan + acos) at 0 = cosh 0 + sinh 0 + 1/(1+0) - 1/√1 = 1.
        #expect(output(code) == "true true true\n[2, 2] [0.0, 0.25] 0.0 true\n1.0\n")
    }

    @Test func staticMembersAreNamedWithoutTheTypeInStaticMembers() {
        let code = """
            struct Counter {
                var value: Int
                static var count = 0
                static let step = 2
                static let start = Counter(value: step)
                static func bump() -> Int { count += step; return count }
            }
            print(Counter.bump(), Counter.bump(), Counter.start.value)
            """
        #expect(output(code) == "2 4 2\n")
        // A `let` stays constant, and an instance member still needs `Self.` (as in Swift).
        #expect(
            stop("struct A {\n    static let k = 1\n    static func f() { k = 2 }\n}")
                == Stop(.cannotAssign, at: "3:23"))
        #expect(
            stop("struct A {\n    static let k = 1\n    func f() -> Int { k }\n}")
                == Stop(.cannotFindInScope, at: "3:23"))
    }
}
