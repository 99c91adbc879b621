import Testing

@testable import FolioScript

/// One-expression closures called per element in one reused frame (`HoistedCall`): errors are
/// reported as a call's are, and each call sees its own arguments and the current captures.
@Suite struct HoistedCallTests {
    @Test func anErrorInAComparatorNamesTheClosureCall() {
        let code = """
            let xs = [3, 0, 2]
            let s = xs.sorted { 10 / $0 < 10 / $1 }
            """
        #expect(stop(code) == Stop(.divisionByZero, at: "2:24"))
        #expect(stop(code)?.calls == ["closure called at 2:19"])
    }

    @Test func aTrapInAMapClosureNamesTheFunctionPassed() {
        let code = """
            func half(_ x: Int) -> Int { x / (x - 2) }
            print([1, 2].map(half))
            """
        #expect(stop(code) == Stop(.divisionByZero, at: "1:32"))
        #expect(stop(code)?.calls == ["half called at 2:18"])
    }

    @Test func aClosureSeesTheCaptureOfItsOwnRound() {
        let code = """
            var out: [Int] = []
            for k in 1...3 { out += [1, 2].map { $0 * k } }
            print(out)
            """
        #expect(output(code) == "[1, 2, 2, 4, 3, 6]\n")
    }

    @Test func aComparatorCallingTheSortedFunctionAgainUsesItsOwnFrame() {
        let code = """
            func rank(_ x: Int) -> Int { [x, 1].sorted { $0 < $1 }[0] }
            print([5, 0, 3].sorted { rank($0) > rank($1) })
            """
        #expect(output(code) == "[5, 3, 0]\n")
    }
}
