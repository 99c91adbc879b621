import Foundation
import Testing

@testable import FolioScript

/// Closures inlined in register form (`RegisterCompiler+Closures.swift`): which functions
/// qualify, and that they give the closures' results, traps, locations and stack traces.
@Suite struct RegisterClosureTests {
    @Test func functionsPassingClosureLiteralsToArrayMethodsQualify() {
        let names = functionsInRegisterForm(
            """
            struct P { var x: Double; var y: Double }
            func squares(_ xs: [Double]) -> [Double] { xs.map { $0 * $0 } }
            func evens(_ n: Int) -> [Int] { (0..<n).filter { $0 % 2 == 0 } }
            func total(_ xs: [Double]) -> Double { xs.reduce(0, +) }
            func weighted(_ xs: [Int], _ w: Int) -> Int { xs.reduce(0) { acc, x in acc + w * x } }
            func anyNegative(_ xs: [Double]) -> Bool { xs.contains { $0 < 0 } }
            func allSmall(_ xs: [Int]) -> Bool { xs.allSatisfy { x in x < 10 } }
            func xs(_ ps: [P]) -> [Double] { ps.map { $0.x } }
            func counted(_ xs: [Int]) -> Int { var n = 0\n xs.forEach { if $0 > 1 { n += 1 } }\n return n }
            func strings(_ xs: [Int]) -> [String] { xs.map { "\\($0)" } }
            func escaping(_ xs: [Int]) -> Int { let f = { (x: Int) in x + 1 }\n return f(xs.count) }
            func sorted(_ xs: [Double]) -> [Double] { xs.sorted { $0 > $1 } }
            func maximum(_ xs: [Int]) -> Int { xs.reduce(0, max) }
            func captured(_ xs: [Int]) -> [Int] { xs.map { [xs] x in x + xs.count } }
            """)
        #expect(
            names == ["squares", "evens", "total", "weighted", "anyNegative", "allSmall", "xs", "counted", "sorted"])
    }

    @Test(arguments: [
        "func f(_ xs: [Double], _ k: Double) -> [Double] { xs.map { $0 * k + 1 }.filter { $0 > 2 } }\nprint(f([0.5, 1, 2, 3], 1.5))",
        "func f(_ n: Int) -> Int { (1...n).map { $0 * $0 }.reduce(0) { $0 + $1 } }\nprint(f(10), f(1), f(2) == 5)",
        "func f(_ n: Int) -> Int { (0..<n).reduce(7, +) }\nprint(f(0), f(5))",
        "func f(_ xs: [Int]) -> (Bool, Bool) { (xs.contains { $0 > 3 }, xs.allSatisfy { $0 > 0 }) }\nprint(f([1, 2, 3]), f([4, -1]), f([]))",
        // A closure reading and writing what it captures; a `return` from a closure of statements.
        "func f(_ xs: [Int]) -> [Int] { var seen = 0\n return xs.map { x -> Int in\n seen += x\n if x < 0 { return -seen }\n return seen } }\nprint(f([1, -2, 3, 4]))",
        // The variable assigned gets the result when the call ends.
        "func f(_ n: Int) -> [Int] { var xs = [Int](repeating: 1, count: n)\n xs = xs.map { $0 + xs.count }\n return xs }\nprint(f(3))",
        // An index is read before the right side runs a closure that changes it.
        "func f(_ n: Int) -> [Int] { var xs = [Int](repeating: 0, count: n)\n var i = 0\n xs[i] += (0..<2).map { _ -> Int in\n i += 1\n return i }.reduce(0, +)\n return xs }\nprint(f(3))",
        // Nested closures, each with its own `$0`.
        "func f(_ n: Int) -> [Int] { (0..<n).map { i in (0..<i).filter { $0 % 2 == 1 }.reduce(i) { $0 * 10 + $1 } } }\nprint(f(6))",
        // Structs as elements and as results.
        "struct P { var x: Double; var y: Double }\nfunc f(_ ps: [P]) -> [P] { ps.map { P(x: $0.y, y: $0.x + 1) }.filter { p in p.x < 3 } }\nprint(f([P(x: 1, y: 2), P(x: 5, y: 4)]))",
        // An early exit from `contains` lets the loop's copy go (the append does not copy).
        "func f(_ n: Int) -> Int { var xs = [Int](repeating: 0, count: n)\n var hits = 0\n for i in 0..<n { if xs.contains(where: { $0 == 0 }) { hits += 1 }\n xs[i] = 1 }\n return hits }\nprint(f(5))",
        // A top-level loop.
        "let xs = [1.5, 2.5, 3.5]\nvar total = 0.0\nfor k in 0..<3 { let shift = Double(k)\n total += xs.map { $0 + shift }.filter { $0 > 2 }.reduce(0, +) }\nprint(total)",
    ])
    func resultsAreTheClosuresResults(_ code: String) {
        let session = expectSameBothWays(code)
        #expect(code.hasPrefix("let") || registerFunctionNames(session).contains("f"))
    }

    /// `sorted(by:)` and `sort(by:)`: a comparator that is one standard comparison sorts by it,
    /// any other runs as a subroutine; both give the closures' order (equal elements too, and
    /// NaNs, which no strict order holds).
    @Test(arguments: [
        "func f(_ n: Int) -> [Int] { var xs: [Int] = []\n for i in 0..<n { xs.append(i * 7 % 10) }\n return xs.sorted { $0 > $1 } }\nprint(f(12))",
        "func f(_ n: Int) -> [Double] { var xs: [Double] = []\n for i in 0..<n { xs.append(i % 4 == 0 ? -1.5 : Double(i * 7 % 10)) }\n xs.sort { $1 < $0 }\n return xs }\nprint(f(12))",
        "func f(_ n: Int) -> [Double] { var xs: [Double] = []\n for i in 0..<n { xs.append(Double(i * 7 % 10) - 4.5) }\n return xs.sorted { abs($0) < abs($1) } }\nprint(f(12))",
        "func f(_ n: Int) -> [Int] { var xs: [Int] = []\n for i in 0..<n { xs.append(i * 7 % 10) }\n xs.sort { a, b in\n if a % 3 != b % 3 { return a % 3 < b % 3 }\n return a > b }\n return xs }\nprint(f(30))",
        "struct P { var x: Double; var y: Int }\nfunc f(_ n: Int) -> [P] { var ps: [P] = []\n for i in 0..<n { ps.append(P(x: Double(i % 3), y: i)) }\n return ps.sorted { $0.x > $1.x } }\nprint(f(7))",
        "func f(_ xs: [Int], _ ys: [Double]) -> [Double] { var zs = ys\n zs.sort(by: <=)\n let top = xs.sorted(by: >)\n return zs.map { $0 * 10 + Double(top[1]) } }\nprint(f([3, 1, 2, 4], [2.5, -1, 0]))",
        "func f(_ xs: [Int], _ k: Int) -> [Int] { var calls = 0\n let ys = xs.sorted { calls += 1\n return ($0 - k) * ($0 - k) < ($1 - k) * ($1 - k) }\n return ys.map { $0 * 100 + calls } }\nprint(f([5, 1, 9, 3, 7, 2], 4))",
    ])
    func sortsAreTheClosuresSorts(_ code: String) {
        #expect(registerFunctionNames(expectSameBothWays(code)).contains("f"))
    }

    /// Traps inside an inlined closure: the same error, location and stack trace ("closure
    /// called at …" under the function's own) as a called closure's.
    @Test(arguments: [
        "func f(_ xs: [Int]) -> [Int] { xs.map { $0 * 4_611_686_018_427_387_904 } }\nprint(f([0, 1]))\nprint(f([2]))",
        "func f(_ xs: [Int], _ ys: [Int]) -> [Int] { xs.map { ys[$0] } }\nprint(f([0, 1], [5, 6]))\nprint(f([0, 2], [5]))",
        "func f(_ xs: [Int], _ start: Int) -> Int { xs.reduce(start, +) }\nlet start = Int.max - 1\nprint(f([1], start))\nprint(f([1, 1], start))",
        "func f(_ n: Int) -> [Int] { (n..<3).map { $0 } }\nprint(f(1))\nprint(f(5))",
        "func f(_ n: Int) -> [Int] { (0...n).map { 10 / (n - $0) } }\nprint(f(3))",
        "func f(_ n: Int) -> Int { (0..<n).map { i in (0..<2).map { 6 / (i - $0) }.count }.count }\nprint(f(3))",
        // Recursion through an inlined closure: the depth limit is reached at the same call.
        "func f(_ n: Int) -> Int { n == 0 ? 0 : (0..<1).map { _ in f(n - 1) + 1 }.reduce(0, +) }\nprint(f(10))\nprint(f(100_000))",
        "func f(_ xs: [Int]) -> [Int] { xs.sorted { 10 / $0 < 10 / $1 } }\nprint(f([3, 1, 2]))\nprint(f([3, 0, 2]))",
        "func f(_ xs: [Double]) -> [Double] { xs.filter { x in\n if x > 1 { return true }\n if x < 0 { return false }\n return Int(x * 1e30) > 0 } }\nprint(f([2, -1]))\nprint(f([0.5]))",
    ])
    func trapsAreTheClosuresTraps(_ code: String) {
        #expect(registerFunctionNames(expectSameBothWays(code, traps: true)).contains("f"))
    }
}
