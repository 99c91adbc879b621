import FolioScript
import Testing

@Suite struct RuntimeErrorTests {
    @Test func nilUnwrapTrapsAtTheBang() {
        #expect(failure("let a: Int? = nil\nprint(a!)") == "2:8: unexpectedly found nil while unwrapping an Optional value")
    }

    @Test func runtimeErrorsCarryTheCallStack() {
        let code = "func f(_ a: [Int]) -> Int {\n  a[5]\n}\nfunc g() -> Int { f([1]) }\nprint(g())"
        #expect(failure(code) == "2:4: index out of range (index 5, count 1) (in f called at 4:19, in g called at 5:7)")
    }

    @Test func nanToIntIsAnError() {
        #expect(failure("let x = Double.nan\nprint(Int(x))")?.hasPrefix("2:7: Double value cannot be converted to Int") == true)
    }

    @Test func uncaughtThrowIsAnErrorAtTheThrow() {
        let code = "enum E: Error { case bad }\nfunc f() throws { throw E.bad }\ntry f()"
        #expect(failure(code) == "2:19: error thrown and not caught: Conformance.E.bad")
    }

    @Test func unsupportedConstructsAreNamed() {
        #expect(failure("actor A {}") == "1:1: `actor` is not supported in notes")
        #expect(failure("func f<T>(_ x: T) {}")?.contains("generic functions are not supported") == true)
        #expect(failure("let x = 1\nlet f = { () async in x }")?.contains("`async`") == true)
    }

    @Test func switchMustBeExhaustive() {
        #expect(failure("let x = 1\nswitch x {\ncase 1: print(1)\n}") == "2:1: switch must be exhaustive")
    }

    @Test func closuresCaptureByReference() {
        #expect(output("var n = 0\nlet f = { n += 1 }\nf()\nf()\nprint(n)") == "2\n")
    }

    @Test func memoryBudgetIsAnErrorAtTheLine() {
        #expect(failure("var s = \"ab\"\nfor _ in 0..<40 { s += s }")?.hasPrefix("2:21: memory budget exceeded") == true)
        #expect(failure("let a = [Int](repeating: 0, count: 1_000_000_000)")?.hasPrefix("1:9: memory budget exceeded") == true)
    }

    @Test func fatalErrorStopsWithItsMessage() {
        #expect(failure("let x = 3\nif x > 2 { fatalError(\"too big\") }") == "2:12: Fatal error: too big")
    }
}
