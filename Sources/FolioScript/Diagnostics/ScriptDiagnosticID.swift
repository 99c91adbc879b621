/// Stable identifiers of the interpreter's diagnostics.
///
/// Messages are for people and may be reworded; identifiers are for tests and tools, which
/// should not break when a message improves. Every error the interpreter throws carries one
/// (`ScriptError.init` and `Lowerer.error` require it); the families follow swiftc's own
/// wording, so that one identifier covers the variants of one mistake. A raw value, once
/// published, is not renamed: add a case rather than change one.
public enum ScriptDiagnosticID: String, Sendable, CaseIterable, Codable {
    // MARK: Syntax and forms outside the subset

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
    /// A protocol or extension inside a function or a statement, or a local type Folio cannot
    /// declare (in a generic function, or a second type of one name).
    case nestedTypeDeclaration = "nested-type-declaration"
    /// A statement kind notes do not run yet (`discard`, `yield`, `then`, a `fallthrough`
    /// that is not last).
    case unsupportedStatement = "unsupported-statement"
    /// An expression kind notes do not run yet (regex literals, parameter packs, ownership
    /// operators…).
    case unsupportedExpression = "unsupported-expression"
    /// A type spelling notes do not support yet (`some`/`any` compositions of several
    /// protocols, metatypes, packs, inline arrays…).
    case unsupportedType = "unsupported-type"
    /// A numeric type other than `Int` and `Double`.
    case unsupportedNumericType = "unsupported-numeric-type"
    /// A generic form notes do not specialize (local generic functions, generic type
    /// aliases, generic static subscripts…).
    case unsupportedGenerics = "unsupported-generics"
    /// An attribute outside the subset (`@dynamicMemberLookup`…).
    case unsupportedAttribute = "unsupported-attribute"
    /// An operator notes do not implement yet (a prefix, postfix or infix operator of the
    /// standard library that has no lowering).
    case unsupportedOperator = "unsupported-operator"
    /// Valid Swift that the subset does not run yet and that is not one syntax form:
    /// functions or key paths as values, extensions of library types, a library
    /// initializer or overload notes lack, a pattern or accessor kind in one position.
    case unsupportedFeature = "unsupported-feature"

    // MARK: Names and declarations

    /// A name, type or label that is not declared where it is used.
    case cannotFindInScope = "cannot-find-in-scope"
    /// A name declared twice in one scope (swiftc's "invalid redeclaration").
    case invalidRedeclaration = "invalid-redeclaration"
    /// A declaration that breaks one of Swift's rules for its kind (a computed `let`, stored
    /// properties in an extension or enum, a `deinit` outside a class, a body missing its
    /// braces…).
    case invalidDeclaration = "invalid-declaration"
    /// `weak`/`unowned` applied where Swift does not allow it (a non-class type, a `let`,
    /// a non-optional `weak`).
    case invalidOwnership = "invalid-ownership"
    /// A property wrapper attribute whose type is not a wrapper or that does not fit.
    case invalidPropertyWrapper = "invalid-property-wrapper"
    /// A result builder applied where it cannot be, or lacking a `build…` method.
    case invalidResultBuilder = "invalid-result-builder"
    /// More variables in one note or one type than the interpreter's frames hold.
    case variableLimit = "variable-limit"

    // MARK: Types

    /// A value of one type where another is required ("cannot convert value of type…",
    /// mismatching branches of `? :`, conflicting generic arguments).
    case typeMismatch = "type-mismatch"
    /// An operator applied to operands of types it has no overload for.
    case invalidOperands = "invalid-operands"
    /// A type that Swift cannot infer without an annotation (`nil`, `[]`, a closure's
    /// parameters, a generic parameter).
    case cannotInferType = "cannot-infer-type"
    /// A type that does not conform to a protocol it must (`Hashable` keys, `Sequence` in
    /// `for-in`, a `where` requirement, a missing requirement).
    case missingConformance = "missing-conformance"
    /// Optional misused: a member of an optional without `?.`/`!`, `!` or `?.` on a
    /// non-optional, `??` or `if let` on a non-optional, comparing a non-optional to `nil`.
    case optionalMisuse = "optional-misuse"
    /// A literal that does not fit its type or cannot be read (overflowing integer literal,
    /// bad escape, a multi-character `Character`).
    case invalidLiteral = "invalid-literal"
    /// A generic function or type specialized over and over (recursion through ever larger
    /// types), past the interpreter's limit.
    case specializationDepth = "specialization-depth"

    // MARK: Members and calls

    /// A member, method or static property that the type does not have.
    case noMember = "no-member"
    /// A subscript that the type does not have, or called with labels or an index type it
    /// does not take.
    case noSubscript = "no-subscript"
    /// No overload, initializer or enum case of that name takes these arguments.
    case noMatchingOverload = "no-matching-overload"
    /// Too few or too many arguments (or generic arguments, or closure parameters).
    case wrongArgumentCount = "wrong-argument-count"
    /// Argument labels that are missing, extraneous or different from the declaration's.
    case wrongArgumentLabels = "wrong-argument-labels"
    /// An argument of the right type that the function cannot use (a closure of the wrong
    /// shape, a rounding rule or character set that is not one, a non-sequence).
    case invalidArgument = "invalid-argument"
    /// A call of something that is not a function.
    case notCallable = "not-callable"
    /// A type that cannot be constructed (no accessible initializer, a protocol).
    case notConstructible = "not-constructible"
    /// `&` missing before an `inout` argument, or used anywhere else.
    case inoutMisuse = "inout-misuse"
    /// Two `inout` accesses to one variable at once (Swift's exclusivity rule).
    case exclusiveAccess = "exclusive-access"

    // MARK: Statements and expressions

    /// Assigning to or mutating what cannot change: a `let`, a get-only property or
    /// subscript, `self` in a non-mutating method, an expression that is not a place.
    case cannotAssign = "cannot-assign"
    /// `break` or `continue` outside what it can leave, or naming no enclosing label.
    case misplacedControlTransfer = "misplaced-control-transfer"
    /// A function that can reach its end without returning its declared type, or a `guard`
    /// body that falls through.
    case missingReturn = "missing-return"
    /// A `return` with a value in a void function, or outside a function.
    case invalidReturn = "invalid-return"
    /// An expression in a position Swift does not allow it (`_` outside a pattern, a
    /// single-expression branch with several statements, `super` outside a subclass…).
    case invalidExpression = "invalid-expression"
    /// A pattern that cannot match the value's type (a tuple of the wrong length, an
    /// expression pattern without `==`), or a binding pattern that did not match.
    case patternMismatch = "pattern-mismatch"
    /// A `switch` that does not cover every value, statically or (for values the lowering
    /// cannot enumerate) at run time.
    case nonExhaustiveSwitch = "non-exhaustive-switch"
    /// A `throw` of a value that is not an `Error`, or not of the function's thrown type.
    case invalidThrow = "invalid-throw"
    /// `#expect`/`#require` written with arguments other than a Bool condition and a comment.
    case invalidCheck = "invalid-check"
    /// An `#expect` or `#require` whose condition is false (the block's check result, made a
    /// diagnostic with the values of its sub-expressions by FolioRender).
    case checkFailed = "check-failed"

    // MARK: Run time

    /// An integer operation whose result does not fit its type (Swift traps).
    case arithmeticOverflow = "arithmetic-overflow"
    /// Integer division or remainder by zero (Swift traps).
    case divisionByZero = "division-by-zero"
    /// An index or slice outside a collection or string.
    case indexOutOfRange = "index-out-of-range"
    /// `removeFirst`/`removeLast` on an empty collection.
    case emptyCollection = "empty-collection"
    /// A range or stride that Swift refuses to form or draw from (`lower > upper`, a zero
    /// stride, a random number in an empty or infinite range).
    case invalidRange = "invalid-range"
    /// A floating-point or integer conversion whose value does not fit the target type.
    case conversionOutOfRange = "conversion-out-of-range"
    /// `!` (or an implicitly unwrapped optional) applied to `nil`.
    case forceUnwrapNil = "force-unwrap-nil"
    /// `try!` on a call that threw.
    case forceTryFailed = "force-try-failed"
    /// `as!` on a value of another type.
    case castFailed = "cast-failed"
    /// A standard-library precondition that traps (a negative count, a radix out of range,
    /// duplicate dictionary keys…).
    case preconditionFailure = "precondition-failure"
    /// The note's own `fatalError`, failed `precondition` or failed `assert`.
    case fatalError = "fatal-error"
    /// A `String(format:)` whose specifiers do not match its arguments.
    case invalidFormat = "invalid-format"
    /// An error thrown by the note and not caught.
    case uncaughtError = "uncaught-error"
    /// An `unowned` reference read after its object was deallocated.
    case danglingUnownedReference = "dangling-unowned-reference"
    /// A variable read before its declaration ran (an earlier block failed).
    case uninitializedVariable = "uninitialized-variable"
    /// A tensor operation the numeric engine refused (shapes, ranks, indices).
    case numericsError = "numerics-error"
    /// A chart or table whose marks or data do not fit together.
    case chartError = "chart-error"
    /// A data file that cannot be read, or read from outside a note.
    case dataFileError = "data-file-error"

    // MARK: Budgets

    /// The note ran longer than its time budget.
    case timeLimit = "time-limit"
    /// The note used more memory than its budget.
    case memoryLimit = "memory-limit"
    /// Calls nested deeper than the depth limit (infinite recursion?).
    case recursionDepth = "recursion-depth"

    /// A state the lowering should have made impossible: a bug in Folio, not in the note.
    case internalError = "internal-error"
}
