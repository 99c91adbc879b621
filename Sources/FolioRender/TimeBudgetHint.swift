import FolioScript
import Foundation

/// When a block runs out of time, the interpreter stops at the loop iteration or call that was
/// running and reports "time budget of 60 s exceeded" there. This adds what to do about it:
/// the line that was running (usually the loop that does not end) and the two ways to raise
/// the budget.
enum TimeBudgetHint {
    /// `result` with its time budget error, if any, explained.
    static func annotate(_ result: BlockResult, source: String) -> BlockResult {
        guard result.outputs.contains(where: { if case .error(let d) = $0 { isOverrun(d) } else { false } }) else {
            return result
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var annotated = result
        annotated.outputs = result.outputs.map { output in
            guard case .error(var diagnostic) = output, isOverrun(diagnostic) else { return output }
            diagnostic.message = message(for: diagnostic, lines: lines)
            return .error(diagnostic)
        }
        return annotated
    }

    /// Whether `diagnostic` is the interpreter's time budget error (and not yet explained).
    static func isOverrun(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.id == .timeLimit && diagnostic.message.hasSuffix(" exceeded")
    }

    /// "time budget of 60 s exceeded while running line 12 (`while x > 0 {`)" and a second line
    /// on how to raise it.
    static func message(for diagnostic: Diagnostic, lines: [Substring]) -> String {
        var headline = diagnostic.message + " while running line \(diagnostic.line)"
        if diagnostic.line >= 1, diagnostic.line <= lines.count {
            let code = lines[diagnostic.line - 1].trimmingCharacters(in: .whitespaces)
            if !code.isEmpty { headline += " (`\(code.count > 60 ? String(code.prefix(57)) + "…" : code)`)" }
        }
        return headline
            + "\n  a loop that never ends? If the work is meant to take this long, raise the budget with `timeout: 5m` in the front matter (the note's budget, shared by all its blocks; 60 s by default); a block's own `//| timeout: 2m` limits that block within it"
    }
}
