import Foundation
import Testing

@testable import FolioScript

/// A note that exhausts memory with many values, each under the per-collection cap: each
/// must stop with "memory budget of … exceeded" at a line of its loop or recursive call.
struct MemoryHog: CustomTestStringConvertible, Sendable {
    var name: String
    var code: String
    /// The lines at which the error may be reported (the loop's line or the statement growing).
    var lines: [Int]

    var testDescription: String { name }
}

let memoryHogs: [MemoryHog] = [
    MemoryHog(
        name: "arrays of a million doubles appended forever",
        code: "var keep: [[Double]] = []\nwhile true {\n    keep.append(Array(repeating: 1.0, count: 100_000))\n}",
        lines: [2, 3]),
    MemoryHog(
        name: "a string doubled forever (s += s + \"x\"), each step under the collection cap",
        code: "var s = \"\"\nwhile true {\n    s += s + \"x\"\n}", lines: [2, 3]),
    MemoryHog(
        name: "strings of 100 kB kept in an array",
        code: "var parts: [String] = []\nwhile true {\n    parts.append(String(repeating: \"x\", count: 100_000))\n}",
        lines: [2, 3]),
    MemoryHog(
        name: "a dictionary growing forever",
        code: "var d: [Int: String] = [:]\nvar i = 0\nwhile true {\n    d[i] = \"value \\(i)\"\n    i += 1\n}",
        lines: [3, 4, 5]),
    MemoryHog(
        name: "an array of tensors, each under the tensor cap",
        code: "var ts: [Tensor] = []\nwhile true {\n    ts.append(Tensor.zeros(shape: [1 << 21]) + 1)\n}",
        lines: [2, 3]),
    MemoryHog(
        name: "recursion that builds a big array in every frame",
        code: """
            func grow(_ n: Int) -> Int {
                let a = Array(repeating: Double(n), count: 100_000)
                return grow(n + 1) + a.count
            }
            print(grow(0))
            """,
        lines: [3, 5]),
]

@Suite("Hostile notes: the memory budget")
struct HostileMemoryTests {
    /// A session with a 64 MiB budget watched by its own governor, so that what other tests
    /// allocate at the same time is not charged to it (their sessions are not its neighbours).
    private func session(_ file: String, governor: MemoryGovernor, budget: Int = 64 << 20) -> ScriptSession {
        let session = ScriptSession(file: file, governor: governor)
        session.memoryBudget = budget
        return session
    }

    @Test("many values each under the caps stop at their line", arguments: memoryHogs)
    func hog(_ hog: MemoryHog) {
        let started = ContinuousClock.now
        let result = run(hog.code, in: session("t.md", governor: MemoryGovernor()))
        let error = result.error
        #expect(error?.id == .memoryLimit, "\(String(describing: error))")
        #expect(error.map { hog.lines.contains($0.line) } == true, "\(String(describing: error))")
        // Stopped by memory, long before the 60 s time budget.
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test("the note that takes the memory is stopped, not the one running beside it")
    func blameGoesToTheHog() {
        let governor = MemoryGovernor()
        let quiet = session("quiet.md", governor: governor)
        let greedy = session("greedy.md", governor: governor)
        // The quiet note keeps computing while the greedy one grows past both budgets.
        let quietCode = "var s = 0\nfor i in 0..<16_000_000 {\n    s = s &+ i % 7\n}\nprint(s)"
        let quietRun = QuietRun(quiet, quietCode)
        let done = DispatchSemaphore(value: 0)
        Thread {
            quietRun.start()
            done.signal()
        }.start()
        Thread.sleep(forTimeInterval: 0.05)
        let greedyResult = run(memoryHogs[0].code, in: greedy)
        let greedyEnd = ContinuousClock.now
        done.wait()
        let (quietResult, quietEnd) = (quietRun.result, quietRun.end)
        #expect(quietResult?.error == nil)
        #expect(quietResult?.printedText == "\((0..<16_000_000).reduce(0) { $0 &+ $1 % 7 })\n")
        let message = greedyResult.error?.message ?? ""
        #expect(greedyResult.error?.id == .memoryLimit)
        #expect(
            message.hasPrefix("memory budget of 64 MiB exceeded: 2 notes running at once may use 128 MiB together"),
            "\(message)")
        #expect(message.contains("this note touched the most new memory"))
        // The quiet note was still running when the greedy one was stopped (else this test
        // would show nothing about blame).
        #expect(quietEnd.map { greedyEnd < $0 } == true)
    }

    @Test("a note within its budget runs, and its memory is released with the session")
    func withinBudget() {
        let governor = MemoryGovernor()
        var first: ScriptSession? = session("a.md", governor: governor, budget: 512 << 20)
        if let first {
            let result = run(
                "var keep: [[Double]] = []\nfor _ in 0..<20 {\n    keep.append(Array(repeating: 1.0, count: 100_000))\n}\nprint(keep.count)",
                in: first)
            #expect(result.error == nil)
            #expect(result.printedText == "20\n")
        }
        first = nil
        // A fresh note after it is measured from a fresh base.
        let second = session("b.md", governor: governor)
        #expect(run("let t = Tensor.ones(shape: [1 << 20])\nprint(t.sum())", in: second).printedText == "1048576.0\n")
    }

    @Test("a loop whose iterations are slow still reads the clock in time")
    func slowIterationsMeetTheTimeBudget() {
        let session = ScriptSession(file: "t.md")
        session.timeBudget = .milliseconds(500)
        let started = ContinuousClock.now
        // Before the watchdog polled, the clock was read every 4096 iterations: here minutes.
        let error = run(
            "var n = 0\nwhile true {\n    let a = Array(repeating: 1.0, count: 200_000)\n    n += a.count\n}",
            in: session
        ).error
        #expect(error?.id == .timeLimit)
        #expect(error?.line == 2 || error?.line == 3)
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}

/// A block run on another thread (the session is used by that thread only until `start`
/// returns).
private final class QuietRun: @unchecked Sendable {
    let session: ScriptSession
    let code: String
    var result: BlockResult?
    var end: ContinuousClock.Instant?

    init(_ session: ScriptSession, _ code: String) {
        self.session = session
        self.code = code
    }

    func start() {
        result = run(code, in: session)
        end = .now
    }
}
