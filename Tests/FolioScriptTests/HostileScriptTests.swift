import Foundation
import Testing

@testable import FolioScript

/// One hostile block and the diagnostic it must end with: an error at `line:column` with the
/// identifier `id`. Never a crash, an abort in the allocator, or a hang.
struct HostileBlock: CustomTestStringConvertible, Sendable {
    var name: String
    var code: String
    var line: Int
    var column: Int
    var id: ScriptDiagnosticID
    /// A small ``ScriptSession/maxCollectionBytes`` for cases that grow to the limit (the
    /// default 1 GiB would make the test allocate 1 GiB).
    var maxCollectionBytes: Int?

    var testDescription: String { name }
}

/// Huge allocations: a tensor is capped at `Tensor.maxElementCount` elements, a string or
/// array built in one step at 512 MiB.
let hugeAllocations: [HostileBlock] = [
    HostileBlock(
        name: "Tensor.zeros(shape: [1 << 40])", code: "let t = Tensor.zeros(shape: [1 << 40])\nprint(t.count)",
        line: 1, column: 9,
        id: .numericsError),
    HostileBlock(
        name: "Tensor.zeros of 2^20 × 2^20", code: "let t = Tensor.zeros(shape: [1 << 20, 1 << 20])",
        line: 1, column: 9, id: .numericsError),
    HostileBlock(
        name: "a shape whose element count overflows Int",
        code: "let t = Tensor.ones(shape: [1 << 32, 1 << 32, 1 << 32])", line: 1, column: 9,
        id: .numericsError),
    HostileBlock(
        name: "Tensor.eye(1 << 20)", code: "let t = Tensor.eye(1 << 20)", line: 1, column: 9,
        id: .numericsError),
    HostileBlock(
        name: "Tensor.arange(1e12)", code: "let t = Tensor.arange(1e12)", line: 1, column: 9,
        id: .numericsError),
    HostileBlock(
        name: "Tensor.linspace with 2^40 points", code: "let t = Tensor.linspace(0, 1, count: 1 << 40)",
        line: 1, column: 9, id: .numericsError),
    HostileBlock(
        name: "Tensor.normal(shape: [1 << 40])", code: "let t = Tensor.normal(shape: [1 << 40])", line: 1,
        column: 9, id: .numericsError),
    HostileBlock(
        name: "reshaped to 2^40 elements", code: "let t = Tensor.zeros(shape: [2, 3])\nlet u = t.reshaped([1 << 40])",
        line: 2, column: 11, id: .numericsError),
    HostileBlock(
        name: "broadcasting [10⁵, 1] + [1, 10⁵] (an outer sum of 10¹⁰ elements)",
        code: "let a = Tensor.zeros(shape: [100000, 1])\nlet b = Tensor.zeros(shape: [1, 100000])\nlet c = a + b",
        line: 3, column: 11, id: .numericsError),
    HostileBlock(
        name: "matmul of [10⁵, 1] and [1, 10⁵]",
        code: "let a = Tensor.ones(shape: [100000, 1])\nlet b = Tensor.ones(shape: [1, 100000])\nlet c = matmul(a, b)",
        line: 3, column: 9, id: .numericsError),
    HostileBlock(
        name: "String(repeating:count:) of 2^40", code: "let s = String(repeating: \"x\", count: 1 << 40)",
        line: 1, column: 9,
        id: .memoryLimit),
    HostileBlock(
        name: "Array(repeating:count:) of 2^40", code: "let a = Array(repeating: 0.0, count: 1 << 40)",
        line: 1, column: 9, id: .memoryLimit),
    HostileBlock(
        name: "a string doubled in a loop (s += s)", code: "var s = \"x\"\nwhile true {\n    s += s\n}",
        line: 3, column: 7, id: .memoryLimit,
        maxCollectionBytes: 16 << 20),
    HostileBlock(
        name: "a string doubled in a loop (s = s + s)", code: "var s = \"ab\"\nwhile true { s = s + s }",
        line: 2, column: 20, id: .memoryLimit,
        maxCollectionBytes: 16 << 20),
    HostileBlock(
        name: "an array doubled in a loop (a = a + a)", code: "var a = [1]\nwhile true { a = a + a }",
        line: 2, column: 20, id: .memoryLimit, maxCollectionBytes: 16 << 20),
    HostileBlock(
        name: "an array doubled in a loop (a += a)", code: "var a = [1.5]\nwhile true { a += a }",
        line: 2, column: 16, id: .memoryLimit, maxCollectionBytes: 16 << 20),
]

/// Code a note could use to write files, run processes or read outside its folder: none of it
/// exists in the DSL, so each is an unknown name (or wrong label) at its line.
let noCapabilities: [HostileBlock] = [
    HostileBlock(
        name: "writeFile", code: "writeFile(\"x.txt\", \"y\")", line: 1, column: 1,
        id: .cannotFindInScope),
    HostileBlock(
        name: "FileManager", code: "import Foundation\nFileManager.default.createFile(atPath: \"x\", contents: nil)",
        line: 2, column: 1, id: .cannotFindInScope),
    HostileBlock(
        name: "Process", code: "let p = Process()\np.run()", line: 1, column: 9,
        id: .cannotFindInScope),
    HostileBlock(
        name: "system()", code: "import Glibc\nsystem(\"rm -rf /\")", line: 2, column: 1,
        id: .cannotFindInScope),
    HostileBlock(
        name: "fopen", code: "let f = fopen(\"/tmp/x\", \"w\")", line: 1, column: 9,
        id: .cannotFindInScope),
    HostileBlock(
        name: "Data(contentsOf:)", code: "let d = Data(contentsOf: URL(fileURLWithPath: \"/etc/passwd\"))",
        line: 1, column: 9, id: .cannotFindInScope),
    HostileBlock(
        name: "String(contentsOfFile:)", code: "let s = String(contentsOfFile: \"/etc/passwd\")", line: 1,
        column: 9, id: .wrongArgumentLabels),
    HostileBlock(
        name: "String.write(toFile:)", code: "let s = \"x\"\ns.write(toFile: \"/tmp/x\", atomically: true)",
        line: 2, column: 3, id: .noMember),
    HostileBlock(
        name: "a sub-process via posix_spawn", code: "posix_spawn(nil, \"/bin/sh\", nil, nil, nil, nil)",
        line: 1, column: 1, id: .cannotFindInScope),
    HostileBlock(
        name: "readText of ../../etc/passwd", code: "let s = readText(\"../../etc/passwd\")", line: 1,
        column: 9, id: .dataFileError),
    HostileBlock(
        name: "readText of an absolute path", code: "\nlet s = readText(\"/etc/passwd\")", line: 2, column: 9,
        id: .dataFileError),
    HostileBlock(
        name: "readText of ~/.ssh", code: "let s = readText(\"~/.ssh/id_rsa\")", line: 1, column: 9,
        id: .dataFileError),
    HostileBlock(
        name: "readText through data/../..", code: "let s = readText(\"data/../../../etc/passwd\")", line: 1,
        column: 9, id: .dataFileError),
    HostileBlock(
        name: "Tensor(csvFile:) of an absolute path", code: "let t = Tensor(csvFile: \"/etc/passwd\")", line: 1,
        column: 9, id: .dataFileError),
]

/// Errors inside chart closures and checks on NaN: at the line of the failing expression.
let closureAndNaNErrors: [HostileBlock] = [
    HostileBlock(
        name: "division by zero inside a closure building chart data",
        code: "let xs = [1.0, 2.0]\nlet c = Chart {\n    LineMark(x: xs, y: xs.map { v in Double(Int(v) / 0) })\n}",
        line: 3, column: 52, id: .divisionByZero),
    HostileBlock(
        name: "an error thrown inside a chart closure and not caught",
        code: """
            enum Boom: Error { case bang }
            func f(_ v: Double) throws -> Double { throw Boom.bang }
            let xs = [1.0, 2.0]
            let c = Chart {
                LineMark(x: xs, y: try xs.map { try f($0) })
            }
            """,
        line: 2, column: 40, id: .uncaughtError),
    HostileBlock(
        name: "Int(Double.nan) traps with an error", code: "let n = Int(Double.nan)", line: 1, column: 9,
        id: .conversionOutOfRange),
    HostileBlock(
        name: "Int(-Double.infinity) traps with an error", code: "\n\nlet n = Int(-Double.infinity)", line: 3,
        column: 9, id: .conversionOutOfRange),
]

@Suite("Hostile blocks")
struct HostileScriptTests {
    @Test("huge allocations are errors at their line", arguments: hugeAllocations)
    func hugeAllocation(_ hostile: HostileBlock) {
        let session = ScriptSession(file: "t.md")
        if let limit = hostile.maxCollectionBytes { session.maxCollectionBytes = limit }
        expectError(hostile, run(hostile.code, in: session))
    }

    @Test("the DSL cannot write, run or read outside the note's folder", arguments: noCapabilities)
    func noCapability(_ hostile: HostileBlock) throws {
        let folder = try temporaryNoteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = ScriptSession(file: folder.appendingPathComponent("note.md").path)
        expectError(hostile, run(hostile.code, in: session))
        // Nothing was created next to the note.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test("errors in chart closures and checks on NaN/inf", arguments: closureAndNaNErrors)
    func closureOrNaN(_ hostile: HostileBlock) {
        let result = run(hostile.code)
        expectError(hostile, result)
        #expect(!result.printedText.contains("not reached"))
    }

    /// Runs `loop` (which declares `spin()`) in a first block with the default budget, then
    /// `spin()` in a second block limited to `limit`, and returns the second block's error. The
    /// loops live in a function so that parsing and lowering them is not charged to the tiny
    /// limit: on a loaded machine under AddressSanitizer that alone can take longer, and the
    /// budget is then exceeded at the block's first line, before the loop runs.
    private func spinError(_ loop: String, limit: Duration) -> Diagnostic? {
        let session = ScriptSession(file: "t.md")
        #expect(run(loop, in: session).error == nil)
        return session.run("spin()", line: 20, column: 1, blockIndex: 1, timeLimit: limit).error
    }

    @Test("while true {} stops at its line when the budget runs out")
    func infiniteLoop() {
        let error = spinError(
            "func spin() {\n    var i = 0\n    while true {\n        i += 1\n    }\n}", limit: .milliseconds(300))
        #expect(error?.line == 3 || error?.line == 4)
        #expect(error?.id == .timeLimit)
        #expect(error.map { Stop($0).calls } == ["spin called at 20:1"])
    }

    @Test("an empty while true {}, repeat-while and a nested loop stop too")
    func emptyAndNestedLoops() {
        for (loop, lines) in [
            ("func spin() {\n    while true {}\n}", [2]),
            ("func spin() {\n    repeat {} while true\n}", [2]),
            (
                "func spin() {\n    var s = 0\n    for i in 0..<Int.max {\n        for j in 0..<Int.max { s = s &+ (i ^ j) }\n    }\n}",
                [4]
            ),
            ("func spin() { spin2() }\nfunc spin2() { while true {} }", [2]),
        ] {
            let error = spinError(loop, limit: .milliseconds(300))
            #expect(error?.id == .timeLimit, "\(loop)")
            #expect(error.map { lines.contains($0.line) } == true, "\(loop): \(String(describing: error))")
        }
    }

    @Test("a whole-note budget stops a top-level loop")
    func topLevelLoop() {
        let session = ScriptSession(file: "t.md")
        session.timeBudget = .seconds(1)
        let error = run("var i = 0\nwhile true { i += 1 }", in: session).error
        #expect(error?.id == .timeLimit)
        // Line 2 (the loop) normally; line 1 only if parsing alone used up the second.
        #expect(error?.line == 2 || error?.line == 1)
    }

    @Test("unbounded recursion is an error at the recursive call, within the budget")
    func unboundedRecursion() {
        let result = run("func f(_ n: Int) -> Int {\n    return f(n + 1) + 1\n}\nprint(f(0))")
        #expect(result.error.map { "\($0.line):\($0.column)" } == "2:12")
        #expect(result.error?.id == .recursionDepth)
        // The stack trace, innermost call first.
        #expect(result.error.map { Stop($0).calls.first } == "f called at 2:12")
    }

    @Test("mutual recursion and recursion through a closure are stopped by the depth limit")
    func indirectRecursion() {
        let mutual = run("func a(_ n: Int) -> Int { b(n) }\nfunc b(_ n: Int) -> Int { a(n) }\nlet x = a(1)")
        #expect(mutual.error?.id == .recursionDepth)
        #expect(mutual.error?.line == 1 || mutual.error?.line == 2)
        let viaClosure = run(
            "func g(_ k: (Int) -> Int) -> Int { k(1) }\nfunc h(_ n: Int) -> Int { g { h($0 + n) } }\nlet y = h(0)")
        #expect(viaClosure.error?.id == .recursionDepth)
    }

    @Test("a session that hit its budget leaves a fresh session unaffected")
    func nextSessionUnaffected() {
        let spinning = ScriptSession(file: "a.md")
        spinning.timeBudget = .milliseconds(50)
        #expect(run("while true {}", in: spinning).error != nil)
        #expect(run("let t = Tensor.zeros(shape: [1 << 40])", in: ScriptSession(file: "b.md")).error != nil)
        #expect(output("print(1 + 1)\nlet t = Tensor.zeros(shape: [3])\nprint(t.count)") == "2\n3\n")
    }

    @Test("invisible characters next to an operator are an error at their column, not a trap in swift-syntax")
    func invisibleCharacters() {
        // FuzzBlock found `hi \u{4}= a.count - 1` (Fuzz/corpus/block/regress-fixit-invisible.swift).
        for (scalar, name) in [
            ("\u{1}", "U+0001"), ("\u{4}", "U+0004"), ("\u{B}", "U+000B"), ("\u{C}", "U+000C"), ("\u{1F}", "U+001F"),
            ("\u{7F}", "U+007F"), ("\u{85}", "U+0085"), ("\u{2028}", "U+2028"), ("\u{2029}", "U+2029"),
            ("\u{FEFF}", "U+FEFF"),
        ] {
            let error = run("let a = [1, 2]\nvar hi \(scalar)= a.count - 1").error
            #expect(error.map { "\($0.line):\($0.column)" } == "2:8", "\(name)")
            #expect(error?.id == .syntaxError, "\(name)")
            #expect(
                error?.message.hasPrefix("invisible character \(name) in the code; delete it") == true,
                "\(name): \(String(describing: error))")
        }
        // Tabs, carriage returns and a no-break space are not refused.
        #expect(run("var a \t= 1\r\nvar b\u{A0}= 2\nprint(a + b)").printedText == "3\n")
    }

    @Test("NaN and ±inf print as Swift prints them, in scalars and tensors")
    func nanAndInfinityPrint() {
        #expect(output("print(Double.nan, Double.infinity, -Double.infinity, 0.0 / 0.0)") == "nan inf -inf nan\n")
        #expect(output("print(Tensor([1.0, .nan, .infinity, -.infinity]))") == "[ 1.0,  nan,  inf, -inf]\n")
        #expect(output("let x = Double.nan\nprint(\"\\(x) \\(-Double.infinity)\")") == "nan -inf\n")
    }

    @Test("a failed check on NaN shows the values of its sub-expressions")
    func nanCheckValues() throws {
        let result = run("let x = Double.nan\nlet y = Double.infinity\n#expect(x < y)\n#expect(x == x)")
        #expect(
            result.checks.map { "\($0.line) \($0.passed) \($0.expression)" } == ["3 false x < y", "4 false x == x"])
        let check = try #require(result.checks.first)
        #expect(check.values.map { "\($0.expression) → \($0.value)" } == ["x → nan", "y → inf"])
    }

    @Test("#require on +inf stops the block at the check")
    func requireOnInfinity() throws {
        let result = run("let y = -Double.infinity\n#require(y.isFinite)\nprint(\"not reached\")")
        let check = try #require(result.checks.first)
        #expect("\(check.kind) \(check.line) \(check.passed)" == "require 2 false")
        #expect(check.values.map { "\($0.expression) → \($0.value)" }.contains("y → -inf"))
        #expect(!result.printedText.contains("not reached"))
    }

    @Test("a symbolic link out of the note's folder is refused; one inside it is followed")
    func symlinkOutOfFolder() throws {
        let folder = try temporaryNoteFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data("secret".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: data.appendingPathComponent("leak.txt"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("etc"), withDestinationURL: URL(fileURLWithPath: "/etc"))
        try Data("inside".utf8).write(to: data.appendingPathComponent("real.txt"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("alias.txt"), withDestinationURL: data.appendingPathComponent("real.txt"))

        let session = ScriptSession(file: folder.appendingPathComponent("note.md").path)
        let leak = run("let s = readText(\"data/leak.txt\")\nprint(s)", in: session)
        #expect(leak.error.map(Stop.init) == Stop(.dataFileError, at: "1:9"))
        #expect(!leak.printedText.contains("secret"))
        let passwd = run("let p = readText(\"etc/passwd\")", in: session)
        #expect(passwd.error?.id == .dataFileError)
        let csv = run("let t = Tensor(csvFile: \"etc/passwd\")", in: session)
        #expect(csv.error?.id == .dataFileError)
        #expect(run("print(readText(\"alias.txt\"))", in: session).printedText == "inside\n")
        #expect(session.filesRead == ["alias.txt"])
    }

    private func expectError(
        _ hostile: HostileBlock, _ result: BlockResult, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let error = result.error
        #expect(error != nil, "\(hostile.name): no error", sourceLocation: sourceLocation)
        guard let error else { return }
        #expect(
            "\(error.line):\(error.column)" == "\(hostile.line):\(hostile.column)", "\(error.message)",
            sourceLocation: sourceLocation)
        #expect(error.id == hostile.id, "\(error.message)", sourceLocation: sourceLocation)
    }

    private func temporaryNoteFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.resolvingSymlinksInPath()
    }
}
