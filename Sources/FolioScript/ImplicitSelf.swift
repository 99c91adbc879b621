import SwiftOperators
import SwiftParser
import SwiftSyntax

/// Extensions of arrays (`extension Array where Element == Double`, or of `Sequence`/`Collection`
/// with that clause) and implicit `self` inside extensions of builtin types (`count`,
/// `reduce(0, +)`, `uppercased()` meaning `self.count`, …).
extension Lowerer {
    /// The array type an `extension Array where Element == T` (or `Sequence`, `Collection`, …,
    /// or `[T]`) extends; nil when the extension is of something else. A generic extension
    /// (no `Element ==` clause) is recorded before this is asked (`GenericArrayExtension`).
    func arrayExtensionType(_ ext: ExtensionDeclSyntax) throws -> ScriptType? {
        if let array = ext.extendedType.as(ArrayTypeSyntax.self) { return .array(try type(array.element)) }
        if let collection = try dictionaryOrSetExtensionType(ext) { return collection }
        let name = ext.extendedType.trimmedDescription
        let sequences = [
            "Array", "Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection",
        ]
        guard sequences.contains(name) else { return nil }
        for requirement in ext.genericWhereClause?.requirements ?? [] {
            if case .sameTypeRequirement(let same) = requirement.requirement,
                same.leftType.trimmedDescription == "Element",
                case .type(let element) = same.rightType
            {
                return .array(try type(element))
            }
        }
        throw error(
            "extensions of '\(name)' need a `where Element == …` clause in notes (generic extensions are not supported)",
            ext.extendedType, id: .unsupportedGenerics)
    }

    /// The dictionary or set type an `extension Dictionary where Key == K, Value == V`,
    /// `extension Set where Element == E` or `extension [K: V]` extends; nil for other
    /// extensions. Like arrays', these extensions name their element types: a generic one is
    /// refused.
    private func dictionaryOrSetExtensionType(_ ext: ExtensionDeclSyntax) throws -> ScriptType? {
        if let dictionary = ext.extendedType.as(DictionaryTypeSyntax.self) {
            return .dictionary(try type(dictionary.key), try type(dictionary.value))
        }
        let name = ext.extendedType.trimmedDescription
        guard name == "Dictionary" || name == "Set" else { return nil }
        var bound: [String: ScriptType] = [:]
        for requirement in ext.genericWhereClause?.requirements ?? [] {
            if case .sameTypeRequirement(let same) = requirement.requirement, case .type(let right) = same.rightType {
                bound[same.leftType.trimmedDescription] = try type(right)
            }
        }
        if name == "Set", let element = bound["Element"] { return .set(element) }
        if name == "Dictionary", let key = bound["Key"], let value = bound["Value"] { return .dictionary(key, value) }
        let clause = name == "Set" ? "`where Element == …`" : "`where Key == …, Value == …`"
        throw error(
            "extensions of '\(name)' need a \(clause) clause in notes (generic extensions are not supported)",
            ext.extendedType, id: .unsupportedGenerics)
    }

    /// `count` or `reduce(0, +)` inside an extension of a builtin type: lowered as `self.count`,
    /// `self.reduce(0, +)`, through the ordinary member lowering. Nil outside such extensions.
    ///
    /// Folio writes `self.` in front of the expression's own text, placed at the expression's
    /// offset in the block (the text before it is blank), so every node of the rewritten
    /// expression keeps its line and column for diagnostics.
    /// In a note's sequence (an `ArraySlice` given an `extension Collection` included), a
    /// standard algorithm it does not declare is reached the same way.
    func implicitSelfExpression(_ expr: ExprSyntax, expected: ScriptType?) throws -> Typed? {
        guard let currentType, lookup("self") != nil,
            currentType.extendedBuiltin != nil || userSequence(.named(currentType)) != nil
        else { return nil }
        let offset = expr.positionAfterSkippingLeadingTrivia.utf8Offset
        let prefix = "self."
        guard offset >= prefix.utf8.count else { return nil }
        let source = String(repeating: " ", count: offset - prefix.utf8.count) + prefix + expr.trimmedDescription
        let tree = Parser.parse(source: source)
        if tree.hasError { return nil }
        guard let folded = BlockParser.operatorTable().foldAll(tree, errorHandler: { _ in }).as(SourceFileSyntax.self),
            let item = folded.statements.first, case .expr(let rewritten) = item.item
        else { return nil }
        let savedRecorder = recorder
        recorder = nil
        defer { recorder = savedRecorder }
        do {
            return try lower(rewritten, expected: expected)
        } catch let failure as ScriptError where failure.isMissingMember(of: currentType.selfType.description) {
            // Not a member either: the caller reports "cannot find … in scope", as Swift does.
            return nil
        }
    }

    /// Whether, inside a member of a type, the type's own property `name` hides the global
    /// `variable` of the same name (Swift looks up members before globals; locals still win).
    func memberShadows(_ variable: Variable, _ name: String) -> Bool {
        guard variable.isGlobal, let currentType, currentType.extendedBuiltin == nil else { return false }
        guard lookup("self") != nil else {
            // In a static method, the type's static properties hide globals of their names.
            return function != nil
                && (currentType.staticVariables[name] != nil || currentType.staticComputed[name] != nil)
        }
        return currentType.fieldIndex[name] != nil || currentType.computedProperty(name) != nil
    }
}
