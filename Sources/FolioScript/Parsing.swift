import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// Maps positions in a block's syntax tree to the note's own coordinates.
///
/// The block's first line sits at `line`/`column` of the file; block line `L` is file line
/// `line + L - 1`, and the column offset applies on every line (an indented fence).
struct SourceMapper {
    let converter: SourceLocationConverter
    let line: Int
    let column: Int

    func loc(_ position: AbsolutePosition) -> SourceLoc {
        let location = converter.location(for: position)
        return SourceLoc(line: line + location.line - 1, column: column + location.column - 1)
    }

    func loc(_ node: some SyntaxProtocol) -> SourceLoc {
        loc(node.positionAfterSkippingLeadingTrivia)
    }
}

/// A parsed, operator-folded block, or the syntax errors that keep it from running.
enum ParsedBlock {
    case tree(SourceFileSyntax, SourceMapper)
    case failure([Diagnostic])
}

enum BlockParser {
    /// Swift's standard operators plus Folio's own.
    static func operatorTable() -> OperatorTable {
        var table = OperatorTable.standardOperators
        // `≈` and the elementwise comparisons of FolioNumerics' tensors (masks).
        let folio = Parser.parse(
            source: """
                infix operator ≈: ComparisonPrecedence
                infix operator .<: ComparisonPrecedence
                infix operator .>: ComparisonPrecedence
                infix operator .<=: ComparisonPrecedence
                infix operator .>=: ComparisonPrecedence
                infix operator .==: ComparisonPrecedence
                infix operator .!=: ComparisonPrecedence

                """)
        try? table.addSourceFile(folio)
        return table
    }

    /// Parses `code`, reports swift-syntax's diagnostics at the note's coordinates and folds
    /// operator sequences into trees.
    ///
    /// `operators` is the note's table: the block's own `operator` and `precedencegroup`
    /// declarations join it before the block is folded (an operator is usable in the whole
    /// note, as in a Swift file), and stay for the blocks after it.
    static func parse(
        _ code: String, file: String, line: Int, column: Int, operators: inout OperatorTable
    ) -> ParsedBlock {
        let tree = Parser.parse(source: code)
        let converter = SourceLocationConverter(fileName: file, tree: tree)
        let mapper = SourceMapper(converter: converter, line: line, column: column)
        // swift-syntax 603 traps ("A Fix-It must have at least one change") on some invisible
        // characters next to an operator (`hi \u{4}= 1`, found by FuzzBlock): refuse them
        // before its diagnostics are generated.
        if let (offset, scalar) = invisibleCharacter(in: code) {
            let loc = mapper.loc(AbsolutePosition(utf8Offset: offset))
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return .failure([
                Diagnostic(
                    .error, "invisible character \(name) in the code; delete it (in a string, write \"\\u{\(hex)}\")",
                    file: file, line: loc.line, column: loc.column, id: .syntaxError)
            ])
        }
        var diagnostics: [Diagnostic] = []
        for diagnostic in ParseDiagnosticsGenerator.diagnostics(for: tree) {
            diagnostics.append(convert(diagnostic, mapper: mapper, file: file))
        }
        // A syntax error from another language's habit gets the Swift spelling.
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        func hinted(_ diagnostic: Diagnostic) -> Diagnostic {
            guard lines.indices.contains(diagnostic.line - line),
                let hint = Suggestions.syntaxHint(lines[diagnostic.line - line])
            else { return diagnostic }
            return Diagnostic(
                diagnostic.severity, diagnostic.message + "; " + hint, file: diagnostic.file, line: diagnostic.line,
                column: diagnostic.column, id: diagnostic.id)
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .failure(diagnostics.filter { $0.severity == .error }.map(hinted))
        }
        var foldErrors: [Diagnostic] = []
        operators.addSourceFile(tree) { error in
            foldErrors.append(convert(error.asDiagnostic, mapper: mapper, file: file))
        }
        let folded = operators.foldAll(tree) { error in
            foldErrors.append(convert(error.asDiagnostic, mapper: mapper, file: file))
        }
        if !foldErrors.isEmpty { return .failure(foldErrors.map(hinted)) }
        guard let file = folded.as(SourceFileSyntax.self) else {
            return .failure([
                Diagnostic(.error, "could not fold operators", file: file, line: line, column: column, id: .syntaxError)
            ])
        }
        return .tree(file, mapper)
    }

    /// The UTF-8 offset and value of the first control or invisible separator character in
    /// `code` (C0 controls other than tab, newline and carriage return; DEL; NEL; the line and
    /// paragraph separators; the byte order mark), or nil.
    static func invisibleCharacter(in code: String) -> (Int, Unicode.Scalar)? {
        var offset = 0
        for scalar in code.unicodeScalars {
            switch scalar.value {
            case 0x01...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F, 0x85, 0x2028, 0x2029, 0xFEFF: return (offset, scalar)
            default: offset += scalar.utf8.count
            }
        }
        return nil
    }

    private static func convert(
        _ diagnostic: SwiftDiagnostics.Diagnostic, mapper: SourceMapper, file: String
    ) -> Diagnostic {
        let loc = mapper.loc(diagnostic.position)
        let severity: DiagnosticSeverity =
            switch diagnostic.diagMessage.severity {
            case .error: .error
            case .warning: .warning
            default: .note
            }
        return Diagnostic(
            severity, diagnostic.message, file: file, line: loc.line, column: loc.column, id: .syntaxError)
    }
}

/// A parsed tree held while lowering.
struct SourceFileSyntaxBox {
    let syntax: SourceFileSyntax

    init(_ syntax: SourceFileSyntax) {
        self.syntax = syntax
    }
}
