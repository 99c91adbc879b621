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
            failure("let n = 3\nlet d = 2.5\nlet s = n + d")
                == "3:11: binary operator '+' cannot be applied to operands of type 'Int' and 'Double'")
        #expect(failure("let x: Int = 1.5") == "1:14: cannot convert value of type 'Double' to specified type 'Int'")
        #expect(
            failure("let n = 2\nlet y = sqrt(n)")
                == "2:14: cannot convert value of type 'Int' to expected argument type 'Double'")
        #expect(output("let n = 2\nprint(sqrt(Double(n)))") == "1.4142135623730951\n")
    }

    @Test func unknownNamesAndUnsupportedConstructs() {
        #expect(failure("print(y)") == "1:7: cannot find 'y' in scope")
        #expect(failure("actor A {}") == "1:1: `actor` is not supported in notes")
        #expect(
            failure("@propertyWrapper struct W {}")
                == "1:25: property wrapper type 'W' does not contain a non-static property named 'wrappedValue'")
        #expect(
            failure("@dynamicMemberLookup struct W {}")
                == "1:1: attribute '@dynamicMemberLookup' is not supported in notes")
        #expect(failure("let x = 1\nx = 2") == "2:1: cannot assign to value: 'x' is a 'let' constant")
        #expect(failure("let e = []") == "1:9: empty collection literal requires an explicit type")
    }

    @Test func literalOverflowIsAnError() {
        #expect(failure("let x = 9223372036854775808")?.contains("overflows when stored into 'Int'") == true)
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
        #expect(failure("let d = Double.nan\nlet i = Int(d)")?.contains("infinite or NaN") == true)
        #expect(failure("let i = Int(1e300)")?.contains("greater than Int.max") == true)
    }
}

@Suite struct StringLiteralTests {
    @Test func multiLineAndRawStrings() {
        let code =
            "let n = 2\nlet s = \"\"\"\n    first \\(n)\n      second\\tx\n    \"\"\"\nprint(s)\nprint(#\"raw \\n\"#)"
        #expect(output(code) == "first 2\n  second\tx\nraw \\n\n")
    }
}
