import Testing

@testable import FolioScript

/// Each refused syntax form and common static error carries a stable identifier, so tools and
/// tests match on what went wrong rather than on the wording of the message.
@Suite struct DiagnosticIDTests {
    /// The identifier of the error a block stops on, or nil when it runs.
    func id(_ code: String) -> ScriptDiagnosticID? { run(code).error?.id }

    @Test(arguments: [
        ("actor A {}", ScriptDiagnosticID.unsupportedConcurrency),
        ("func f() async {}", .unsupportedConcurrency),
        ("let f: () async -> Int = { 1 }", .unsupportedConcurrency),
        ("func f() {\n  protocol Inner {}\n}", .nestedTypeDeclaration),
        ("func f() {\n  extension Int {}\n}", .nestedTypeDeclaration),
        ("func f() {\n  init() {}\n}", .unsupportedDeclaration),
        ("let r = /ab+c/", .unsupportedExpression),
        ("let x: Float16 = 1", .unsupportedNumericType),
        ("let x: Float80 = 1", .unsupportedNumericType),
        ("let y = Float16(2)", .unsupportedNumericType),
        ("print(Float16.pi)", .unsupportedNumericType),
        ("let x: Int.Protocol = Int.self", .unsupportedType),
        ("func outer(n: Int) { func f<T>(_ x: T) -> Int { n } }", .unsupportedGenerics),
        ("let box: Set<Int, Int> = []", .unsupportedGenerics),
        ("let g: Dictionary<Int, Int, Int> = [:]", .unsupportedGenerics),
        ("@dynamicMemberLookup struct W { var x: Int }", .unsupportedAttribute),
        ("break", .misplacedControlTransfer),
        ("continue", .misplacedControlTransfer),
        ("for i in 0..<2 {\n  break outer\n}", .cannotFindInScope),
        ("print(y)", .cannotFindInScope),
        ("let z: Missing = 1", .cannotFindInScope),
        ("let x = (1", .syntaxError),
    ])
    func refusedFormsHaveTheirIdentifier(code: String, expected: ScriptDiagnosticID) {
        #expect(id(code) == expected, "\(code)")
    }

    @Test func labelledStatementsStillTakeTheirLabels() {
        let code = """
            outer: for i in 0..<3 {
                for j in 0..<3 {
                    if j == 1 { continue outer }
                    if i == 2 { break outer }
                    print(i, j)
                }
            }
            check: if true {
                print("in")
                break check
            }
            print("out")
            """
        #expect(output(code) == "0 0\n1 0\nin\nout\n")
    }

    @Test func aNumericTypeGetsTheSameMessageAsATypeAndAsAConversion() {
        let messages = ["let x: Float16 = 1", "let y = Float16(2)"].map { run($0).error?.message }
        #expect(messages[0] == messages[1])
        #expect(messages[0] == "type 'Float16' is not supported yet (use Int, Double, Bool or String)")
    }
}

/// A block's independent static errors are all reported in one run, in source order, as a
/// compiler reports them; a failed declaration ends the list (its uses would only repeat it).
@Suite struct AllStaticErrorsTests {
    func errors(_ code: String) -> [String] {
        run(code).outputs.compactMap {
            if case .error(let diagnostic) = $0 {
                "\(diagnostic.line):\(diagnostic.column) \(diagnostic.id?.rawValue ?? "none")"
            } else {
                nil
            }
        }
    }

    @Test func independentErrorsInStatementsAndFunctionBodiesAreAllReported() {
        let code = """
            func area(_ r: Double) -> Double { r * r * pii }
            let ok = 3
            print(undefinedName)
            for i in 0..<ok { print(i.nothing) }
            func twice(_ s: String) -> Int { missing(s) }
            """
        #expect(
            errors(code) == [
                "1:44 cannot-find-in-scope", "3:7 cannot-find-in-scope", "4:27 no-member",
                "5:34 cannot-find-in-scope",
            ])
    }

    @Test func aFailedDeclarationEndsTheListInsteadOfCascading() {
        let code = """
            print(first)
            let x = nowhere
            print(x)
            """
        #expect(errors(code) == ["1:7 cannot-find-in-scope", "2:9 cannot-find-in-scope"])
    }

    @Test func everySyntaxErrorOfABlockIsReported() {
        #expect(errors("let a = (1\nlet b = [2").count >= 2)
    }

    @Test func aBlockWithOneErrorStillStopsWithThatError() {
        #expect(errors("let y = 1\nprint(y + true)").count == 1)
    }
}
