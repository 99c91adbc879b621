import FolioScript
import Testing

/// The unboxed `Int`/`Bool` paths and the call stack of owned frames keep the semantics of
/// the boxed paths: traps at the operator with the call stack, the depth limit at the call,
/// fresh frames for closures that outlive a call.
@Suite struct UnboxedPathTests {
    @Test func overflowInsideARecursiveIntFunctionIsReportedAtTheOperator() {
        let code = """
            func grow(_ n: Int) -> Int { n > 1 << 61 ? n * 4 : grow(n * 2) }
            print(grow(1))
            """
        let stop = stop(code)
        #expect(stop == Stop(.arithmeticOverflow, at: "1:46"))
        #expect(stop?.calls.first == "grow called at 1:52")
    }

    @Test func depthLimitStopsUnboundedIntRecursionAtTheCall() {
        let session = ScriptSession(file: "t.md")
        session.maxCallDepth = 500
        let result = run("func down(_ n: Int) -> Int { n < 0 ? 0 : down(n + 1) + 1 }\nprint(down(0))", in: session)
        #expect(result.error?.id == .recursionDepth)
        #expect(result.error?.line == 1)
        #expect(result.error?.column == 42)
    }

    @Test func boolPathsShortCircuitAndNegate() {
        let code = """
            func isEven(_ n: Int) -> Bool { n == 0 ? true : !isEven(n - 1) }
            var calls = 0
            func touch(_ b: Bool) -> Bool { calls += 1; return b }
            let flag = false
            if isEven(10) && !isEven(7) || touch(true) { print("yes") }
            if flag && touch(true) { print("no") }
            while !flag && calls < 2 { calls = touch(false) ? 0 : calls + 2 }
            print(isEven(9), calls, flag ? 1 : 2)
            """
        #expect(output(code) == "yes\nfalse 3 2\n")
    }

    @Test func closuresKeepTheFramesOfTheCallsThatMadeThem() {
        let code = """
            func adders(_ n: Int) -> [() -> Int] { n == 0 ? [] : adders(n - 1) + [{ n * 10 }] }
            func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
            let made = adders(4)
            print(depth(50), made.map { $0() })
            """
        #expect(output(code) == "50 [10, 20, 30, 40]\n")
    }

    @Test func errorsInsideStackFramesLeaveTheFunctionCallable() {
        let session = ScriptSession(file: "t.md")
        let first = run("func inv(_ n: Int) -> Int { n == 0 ? 1 / n : n + inv(n - 1) }\nprint(inv(3))", in: session)
        #expect(first.error?.id == .divisionByZero)
        let second = run(
            "func tri(_ n: Int) -> Int { n == 0 ? 0 : n + tri(n - 1) }\nprint(tri(100), tri(3))", in: session, block: 1)
        #expect(second.printedText == "5050 6\n")
    }
}
