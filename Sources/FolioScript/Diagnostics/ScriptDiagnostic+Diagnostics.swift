import SwiftSyntax

extension ScriptDiagnostic {
    /// The stable identifier of this diagnostic.
    var id: ScriptDiagnosticID {
        switch self {
        case .cannotFindInScope: .cannotFindInScope
        case .valueHasNoMember, .valueHasNoMethod, .typeHasNoMember: .noMember
        case .letConstant: .cannotAssign
        case .invalidRedeclaration: .invalidRedeclaration
        case .cannotConvertArgument: .typeMismatch
        case .missingArgumentLabel, .extraneousArgumentLabel: .wrongArgumentLabels
        case .genericParameterNotInferred, .nilRequiresContextualType, .emptyCollectionLiteral,
            .typeAnnotationMissing:
            .cannotInferType
        case .expectedBody: .invalidDeclaration
        case .unsupportedAccessor: .unsupportedDeclaration
        case .unsupportedOperator: .unsupportedOperator
        case .floatingPointRemainder: .invalidOperands
        case .emptyCollection: .emptyCollection
        case .forceUnwrapNonOptional, .optionalChainingOnNonOptional: .optionalMisuse
        case .notHashable: .missingConformance
        case .arithmeticOverflow: .arithmeticOverflow
        case .divisionByZero: .divisionByZero
        case .unexpectedNil: .forceUnwrapNil
        case .indexOutOfRange, .sliceOutOfRange, .stringIndexOutOfBounds, .standardIndexOutOfRange,
            .arrayIndexOutOfRange:
            .indexOutOfRange
        case .zeroStride, .rangeBoundsOutOfOrder: .invalidRange
        case .uninitializedVariable: .uninitializedVariable
        case .internalError: .internalError
        }
    }

    /// What the user reads, in swiftc's words where swiftc has some (and the standard
    /// library's for run-time traps).
    var message: String {
        switch self {
        case .cannotFindInScope(let name, let kind, let hint):
            "cannot find \(kind.isEmpty ? "" : kind + " ")'\(name)' in scope\(hint)"
        case .valueHasNoMember(let type, let member, let hint):
            "value of type '\(type)' has no member '\(member)'\(hint)"
        case .valueHasNoMethod(let type, let method, let inNotesYet, let hint):
            "value of type '\(type)' has no method '\(method)'\(inNotesYet ? " in notes yet" : "")\(hint)"
        case .typeHasNoMember(let type, let member, let hint):
            "type '\(type)' has no member '\(member)'\(hint)"
        case .letConstant(let name, let action):
            "cannot \(action.rawValue): '\(name)' is a 'let' constant"
        case .invalidRedeclaration(let name):
            "invalid redeclaration of '\(name)'"
        case .cannotConvertArgument(let from, let to):
            "cannot convert value of type '\(from)' to expected argument type '\(to)'"
        case .missingArgumentLabel(let label, let callee):
            "missing argument label '\(label):' in call\(callee.isEmpty ? "" : " to '\(callee)'")"
        case .extraneousArgumentLabel(let label, let callee):
            "extraneous argument label '\(label):' in call\(callee.isEmpty ? "" : " to '\(callee)'")"
        case .genericParameterNotInferred(let name):
            "generic parameter '\(name)' could not be inferred"
        case .nilRequiresContextualType:
            "'nil' requires a contextual type"
        case .emptyCollectionLiteral:
            "empty collection literal requires an explicit type"
        case .typeAnnotationMissing:
            "type annotation missing in pattern"
        case .expectedBody(let place):
            "expected '{' in \(place)"
        case .unsupportedAccessor(let kind):
            "`\(kind)` accessors are not supported in notes"
        case .unsupportedOperator(let op, let fixity):
            "\(fixity.isEmpty ? "" : fixity + " ")operator '\(op)' is not supported yet"
        case .floatingPointRemainder(let compound):
            compound
                ? "'%=' is unavailable: For floating point numbers use formTruncatingRemainder instead"
                : "'%' is unavailable: For floating point numbers use truncatingRemainder instead"
        case .forceUnwrapNonOptional(let type):
            "cannot force unwrap value of non-optional type '\(type)'"
        case .optionalChainingOnNonOptional(let type):
            "cannot use optional chaining on non-optional value of type '\(type)'"
        case .notHashable(let type):
            "type '\(type)' does not conform to protocol 'Hashable'"
        case .arithmeticOverflow:
            "arithmetic overflow"
        case .divisionByZero:
            "division by zero"
        case .unexpectedNil:
            "unexpectedly found nil while unwrapping an Optional value"
        case .indexOutOfRange(let index, let count):
            "index out of range (index \(index), count \(count))"
        case .sliceOutOfRange(let lower, let upper, let count):
            "slice \(lower)..<\(upper) out of range (count \(count))"
        case .stringIndexOutOfBounds:
            "String index is out of bounds"
        case .standardIndexOutOfRange:
            "Index out of range"
        case .arrayIndexOutOfRange:
            "Array index is out of range"
        case .emptyCollection(let end):
            "Can't remove \(end) element from an empty collection"
        case .zeroStride:
            "Stride size must not be zero"
        case .rangeBoundsOutOfOrder:
            "Range requires lowerBound <= upperBound"
        case .uninitializedVariable:
            "use of a variable that has no value (its declaration did not run)"
        case .internalError(let detail):
            "internal error: \(detail)"
        }
    }
}

extension ScriptError {
    /// The error for `diagnostic` at `loc`, with its message and identifier. Not inlined: it
    /// is thrown from the unboxed fast paths (overflow, index), which should stay small.
    @inline(never)
    init(_ diagnostic: ScriptDiagnostic, at loc: SourceLoc) {
        self.init(diagnostic.message, id: diagnostic.id, at: loc)
        self.diagnostic = diagnostic
    }

    /// Whether this is "value of type `type` has no member" (or no method): a missing member of
    /// that type itself, not of something reached through it.
    func isMissingMember(of type: String) -> Bool {
        switch diagnostic {
        case .valueHasNoMember(let missingFrom, _, _)?, .valueHasNoMethod(let missingFrom, _, _, _)?:
            missingFrom == type
        default:
            false
        }
    }
}

extension Lowerer {
    /// `value of type 'T' has no member 'm'`, with the binding table's suggestions for
    /// `type` (named `typeName` when its description is not how the message names it).
    func noMember(of type: ScriptType, _ member: String, typeName: String? = nil) -> ScriptDiagnostic {
        .valueHasNoMember(
            type: typeName ?? type.description, member: member,
            hint: Suggestions.memberHint(type, member, isStatic: false, bindings: bindings))
    }

    /// `type 'T' has no member 'm'`, with the binding table's suggestions.
    func noStaticMember(of type: ScriptType, _ member: String) -> ScriptDiagnostic {
        .typeHasNoMember(
            type: type.description, member: member,
            hint: Suggestions.memberHint(type, member, isStatic: true, bindings: bindings))
    }

    /// `value of type 'T' has no method 'm(a:b:)'`, with the binding table's suggestions.
    func noMethod(
        of type: ScriptType, _ name: String, _ labels: [String?], inNotesYet: Bool = false, typeName: String? = nil
    ) -> ScriptDiagnostic {
        .valueHasNoMethod(
            type: typeName ?? type.description, method: "\(name)(\(labelList(labels)))", inNotesYet: inNotesYet,
            hint: Suggestions.memberHint(type, name, isStatic: false, bindings: bindings))
    }

    /// The error for `diagnostic` at `node`.
    func error(_ diagnostic: ScriptDiagnostic, _ node: some SyntaxProtocol) -> ScriptError {
        ScriptError(diagnostic, at: loc(node))
    }
}
