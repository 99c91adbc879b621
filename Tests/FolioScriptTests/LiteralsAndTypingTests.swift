import FolioScript
import Testing

@Suite struct LiteralsAndTypingTests {
    @Test func integerLiteralsTakeTheContextType() {
        #expect(output("let x: Double = 1\nprint(x)") == "1.0\n")
        #expect(output("print(2 * 3.5)") == "7.0\n")
        #expect(output("let w: Double = 4\nprint(w - 1)") == "3.0\n")
        #expect(output("let a: [Double] = [1, 2]\nprint(a)") == "[1.0, 2.0]\n")
        #expect(output("print(1_000, 0x1F, 0b101, 1e-12)") == "1000 31 5 1e-12\n")
        #expect(output("let h = 7 / 2\nprint(h, 7.0 / 2)") == "3 3.5\n")
    }

    @Test func intAndDoubleDoNotMix() {
        #expect(
            stop("let n = 3\nlet d = 2.5\nlet s = n + d") == Stop(.invalidOperands, at: "3:11"))
        #expect(stop("let x: Int = 1.5") == Stop(.typeMismatch, at: "1:14"))
        #expect(
            stop("let n = 2\nlet y = sqrt(n)") == Stop(.typeMismatch, at: "2:14"))
        #expect(output("let n = 2\nprint(sqrt(Double(n)))") == "1.4142135623730951\n")
    }

    @Test func unknownNamesAndUnsupportedConstructs() {
        #expect(stop("print(y)") == Stop(.cannotFindInScope, at: "1:7"))
        #expect(stop("actor A {}") == Stop(.unsupportedConcurrency, at: "1:1"))
        #expect(
            stop("@propertyWrapper struct W {}") == Stop(.invalidPropertyWrapper, at: "1:25"))
        #expect(
            stop("@dynamicMemberLookup struct W {}") == Stop(.unsupportedAttribute, at: "1:1"))
        #expect(stop("let x = 1\nx = 2") == Stop(.cannotAssign, at: "2:1"))
        #expect(stop("let e = []") == Stop(.cannotInferType, at: "1:9"))
    }

    @Test func literalOverflowIsAnError() {
        #expect(stop("let x = 9223372036854775808") == Stop(.invalidLiteral, at: "1:9"))
        #expect(output("print(-9223372036854775808)") == "-9223372036854775808\n")
    }

    @Test func stringsAndInterpolation() {
        #expect(
            output(#"let x = 0.1 + 0.2; print("x = \(x), a = \([1, 2]), s = \(["a"])")"#)
                == "x = 0.30000000000000004, a = [1, 2], s = [\"a\"]\n")
        #expect(output(#"print("a" + "b" == "ab", "tab\tend")"#) == "true tab\tend\n")
    }

    @Test func conversions() {
        #expect(output("print(Int(3.9), Int(-3.9), Double(7), String(2.5) + \"!\")") == "3 -3 7.0 2.5!\n")
        #expect(stop("let d = Double.nan\nlet i = Int(d)") == Stop(.conversionOutOfRange, at: "2:9"))
        #expect(stop("let i = Int(1e300)") == Stop(.conversionOutOfRange, at: "1:9"))
    }
}

@Suite struct StringLiteralTests {
    @Test func multiLineAndRawStrings() {
        let code =
            "let n = 2\nlet s = \"\"\"\n    first \\(n)\n      second\\tx\n    \"\"\"\nprint(s)\nprint(#\"raw \\n\"#)"
        #expect(output(code) == "first 2\n  second\tx\nraw \\n\n")
    }
}
