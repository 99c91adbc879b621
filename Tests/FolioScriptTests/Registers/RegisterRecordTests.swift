import Foundation
import Testing

@testable import FolioScript

/// Structs of scalars in register form (`RegisterCompiler+Records.swift`): which functions
/// qualify, and that blocks run the same as with the lowered closures, traps, their locations
/// and `inout` arrays written back by a trap included. (The conformance program
/// `StructuresAndClasses/395` checks the results against swiftc.)
@Suite struct RegisterRecordTests {
    @Test func functionsOverStructsOfScalarsQualify() {
        let names = functionsInRegisterForm(
            """
            import Foundation
            struct Body { var x, y: Double\n var mass: Double }
            struct Cell { let row: Int\n let column: Int\n var open: Bool }
            func make(_ n: Int) -> [Body] {
                var bodies: [Body] = []
                for i in 0..<n { bodies.append(Body(x: Double(i), y: 0, mass: 1)) }
                return bodies
            }
            func advance(_ bodies: inout [Body], dt: Double) {
                for i in 0..<bodies.count { bodies[i].x += dt * bodies[i].mass }
            }
            func energy(_ bodies: [Body]) -> Double {
                var e = 0.0
                for b in bodies { e += b.mass * sqrt(b.x * b.x + b.y * b.y) }
                return e
            }
            func moved(_ b: Body, by d: Double) -> Body { var c = b\n c.y += d\n return c }
            func opened(_ cell: Cell) -> Cell { Cell(row: cell.row, column: cell.column, open: true) }
            """)
        #expect(names == ["make", "advance", "energy", "moved", "opened"])
    }

    @Test func methodsAndOperatorsOfStructsOfScalarsQualify() throws {
        let code = """
            struct Vec {
                var x: Double
                var y: Double
                func dot(_ other: Vec) -> Double { x * other.x + y * other.y }
                func scaled(by k: Double) -> Vec { Vec(x: x * k, y: y * k) }
                static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
                mutating func damp(_ k: Double) { x *= k\n y *= k }
                mutating func reflect() { damp(-1) }
                func norm() -> Double { let x = self.dot(self)\n return x }
            }
            func simulate(_ steps: Int) -> Double {
                var p = Vec(x: 0, y: 0)
                var v = Vec(x: 1, y: 0.5)
                var e = 0.0
                for _ in 0..<steps {
                    p = p + v.scaled(by: 0.1)
                    if p.y > 1 { v.damp(-0.5) }
                    e += v.dot(v) + p.norm()
                }
                return e
            }
            print(simulate(50))
            """
        let (session, result) = registerFormSession(code)
        #expect(result.error == nil)
        let vec = try #require(session.globals.types["Vec"])
        let methods = (Array(vec.methods.values.joined()) + Array(vec.staticMethods.values.joined()))
            .filter { $0.registerFunction != nil }.map(\.name)
        // `reflect` calls `damp` without `self.`: not taken.
        #expect(Set(methods) == ["dot", "scaled", "+", "damp", "norm"])
        #expect(session.globals.functions["simulate"]?.first?.registerFunction != nil)
        let (_, closures) = registerFormSession(code, registerForm: false)
        #expect(result == closures)
    }

    @Test func structsWithMoreThanScalarsKeepTheirClosures() {
        let names = functionsInRegisterForm(
            """
            struct Named { var name: String\n var x: Double }
            struct Observed { var x: Double { didSet { print(x) } } }
            struct Initialized { var x: Double\n init(_ x: Double) { self.x = x } }
            struct Defaulted { var x = 0.0\n var y: Double }
            struct Nested { var inner: Initialized }
            func a(_ n: Named) -> Double { n.x }
            func b(_ o: Observed) -> Double { var p = o\n p.x += 1\n return p.x }
            func c(_ x: Double) -> Double { Initialized(x).x }
            func d(_ x: Double) -> Double { Defaulted(y: x).y }
            func e(_ n: Nested) -> Double { n.inner.x }
            func g(_ n: inout Int) { n += 1 }
            """)
        #expect(names.isEmpty)
    }

    /// Traps in functions over structs: the same error, location and calls both ways.
    @Test(arguments: [
        "struct P { var n: Int }\nfunc g(_ p: P) -> Int { var q = p\n q.n *= 4_000_000_000_000_000_000\n return q.n }\nprint(g(P(n: 0)), g(P(n: 5)))",
        "struct P { var x: Double }\nfunc r(_ ps: [P], _ i: Int) -> Double { ps[i].x }\nlet ps = [P(x: 1)]\nprint(r(ps, 0), r(ps, 1))",
        "struct P { var x: Double }\nfunc w(_ n: Int) -> [P] { var ps = [P](repeating: P(x: 0), count: 2)\n ps[n].x = 2\n return ps }\nprint(w(1))\nprint(w(-1))",
        "struct Q { var k: Int }\nfunc w(_ n: Int) -> Int { var qs = [Q](repeating: Q(k: 1), count: 1)\n qs[n].k += n * 4_000_000_000_000_000_000\n return qs[0].k }\nprint(w(0), w(5))",
        "struct Q { var k: Int }\nfunc w(_ n: Int) -> Int { var qs = [Q](repeating: Q(k: 1), count: 1)\n qs[n].k -= 1\n return qs[0].k }\nprint(w(0), w(2))",
        "struct Q { var k: Int }\nfunc z(_ q: Q) -> Q { Q(k: q.k + 9_223_372_036_854_775_000) }\nprint(z(Q(k: 1)).k, z(Q(k: 900)).k)",
        "struct C { var n: Int\n mutating func bump(_ k: Int) { n += k } }\nfunc run(_ k: Int) -> Int { var c = C(n: 1)\n c.bump(k)\n return c.n }\nprint(run(2), run(Int.max))",
        "struct W { var n: Int\n static func * (a: W, b: W) -> W { W(n: a.n * b.n) } }\nfunc sq(_ k: Int) -> Int { let w = W(n: k)\n return (w * w).n }\nprint(sq(3), sq(4_000_000_000))",
        "struct D { var d: Int\n func div(_ k: Int) -> Int { k / d } }\nfunc q(_ z: Int) -> Int { D(d: z).div(10) }\nprint(q(2), q(0))",
    ])
    func trapsAreTheClosuresTraps(_ code: String) {
        expectSameBothWays(code, traps: true)
    }

    /// An `inout` array of structs, and a `mutating` method's receiver, are written back when
    /// the callee traps, and a top-level loop's structs and arrays of them (struct globals in
    /// registers, packed back) are the closures' when it ends.
    @Test(arguments: [
        (
            [
                "struct P { var n: Int }\nfunc bump(_ ps: inout [P], _ i: Int) { ps[0].n += 1\n ps[i].n += 1 }\nvar ps = [P](repeating: P(n: 0), count: 2)\nbump(&ps, 1)\nbump(&ps, 2)",
                "print(ps[0].n, ps[1].n)",
            ], 0
        ),
        (
            [
                "struct P { var n: Int }\nfunc bump(_ ps: inout [P], _ i: Int) { ps[0].n += 1\n ps[i].n += 1 }\nvar ps = [P](repeating: P(n: 0), count: 2)\nfor i in 0..<5 { bump(&ps, i % 3) }",
                "print(ps[0].n, ps[1].n)",
            ], 1
        ),
        (
            [
                "struct C { var n: Int\n mutating func bump(_ k: Int) { n += 1\n n += k } }\nvar c = C(n: 0)\nfor k in 0..<3 { c.bump(k == 2 ? 9_223_372_036_854_775_807 : k) }",
                "print(c.n)",
            ], 1
        ),
        (
            [
                "struct P { var x: Double\n var v: Double\n mutating func step() { x += v\n v *= 0.5 } }\nvar p = P(x: 0, v: 1)\nvar q = p\nvar n = 0\nwhile p.v > 1e-3 { p.step()\n n += 1 }\nfor _ in 0..<3 { q = P(x: q.v, v: q.x + 1) }",
                "print(p.x, p.v, q.x, q.v, n)",
            ], 2
        ),
        (
            [
                "struct V { var x: Double\n var y: Double }\nvar vs: [V] = []\nfor i in 0..<4 { vs.append(V(x: Double(i), y: 1)) }\nvar s = 0.0\nfor v in vs { s += v.x * v.y }\nvar w = vs[2]\nw.y = 7\nfor i in 0..<vs.count { vs[i].y += w.y }",
                "print(vs.map { $0.y }, s, w.x, w.y)",
            ], 3
        ),
    ])
    func structsAfterTheLoopAreTheClosures(_ blocks: [String], compiledLoops: Int) {
        let (registers, count) = registerFormBlocks(blocks, registerForm: true)
        let (closures, _) = registerFormBlocks(blocks, registerForm: false)
        #expect(registers == closures)
        #expect(count == compiledLoops)
    }

    /// The conformance programs run the same both ways, with their functions over structs in
    /// register form.
    /// (`simulate`'s result, a tuple holding a struct, is not taken.)
    @Test(arguments: [
        (
            "StructuresAndClasses/395_structs_of_numbers_in_loops",
            ["spawn", "step", "kinetic", "totalHits", "mirrored", "area"]
        ),
        ("Methods/396_struct_methods_in_loops", ["swapped", "reflect", "chain"]),
    ])
    func resultsAreTheClosuresResults(_ program: String, compiled: [String]) throws {
        let session = expectSameBothWays(try packageFile("Tests/FolioScriptTests/Conformance/\(program).swift"))
        #expect(registerFunctionNames(session) == Set(compiled))
    }
}
