import FolioScript
import Testing

@Suite struct FunctionTests {
    @Test func labelsAndRecursion() {
        let code = """
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            func scale(_ x: Double, by factor: Double) -> Double {
                return x * factor
            }
            func greet(name: String) { print("hi \\(name)") }
            print(fib(20), scale(2, by: 1.5))
            greet(name: "ada")
            """
        #expect(output(code) == "6765 3.0\nhi ada\n")
    }

    @Test func wrongLabelsAreErrors() {
        let prelude = "func scale(_ x: Double, by factor: Double) -> Double { x * factor }\n"
        #expect(stop(prelude + "scale(2, 3)") == Stop(.wrongArgumentLabels, at: "2:1"))
        #expect(stop(prelude + "scale(x: 2, by: 3)") == Stop(.wrongArgumentLabels, at: "2:1"))
        #expect(
            stop(prelude + "scale(2, with: 3)") == Stop(.wrongArgumentLabels, at: "2:1"))
    }

    @Test func callsBeforeDeclarationInTheSameBlockAndMutualRecursion() {
        let code = """
            print(isEven(10))
            func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
            func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
            """
        #expect(output(code) == "true\n")
    }

    @Test func returnTypeIsChecked() {
        #expect(
            stop("func f() -> Int { return 1.5 }") == Stop(.typeMismatch, at: "1:26"))
        let missing = stop("func f(_ x: Int) -> Int {\n  if x > 0 { return 1 }\n}\nprint(f(-1))")
        #expect(missing == Stop(.missingReturn, at: "3:1"))
        #expect(missing?.calls == ["f called at 4:7"])
    }

    @Test func functionsSeeGlobalsAndEarlyReturn() {
        let code = """
            var calls = 0
            func firstOver(_ limit: Int, in values: [Int]) -> Int {
                calls += 1
                for v in values where v > limit { return v }
                return -1
            }
            print(firstOver(2, in: [1, 3, 5]), firstOver(9, in: [1]), calls)
            """
        #expect(output(code) == "3 -1 2\n")
    }
}
