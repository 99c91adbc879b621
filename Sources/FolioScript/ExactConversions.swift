import SwiftSyntax

extension Lowerer {
    /// `Int(exactly: x)` and `Double(exactly: x)`: the value when the conversion loses nothing,
    /// `nil` otherwise (`Int(exactly: 3.5)`, `Double(exactly: Int.max)`), as Swift's failable
    /// initializers define them.
    func exactConversion(_ name: String, call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        guard let argument = call.arguments.first else {
            throw error("missing argument in call to '\(name)'", call, id: .wrongArgumentCount)
        }
        let operand = try lower(argument.expression, expected: nil)
        let eval = operand.eval
        switch (name, operand.type) {
        case ("Int", .int), ("Double", .double):
            return Typed(type: .optional(operand.type)) { frame in .some(try eval(frame)) }
        case ("Int", .double):
            return Typed(type: .optional(.int)) { frame in
                Int(exactly: try doubleValue(eval(frame), at)).map { .some(.int($0)) } ?? .null
            }
        case ("Int", .float):
            return Typed(type: .optional(.int)) { frame in
                Int(exactly: try floatValue(eval(frame), at)).map { .some(.int($0)) } ?? .null
            }
        case ("Int", .fixedInt(let kind)):
            return Typed(type: .optional(.int)) { frame in
                let bits = try intValue(eval(frame), at)
                return (kind == .uint64 || kind == .uint) && bits < 0 ? .null : .some(.int(bits))
            }
        case ("Double", .int):
            return Typed(type: .optional(.double)) { frame in
                Double(exactly: try intValue(eval(frame), at)).map { .some(.double($0)) } ?? .null
            }
        case ("Double", .float):
            return Typed(type: .optional(.double)) { frame in .some(.double(Double(try floatValue(eval(frame), at)))) }
        default:
            throw error(
                "no exact matches in call to initializer of '\(name)' with an argument of type '\(operand.type)'", call,
                id: .noMatchingOverload)
        }
    }
}
