import Foundation
import Testing

@testable import FolioScript

/// Tuples of scalars in register form (`RegisterCompiler+Tuples.swift`): which functions
/// qualify, and that they give the closures' results and labels. (The conformance program
/// `Functions/399` checks the results against swiftc.)
@Suite struct RegisterTupleTests {
    @Test func functionsOverTuplesOfScalarsKeepTheirClosuresOtherwise() {
        let names = functionsInRegisterForm(
            """
            struct P { var x: Double }
            func pairs(_ n: Int) -> (Int, Int) { (n, n * n) }
            func labelled(_ x: Double) -> (value: Double, square: Double) { (x, x * x) }
            func first(_ t: (Int, Int)) -> Int { t.0 }
            func named(_ t: (a: Int, b: Int)) -> Int { t.b - t.a }
            func decomposed(_ n: Int) -> Int { let (a, b) = pairs(n)\n return a + b }
            func withStruct(_ p: P) -> (Double, P) { (p.x, p) }
            func withString(_ n: Int) -> (Int, String) { (n, "n") }
            func ofArrays(_ xs: [Int]) -> [(Int, Int)] { [] }
            func swapInout(_ t: inout (Int, Int)) { t = (t.1, t.0) }
            func compared(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a == b }
            func assignedByPattern(_ n: Int) -> Int { var (a, b) = (n, 1)\n (a, b) = (b, a)\n return a }
            """)
        #expect(names == ["pairs", "labelled", "first", "named", "decomposed"])
    }

    /// Results crossing to the closures carry the declared labels, as the closures relabel
    /// them; an unlabelled result crosses unlabelled.
    @Test(arguments: [
        ("func f(_ x: Int) -> (a: Int, b: Int) { (x, x + 1) }\nprint(f(1), f(2).b)", false),
        ("func f(_ x: Int) -> (Int, Int) { (x, x + 1) }\nlet t: (p: Int, q: Int) = f(3)\nprint(f(1), t, t.q)", false),
        (
            "func f(_ x: Double) -> (Double, Bool) { (x, x > 0) }\nvar t = f(-1)\nfor i in 0..<3 { t = f(Double(i)) }\nprint(t)",
            false
        ),
        (
            "func f(_ x: Int) -> (Int, Int) { let t = x > 0 ? (x, 1) : (0, x)\n return x > 5 ? (t.1, t.0) : t }\nprint(f(-2), f(3), f(9))",
            false
        ),
        (
            "func f(_ t: (Int, Int)) -> Int { t.0 * 4_000_000_000_000_000_000 + t.1 }\nprint(f((0, 1)))\nprint(f((3, 1)))",
            true
        ),
    ])
    func resultsAreTheClosuresResults(_ code: String, traps: Bool) {
        #expect(registerFunctionNames(expectSameBothWays(code, traps: traps)).contains("f"))
    }

    @Test func conformanceProgramRunsTheSameBothWays() throws {
        let session = expectSameBothWays(
            try packageFile("Tests/FolioScriptTests/Conformance/Functions/399_tuples_of_numbers.swift"))
        #expect(registerFunctionNames(session) == ["minMax", "range", "stats", "step", "swapped", "spread"])
    }
}
