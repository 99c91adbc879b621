import FolioScript
import Testing

@Suite struct RuntimeErrorTests {
    @Test func nilUnwrapTrapsAtTheBang() {
        #expect(
            failure("let a: Int? = nil\nprint(a!)") == "2:8: unexpectedly found nil while unwrapping an Optional value")
    }

    @Test func runtimeErrorsCarryTheCallStack() {
        let code = "func f(_ a: [Int]) -> Int {\n  a[5]\n}\nfunc g() -> Int { f([1]) }\nprint(g())"
        #expect(failure(code) == "2:4: index out of range (index 5, count 1) (in f called at 4:19, in g called at 5:7)")
    }

    @Test func nanToIntIsAnError() {
        #expect(
            failure("let x = Double.nan\nprint(Int(x))")?.hasPrefix("2:7: Double value cannot be converted to Int")
                == true)
    }

    /// Fixed-width integers trap where Swift's do: overflow at their own width, a conversion
    /// that does not fit, a negative literal for an unsigned type (a static error).
    @Test func fixedWidthIntegersTrapAtTheirWidth() {
        #expect(failure("let x: UInt8 = 255\nlet y = x + 1") == "2:11: arithmetic overflow")
        #expect(failure("let x: Int8 = -128\nlet y = -x") == "2:9: arithmetic overflow")
        #expect(failure("let n = 300\nlet b = UInt8(n)") == "2:9: Not enough bits to represent the passed value")
        #expect(
            failure("let b: UInt16 = -1")
                == "1:17: negative integer '-1' overflows when stored into unsigned type 'UInt16'")
        #expect(failure("let b: Int8 = 128") == "1:15: integer literal '128' overflows when stored into 'Int8'")
        #expect(failure("let a: UInt8 = 1\nlet b: Int = 2\nlet c = a + b")?.contains("binary operator '+'") == true)
    }

    @Test func uncaughtThrowIsAnErrorAtTheThrow() {
        let code = "enum E: Error { case bad }\nfunc f() throws { throw E.bad }\ntry f()"
        #expect(failure(code) == "2:19: error thrown and not caught: Conformance.E.bad")
    }

    @Test func unsupportedConstructsAreNamed() {
        #expect(failure("actor A {}") == "1:1: `actor` is not supported in notes")
        #expect(
            failure("func outer() { func f<T>(_ x: T) {} }")?.contains("local generic functions are not supported")
                == true)
        #expect(failure("let x = 1\nlet f = { () async in x }")?.contains("`async`") == true)
    }

    @Test func switchMustBeExhaustive() {
        #expect(failure("let x = 1\nswitch x {\ncase 1: print(1)\n}") == "2:1: switch must be exhaustive")
    }

    @Test func closuresCaptureByReference() {
        #expect(output("var n = 0\nlet f = { n += 1 }\nf()\nf()\nprint(n)") == "2\n")
    }

    @Test func memoryBudgetIsAnErrorAtTheLine() {
        #expect(
            failure("var s = \"ab\"\nfor _ in 0..<40 { s += s }")?.hasPrefix("2:21: memory budget exceeded") == true)
        #expect(
            failure("let a = [Int](repeating: 0, count: 1_000_000_000)")?.hasPrefix("1:9: memory budget exceeded")
                == true)
    }

    @Test func fatalErrorStopsWithItsMessage() {
        #expect(failure("let x = 3\nif x > 2 { fatalError(\"too big\") }") == "2:12: Fatal error: too big")
    }

    @Test func syntaxErrorIsAtItsLineAndColumn() {
        #expect(failure("let x = [1, 2\nprint(x)")?.hasPrefix("1:14: expected ']'") == true)
        #expect(failure("print(1)\nlet = 3", line: 20, column: 5)?.hasPrefix("21:") == true)
    }

    @Test func runtimeErrorInASwitchArmIsAtItsOwnLine() {
        let code = "let x: Int? = nil\nswitch x {\ncase .some(let v): print(v)\ncase .none: print(x!)\n}"
        #expect(failure(code) == "4:20: unexpectedly found nil while unwrapping an Optional value")
        let fallthroughCode =
            "let n = 1\nswitch n {\ncase 1: print(\"one\")\n  fallthrough\ncase 2: print([0][n])\ndefault: break\n}"
        #expect(run(fallthroughCode).printedText == "one\n")
        #expect(failure(fallthroughCode)?.hasPrefix("5:18: index out of range") == true)
    }

    @Test func sliceAndSwapOutOfRange() {
        #expect(failure("let a = [1, 2, 3]\nprint(a[..<4])") == "2:8: slice 0..<4 out of range (count 3)")
        #expect(failure("let a = [1, 2, 3]\nprint(a[2...5])") == "2:8: slice 2..<6 out of range (count 3)")
        #expect(failure("var b = [3, 1]\nb.swapAt(0, 2)") == "2:3: Index out of range")
        #expect(
            failure("let s = \"abc\"\nprint(s[s.index(s.startIndex, offsetBy: 3)])")
                == "2:8: String index is out of bounds")
    }

    @Test func errorInADeclaredSubscriptCarriesTheCallSite() {
        let code = "struct M {\n  var d = [1.0]\n  subscript(i: Int) -> Double { d[i] }\n}\nlet m = M()\nprint(m[3])"
        #expect(failure(code) == "3:34: index out of range (index 3, count 1) (in subscript called at 6:8)")
    }

    @Test func divisionByZeroInsideNewerConstructs() {
        #expect(failure("let q = 7.quotientAndRemainder(dividingBy: 0)") == "1:11: division by zero")
        #expect(failure("var (a, b) = (1, 2)\n(a, b) = (b, a / (b - 2))") == "2:16: division by zero")
        #expect(
            output("print(Int.max.addingReportingOverflow(1))")
                == "(partialValue: -9223372036854775808, overflow: true)\n")
    }

    @Test func deepRecursionIsAtTheRecursiveCall() {
        let code = "func f(_ n: Int) -> Int {\n  n == 0 ? 0 : 1 + f(n - 1)\n}\nprint(f(100000))"
        #expect(failure(code)?.hasPrefix("2:20: call depth limit of 10000 exceeded") == true)
    }

    @Test func unsupportedExtensionsAreNamed() {
        #expect(failure("extension Array {\n  var x = 1\n}") == "2:3: extensions must not contain stored properties")
        #expect(
            failure("extension Dictionary {\n  var twice: Int { 2 }\n}")?.hasPrefix(
                "1:11: extensions of 'Dictionary' are not supported in notes") == true)
        #expect(failure("extension Int {\n  var x = 1\n}") == "2:3: extensions must not contain stored properties")
        #expect(output("extension Int {\n  var twice: Int { self * 2 }\n}\nprint(21.twice)") == "42\n")
    }

    @Test func aRadixOutsideTwoToThirtySixTrapsAsInSwift() {
        #expect(failure("let r = 1\nprint(String(5, radix: r))") == "2:7: Radix must be between 2 and 36")
        #expect(failure("print(Int(\"7\", radix: 37) ?? 0)") == "1:7: Radix must be between 2 and 36")
        #expect(output("print(String(-10, radix: 2), Int(\"-z\", radix: 36) ?? 0)") == "-1010 -35\n")
    }
}
