import FolioScript
import Testing

@Suite struct TrapTests {
    @Test func overflowTrapsAtTheOperator() {
        #expect(stop("let a = Int.max\nlet b = a + 1") == Stop(.arithmeticOverflow, at: "2:11"))
        #expect(stop("var m = Int.min\nm -= 1") == Stop(.arithmeticOverflow, at: "2:3"))
        #expect(stop("let x = Int.max\n  let y = x * 2", line: 10, column: 3) == Stop(.arithmeticOverflow, at: "11:15"))
        #expect(output("print(Int.max &+ 1)") == "-9223372036854775808\n")
    }

    @Test func divisionByZero() {
        #expect(stop("let z = 0\nprint(1 / z)") == Stop(.divisionByZero, at: "2:9"))
        #expect(stop("let z = 0\nprint(1 % z)") == Stop(.divisionByZero, at: "2:9"))
        #expect(output("let z = 0.0\nprint(1 / z, -1 / z)") == "inf -inf\n")
    }

    @Test func indexOutOfRange() {
        #expect(stop("let a = [1, 2, 3]\nprint(a[3])") == Stop(.indexOutOfRange, at: "2:8"))
        #expect(stop("var a = [1]\na[-1] = 2") == Stop(.indexOutOfRange, at: "2:7"))
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
        #expect(stop(code) == Stop(.recursionDepth, at: "1:27"))
    }
}
