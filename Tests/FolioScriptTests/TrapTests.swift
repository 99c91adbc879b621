import FolioScript
import Testing

@Suite struct TrapTests {
    @Test func overflowTrapsAtTheOperator() {
        #expect(failure("let a = Int.max\nlet b = a + 1") == "2:11: arithmetic overflow")
        #expect(failure("var m = Int.min\nm -= 1") == "2:3: arithmetic overflow")
        #expect(failure("let x = Int.max\n  let y = x * 2", line: 10, column: 3) == "11:15: arithmetic overflow")
        #expect(output("print(Int.max &+ 1)") == "-9223372036854775808\n")
    }

    @Test func divisionByZero() {
        #expect(failure("let z = 0\nprint(1 / z)") == "2:9: division by zero")
        #expect(failure("let z = 0\nprint(1 % z)") == "2:9: division by zero in remainder operation")
        #expect(output("let z = 0.0\nprint(1 / z, -1 / z)") == "inf -inf\n")
    }

    @Test func indexOutOfRange() {
        #expect(failure("let a = [1, 2, 3]\nprint(a[3])")?.hasPrefix("2:8: index out of range") == true)
        #expect(failure("var a = [1]\na[-1] = 2")?.hasPrefix("2:7: index out of range") == true)
    }

    @Test func outputBeforeATrapIsKept() {
        let result = run("print(\"before\")\nlet a = [1]\nprint(a[1])\nprint(\"after\")")
        #expect(result.printedText == "before\n")
        #expect(result.error?.line == 3)
    }

    @Test func budgetStopsAnInfiniteLoop() {
        let session = ScriptSession(file: "t.md")
        session.timeBudget = .milliseconds(50)
        let result = session.run("var i = 0\nwhile true {\n  i &+= 1\n}", line: 5, column: 1, blockIndex: 0)
        #expect(result.error?.id == .timeLimit)
        #expect(result.error?.line == 6)
    }

    @Test func deepRecursionIsAnError() {
        let code = "func f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))"
        #expect(failure(code)?.contains("call depth limit") == true)
    }
}
