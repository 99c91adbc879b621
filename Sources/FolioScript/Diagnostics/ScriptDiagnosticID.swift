/// Stable identifiers of the interpreter's diagnostics.
///
/// Messages are for people and may be reworded; identifiers are for tests and tools, which
/// should not break when a message improves. An error thrown without a specific identifier is
/// `.unclassified`: the enum grows as diagnostics are given identifiers of their own.
public enum ScriptDiagnosticID: String, Sendable, CaseIterable {
    /// A diagnostic that has no identifier of its own yet.
    case unclassified = "unclassified"
    /// The block does not parse (swift-syntax's own diagnostics).
    case syntaxError = "syntax-error"
    /// Concurrency (`actor`, `async`, `await`): outside the subset, by design.
    case unsupportedConcurrency = "unsupported-concurrency"
    /// Macros and their declarations, other than Folio's `#expect`/`#require`.
    case unsupportedMacro = "unsupported-macro"
    /// Compiler-control and tooling forms (`#sourceLocation`, `#if` where not allowed,
    /// editor placeholders, `using`).
    case unsupportedCompilerControl = "unsupported-compiler-control"
    /// A declaration kind notes do not run yet, or not in this position.
    case unsupportedDeclaration = "unsupported-declaration"
    /// A type declared inside a function or a statement (types live at a note's top level).
    case nestedTypeDeclaration = "nested-type-declaration"
    /// A statement kind notes do not run yet (`discard`, `yield`, `then`).
    case unsupportedStatement = "unsupported-statement"
    /// An expression kind notes do not run yet (regex literals, parameter packs, ownership
    /// operators…).
    case unsupportedExpression = "unsupported-expression"
    /// A type spelling notes do not support yet (`some`/`any` compositions of several
    /// protocols, metatypes, packs, inline arrays…).
    case unsupportedType = "unsupported-type"
    /// A numeric type other than `Int` and `Double`.
    case unsupportedNumericType = "unsupported-numeric-type"
    /// A generic type or function.
    case unsupportedGenerics = "unsupported-generics"
    /// An attribute outside the subset (`@propertyWrapper`, `@resultBuilder`…).
    case unsupportedAttribute = "unsupported-attribute"
    /// `break` or `continue` outside what it can leave, or naming no enclosing label.
    case misplacedControlTransfer = "misplaced-control-transfer"
    /// A name, type or label that is not declared where it is used.
    case cannotFindInScope = "cannot-find-in-scope"
}
