import Foundation
import Testing

@testable import FolioScript

/// Class instances in register form (`RegisterCompiler+Objects.swift`): which functions
/// qualify, which classes and forms keep the closures, and that blocks run the same both ways.
/// (The conformance program `StructuresAndClasses/398` checks the results against swiftc.)
@Suite struct RegisterObjectTests {
    private static let node = """
        final class Node {
            let left: Node?
            let right: Node?
            var value: Int
            init(left: Node?, right: Node?, value: Int) {
                self.left = left
                self.right = right
                self.value = value
            }
        }

        """

    @Test func functionsBuildingAndWalkingObjectsQualify() {
        let names = functionsInRegisterForm(
            Self.node + """
                func leaf(_ v: Int) -> Node { Node(left: nil, right: nil, value: v) }
                func pair(_ a: Node, _ b: Node?) -> Node { Node(left: a, right: b, value: a.value) }
                func depth(_ node: Node?) -> Int {
                    guard let node else { return 0 }
                    let l = depth(node.left)
                    let r = depth(node.right)
                    return 1 + (l > r ? l : r)
                }
                func rightmost(_ node: Node) -> Int {
                    if let right = node.right { return rightmost(right) }
                    return node.value
                }
                """)
        #expect(names == ["leaf", "pair", "depth", "rightmost"])
    }

    @Test func otherClassesAndFormsKeepTheirClosures() {
        let names = functionsInRegisterForm(
            Self.node + """
                class Base { var n = 0 }
                class Derived: Base {}
                class Open { let n: Int\n init(n: Int) { self.n = n } }
                final class Counted { let n: Int\n init(n: Int) { self.n = n }\n deinit { print("bye") } }
                final class Defaulted { var n = 1\n let m: Int\n init(m: Int) { self.m = m } }
                func makesBase() -> Base { Base() }
                func readsDerived(_ d: Derived) -> Int { d.n }
                func readsOpen(_ o: Open) -> Int { o.n }
                func makesOpen(_ n: Int) -> Open { Open(n: n) }
                func makesCounted(_ n: Int) -> Counted { Counted(n: n) }
                func makesDefaulted(_ m: Int) -> Defaulted { Defaulted(m: m) }
                final class Watched { var n: Int { didSet { print(n) } }\n init(n: Int) { self.n = n } }
                func writesWatched(_ w: Watched) { w.n = 3 }
                func chained(_ node: Node) -> Int { node.left?.value ?? 0 }
                """)
        #expect(names.isEmpty)
    }

    /// Writes to stored properties, `while let`, `!`, `== nil` and `===` run in register form,
    /// as the closures run them.
    @Test func writesComparisonsAndUnwrapsQualify() throws {
        let session = expectSameBothWays(
            try packageFile(
                "Tests/FolioScriptTests/Conformance/StructuresAndClasses/400_linked_lists_in_functions.swift"))
        #expect(
            registerFunctionNames(session) == [
                "makeList", "length", "sum", "reversed", "doubleEvery", "isLast", "sameNode", "record", "tally",
            ])
    }

    /// Methods of a `final` class (properties read and written through `self`, implicitly or
    /// not) run in register form, and so do the functions calling them. Not taken: a type
    /// method that constructs (its type's initializers are lowered after its methods, so the
    /// storing initializer is not known yet) and a call of a type method (`bank` calls
    /// `Account.opening`).
    @Test func methodsOfFinalClassesQualify() throws {
        let session = expectSameBothWays(
            try packageFile("Tests/FolioScriptTests/Conformance/Methods/401_final_class_methods.swift"))
        #expect(registerFunctionNames(session) == ["transfer"])
        let account = try #require(session.globals.types["Account"])
        let methods = (Array(account.methods.values.joined()) + Array(account.staticMethods.values.joined()))
            .filter { $0.registerFunction != nil }.map(\.name)
        #expect(Set(methods) == ["deposit", "fee", "link", "chainTotal"])
    }

    /// Calls of type methods (`Vec.unit(…)`) in register form. A class's type method that
    /// constructs is not taken: a type's initializers are lowered after its methods, so the
    /// storing initializer is not known when the method is compiled.
    @Test func typeMethodCallsQualify() {
        let code =
            Self.node + """
                extension Node {
                    static func leaf(_ v: Int) -> Node { Node(left: nil, right: nil, value: v) }
                    static func depth(_ node: Node?) -> Int { node == nil ? 0 : 1 }
                }
                struct Vec {
                    var x: Double
                    var y: Double
                    static func unit(_ a: Double) -> Vec { Vec(x: a, y: 1 - a) }
                }
                func sum(_ n: Int) -> Double {
                    var total = 0.0
                    for i in 0..<n { total += Vec.unit(Double(i)).y + Double(Node.depth(nil)) }
                    return total
                }
                func leaves(_ n: Int) -> Int { Node.leaf(n).value }
                print(sum(10), leaves(3))
                """
        #expect(registerFunctionNames(expectSameBothWays(code)) == ["sum"])
    }

    /// A binding of `if let` is the body's only; after it, the name is the outer variable.
    @Test func ifLetBindingsDoNotOutliveTheirBody() {
        let code =
            Self.node + """
                func f(_ node: Node) -> Int {
                    let left = 7
                    var total = 0
                    if let left = node.left { total += left.value }
                    return total + left
                }
                print(f(Node(left: Node(left: nil, right: nil, value: 5), right: nil, value: 1)))
                """
        let session = expectSameBothWays(code)
        #expect(registerFunctionNames(session) == ["f"])
        #expect(registerFormSession(code).1.printedText == "12\n")
    }

    /// Arguments and results moved rather than copied (temporaries, a callee's result) leave
    /// the variables they came from as they were: a local passed in parentheses, twice, or to a
    /// construction, and a result that is also an `inout` argument.
    @Test(arguments: [
        "func s(_ xs: [Int]) -> Int { xs.count }\nfunc g(_ xs: [Int]) -> Int { s((xs)) + s((xs)) + xs.count }\nprint(g([1, 2, 3]))",
        "func f(_ xs: inout [Int]) -> [Int] { xs.append(1)\n return xs }\nfunc g() -> Int { var a = [Int](repeating: 0, count: 1)\n let b = f(&a)\n return a.count * 10 + b.count }\nprint(g())",
        "func g(_ v: Int) -> Int { let leaf = Node(left: nil, right: nil, value: v)\n let p = Node(left: leaf, right: (leaf), value: 1)\n guard let l = p.left, let r = p.right else { return 0 }\n return leaf.value + l.value + r.value }\nprint(g(4))",
    ])
    func movedValuesLeaveTheirVariables(_ code: String) {
        #expect(registerFunctionNames(expectSameBothWays(Self.node + code)).contains("g"))
    }

    /// Traps inside a construction's arguments and in deep recursion over objects: the same
    /// error, location and calls as the closures give.
    @Test(arguments: [
        "func leaf(_ v: Int) -> Node { Node(left: nil, right: nil, value: v * 4_000_000_000_000_000_000) }\nprint(leaf(0).value)\nprint(leaf(3).value)",
        "func first(_ node: Node) -> Int { node.left!.value }\nprint(first(Node(left: Node(left: nil, right: nil, value: 2), right: nil, value: 1)))\nprint(first(Node(left: nil, right: nil, value: 1)))",
        "func bump(_ node: Node, _ k: Int) -> Int { node.value += k\n return node.value }\nlet n = Node(left: nil, right: nil, value: 1)\nprint(bump(n, 2))\nprint(bump(n, Int.max))",
        "final class C { var n: Int\n init(n: Int) { self.n = n }\n func add(_ k: Int) { n += k } }\nfunc f(_ k: Int) -> Int { let c = C(n: 1)\n c.add(k)\n return c.n }\nprint(f(2))\nprint(f(Int.max))",
        "struct V { var x: Double\n static func unit(_ k: Int) -> V { V(x: Double(k * 4_000_000_000_000_000_000)) } }\nfunc f(_ k: Int) -> Double { V.unit(k).x }\nprint(f(0))\nprint(f(3))",
        "func chain(_ n: Int) -> Node { n == 0 ? Node(left: nil, right: nil, value: 0) : Node(left: chain(n - 1), right: nil, value: n) }\nprint(chain(10).value)\nprint(chain(1_000_000).value)",
    ])
    func trapsAreTheClosuresTraps(_ code: String) {
        expectSameBothWays(Self.node + code, traps: true)
    }

    /// The conformance program and the benchmark run the same both ways, with their functions
    /// over objects in register form.
    @Test(arguments: [
        (
            "Tests/FolioScriptTests/Conformance/StructuresAndClasses/398_class_trees_in_functions",
            ["makeTree", "check", "leftmost", "chain", "sumChain", "deepest", "lopsided"]
        ),
        ("Benchmarks/interpreter/bintree", ["makeTree", "check"]),
    ])
    func resultsAreTheClosuresResults(_ program: String, compiled: [String]) throws {
        // The benchmark's trees at depth 8, not 12: the same code, a sixteenth of the nodes
        // (the suite's other tests run beside it, one of them measuring memory).
        let code = try packageFile("\(program).swift").replacingOccurrences(
            of: "let maxDepth = 12", with: "let maxDepth = 8")
        let session = expectSameBothWays(code)
        #expect(registerFunctionNames(session) == Set(compiled))
    }
}
