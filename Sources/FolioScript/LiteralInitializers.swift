import SwiftSyntax

extension Lowerer {
    /// `let heap: Heap<Int> = [4, 2, 7]`: an array literal where a type of the note that
    /// conforms to `ExpressibleByArrayLiteral` is expected is its `init(arrayLiteral:)` called
    /// with the elements, as Swift does. Nil when no such type is expected.
    func arrayLiteralInitializer(_ array: ArrayExprSyntax, expected: ScriptType?) throws -> Typed? {
        var target = expected
        if case .optional(let wrapped)? = target { target = wrapped }
        guard case .named(let info)? = target, info.kind == .structType || info.kind == .classType,
            info.conforms("ExpressibleByArrayLiteral"),
            info.initializers.contains(where: { $0.labels.first == "arrayLiteral" })
        else { return nil }
        let arguments = array.elements.enumerated().map { index, element in
            (label: index == 0 ? Optional("arrayLiteral") : nil, expr: element.expression)
        }
        let constructed = try construct(info, arguments: arguments, node: array)
        guard case .optional? = expected else { return constructed }
        let eval = constructed.eval
        return Typed(type: .optional(.named(info))) { frame in .some(try eval(frame)) }
    }
}
