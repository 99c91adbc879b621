import Foundation
import Testing

@testable import FolioScript

/// Extensions of every array (`extension Array { … }`), of arrays whose elements conform to a
/// protocol, enum cases used as functions, and unapplied builtin methods. (Conformance program
/// 231 checks the pure-Swift cases against swiftc.)
@Suite struct GenericExtensionTests {
    @Test func anExtensionOfArrayWorksForEachElementType() {
        let code = """
            extension Array {
                var second: Element? { count > 1 ? self[1] : nil }
                func firstTwo() -> [Element] { Array(prefix(2)) }
            }
            print([1, 2, 3].second ?? 0, ["a"].second ?? "-", [[1], [2, 3]].second ?? [], [0.5, 1.5, 2.5].firstTwo())
            """
        #expect(output(code) == "2 - [2, 3] [0.5, 1.5]\n")
    }

    @Test func extensionsDeclaredInOneBlockAreUsedInLaterBlocks() {
        let session = ScriptSession(file: "t.md")
        #expect(
            run("extension Collection { var isPair: Bool { count == 2 } }\nprint([1, 2].isPair)", in: session)
                .printedText == "true\n")
        #expect(
            run("print([\"a\"].isPair, [[1], [2]].isPair)", in: session, line: 10, block: 1).printedText
                == "false true\n")
    }

    @Test func conformanceRequirementsSelectTheElementTypes() {
        let code = """
            extension Sequence where Element: Comparable {
                func isSorted() -> Bool { zip(self, self.dropFirst()).allSatisfy { $0 <= $1 } }
            }
            struct P { var x: Int }
            print([1, 2].isSorted(), ["b", "a"].isSorted())
            print([P(x: 1)].isSorted())
            """
        // `P` is not Comparable: swiftc refuses the call, and so does Folio, at the call.
        #expect(stop(code) == Stop(.noMember, at: "6:17"))
        #expect(output(code.replacingOccurrences(of: "print([P(x: 1)].isSorted())", with: "")) == "true false\n")
        #expect(
            stop("extension Array where Element: Identifiable { var n: Int { count } }")
                == Stop(.unsupportedFeature, at: "1:32"))
    }

    @Test func anErrorInTheBodyIsReportedAtItsLineInTheExtension() {
        let session = ScriptSession(file: "t.md")
        _ = run("extension Array {\n    func bad() -> Int { self + 1 }\n}", in: session, line: 5)
        let error = run("print([1].bad())", in: session, line: 20, block: 1).error
        #expect(
            error.map { "\($0.line) \($0.id?.rawValue ?? "none")" } == "6 invalid-operands",
            "\(String(describing: error))")
        // Arrays that do not use the broken member still work, and the failed block left no
        // half-lowered member behind.
        #expect(run("print([1].count)", in: session, line: 30, block: 2).printedText == "1\n")
        #expect(run("print([1].bad())", in: session, line: 40, block: 3).error?.line == 6)
    }

    @Test func selfWrappingRecursionIsRefusedNotUnbounded() {
        #expect(
            stop("extension Array { func wrap() -> Int { [self].wrap() } }\nprint([1].wrap())")
                == Stop(.specializationDepth, at: "1:11"))
    }

    @Test func enumCasesWithAssociatedValuesAreFunctions() {
        let code = """
            enum Shape { case circle(Double), square(side: Double), dot }
            print([1.0].map(Shape.circle).count, zip([1.0], [2.0]).map { _, s in Shape.square(side: s) }.count, [2.0].map(Shape.square(side:)).count)
            """
        #expect(output(code) == "1 1 1\n")
        #expect(stop("enum Shape { case dot }\nlet f = [1.0].map(Shape.dot)") == Stop(.typeMismatch, at: "2:19"))
    }

    @Test func unappliedBuiltinMethodsExplainThemselves() {
        #expect(stop("let r = [4.0].map(Double.squareRoot)") == Stop(.unsupportedFeature, at: "1:19"))
    }
}
