import FolioScript
import Testing

@Suite struct CheckTests {
    @Test func failedExpectListsSubExpressions() {
        let code = "let w = 3.0\nlet m = 3.5\n#expect(abs(w - m) < 1e-12)\nprint(\"went on\")"
        let result = run(code, line: 10, column: 1)
        let check = result.checks.first
        #expect(check?.passed == false)
        #expect(check?.kind == .expect)
        #expect(check?.line == 12)
        #expect(check?.column == 1)
        #expect(check?.expression == "abs(w - m) < 1e-12")
        #expect(
            check?.values == [
                ExpressionValue(expression: "abs(w - m)", value: "0.5"),
                ExpressionValue(expression: "w - m", value: "-0.5"),
                ExpressionValue(expression: "w", value: "3.0"),
                ExpressionValue(expression: "m", value: "3.5"),
            ])
        #expect(result.printedText == "went on\n")
    }

    @Test func passedCheckHasNoValues() {
        let check = run("let x = 1\n#expect(x == 1)").checks.first
        #expect(check?.passed == true)
        #expect(check?.values == [])
    }

    @Test func requireStopsTheBlock() {
        let result = run("let n = 3\n#require(n > 5, \"n too small\")\nprint(\"not reached\")")
        #expect(result.printedText == "")
        #expect(result.checks.count == 1)
        #expect(result.checks.first?.passed == false)
        #expect(result.checks.first?.kind == .require)
        #expect(result.checks.first?.comment == "n too small")
        #expect(result.error == nil)
    }

    @Test func shortCircuitedSubExpressionsAreNotListed() {
        let check = run("let a = [1]\nlet i = 3\n#expect(i < a.count && a[i] == 1)").checks.first
        #expect(check?.values.map(\.expression) == ["i < a.count", "i", "a.count", "a"])
    }

    @Test func checksInsideLoopsAndFunctions() {
        let code = """
            func check(_ x: Int) { #expect(x % 2 == 0) }
            for i in 0..<3 { check(i) }
            """
        let checks = run(code).checks
        #expect(checks.map(\.passed) == [true, false, true])
        #expect(checks[1].values.first == ExpressionValue(expression: "x % 2", value: "1"))
    }

    @Test func approximateEquality() {
        #expect(run("#expect(0.1 + 0.2 ≈ 0.3)").checks.first?.passed == true)
        #expect(run("#expect(1.0 ≈ 1.001)").checks.first?.passed == false)
    }

    @Test func conditionMustBeBool() {
        #expect(stop("#expect(1 + 1)") == Stop(.invalidCheck, at: "1:9"))
    }
}
