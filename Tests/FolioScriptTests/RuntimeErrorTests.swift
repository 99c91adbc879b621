import FolioScript
import Testing

@Suite struct RuntimeErrorTests {
    @Test func nilUnwrapTrapsAtTheBang() {
        #expect(
            stop("let a: Int? = nil\nprint(a!)") == Stop(.forceUnwrapNil, at: "2:8"))
    }

    @Test func runtimeErrorsCarryTheCallStack() {
        let code = "func f(_ a: [Int]) -> Int {\n  a[5]\n}\nfunc g() -> Int { f([1]) }\nprint(g())"
        #expect(stop(code) == Stop(.indexOutOfRange, at: "2:4"))
        #expect(stop(code)?.calls == ["f called at 4:19", "g called at 5:7"])
    }

    @Test func nanToIntIsAnError() {
        #expect(
            stop("let x = Double.nan\nprint(Int(x))") == Stop(.conversionOutOfRange, at: "2:7"))
    }

    /// Fixed-width integers trap where Swift's do: overflow at their own width, a conversion
    /// that does not fit, a negative literal for an unsigned type (a static error).
    @Test func fixedWidthIntegersTrapAtTheirWidth() {
        #expect(stop("let x: UInt8 = 255\nlet y = x + 1") == Stop(.arithmeticOverflow, at: "2:11"))
        #expect(stop("let x: Int8 = -128\nlet y = -x") == Stop(.arithmeticOverflow, at: "2:9"))
        #expect(stop("let n = 300\nlet b = UInt8(n)") == Stop(.arithmeticOverflow, at: "2:9"))
        #expect(
            stop("let b: UInt16 = -1") == Stop(.invalidLiteral, at: "1:17"))
        #expect(stop("let b: Int8 = 128") == Stop(.invalidLiteral, at: "1:15"))
        #expect(stop("let a: UInt8 = 1\nlet b: Int = 2\nlet c = a + b") == Stop(.invalidOperands, at: "3:11"))
    }

    @Test func uncaughtThrowIsAnErrorAtTheThrow() {
        let code = "enum E: Error { case bad }\nfunc f() throws { throw E.bad }\ntry f()"
        #expect(stop(code) == Stop(.uncaughtError, at: "2:19"))
    }

    @Test func unsupportedConstructsAreNamed() {
        #expect(stop("actor A {}") == Stop(.unsupportedConcurrency, at: "1:1"))
        #expect(
            stop("func outer(n: Int) { func f<T>(_ x: T) -> Int { n } }") == Stop(.unsupportedGenerics, at: "1:49"))
        #expect(stop("let x = 1\nlet f = { () async in x }") == Stop(.unsupportedConcurrency, at: "2:11"))
    }

    @Test func switchMustBeExhaustive() {
        #expect(stop("let x = 1\nswitch x {\ncase 1: print(1)\n}") == Stop(.nonExhaustiveSwitch, at: "2:1"))
    }

    @Test func closuresCaptureByReference() {
        #expect(output("var n = 0\nlet f = { n += 1 }\nf()\nf()\nprint(n)") == "2\n")
    }

    @Test func memoryBudgetIsAnErrorAtTheLine() {
        #expect(
            stop("var s = \"ab\"\nfor _ in 0..<40 { s += s }") == Stop(.memoryLimit, at: "2:21"))
        #expect(
            stop("let a = [Int](repeating: 0, count: 1_000_000_000)") == Stop(.memoryLimit, at: "1:9"))
    }

    @Test func fatalErrorStopsWithItsMessage() {
        #expect(stop("let x = 3\nif x > 2 { fatalError(\"too big\") }") == Stop(.fatalError, at: "2:12"))
    }

    @Test func syntaxErrorIsAtItsLineAndColumn() {
        #expect(stop("let x = [1, 2\nprint(x)") == Stop(.syntaxError, at: "1:14"))
        #expect(stop("print(1)\nlet = 3", line: 20, column: 5) == Stop(.syntaxError, at: "21:9"))
    }

    @Test func runtimeErrorInASwitchArmIsAtItsOwnLine() {
        let code = "let x: Int? = nil\nswitch x {\ncase .some(let v): print(v)\ncase .none: print(x!)\n}"
        #expect(stop(code) == Stop(.forceUnwrapNil, at: "4:20"))
        let fallthroughCode =
            "let n = 1\nswitch n {\ncase 1: print(\"one\")\n  fallthrough\ncase 2: print([0][n])\ndefault: break\n}"
        #expect(run(fallthroughCode).printedText == "one\n")
        #expect(stop(fallthroughCode) == Stop(.indexOutOfRange, at: "5:18"))
    }

    @Test func sliceAndSwapOutOfRange() {
        #expect(stop("let a = [1, 2, 3]\nprint(a[..<4])") == Stop(.indexOutOfRange, at: "2:8"))
        #expect(stop("let a = [1, 2, 3]\nprint(a[2...5])") == Stop(.indexOutOfRange, at: "2:8"))
        #expect(stop("var b = [3, 1]\nb.swapAt(0, 2)") == Stop(.indexOutOfRange, at: "2:3"))
        #expect(
            stop("let s = \"abc\"\nprint(s[s.index(s.startIndex, offsetBy: 3)])") == Stop(.indexOutOfRange, at: "2:8"))
    }

    @Test func errorInADeclaredSubscriptCarriesTheCallSite() {
        let code = "struct M {\n  var d = [1.0]\n  subscript(i: Int) -> Double { d[i] }\n}\nlet m = M()\nprint(m[3])"
        #expect(stop(code) == Stop(.indexOutOfRange, at: "3:34"))
        #expect(stop(code)?.calls == ["subscript called at 6:8"])
    }

    @Test func divisionByZeroInsideNewerConstructs() {
        #expect(stop("let q = 7.quotientAndRemainder(dividingBy: 0)") == Stop(.divisionByZero, at: "1:11"))
        #expect(stop("var (a, b) = (1, 2)\n(a, b) = (b, a / (b - 2))") == Stop(.divisionByZero, at: "2:16"))
        #expect(
            output("print(Int.max.addingReportingOverflow(1))")
                == "(partialValue: -9223372036854775808, overflow: true)\n")
    }

    @Test func deepRecursionIsAtTheRecursiveCall() {
        let code = "func f(_ n: Int) -> Int {\n  n == 0 ? 0 : 1 + f(n - 1)\n}\nprint(f(100000))"
        #expect(stop(code) == Stop(.recursionDepth, at: "2:20"))
    }

    @Test func unsupportedExtensionsAreNamed() {
        #expect(stop("extension Array {\n  var x = 1\n}") == Stop(.invalidDeclaration, at: "2:3"))
        #expect(
            stop("extension Dictionary {\n  var twice: Int { 2 }\n}") == Stop(.unsupportedGenerics, at: "1:11"))
        #expect(stop("extension Int {\n  var x = 1\n}") == Stop(.invalidDeclaration, at: "2:3"))
        #expect(output("extension Int {\n  var twice: Int { self * 2 }\n}\nprint(21.twice)") == "42\n")
    }

    @Test func aRadixOutsideTwoToThirtySixTrapsAsInSwift() {
        #expect(stop("let r = 1\nprint(String(5, radix: r))") == Stop(.preconditionFailure, at: "2:7"))
        #expect(stop("print(Int(\"7\", radix: 37) ?? 0)") == Stop(.preconditionFailure, at: "1:7"))
        #expect(output("print(String(-10, radix: 2), Int(\"-z\", radix: 36) ?? 0)") == "-1010 -35\n")
    }
}
