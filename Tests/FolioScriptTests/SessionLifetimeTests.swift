import Testing

@testable import FolioScript

/// A note's code makes reference cycles the interpreter must break when the session ends:
/// recursive functions (a lowered body refers to its own function), closures stored in the
/// frame they capture (local closures, nested functions, closures built in loops) and types
/// whose members or fields refer back to them.
@Suite struct SessionLifetimeTests {
    /// Runs `code` in a session that is then dropped; returns what it printed and weak
    /// references to the session's runtime context and global scope.
    private func runAndDrop(_ code: String) -> (
        printed: String, context: () -> RuntimeContext?, globals: () -> GlobalScope?
    ) {
        weak var context: RuntimeContext?
        weak var globals: GlobalScope?
        var printed = ""
        do {
            let session = ScriptSession(file: "lifetime.swift")
            let result = session.run(code, line: 1, column: 1, blockIndex: 0, displaysLastValue: false)
            printed = result.printedText
            context = session.context
            globals = session.globals
            #expect(context != nil)
        }
        return (printed, { context }, { globals })
    }

    @Test func recursionAndLocalClosuresAreFreedWithTheSession() {
        let run = runAndDrop(
            """
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            func total(_ xs: [Int]) -> Int {
                var sum = 0
                let add = { (x: Int) in sum += x }
                for x in xs { add(x) }
                return sum
            }
            func counter() -> () -> Int {
                var n = 0
                func next() -> Int { n += 1; return n }
                let step = { next() }
                return step
            }
            let c = counter()
            var makers: [() -> Int] = []
            for i in 0..<3 {
                let twice = { i * 2 }
                let keep = twice
                makers.append(keep)
            }
            print(fib(15), total([1, 2, 3]), c(), c(), makers.map { $0() })
            """)
        #expect(run.printed == "610 6 1 2 [0, 2, 4]\n")
        #expect(run.context() == nil, "the runtime context outlived its session (a frame or a function leaked)")
        #expect(run.globals() == nil, "the global scope outlived its session")
    }

    @Test func selfReferentialTypesAreFreedWithTheSession() {
        let run = runAndDrop(
            """
            final class Node {
                var value: Int
                var next: Node?
                init(_ value: Int, next: Node?) { self.value = value; self.next = next }
                func sum() -> Int { value + (next?.sum() ?? 0) }
            }
            struct Point {
                var x: Double
                func scaled(_ k: Double) -> Point { Point(x: x * k) }
            }
            let list = Node(1, next: Node(2, next: nil))
            print(list.sum(), Point(x: 1.5).scaled(2).x)
            """)
        #expect(run.printed == "3 3.0\n")
        #expect(run.context() == nil, "the runtime context outlived its session (a type or method leaked)")
        #expect(run.globals() == nil, "the global scope outlived its session")
    }

    @Test func framesOfReduceIntoClosuresAreFreedWithTheSession() {
        // Each closure below is stored in the frame it captures: the frame of a `reduce(into:)`
        // closure's call (a literal, and a named function) outlives the call unless the session
        // clears it.
        let run = runAndDrop(
            """
            let total = [1, 2, 3].reduce(into: 0) { acc, x in
                let doubled = { x * 2 }
                acc += doubled()
            }
            func tally(_ counts: inout [Int: Int], _ x: Int) {
                let key = { x % 2 }
                counts[key(), default: 0] += 1
            }
            let parity = [1, 2, 3, 4, 5].reduce(into: [:], tally)
            print(total, parity[1] ?? 0, parity[0] ?? 0)
            """)
        #expect(run.printed == "12 3 2\n")
        #expect(run.context() == nil, "the runtime context outlived its session (a reduce(into:) frame leaked)")
        #expect(run.globals() == nil, "the global scope outlived its session")
    }

    @Test func framesOfInitializersAndSettersAreFreedWithTheSession() {
        let run = runAndDrop(
            """
            struct Scaled {
                var values: [Int]
                init(_ xs: [Int], by k: Int) {
                    let scale = { (x: Int) in x * k }
                    values = xs.map(scale)
                }
            }
            final class Account {
                var balance = 0
                var history: [Int] = []
                init(opening: Int) {
                    let record = { (x: Int) in x }
                    balance = record(opening)
                }
            }
            struct Gauge {
                var raw = 0
                var level: Int {
                    get { raw }
                    set {
                        let clamp = { (v: Int) in min(max(v, 0), 10) }
                        raw = clamp(newValue)
                    }
                }
                var note = "" {
                    didSet {
                        let mark = { oldValue + "|" }
                        raw += mark().count
                    }
                }
            }
            var gauge = Gauge()
            gauge.level = 42
            gauge.note = "ab"
            print(Scaled([1, 2], by: 3).values, Account(opening: 5).balance, gauge.raw)
            """)
        #expect(run.printed == "[3, 6] 5 11\n")
        #expect(
            run.context() == nil, "the runtime context outlived its session (an initializer or setter frame leaked)")
        #expect(run.globals() == nil, "the global scope outlived its session")
    }

    @Test func staticStoredPropertiesAreFreedWithTheSession() {
        // A static stored property's initializer refers to its type (`Vec(x: 0)`); the value
        // lives in a global slot.
        let run = runAndDrop(
            """
            struct Vec {
                var x: Double
                static let origin = Vec(x: 0)
                static var count = 0
            }
            Vec.count += 1
            print(Vec.origin.x, Vec.count)
            """)
        #expect(run.printed == "0.0 1\n")
        #expect(run.context() == nil, "the runtime context outlived its session (a static property leaked)")
        #expect(run.globals() == nil, "the global scope outlived its session")
        weak var type: TypeInfo?
        do {
            let session = ScriptSession(file: "lifetime.swift")
            _ = session.run(
                "struct Vec {\n    var x: Double\n    static let origin = Vec(x: 0)\n}\nprint(Vec.origin.x)", line: 1,
                column: 1, blockIndex: 0)
            type = session.globals.types["Vec"]
            #expect(type != nil)
        }
        #expect(type == nil, "the type outlived its session")
    }

    @Test func typesOfABlockThatFailsToLowerAreFreed() {
        // The block is refused (a name Folio does not find), so its type is forgotten at once;
        // its static method's result type refers back to it.
        weak var type: TypeInfo?
        do {
            let session = ScriptSession(file: "lifetime.swift")
            let code =
                "struct Vec {\n    var x: Double\n    static func make() -> Vec { Vec(x: nosuch) }\n}\nprint(Vec.make().x)"
            #expect(session.run(code, line: 1, column: 1, blockIndex: 0).error != nil)
            #expect(session.globals.types["Vec"] == nil)
            type =
                session.context.functions.lazy.compactMap { info -> TypeInfo? in
                    if case .named(let owner) = info.returnType { return owner }
                    return nil
                }.first
            #expect(type != nil)
        }
        #expect(type == nil, "the type declared by a failed block outlived its session")
    }
}
