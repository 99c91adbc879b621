/// A syntax form that a note cannot run, with what the user is told about it.
///
/// Each form the dispatch switches of the lowering refuse is named here once, so that a message
/// is written in one place and its identifier (`ScriptDiagnosticID`) is stable. Forms that are
/// outside the subset by design ("not supported in notes") are distinct from forms that are
/// merely not done yet ("not supported yet").
enum UnsupportedSyntax: Equatable {
    /// `actor`, `async`, `await`.
    case concurrency(keyword: String)
    /// A macro declaration or a macro used where Folio runs none.
    case macro(keyword: String)
    /// `#sourceLocation`, `#if` in a statement list, editor placeholders, `using`.
    case compilerControl(keyword: String)
    /// A declaration that is valid Swift but not run in this position yet (`subscript`, `init`
    /// and `deinit` outside a type, `case` outside an enum…).
    case declaration(keyword: String)
    /// A `protocol` or `extension` inside a function or statement (Swift allows neither; local
    /// structs, classes and enums are declared by `LocalTypes.swift`).
    case nestedType
    /// `discard`, `yield`, `then`, and a statement swift-syntax could not make out.
    case statement(keyword: String)
    /// An expression kind the lowering does not handle; `text` is the expression as written.
    case expression(text: String)
    /// A type spelling the lowering does not handle; `text` is the type as written.
    case type(text: String)
    /// A numeric type other than `Int` and `Double` (`Float`, `UInt8`…), as a type or as a
    /// conversion (`Float(x)`).
    case numericType(name: String)

    /// The standard library's numeric types that notes do not have yet.
    static let numericTypeNames: Set<String> = [
        "Float16", "Float64", "Float80", "CGFloat",
    ]
}
