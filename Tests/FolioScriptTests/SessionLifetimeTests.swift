@testable import FolioScript
import Testing

/// A note's code makes reference cycles the interpreter must break when the session ends:
/// recursive functions (a lowered body refers to its own function), closures stored in the
/// frame they capture (local closures, nested functions, closures built in loops) and types
/// whose members or fields refer back to them.
@Suite struct SessionLifetimeTests {
    /// Runs `code` in a session that is then dropped; returns what it printed and weak
    /// references to the session's runtime context and global scope.
    private func runAndDrop(_ code: String) -> (printed: String, context: () -> RuntimeContext?, globals: () -> GlobalScope?) {
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
        let run = runAndDrop("""
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
        let run = runAndDrop("""
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
}
