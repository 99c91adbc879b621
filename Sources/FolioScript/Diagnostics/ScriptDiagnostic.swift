/// A diagnostic whose message has a fixed shape, with the parts that vary.
///
/// The families that many sites raise with the same wording (a name not in scope, a missing
/// member, a `let` assigned to, a run-time trap) are cases here, so the wording is written
/// once, in `ScriptDiagnostic+Diagnostics.swift`, and each case has its `ScriptDiagnosticID`.
/// Errors whose text is particular to one site pass the text with an identifier instead
/// (`Lowerer.error(_:_:id:)`).
enum ScriptDiagnostic: Equatable {
    /// What a `let` constant was about to undergo, as swiftc words it.
    enum LetAction: String {
        /// `x.field = 1` on a `let x`.
        case property = "assign to property"
        /// `x = 1` on a `let x`.
        case value = "assign to value"
        /// `x.append(1)` on a `let x`.
        case mutatingMember = "use mutating member on immutable value"
    }

    /// A name used where none is declared; `kind` is "type", "label" or "loop label" when it
    /// is not a value, `hint` a "did you mean" suggestion (with its leading separator).
    case cannotFindInScope(String, kind: String = "", hint: String = "")
    /// `value.member` where the value's type has no such member.
    case valueHasNoMember(type: String, member: String, hint: String = "")
    /// `value.method(…)` where no method of the value's type has that name and those labels;
    /// `inNotesYet` when the standard library has it but notes do not.
    case valueHasNoMethod(type: String, method: String, inNotesYet: Bool, hint: String)
    /// `Type.member` where the type has no such static member or case.
    case typeHasNoMember(type: String, member: String, hint: String = "")
    /// A `let` constant assigned to or mutated.
    case letConstant(String, LetAction)
    /// A second declaration of a name in the same scope.
    case invalidRedeclaration(String)
    /// An argument whose type is not the parameter's.
    case cannotConvertArgument(from: String, to: String)
    /// An argument without the label its parameter requires (`callee` names the function
    /// when the message does).
    case missingArgumentLabel(String, callee: String = "")
    /// An argument with a label its parameter does not have.
    case extraneousArgumentLabel(String, callee: String = "")
    /// A generic parameter that neither the arguments nor the context determine.
    case genericParameterNotInferred(String)
    /// `nil` where no optional type is expected.
    case nilRequiresContextualType
    /// `[]` or `[:]` without a type to give it.
    case emptyCollectionLiteral
    /// A declaration without a type or a value to infer it from.
    case typeAnnotationMissing
    /// A function, initializer, accessor or subscript declared without its body; `place` is
    /// swiftc's name for it ("body of method", "deinitializer"…).
    case expectedBody(String)
    /// An accessor kind notes do not run (`_modify`, `unsafeAddress`…).
    case unsupportedAccessor(String)
    /// An operator of the standard library that has no lowering yet; `fixity` is "prefix",
    /// "postfix" or empty for an infix operator.
    case unsupportedOperator(String, fixity: String = "")
    /// `%` or `%=` on floating-point values, which Swift spells `truncatingRemainder`.
    case floatingPointRemainder(compound: Bool)
    /// `x!` on a value that is not optional.
    case forceUnwrapNonOptional(type: String)
    /// `x?.member` on a value that is not optional.
    case optionalChainingOnNonOptional(type: String)
    /// A dictionary key or set element type that is not `Hashable`.
    case notHashable(type: String)
    /// An integer operation whose result does not fit (Swift traps).
    case arithmeticOverflow
    /// Integer division by zero (Swift traps).
    case divisionByZero
    /// `x!` on `nil`.
    case unexpectedNil
    /// An array index outside `0..<count`.
    case indexOutOfRange(index: Int, count: Int)
    /// A range subscript outside `0...count`.
    case sliceOutOfRange(lower: Int, upper: Int, count: Int)
    /// A string index outside the string.
    case stringIndexOutOfBounds
    /// The standard library's own trap for an index outside an array.
    case standardIndexOutOfRange
    /// `insert(_:at:)` at an index outside `0...count`.
    case arrayIndexOutOfRange
    /// `removeFirst()`/`removeLast()` on an empty collection; `end` is "first" or "last".
    case emptyCollection(end: String)
    /// `stride(from:to:by: 0)`.
    case zeroStride
    /// `a..<b` or `a...b` with `a > b`.
    case rangeBoundsOutOfOrder
    /// A variable whose declaration never ran (it was in a block that failed).
    case uninitializedVariable
    /// A state the lowering should have ruled out; `detail` says which.
    case internalError(String)
}
