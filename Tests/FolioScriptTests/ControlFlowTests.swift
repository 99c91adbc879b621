import FolioScript
import Testing

@Suite struct ControlFlowTests {
    @Test func ifElseChains() {
        let code = """
            for x in [1, 5, 10] {
                if x < 3 { print("small") } else if x < 7 { print("medium") } else { print("large") }
            }
            """
        #expect(output(code) == "small\nmedium\nlarge\n")
    }

    @Test func loopsBreakContinue() {
        let code = """
            var s = 0
            for i in 0..<10 {
                if i % 2 == 0 { continue }
                if i > 7 { break }
                s += i
            }
            var j = 0
            while j < 3 { j += 1 }
            repeat { j -= 1 } while j > 1
            for _ in 1...2 { s += 100 }
            print(s, j)
            """
        #expect(output(code) == "216 1\n")
    }

    @Test func strides() {
        #expect(output("for i in stride(from: 0, to: 10, by: 3) { print(i, terminator: \" \") }") == "0 3 6 9 ")
        #expect(output("for i in stride(from: 3, through: 0, by: -1) { print(i, terminator: \" \") }") == "3 2 1 0 ")
        #expect(
            output("for x in stride(from: 0.0, through: 1.0, by: 0.25) { print(x, terminator: \" \") }")
                == "0.0 0.25 0.5 0.75 1.0 ")
    }

    @Test func emptyAndReversedRanges() {
        #expect(output("for i in 0..<0 { print(i) }\nprint(\"done\")") == "done\n")
        #expect(stop("let n = -1\nfor i in 0..<n { print(i) }") == Stop(.invalidRange, at: "2:10"))
    }

    @Test func ternaryAndShortCircuit() {
        let code = """
            let a = [1, 2]
            let i = 5
            print(i < a.count && a[i] == 1, i >= a.count || a[i] == 1, i > 2 ? "big" : "small")
            """
        #expect(output(code) == "false true big\n")
    }

    @Test func breakOutsideALoopIsAnError() {
        #expect(stop("break") == Stop(.misplacedControlTransfer, at: "1:1"))
        #expect(stop("return") == Stop(.invalidReturn, at: "1:1"))
    }
}
