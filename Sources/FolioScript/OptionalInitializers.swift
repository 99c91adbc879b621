import SwiftSyntax

/// `Optional(x)` and `Optional<T>(x)`: `x` wrapped, as Swift's `Optional.init(_:)` does (a note
/// that declares its own `Optional` keeps it).
extension Lowerer {
    func optionalInitializer(_ call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed? {
        var wrappedType: ScriptType?
        if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self),
            reference.baseName.text == "Optional"
        {
            if case .optional(let wrapped)? = expected { wrappedType = wrapped }
        } else if let generic = call.calledExpression.as(GenericSpecializationExprSyntax.self),
            generic.expression.as(DeclReferenceExprSyntax.self)?.baseName.text == "Optional",
            generic.genericArgumentClause.arguments.count == 1,
            let only = generic.genericArgumentClause.arguments.first, case .type(let argument) = only.argument
        {
            wrappedType = try type(argument)
        } else {
            return nil
        }
        guard lookup("Optional") == nil, globals.types["Optional"] == nil, globals.genericTypes["Optional"] == nil,
            call.arguments.count == 1, call.trailingClosure == nil, let argument = call.arguments.first,
            argument.label == nil
        else { return nil }
        let value =
            if let wrappedType {
                try self.argument(argument.expression, wrappedType)
            } else {
                try lower(argument.expression, expected: nil)
            }
        let eval = value.eval
        return Typed(type: .optional(value.type)) { frame in .some(try eval(frame)) }
    }
}
