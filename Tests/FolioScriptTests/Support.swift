import FolioScript
import Foundation
import Testing

/// Runs one block in a fresh session (or the given one) at file line 1, column 1.
func run(
    _ code: String, in session: ScriptSession = ScriptSession(file: "t.md"), line: Int = 1, column: Int = 1,
    block: Int = 0, display: Bool = true
) -> BlockResult {
    session.run(code, line: line, column: column, blockIndex: block, displaysLastValue: display)
}

/// The printed text of a block, or its error message prefixed with `error:`.
func output(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let result = run(code)
    if let error = result.error {
        expectClassified(error, sourceLocation: sourceLocation)
        return result.printedText + "error: \(error.message)"
    }
    return result.printedText
}

/// The error of a block as `line:column: message`.
func failure(
    _ code: String, line: Int = 1, column: Int = 1, sourceLocation: SourceLocation = #_sourceLocation
) -> String? {
    run(code, line: line, column: column).error.map {
        expectClassified($0, sourceLocation: sourceLocation)
        return "\($0.line):\($0.column): \($0.message)"
    }
}

/// Every error a test meets carries a family's identifier: none is unidentified or blamed on
/// Folio itself (`ScriptDiagnosticTests` checks the identifiers; this checks every other test's).
func expectClassified(_ error: Diagnostic, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
        error.id != nil && error.id != .internalError, "\(error.message): \(error.id?.rawValue ?? "no id")",
        sourceLocation: sourceLocation)
}

/// What a test asserts of a block's error: its family's identifier and the `line:column` it
/// points at, never its wording (`ScriptDiagnosticTests` tests the wording, once). The message
/// and the calls are kept for what a test says when it fails, and for the tests about traces.
struct Stop: Equatable, CustomStringConvertible {
    /// The diagnostic's family.
    let id: ScriptDiagnosticID?
    /// `line:column` in the note.
    let location: String
    /// The calls the error unwound, innermost first (`f called at 4:19`).
    let calls: [String]
    /// The message as the user reads it; not compared.
    let message: String

    /// The expectation of an error of family `id` at `location`.
    init(_ id: ScriptDiagnosticID?, at location: String) {
        self.init(id, at: location, calls: [], message: "")
    }

    private init(_ id: ScriptDiagnosticID?, at location: String, calls: [String], message: String) {
        self.id = id
        self.location = location
        self.calls = calls
        self.message = message
    }

    /// The stop of `diagnostic`. Its calls are the trace `ScriptSession` appends to the message,
    /// ` (in f called at 4:19, in g called at 5:7)`: the one place a test reads that shape.
    init(_ diagnostic: Diagnostic) {
        var calls: [String] = []
        if diagnostic.message.hasSuffix(")"), let open = diagnostic.message.range(of: " (in ", options: .backwards) {
            calls = diagnostic.message[open.upperBound..<diagnostic.message.index(before: diagnostic.message.endIndex)]
                .components(separatedBy: ", in ")
        }
        self.init(
            diagnostic.id, at: "\(diagnostic.line):\(diagnostic.column)", calls: calls, message: diagnostic.message)
    }

    static func == (left: Stop, right: Stop) -> Bool { left.id == right.id && left.location == right.location }

    var description: String { "\(id?.rawValue ?? "no id") at \(location)\(message.isEmpty ? "" : ": \(message)")" }
}

/// The error of a block as its identifier and location (see ``Stop``).
func stop(
    _ code: String, line: Int = 1, column: Int = 1, sourceLocation: SourceLocation = #_sourceLocation
) -> Stop? {
    run(code, line: line, column: column).error.map {
        expectClassified($0, sourceLocation: sourceLocation)
        return Stop($0)
    }
}
