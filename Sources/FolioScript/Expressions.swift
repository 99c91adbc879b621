import SwiftSyntax

/// The literal-ness of an expression, for Swift's literal typing: an expression made only of
/// numeric literals (and operators on them) takes the type its context asks for.
enum LiteralKind {
    case integer
    case float
    /// An implicit member such as `.pi`: its type comes from the other operand.
    case contextual
}

extension Lowerer {
    // MARK: - Entry

    /// Lowers an expression; `expected` is the type the context asks for (literals adopt it),
    /// a hint, not a check: callers check the resulting type.
    func lower(_ expr: ExprSyntax, expected: ScriptType?) throws -> Typed {
        if let recorder, recorder.shouldRecord(expr, kind: literalKind(expr)) {
            let index = recorder.index(for: expr)
            let typed = try lowerUnrecorded(expr, expected: expected)
            return recorder.wrap(typed, index: index)
        }
        return try lowerUnrecorded(expr, expected: expected)
    }

    func lowerUnrecorded(_ expr: ExprSyntax, expected: ScriptType?) throws -> Typed {
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let literal):
            return try integerLiteral(literal.literal.text, negative: false, expected: expected, node: literal)
        case .floatLiteralExpr(let literal):
            return try floatLiteral(literal.literal.text, negative: false, node: literal)
        case .booleanLiteralExpr(let literal):
            let value = Value.bool(literal.literal.tokenKind == .keyword(.true))
            return Typed(type: .bool, eval: { _ in value }, constant: value)
        case .stringLiteralExpr(let literal):
            return try stringLiteral(literal)
        case .declReferenceExpr(let reference):
            return try variableReference(reference)
        case .tupleExpr(let tuple):
            guard tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil else {
                throw error(tuple.elements.isEmpty ? "`()` values are not supported" : "tuples are not supported yet", tuple)
            }
            return try lower(only.expression, expected: expected)
        case .prefixOperatorExpr(let prefix):
            return try lowerPrefix(prefix, expected: expected)
        case .infixOperatorExpr(let infix):
            return try lowerInfix(infix, expected: expected)
        case .ternaryExpr(let ternary):
            return try lowerTernary(ternary, expected: expected)
        case .arrayExpr(let array):
            return try arrayLiteral(array, expected: expected)
        case .subscriptCallExpr(let subscriptCall):
            return try lowerSubscript(subscriptCall)
        case .functionCallExpr(let call):
            return try lowerCall(call, expected: expected)
        case .memberAccessExpr(let member):
            return try lowerMember(member, expected: expected)
        case .macroExpansionExpr(let macro):
            throw error("macro '#\(macro.macroName.text)' can only be used as a statement here", macro)
        case .nilLiteralExpr, .forceUnwrapExpr, .optionalChainingExpr:
            throw error("optionals are not supported yet", expr)
        case .closureExpr:
            throw error("closures are not supported yet", expr)
        case .dictionaryExpr:
            throw error("dictionaries are not supported yet", expr)
        case .ifExpr, .switchExpr:
            throw error("`if` and `switch` expressions are not supported yet", expr)
        case .tryExpr, .awaitExpr:
            throw error("`try` and `await` are not supported yet", expr)
        case .discardAssignmentExpr:
            throw error("'_' can only appear in a pattern or on the left side of an assignment", expr)
        case .isExpr, .asExpr:
            throw error("`is` and `as` are not supported yet", expr)
        case .sequenceExpr:
            throw error("internal error: operators were not folded", expr)
        default:
            throw error("this expression is not supported yet: \(expr.trimmedDescription)", expr)
        }
    }

    // MARK: - Literal typing

    func literalKind(_ expr: ExprSyntax) -> LiteralKind? {
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr: return .integer
        case .floatLiteralExpr: return .float
        case .memberAccessExpr(let member) where member.base == nil: return .contextual
        case .prefixOperatorExpr(let prefix) where prefix.operator.text == "-" || prefix.operator.text == "+":
            return literalKind(prefix.expression)
        case .tupleExpr(let tuple) where tuple.elements.count == 1:
            return tuple.elements.first.flatMap { literalKind($0.expression) }
        case .infixOperatorExpr(let infix):
            guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
                ["+", "-", "*", "/", "%", "&+", "&-", "&*"].contains(op)
            else { return nil }
            return combine(literalKind(infix.leftOperand), literalKind(infix.rightOperand))
        case .ternaryExpr(let ternary):
            return combine(literalKind(ternary.thenExpression), literalKind(ternary.elseExpression))
        default: return nil
        }
    }

    private func combine(_ a: LiteralKind?, _ b: LiteralKind?) -> LiteralKind? {
        guard let a, let b else { return nil }
        if a == .float || b == .float { return .float }
        if a == .contextual || b == .contextual { return .contextual }
        return .integer
    }

    /// Lowers two operands that must share a type (arithmetic, comparison, ranges), letting
    /// literals take the type of the other side, as Swift's type checker does.
    func unify(_ lhs: ExprSyntax, _ rhs: ExprSyntax, hint: ScriptType?) throws -> (Typed, Typed) {
        let leftKind = literalKind(lhs)
        let rightKind = literalKind(rhs)
        if leftKind == nil {
            let left = try lower(lhs, expected: hint)
            return (left, try lower(rhs, expected: left.type))
        }
        if rightKind == nil {
            let right = try lower(rhs, expected: hint)
            return (try lower(lhs, expected: right.type), right)
        }
        let type: ScriptType
        if leftKind == .float || rightKind == .float || hint == .double {
            type = .double
        } else if leftKind == .contextual || rightKind == .contextual {
            type = hint ?? .double
        } else {
            type = hint == .int ? .int : (hint?.isNumeric == true ? hint ?? .int : .int)
        }
        return (try lower(lhs, expected: type), try lower(rhs, expected: type))
    }

    /// Lowers several expressions that must share a type (array elements, `min`/`max`).
    func unifyAll(_ exprs: [ExprSyntax], hint: ScriptType?) throws -> (ScriptType?, [Typed]) {
        var type = hint
        if type == nil {
            if let concrete = exprs.first(where: { literalKind($0) == nil }) {
                type = try lower(concrete, expected: nil).type
            } else if !exprs.isEmpty {
                type = exprs.contains(where: { literalKind($0) == .float }) ? .double : .int
            }
        }
        return (type, try exprs.map { try lower($0, expected: type) })
    }

    func integerLiteral(_ text: String, negative: Bool, expected: ScriptType?, node: some SyntaxProtocol) throws -> Typed {
        let digits = text.replacingOccurrences(of: "_", with: "")
        if expected == .double {
            var value: Double?
            if let parsed = parseInteger(digits, negative: negative) {
                value = Double(parsed)
            } else if !digits.hasPrefix("0x"), !digits.hasPrefix("0o"), !digits.hasPrefix("0b") {
                value = Double((negative ? "-" : "") + digits)
            }
            guard let value else { throw error("integer literal '\(text)' overflows when stored into 'Double'", node) }
            let constant = Value.double(value)
            return Typed(type: .double, eval: { _ in constant }, constant: constant)
        }
        guard let parsed = parseInteger(digits, negative: negative) else {
            throw error("integer literal '\(negative ? "-" : "")\(text)' overflows when stored into 'Int'", node)
        }
        let constant = Value.int(parsed)
        return Typed(type: .int, eval: { _ in constant }, constant: constant)
    }

    private func parseInteger(_ digits: String, negative: Bool) -> Int? {
        var radix = 10
        var body = Substring(digits)
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            radix = base
            body = body.dropFirst(2)
        }
        return Int((negative ? "-" : "") + body, radix: radix)
    }

    func floatLiteral(_ text: String, negative: Bool, node: some SyntaxProtocol) throws -> Typed {
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard let value = Double(digits) else { throw error("invalid floating-point literal '\(text)'", node) }
        let constant = Value.double(negative ? -value : value)
        return Typed(type: .double, eval: { _ in constant }, constant: constant)
    }

    // MARK: - Strings

    func stringLiteral(_ literal: StringLiteralExprSyntax) throws -> Typed {
        let raw = literal.openingPounds != nil
        var parts: [(String?, Eval?)] = []
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                // swift-syntax resolves escapes, raw delimiters and multi-line indentation.
                let single = StringLiteralExprSyntax(
                    openingPounds: literal.openingPounds, openingQuote: literal.openingQuote,
                    segments: StringLiteralSegmentListSyntax([.stringSegment(text)]),
                    closingQuote: literal.closingQuote, closingPounds: literal.closingPounds)
                let content = try single.representedLiteralValue
                    ?? (raw ? text.content.text : unescape(text.content.text, node: text))
                parts.append((content, nil))
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
                    throw error("interpolation with labels or several values is not supported yet", interpolation)
                }
                let typed = try lower(only.expression, expected: nil)
                parts.append((nil, typed.eval))
            }
        }
        if parts.allSatisfy({ $0.1 == nil }) {
            let constant = Value.string(parts.compactMap(\.0).joined())
            return Typed(type: .string, eval: { _ in constant }, constant: constant)
        }
        return Typed(type: .string) { frame in
            var result = ""
            for part in parts {
                if let text = part.0 { result += text } else if let eval = part.1 { result += try eval(frame).formatted }
            }
            return .string(result)
        }
    }

    func unescape(_ text: String, node: some SyntaxProtocol) throws -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let escaped = iterator.next() else { break }
            switch escaped {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "0": result += "\0"
            case "\\": result += "\\"
            case "\"": result += "\""
            case "'": result += "'"
            case "u":
                var hex = ""
                while let next = iterator.next(), next != "}" {
                    if next != "{" { hex.unicodeScalars.append(next) }
                }
                guard let code = UInt32(hex, radix: 16), let unicode = Unicode.Scalar(code) else {
                    throw error("invalid unicode scalar", node)
                }
                result.unicodeScalars.append(unicode)
            default:
                throw error("invalid escape sequence in literal", node)
            }
        }
        return result
    }

    // MARK: - Names

    func variableReference(_ reference: DeclReferenceExprSyntax) throws -> Typed {
        let name = reference.baseName.text
        if reference.argumentNames != nil { throw error("function references are not supported yet", reference) }
        if let variable = lookup(name) {
            return Typed(type: variable.type, eval: reader(variable))
        }
        if globals.functions[name] != nil || Builtins.freeFunctions.contains(name) {
            throw error("functions as values are not supported yet; call '\(name)(…)'", reference)
        }
        if ["Int", "Double", "Bool", "String"].contains(name) {
            throw error("types as values are not supported; use '\(name)(…)' or a member such as '\(name).max'", reference)
        }
        throw error("cannot find '\(name)' in scope", reference)
    }

    // MARK: - Operators

    func lowerPrefix(_ prefix: PrefixOperatorExprSyntax, expected: ScriptType?) throws -> Typed {
        let op = prefix.operator.text
        let at = loc(prefix.operator)
        if op == "-" {
            if let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
                return try integerLiteral(literal.literal.text, negative: true, expected: expected, node: prefix)
            }
            if let literal = prefix.expression.as(FloatLiteralExprSyntax.self) {
                return try floatLiteral(literal.literal.text, negative: true, node: prefix)
            }
            let operand = try lower(prefix.expression, expected: expected)
            switch operand.type {
            case .int:
                let eval = operand.eval
                return Typed(type: .int) { frame in
                    let (result, overflow) = Int(0).subtractingReportingOverflow(try intValue(eval(frame), at))
                    if overflow { throw ScriptError("arithmetic overflow", at: at) }
                    return .int(result)
                }
            case .double:
                let eval = operand.eval
                return Typed(type: .double) { frame in .double(-(try doubleValue(eval(frame), at))) }
            default:
                throw error("unary operator '-' cannot be applied to an operand of type '\(operand.type)'", prefix)
            }
        }
        if op == "+" {
            let operand = try lower(prefix.expression, expected: expected)
            guard operand.type.isNumeric else {
                throw error("unary operator '+' cannot be applied to an operand of type '\(operand.type)'", prefix)
            }
            return operand
        }
        if op == "!" {
            let operand = try lower(prefix.expression, expected: .bool)
            guard operand.type == .bool else {
                throw error("unary operator '!' cannot be applied to an operand of type '\(operand.type)'", prefix)
            }
            let eval = operand.eval
            return Typed(type: .bool) { frame in .bool(!(try boolValue(eval(frame), at))) }
        }
        if op == "~" {
            let operand = try lower(prefix.expression, expected: .int)
            guard operand.type == .int else {
                throw error("unary operator '~' cannot be applied to an operand of type '\(operand.type)'", prefix)
            }
            let eval = operand.eval
            return Typed(type: .int) { frame in .int(~(try intValue(eval(frame), at))) }
        }
        throw error("prefix operator '\(op)' is not supported yet", prefix)
    }

    func lowerTernary(_ ternary: TernaryExprSyntax, expected: ScriptType?) throws -> Typed {
        let condition = try lower(ternary.condition, expected: .bool)
        try require(condition, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'", ternary.condition)
        let (then, otherwise) = try unify(ternary.thenExpression, ternary.elseExpression, hint: expected)
        guard then.type == otherwise.type else {
            throw error("result values in '? :' expression have mismatching types '\(then.type)' and '\(otherwise.type)'", ternary)
        }
        let test = condition.eval
        let thenEval = then.eval
        let elseEval = otherwise.eval
        let at = loc(ternary.condition)
        return Typed(type: then.type) { frame in
            try boolValue(test(frame), at) ? thenEval(frame) : elseEval(frame)
        }
    }

    func lowerInfix(_ infix: InfixOperatorExprSyntax, expected: ScriptType?) throws -> Typed {
        if infix.operator.is(AssignmentExprSyntax.self) {
            return try lowerAssignment(infix, op: nil)
        }
        guard let opToken = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator else {
            if infix.operator.is(ArrowExprSyntax.self) { throw error("function types are not supported yet", infix) }
            throw error("this operator is not supported yet", infix.operator)
        }
        let op = opToken.text
        let at = loc(opToken)
        switch op {
        case "=": return try lowerAssignment(infix, op: nil)
        case "+=", "-=", "*=", "/=", "%=", "&+=", "&-=", "&*=", "&=", "|=", "^=", "<<=", ">>=":
            return try lowerAssignment(infix, op: String(op.dropLast()))
        case "&&", "||":
            let left = try lower(infix.leftOperand, expected: .bool)
            let right = try lower(infix.rightOperand, expected: .bool)
            guard left.type == .bool, right.type == .bool else {
                throw error(binaryMessage(op, left.type, right.type), opToken)
            }
            let l = left.eval
            let r = right.eval
            if op == "&&" {
                return Typed(type: .bool) { frame in
                    try boolValue(l(frame), at) ? .bool(try boolValue(r(frame), at)) : .bool(false)
                }
            }
            return Typed(type: .bool) { frame in
                try boolValue(l(frame), at) ? .bool(true) : .bool(try boolValue(r(frame), at))
            }
        case "..<", "...":
            var boundHint: ScriptType?
            if case .range(let bound, _)? = expected { boundHint = bound }
            let (left, right) = try unify(infix.leftOperand, infix.rightOperand, hint: boundHint)
            guard left.type == right.type, left.type.isNumeric else {
                throw error(binaryMessage(op, left.type, right.type), opToken)
            }
            let l = left.eval
            let r = right.eval
            let closed = op == "..."
            return Typed(type: .range(left.type, closed: closed)) { frame in
                let lower = try l(frame)
                let upper = try r(frame)
                guard Operators.lessOrEqual(lower, upper) else {
                    throw ScriptError("Range requires lowerBound <= upperBound", at: at)
                }
                return .range(RangeBox(lower: lower, upper: upper, closed: closed))
            }
        default:
            break
        }
        let comparison = ["==", "!=", "<", "<=", ">", ">=", "≈"].contains(op)
        let (left, right) = try unify(infix.leftOperand, infix.rightOperand, hint: comparison ? nil : expected)
        guard left.type == right.type,
            let operation = Operators.binary(op, left.type, at: at)
        else {
            if op == "%", left.type == .double, right.type == .double {
                throw error("'%' is unavailable: For floating point numbers use truncatingRemainder instead", opToken)
            }
            if !Operators.known.contains(op) { throw error("operator '\(op)' is not supported yet", opToken) }
            throw error(binaryMessage(op, left.type, right.type), opToken)
        }
        let resultType: ScriptType = comparison ? .bool : left.type
        let l = left.eval
        let r = right.eval
        if let fast = Operators.fastBinary(op, left.type, l, r, constant: right.constant, at: at) {
            return Typed(type: resultType, eval: fast)
        }
        if let constant = right.constant {
            return Typed(type: resultType) { frame in try operation(l(frame), constant) }
        }
        return Typed(type: resultType) { frame in try operation(l(frame), r(frame)) }
    }

    func binaryMessage(_ op: String, _ left: ScriptType, _ right: ScriptType) -> String {
        left == right
            ? "binary operator '\(op)' cannot be applied to two '\(left)' operands"
            : "binary operator '\(op)' cannot be applied to operands of type '\(left)' and '\(right)'"
    }

    // MARK: - Assignment and mutation

    /// An assignable place: a variable, possibly followed by array subscripts.
    struct Place {
        let variable: Variable
        let indices: [Eval]
        let type: ScriptType
    }

    func place(_ expr: ExprSyntax) throws -> Place {
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            guard let variable = lookup(name) else { throw error("cannot find '\(name)' in scope", reference) }
            guard variable.mutable else {
                throw error("cannot assign to value: '\(name)' is a 'let' constant", reference)
            }
            return Place(variable: variable, indices: [], type: variable.type)
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return try place(only.expression)
        }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            let base = try place(subscriptCall.calledExpression)
            guard case .array(let element) = base.type else {
                throw error("value of type '\(base.type)' has no subscripts", subscriptCall.calledExpression)
            }
            let index = try subscriptIndex(subscriptCall)
            return Place(variable: base.variable, indices: base.indices + [index], type: element)
        }
        throw error("cannot assign to this expression", expr)
    }

    func subscriptIndex(_ subscriptCall: SubscriptCallExprSyntax) throws -> Eval {
        guard subscriptCall.arguments.count == 1, let argument = subscriptCall.arguments.first, argument.label == nil else {
            throw error("subscripts take one unlabeled index", subscriptCall)
        }
        let index = try lower(argument.expression, expected: .int)
        if case .range = index.type { throw error("array slices are not supported yet", argument) }
        try require(index, is: .int, "cannot convert value of type $A to expected argument type 'Int'", argument)
        return index.eval
    }

    /// Applies `apply` to the place with one operand, evaluating indices, then the operand,
    /// then modifying in place (arrays are not copied when uniquely referenced).
    func mutation(
        _ place: Place, operand: Eval?, at: SourceLoc,
        _ apply: @escaping (inout Value, Value) throws -> Value
    ) -> Eval {
        let address = self.address(place.variable)
        let operand = operand ?? { _ in .void }
        switch place.indices.count {
        case 0:
            return { frame in
                let value = try operand(frame)
                return try apply(&address(frame).pointee, value)
            }
        case 1:
            let index = place.indices[0]
            return { frame in
                let i = try intValue(index(frame), at)
                let value = try operand(frame)
                return try modifyElement(&address(frame).pointee, index: i, at: at) { try apply(&$0, value) }
            }
        default:
            let indices = place.indices
            return { frame in
                let path = try indices.map { try intValue($0(frame), at) }
                let value = try operand(frame)
                return try modifyElement(&address(frame).pointee, path: path[...], at: at) { try apply(&$0, value) }
            }
        }
    }

    func lowerAssignment(_ infix: InfixOperatorExprSyntax, op: String?) throws -> Typed {
        let at = loc(infix.operator)
        if op == nil, infix.leftOperand.is(DiscardAssignmentExprSyntax.self) {
            let value = try lower(infix.rightOperand, expected: nil)
            let eval = value.eval
            return Typed(type: .void) { frame in _ = try eval(frame); return .void }
        }
        let target = try place(infix.leftOperand)
        let value = try lower(infix.rightOperand, expected: target.type)
        guard let op else {
            try require(value, is: target.type, "cannot assign value of type $A to type $E", infix.rightOperand)
            return Typed(type: .void, eval: mutation(target, operand: value.eval, at: at) { slot, new in
                slot = new
                return .void
            })
        }
        guard value.type == target.type else {
            throw error(binaryMessage(op + "=", target.type, value.type), infix.operator)
        }
        switch (target.type, op) {
        case (.string, "+"):
            return Typed(type: .void, eval: mutation(target, operand: value.eval, at: at) { slot, new in
                guard case .string(var text) = slot else { throw mismatch(slot, "String", at) }
                slot = .void
                text += try stringValue(new, at)
                slot = .string(text)
                return .void
            })
        case (.array, "+"):
            return Typed(type: .void, eval: mutation(target, operand: value.eval, at: at) { slot, new in
                guard case .array(var elements) = slot else { throw mismatch(slot, "Array", at) }
                slot = .void
                elements += try arrayValue(new, at)
                slot = .array(elements)
                return .void
            })
        default:
            guard let operation = Operators.binary(op, target.type, at: at) else {
                if op == "%", target.type == .double {
                    throw error("'%=' is unavailable: For floating point numbers use formTruncatingRemainder instead", infix.operator)
                }
                throw error(binaryMessage(op + "=", target.type, value.type), infix.operator)
            }
            if target.indices.isEmpty,
                let fast = Operators.fastCompound(op, target.type, address(target.variable), value.eval, at: at)
            {
                return Typed(type: .void, eval: fast)
            }
            return Typed(type: .void, eval: mutation(target, operand: value.eval, at: at) { slot, new in
                slot = try operation(slot, new)
                return .void
            })
        }
    }

    // MARK: - Arrays

    func arrayLiteral(_ array: ArrayExprSyntax, expected: ScriptType?) throws -> Typed {
        var hint: ScriptType?
        if case .array(let element)? = expected { hint = element }
        let exprs = array.elements.map(\.expression)
        if exprs.isEmpty, hint == nil {
            throw error("empty collection literal requires an explicit type", array)
        }
        let (elementType, elements) = try unifyAll(exprs, hint: hint)
        guard let elementType else { throw error("empty collection literal requires an explicit type", array) }
        for (typed, expr) in zip(elements, exprs) {
            try require(typed, is: elementType, "cannot convert value of type $A to expected element type $E", expr)
        }
        let evals = elements.map(\.eval)
        if let constants = elements.map(\.constant) as? [Value] {
            let constant = Value.array(constants)
            return Typed(type: .array(elementType), eval: { _ in constant })
        }
        return Typed(type: .array(elementType)) { frame in
            var values: [Value] = []
            values.reserveCapacity(evals.count)
            for eval in evals { values.append(try eval(frame)) }
            return .array(values)
        }
    }

    func lowerSubscript(_ subscriptCall: SubscriptCallExprSyntax) throws -> Typed {
        let base = try lower(subscriptCall.calledExpression, expected: nil)
        guard case .array(let element) = base.type else {
            throw error("value of type '\(base.type)' has no subscripts", subscriptCall.calledExpression)
        }
        let index = try subscriptIndex(subscriptCall)
        let baseEval = base.eval
        let at = loc(subscriptCall.leftSquare)
        return Typed(type: element) { frame in
            guard case .array(let elements) = try baseEval(frame) else { throw ScriptError("internal error: not an array", at: at) }
            let i = try intValue(index(frame), at)
            guard i >= 0, i < elements.count else {
                throw ScriptError("index out of range (index \(i), count \(elements.count))", at: at)
            }
            return elements[i]
        }
    }
}

/// Modifies one element of an array in place.
@inline(__always)
func modifyElement(
    _ container: inout Value, index: Int, at: SourceLoc, _ body: (inout Value) throws -> Value
) throws -> Value {
    guard case .array(var elements) = container else { throw mismatch(container, "Array", at) }
    container = .void
    defer { container = .array(elements) }
    guard index >= 0, index < elements.count else {
        throw ScriptError("index out of range (index \(index), count \(elements.count))", at: at)
    }
    return try body(&elements[index])
}

/// Modifies the element at `path` inside nested arrays, in place.
func modifyElement(
    _ container: inout Value, path: ArraySlice<Int>, at: SourceLoc, _ body: (inout Value) throws -> Value
) throws -> Value {
    guard let index = path.first else { return try body(&container) }
    guard case .array(var elements) = container else { throw mismatch(container, "Array", at) }
    container = .void
    defer { container = .array(elements) }
    guard index >= 0, index < elements.count else {
        throw ScriptError("index out of range (index \(index), count \(elements.count))", at: at)
    }
    return try modifyElement(&elements[index], path: path.dropFirst(), at: at, body)
}
