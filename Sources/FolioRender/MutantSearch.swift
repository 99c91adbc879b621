import FolioMarkdown
import Foundation
import SwiftParser
import SwiftSyntax

/// Where `folio mutate` changes a note: every numeric literal and every arithmetic or comparison
/// operator of the executable blocks that verify equations, and of the definitions of other
/// blocks those blocks use (``MutantDefinitions``), one token at a time.
///
/// Rules:
/// - integer literals `n` become `n + 1`; float literals `x` become `1.1·x` (`0.0` becomes
///   `1.0`), written so that they stay float literals;
/// - `+` ↔ `-`, `*` ↔ `/`, `<` ↔ `>`, `<=` ↔ `>=`, `==` ↔ `!=` (binary operators only);
/// - operators inside the condition of a `#expect`/`#require` are left alone (turning a check's
///   comparison around tests the checker, not the check); literals there are mutated and marked
///   ``Mutant/inCheck``;
/// - tokens in the initializer of a constant named by the block's `//| mutate-free:` option are
///   marked ``Mutant/declaredFree``.
public enum MutantSearch {
    /// The mutants of `note`, in document order. `path` names the file in each mutant.
    public static func mutants(of note: Note, path: String) -> [Mutant] {
        var found: [Mutant] = []
        for block in note.codeBlocks where block.isExecutable && !block.options.verifies.isEmpty {
            found += mutants(of: block, path: path, external: namesOutside(block, of: note))
        }
        for (definition, equations) in MutantDefinitions.usedDefinitions(of: note) {
            found += mutants(
                in: definition.node, block: definition.block, converter: definition.converter, path: path,
                equations: equations, definition: definition.names.first)
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    static func mutants(of block: CodeBlock, path: String, external: Set<String>) -> [Mutant] {
        let tree = Parser.parse(source: block.code)
        let converter = SourceLocationConverter(fileName: path, tree: tree)
        return mutants(
            in: Syntax(tree), block: block, converter: converter, path: path, equations: block.options.verifies,
            definition: nil, flow: MutantReach(tree: tree, external: external))
    }

    /// Every identifier of the note's other executable blocks that may check something (what a
    /// block's variables may flow into outside it): the blocks with a `#expect`/`#require`, and
    /// the blocks that define a name those mention, and so on. A block without checks whose
    /// definitions no checking block uses only draws or prints. Inline expressions are not
    /// included: like a `print`, an inline value shows a number, it does not check it.
    static func namesOutside(_ block: CodeBlock, of note: Note) -> Set<String> {
        struct Other {
            var names: Set<String> = []
            var declared: Set<String> = []
            var checks = false
        }
        var others: [Other] = []
        for other in note.codeBlocks where other.isExecutable && other.index != block.index {
            let tree = Parser.parse(source: other.code)
            var info = Other()
            for token in tree.tokens(viewMode: .sourceAccurate) {
                if case .identifier(let text) = token.tokenKind { info.names.insert(text) }
                if !info.checks, isInsideCheck(token) { info.checks = true }
            }
            for item in tree.statements {
                info.declared.formUnion(MutantDefinitions.declaredNames(of: item.item))
            }
            others.append(info)
        }
        var names: Set<String> = []
        var included = others.map(\.checks)
        for (index, other) in others.enumerated() where included[index] {
            names.formUnion(other.names)
        }
        var changed = true
        while changed {
            changed = false
            for (index, other) in others.enumerated() where !included[index] && !other.declared.isDisjoint(with: names)
            {
                included[index] = true
                names.formUnion(other.names)
                changed = true
            }
        }
        return names
    }

    /// The mutants of the tokens of `node`, a part of `block` parsed with `converter`.
    static func mutants(
        in node: Syntax, block: CodeBlock, converter: SourceLocationConverter, path: String, equations: [String],
        definition: String?, flow: MutantReach? = nil
    ) -> [Mutant] {
        var found: [Mutant] = []
        let free = freeRanges(in: node.root, names: freeNames(of: block))
        for token in node.tokens(viewMode: .sourceAccurate) {
            guard let replacement = replacement(for: token) else { continue }
            let inCheck = isInsideCheck(token)
            if inCheck, case .binaryOperator = token.tokenKind { continue }
            let position = converter.location(for: token.positionAfterSkippingLeadingTrivia)
            let line = block.codeStart.line + position.line - 1
            let column = position.line == 1 ? block.codeStart.column + position.column - 1 : position.column
            found.append(
                Mutant(
                    file: path, line: line, column: column, original: token.text,
                    replacement: replacement, equations: equations, inCheck: inCheck,
                    inDisplay: isInsideDisplay(token), definition: definition,
                    reachesCheck: flow?.reachesCheck(token) ?? true,
                    declaredFree: free.contains { $0.contains(token.positionAfterSkippingLeadingTrivia) }))
        }
        return found
    }

    /// The names of `//| mutate-free: a, b`: constants of the block that its author declares
    /// free parameters of its checks (a simulation size, the scale of random inputs, a test
    /// input of an identity), whose value any number in a range would serve.
    static func freeNames(of block: CodeBlock) -> Set<String> {
        guard let raw = block.options["mutate-free"] else { return [] }
        return Set(raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// The initializers of the top-level `let`/`var` declarations of `root` that declare a name
    /// of `names` (alone or in a tuple: `let (x, c) = sample(…)`).
    static func freeRanges(in root: Syntax, names: Set<String>) -> [Range<AbsolutePosition>] {
        guard !names.isEmpty, let file = root.as(SourceFileSyntax.self) else { return [] }
        var ranges: [Range<AbsolutePosition>] = []
        for item in file.statements {
            guard let variable = item.item.as(VariableDeclSyntax.self) else { continue }
            for binding in variable.bindings {
                let declared = binding.pattern.tokens(viewMode: .sourceAccurate).map(\.text)
                guard declared.contains(where: names.contains), let value = binding.initializer?.value else { continue }
                ranges.append(value.range)
            }
        }
        return ranges
    }

    /// The mutated text of a literal or operator token; nil for every other token.
    static func replacement(for token: TokenSyntax) -> String? {
        switch token.tokenKind {
        case .integerLiteral(let text):
            let digits = text.replacingOccurrences(of: "_", with: "")
            guard let n = Int(digits), n < Int.max else { return nil }
            return String(n + 1)
        case .floatLiteral(let text):
            let digits = text.replacingOccurrences(of: "_", with: "")
            guard let x = Double(digits), x.isFinite else { return nil }
            if x == 0 { return "1.0" }
            var mutated = String(format: "%.6g", x * 1.1)
            if !mutated.contains(".") && !mutated.contains("e") { mutated += ".0" }
            return mutated
        case .binaryOperator(let op):
            guard token.parent?.is(BinaryOperatorExprSyntax.self) == true else { return nil }
            let swaps = [
                "+": "-", "-": "+", "*": "/", "/": "*", "<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "!=",
                "!=": "==",
            ]
            return swaps[op]
        default:
            return nil
        }
    }

    /// Whether `token` is inside the argument list of a `#expect(…)` or `#require(…)`.
    /// A token in the range of a `for` loop whose body holds only checks counts as inside a
    /// check too: the range only chooses which evaluations of those checks run.
    static func isInsideCheck(_ token: TokenSyntax) -> Bool {
        var node: Syntax? = token.parent
        var previous = Syntax(token)
        while let current = node {
            if let macro = current.as(MacroExpansionExprSyntax.self) {
                let name = macro.macroName.text
                if name == "expect" || name == "require" { return true }
            }
            if let loop = current.as(ForStmtSyntax.self), loop.sequence.id == previous.id, isLoopOverChecks(loop) {
                return true
            }
            previous = current
            node = current.parent
        }
        return false
    }

    /// Whether every statement of `loop`'s body is a `#expect`/`#require` or another loop over
    /// checks.
    static func isLoopOverChecks(_ loop: ForStmtSyntax) -> Bool {
        let statements = loop.body.statements
        return !statements.isEmpty
            && statements.allSatisfy { item in
                var inner = Syntax(item.item)
                if let statement = inner.as(ExpressionStmtSyntax.self) { inner = Syntax(statement.expression) }
                if let macro = inner.as(MacroExpansionExprSyntax.self) {
                    return macro.macroName.text == "expect" || macro.macroName.text == "require"
                }
                if let nested = inner.as(ForStmtSyntax.self) { return isLoopOverChecks(nested) }
                return false
            }
    }

    /// The calls whose arguments only show results.
    static let displayCalls: Set<String> = [
        "Chart", "Table", "Column", "LineMark", "PointMark", "BarMark", "AreaMark", "RuleMark",
        "RectangleMark", "Histogram", "print",
    ]

    /// Whether `token` is inside a call of ``displayCalls`` or a chart modifier (`.chart…`,
    /// `.frame`, `.lineStyle`).
    static func isInsideDisplay(_ token: TokenSyntax) -> Bool {
        var node: Syntax? = token.parent
        while let current = node {
            if let call = current.as(FunctionCallExprSyntax.self) {
                if let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
                    displayCalls.contains(name)
                {
                    return true
                }
                if let member = call.calledExpression.as(MemberAccessExprSyntax.self)?.declName.baseName.text,
                    member.hasPrefix("chart") || member == "frame" || member == "lineStyle"
                {
                    return true
                }
            }
            node = current.parent
        }
        return false
    }

    /// `source` with the token of `mutant` replaced, or nil if the token is not where the
    /// mutant says (the note changed).
    public static func apply(_ mutant: Mutant, to source: String) -> String? {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let index = mutant.line - 1
        guard lines.indices.contains(index) else { return nil }
        let start = mutant.column - 1
        let original = Array(mutant.original.utf8)
        let line = lines[index]
        guard start >= 0, start + original.count <= line.count,
            Array(line[start..<(start + original.count)]) == original
        else { return nil }
        lines[index] = Array(line[..<start]) + Array(mutant.replacement.utf8) + Array(line[(start + original.count)...])
        return lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }
}
