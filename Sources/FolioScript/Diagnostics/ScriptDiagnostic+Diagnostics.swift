import SwiftSyntax

extension ScriptDiagnostic {
    /// The stable identifier of this diagnostic.
    var id: ScriptDiagnosticID {
        switch self {
        case .cannotFindInScope: .cannotFindInScope
        case .valueHasNoMember, .typeHasNoMember: .noMember
        case .letConstant: .cannotAssign
        case .invalidRedeclaration: .invalidRedeclaration
        case .cannotConvertArgument: .typeMismatch
        case .missingArgumentLabel, .extraneousArgumentLabel: .wrongArgumentLabels
        case .genericParameterNotInferred, .nilRequiresContextualType, .emptyCollectionLiteral,
            .typeAnnotationMissing:
            .cannotInferType
        case .forceUnwrapNonOptional, .optionalChainingOnNonOptional: .optionalMisuse
        case .notHashable: .missingConformance
        case .arithmeticOverflow: .arithmeticOverflow
        case .divisionByZero: .divisionByZero
        case .unexpectedNil: .forceUnwrapNil
        case .indexOutOfRange, .sliceOutOfRange, .stringIndexOutOfBounds: .indexOutOfRange
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
    /// The error for `diagnostic` at `loc`, with its message and identifier.
    init(_ diagnostic: ScriptDiagnostic, at loc: SourceLoc) {
        self.init(diagnostic.message, id: diagnostic.id, at: loc)
    }
}

extension Lowerer {
    /// The error for `diagnostic` at `node`.
    func error(_ diagnostic: ScriptDiagnostic, _ node: some SyntaxProtocol) -> ScriptError {
        ScriptError(diagnostic.message, id: diagnostic.id, at: loc(node))
    }
}
