import Foundation
import Testing

@testable import FolioScript

/// Functions in register form (`Registers/`): which functions qualify, and that a block runs
/// the same with them as with the lowered closures, traps and their locations included. (The
/// conformance program `Functions/355` checks the results against swiftc.)
@Suite struct RegisterFormTests {
    private func compiled(_ code: String) -> Set<String> { functionsInRegisterForm(code) }

    @Test func scalarFunctionsQualify() {
        let names = compiled(
            """
            import Foundation
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            func mean(_ a: Double, _ b: Double) -> Double { (a + b) / 2 }
            func isSmall(_ n: Int) -> Bool { n < 10 && n > -10 }
            func loop(_ n: Int) -> Double {
                var s = 0.0
                for i in 0..<n {
                    if i % 3 == 0 { continue }
                    s += sqrt(Double(i))
                }
                return s
            }
            func calls(_ x: Double) -> Double { mean(x, loop(3)) }
            """)
        #expect(names == ["fib", "mean", "isSmall", "loop", "calls"])
    }

    @Test func functionsThatTouchAnythingElseKeepTheirClosures() {
        let names = compiled(
            """
            var counter = 0
            var scale = 2.0
            let label = "x"
            func readsAVarGlobal(_ x: Double) -> Double { x * scale }
            func readsAStringConstant(_ x: Double) -> Int { label.count }
            func writesAGlobal(_ n: Int) -> Int { counter += n; return counter }
            func takesADictionary(_ xs: [String: Double]) -> Double { xs["a"] ?? 0 }
            func sorts(_ xs: [Double]) -> [Double] { xs.sorted() }
            func returnsAString(_ n: Int) -> String { "\\(n)" }
            func throwsError(_ n: Int) throws -> Int { n }
            func generic<T: Comparable>(_ a: T, _ b: T) -> Bool { a < b }
            func usesAClosure(_ n: Int) -> Int { let f = { n + 1 }; return f() }
            // Neither is compiled: `mutual` calls a function not yet in register form.
            func mutual(_ n: Int) -> Int { n <= 0 ? 0 : later(n - 1) }
            func later(_ n: Int) -> Int { n <= 0 ? 0 : mutual(n - 1) }
            func withInout(_ n: inout Int) -> Int { n += 1; return n }
            func counts(_ n: Int) -> Int { "\\(n)".count }
            """)
        #expect(names.isEmpty)
    }

    /// A function reads the `let` constants declared above it (`let dt = 0.01`) from their
    /// slots, and gives the closures' results.
    @Test func functionsReadingGlobalConstantsQualify() {
        let code = """
            let dt = 0.01
            let steps = 1000
            let damped = true
            func simulate(_ x0: Double) -> Double {
                var (x, v) = (x0, 0.0)
                for _ in 0..<steps {
                    v -= x * dt + (damped ? 0.5 * v * dt : 0)
                    x += v * dt
                }
                return x
            }
            func oscillate(_ x0: Double) -> Double {
                var x = x0
                var v = 0.0
                for _ in 0..<steps {
                    v -= x * dt + (damped ? 0.5 * v * dt : 0)
                    x += v * dt
                }
                return x
            }
            print(oscillate(1), oscillate(2), simulate(1))
            """
        #expect(registerFunctionNames(expectSameBothWays(code)) == ["simulate", "oscillate"])
    }

    @Test func arrayFunctionsQualify() {
        let names = compiled(
            """
            func scaled(_ xs: [Double], by k: Double) -> [Double] {
                var out: [Double] = []
                for x in xs { out.append(x * k) }
                return out
            }
            func histogram(_ xs: [Int], bins: Int) -> [Int] {
                var counts = [Int](repeating: 0, count: bins)
                for (i, x) in xs.enumerated() where i >= 0 { counts[x % bins] += 1 }
                return counts
            }
            func trace(_ m: [[Double]]) -> Double {
                var s = 0.0
                for i in 0..<m.count { s += m[i][i] }
                return s
            }
            func identity(_ n: Int) -> [[Double]] {
                var m = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
                for i in 0..<n { m[i][i] = 1 }
                return m
            }
            func traceOfIdentity(_ n: Int) -> Double { trace(identity(n)) }
            """)
        #expect(names == ["scaled", "histogram", "trace", "identity", "traceOfIdentity"])
    }

    @Test func wrappingBitwiseAndExtremaQualify() {
        let names = compiled(
            """
            func hash(_ seed: Int) -> Int { var h = seed &* 31 &+ 7\n h ^= h >> 3\n h <<= 1\n return h & 0xff | 1 }
            func clip(_ x: Double) -> Double { max(0, min(x, 1)) }
            func spread(_ a: Int, _ b: Int, _ c: Int) -> Int { max(a, b, c) - min(a, b, c) }
            """)
        #expect(names == ["hash", "clip", "spread"])
    }

    @Test func aRedeclaredOperatorIsNotTheStandardOne() {
        let names = compiled(
            """
            struct V { var x: Double }
            func + (a: V, b: V) -> V { V(x: a.x + b.x) }
            func add(_ a: Double, _ b: Double) -> Double { a + b }
            func times(_ a: Double, _ b: Double) -> Double { a * b }
            """)
        #expect(names == ["times"])
    }

    /// Blocks that trap inside functions in register form: the same error, location and
    /// calls as the lowered closures give.
    @Test(arguments: [
        "func f(_ n: Int) -> Int { n * 4_000_000_000_000_000_000 }\nprint(f(1))\nprint(f(3))",
        "func g(_ n: Int) -> Int { n == 0 ? 1 / n : g(n - 1) }\nprint(g(3))",
        "func g(_ n: Int) -> Int { var r = 7\n r %= n\n return r }\nprint(g(0))",
        "func h(_ x: Double) -> Int { Int(x / x) }\nprint(h(0))",
        "func h(_ x: Double) -> Int { Int(x * 1e300) }\nprint(h(1e10))",
        "func r(_ n: Int) -> Int { var s = 0\n for i in n..<2 { s += i }\n return s }\nprint(r(1), r(2))\nprint(r(3))",
        "func c(_ n: Int) -> Int { var s = 0\n for i in 0...n { s += i }\n return s }\nprint(c(-1))",
        "func deep(_ n: Int) -> Int { n == 0 ? 0 : 1 + deep(n - 1) }\nprint(deep(100))\nprint(deep(1_000_000))",
        "func m(_ n: Int) -> Int { if n > 0 { return 1 } }\nprint(m(1))\nprint(m(0))",
        "func neg(_ n: Int) -> Int { -n }\nprint(neg(5), neg(-9223372036854775807 - 1))",
        "func a(_ n: Int) -> Int { n - 1 }\nfunc b(_ n: Int) -> Int { a(n) * a(n) * a(n) }\nprint(b(3_000_000))",
        "func e(_ xs: [Double], _ i: Int) -> Double { xs[i] }\nprint(e([1, 2], 1))\nprint(e([1, 2], -1))",
        "func e(_ m: [[Int]], _ i: Int, _ j: Int) -> Int { m[i][j] }\nprint(e([[1]], 0, 0), e([[1]], 1, 5))",
        "func e(_ m: [[Int]], _ i: Int, _ j: Int) -> Int { m[i][j] }\nprint(e([[1]], 0, 0), e([[1]], 0, 5))",
        "func e(_ m: [[Int]], _ i: Int) -> Int { m[i + 1][0] + m[0][1] }\nprint(e([[1, 2], [3]], 0))\nprint(e([[1, 2]], 0))",
        "func e(_ m: [[Double]]) -> Double { var s = 0.5\n s += m[0][2] * m[0][0]\n return s }\nprint(e([[2, 0, 3]]))\nprint(e([[1]]))",
        "func s(_ n: Int) -> [Int] { var m = [[Int]](repeating: [0], count: 2)\n m[1][n] += 1\n return m[1] }\nprint(s(0), s(1))",
        "func s(_ n: Int) -> [Int] { var xs = [Int](repeating: 0, count: n)\n xs[n] = 1\n return xs }\nprint(s(1))",
        "func s(_ n: Int) -> Int { var m = [[Int]](repeating: [0], count: 1)\n m[n][0] = 1\n return m[0][0] }\nprint(s(3))",
        "func s(_ n: Int) -> Int { var m = [[Int]](repeating: [0], count: 1)\n m[0][n] -= 1\n return m[0][0] }\nprint(s(3))",
        "func z(_ n: Int) -> [Double] { [Double](repeating: 1.5, count: n) }\nprint(z(2), z(-1))",
        "func w(_ xs: [Int]) -> Int { var t = 0\n for x in xs { t += x * 4_000_000_000_000_000_000 }\n return t }\nprint(w([0, 1, 2]))",
        "func f(_ x: Double) -> Double { x * g }\nprint(f(2))\nlet g = 3.0",
        "let big = Int.max\nfunc f(_ n: Int) -> Int { n + big }\nprint(f(-1))\nprint(f(1))",
        "func w(_ n: Int) -> Int { var t = 0\n for i in 0..<n where 10 / (i - 3) > 0 { t += i }\n return t }\nprint(w(3))\nprint(w(5))",
        "func w(_ xs: [Int]) -> Int { var t = 0\n for (i, x) in xs.enumerated() where x * i > 4_000_000_000_000_000_000 { t += 1 }\n return t }\nprint(w([0, 1, 9_000_000_000_000_000_000]))",
    ])
    func trapsAreTheClosuresTraps(_ code: String) {
        expectSameBothWays(code, traps: true)
    }

    /// Programs that run to the end the same both ways (printing, loops, early exits, `where`
    /// clauses), with the functions named in register form.
    @Test(arguments: [
        ("Functions/355_scalar_functions", nil as Set<String>?),
        (
            "ControlFlow/397_where_clauses_in_loops",
            Set(["sumOfMultiples", "positiveMean", "evenIndexedUntil", "budgetedSteps", "countAbove"])
        ),
    ])
    func resultsAreTheClosuresResults(_ program: String, compiled: Set<String>?) throws {
        let session = expectSameBothWays(try packageFile("Tests/FolioScriptTests/Conformance/\(program).swift"))
        if let compiled { #expect(registerFunctionNames(session) == compiled) }
    }

    /// `+= x * y` and `-= x * y` on `Double`s, fused into one instruction wherever the target
    /// is (a local, a struct's property in an array, a class's, an element, a matrix's): the
    /// product is rounded before the sum, as the closures round it (0.1 * 10 - 1 is 0, where a
    /// fused multiply-add gives 5.55e-17).
    @Test func fusedProductsRoundAsTheClosuresDo() {
        let code = """
            struct P { var v: Double }
            final class C { var v: Double\n init(v: Double) { self.v = v } }
            func f(_ x: Double, _ y: Double) -> [Double] {
                var s = -1.0
                s += x * y
                var t = 1.0
                t -= x * y
                var ps = [P(v: -1)]
                ps[0].v += x * y
                let c = C(v: 1)
                c.v -= x * y
                var xs = [-1.0]
                xs[0] += x * y
                var m = [[1.0]]
                m[0][0] -= (x * y)
                var n = 3
                n -= 2 * 1
                return [s, t, ps[0].v, c.v, xs[0], m[0][0], Double(n)]
            }
            print(f(0.1, 10), f(1e16, 1 + 1e-16))
            """
        #expect(registerFunctionNames(expectSameBothWays(code)) == ["f"])
    }
}

/// Top-level loops in register form: the globals they keep in registers are the closures'
/// globals when the loop ends, normally or by a trap (a later block reads them).
@Suite struct TopLevelRegisterLoopTests {
    private func run(_ blocks: [String], registerForm: Bool) -> ([BlockResult], Int) {
        registerFormBlocks(blocks, registerForm: registerForm)
    }

    @Test(arguments: [
        (
            [
                "var total = 0\nvar xs: [Int] = []\nfor i in 0..<10 { total += i\n xs.append(i * i) }",
                "print(total, xs)",
            ], 1
        ),
        (
            [
                "var t = (a: 0, b: 1)\nvar u: (Int, Double) = (0, 0)\nfor i in 0..<5 { t = (t.b, t.a + t.b + i)\n u = (i, Double(t.a) / 2) }",
                "print(t, u, t.b)",
            ], 1
        ),
        (
            [
                "var k = 0\nvar acc = 9_223_372_036_854_775_000\nfor i in 0..<100 { k = i\n acc += 100 }",
                "print(k, acc)",
            ], 1
        ),
        (
            [
                "var n = 27\nvar steps = 0\nwhile n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1\n steps += 1 }",
                "print(n, steps)",
            ], 1
        ),
        (
            [
                "func f(_ x: Double) -> Double { x * x }\nvar m = [[Double]](repeating: [0, 0], count: 2)\nfor i in 0..<2 {\n for j in 0..<2 { m[i][j] = f(Double(i + j)) }\n}",
                "print(m)",
            ], 1  // once `f` is: the inner loop alone, as the outer one is lowered, calls it too early
        ),
        (
            [
                "var s = 0.0\nlet xs = [1.5, 2.5]\nfor (i, x) in xs.enumerated() { s += Double(i) * x }\nfor x in xs where x > 2 { s += x }",
                "print(s)",
            ], 2
        ),
        (["var words = 0\nfor i in 0..<3 { print(i)\n words += 1 }", "print(words)"], 0),
        (["var t = 0\nfor i in 0..<5 { if i == 3 { break }\n t += i }\nlet u = t", "print(t, u)"], 1),
        (
            [
                "func clamp<T: Comparable>(_ x: T, _ lower: T, _ upper: T) -> T {\n if x < lower { return lower }\n if x > upper { return upper }\n return x\n}\nvar total = 0\nvar sum = 0.0\nfor i in 0..<10 { total += clamp(i, 2, 7)\n sum += clamp(Double(i), 2.5, 7.5) }",
                "print(total, sum)",
            ], 1  // each specialization of `clamp` in register form
        ),
    ])
    func globalsAfterTheLoopAreTheClosures(_ blocks: [String], compiledLoops: Int) {
        let (registers, count) = run(blocks, registerForm: true)
        let (closures, _) = run(blocks, registerForm: false)
        #expect(registers == closures)
        #expect(count == compiledLoops)
    }
}

/// Array literals in register form: their element types as Swift's literals take them, the
/// elements evaluated in order, traps where the closures report them.
@Suite struct RegisterArrayLiteralTests {
    @Test func functionsWithArrayLiteralsQualify() {
        let names = functionsInRegisterForm(
            """
            struct P { var x: Double }
            func ints() -> [Int] { [3, 1, 2] }
            func doubles(_ k: Double) -> [Double] { [1, k, 2.5 * k] }
            func declared() -> [Double] { let xs: [Double] = [1, 2]\n return xs }
            func nested(_ n: Int) -> [[Int]] { [[n], [n, n + 1], []] }
            func points(_ a: Double) -> [P] { [P(x: a), P(x: -a)] }
            func strings() -> [String] { ["a", "b"] }
            func mixed(_ n: Int) -> [Double] { [Double(n), 0.5] }
            func tuples() -> [(Int, Int)] { [(1, 2)] }
            """)
        #expect(names == ["ints", "doubles", "declared", "nested", "points", "mixed"])
    }

    @Test(arguments: [
        (
            "func f(_ n: Int) -> [Int] { var xs = [n, n * 2, 3]\n xs = [xs.count, xs[0]]\n return xs }\nprint(f(4))",
            false
        ),
        (
            "func f(_ k: Double) -> Double { let m = [[k, 1], [2, k * k]]\n return m[1][1] + m[0][1] }\nprint(f(1.5))",
            false
        ),
        ("struct P { var x: Double }\nfunc f(_ a: Double) -> [P] { [P(x: a), P(x: a + 1)] }\nprint(f(2))", false),
        ("func f(_ n: Int) -> [Int] { [n, 10 / n, n * 4_611_686_018_427_387_904] }\nprint(f(1))\nprint(f(2))", true),
        ("func f(_ n: Int) -> [Int] { [n, 10 / n] }\nprint(f(1))\nprint(f(0))", true),
    ])
    func literalsAreTheClosuresLiterals(_ code: String, traps: Bool) {
        #expect(registerFunctionNames(expectSameBothWays(code, traps: traps)).contains("f"))
    }
}
