import FolioNumerics
import FolioScript
import Testing

@Suite struct RandomTests {
    @Test func drawsMatchCompiledSwiftWithTheBlockStream() {
        let session = ScriptSession(file: "r.md", seed: 42)
        let result = run(
            "print(Double.random(in: 0..<1), Double.random(in: -2...2), Int.random(in: 1...6), Bool.random())",
            in: session, block: 3)
        var stream = RandomStream(key: RandomKey(seed: 42).foldIn(3))
        let a = Double.random(in: 0..<1, using: &stream)
        let b = Double.random(in: -2...2, using: &stream)
        let c = Int.random(in: 1...6, using: &stream)
        let d = Bool.random(using: &stream)
        #expect(result.printedText == "\(a) \(b) \(c) \(d)\n")
    }

    @Test func rerunningABlockReproducesItsNumbers() {
        let code = "var s = 0.0\nfor _ in 0..<10 { s += Double.random(in: 0..<1) }\nprint(s)"
        let first = run(code, in: ScriptSession(file: "r.md", seed: 7), block: 2).printedText
        let session = ScriptSession(file: "r.md", seed: 7)
        _ = run("print(Double.random(in: 0..<1))", in: session, block: 1)
        let second = run(code, in: session, block: 2).printedText
        #expect(first == second)
        let other = run(code, in: ScriptSession(file: "r.md", seed: 7), block: 3).printedText
        #expect(first != other)
    }

    @Test func emptyRangeIsAnError() {
        #expect(stop("let x = 1.0\nprint(Double.random(in: x..<x))") == Stop(.invalidRange, at: "2:14"))
    }
}
