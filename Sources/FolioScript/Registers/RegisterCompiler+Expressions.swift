import SwiftSyntax

/// Expressions in register form: their types (agreeing with the lowering's literal typing) and
/// their instructions.
extension RegisterCompiler {
    /// The type of `expr` where `expected` is wanted (an integer literal where a `Double` is
    /// wanted is a `Double`), or `Unsupported`.
    func infer(_ expr: ExprSyntax, expected: RegisterType?) throws -> RegisterType {
        if let optional = try inferOptional(expr, expected: expected) { return optional }
        if let tuple = try inferTuple(expr, expected: expected) { return tuple }
        if let unwrapped = try inferForceUnwrap(expr, expected: expected) { return unwrapped }
        if expr.is(IntegerLiteralExprSyntax.self) {
            guard expected != .bool else { throw Unsupported() }
            return expected ?? .int
        }
        if expr.is(FloatLiteralExprSyntax.self) {
            guard expected == nil || expected == .double else { throw Unsupported() }
            return .double
        }
        if expr.is(BooleanLiteralExprSyntax.self) { return .bool }
        if let reference = expr.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil {
            if let local = local(reference.baseName.text) { return local.type }
            if let field = implicitSelfField(reference.baseName.text) { return field.type }
            if let global = readableGlobal(reference.baseName.text) { return global.type }
        }
        if let inner = parenthesized(expr) { return try infer(inner, expected: expected) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) {
            switch prefix.operator.text {
            case "-":
                let type = try infer(prefix.expression, expected: expected)
                guard type != .bool else { throw Unsupported() }
                return type
            case "!":
                guard try infer(prefix.expression, expected: .bool) == .bool else { throw Unsupported() }
                return .bool
            default: throw Unsupported()
            }
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self),
            let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text
        {
            try requireStandard(op)
            if isReferenceComparison(infix) { return .bool }
            if let (function, _) = try operatorMethod(infix) { return function.resultType }
            switch op {
            case "+", "-", "*", "/", "%", "&+", "&-", "&*", "&", "|", "^", "<<", ">>":
                let type = try operandType(infix.leftOperand, infix.rightOperand, expected: expected)
                guard arithmetic(op, type) != nil else { throw Unsupported() }
                return type
            case "<", "<=", ">", ">=", "==", "!=":
                let type = try operandType(infix.leftOperand, infix.rightOperand, expected: nil)
                guard comparison(op, type) != nil else { throw Unsupported() }
                return .bool
            case "&&", "||":
                guard try infer(infix.leftOperand, expected: .bool) == .bool,
                    try infer(infix.rightOperand, expected: .bool) == .bool
                else { throw Unsupported() }
                return .bool
            default: throw Unsupported()
            }
        }
        if let ternary = expr.as(TernaryExprSyntax.self) {
            guard try infer(ternary.condition, expected: .bool) == .bool else { throw Unsupported() }
            return try operandType(ternary.thenExpression, ternary.elseExpression, expected: expected)
        }
        if let call = expr.as(FunctionCallExprSyntax.self) { return try callType(call, expected: expected) }
        if let arrayType = try inferArray(expr, expected: expected) { return arrayType }
        throw Unsupported()
    }

    /// The common type of two operands: a literal takes the other side's type, as Swift's
    /// literals do.
    private func operandType(_ left: ExprSyntax, _ right: ExprSyntax, expected: RegisterType?) throws -> RegisterType {
        let (leftLiteral, rightLiteral) = (isNumericLiteral(left), isNumericLiteral(right))
        let type: RegisterType
        if leftLiteral && rightLiteral {
            type = expected ?? (hasFloatLiteral(left) || hasFloatLiteral(right) ? .double : .int)
        } else if leftLiteral {
            type = try infer(right, expected: expected)
        } else {
            type = try infer(left, expected: expected)
        }
        guard try infer(left, expected: type) == type, try infer(right, expected: type) == type else {
            throw Unsupported()
        }
        return type
    }

    /// Whether `expr` is made of numeric literals only (its type comes from its context).
    func isNumericLiteral(_ expr: ExprSyntax) -> Bool {
        if expr.is(IntegerLiteralExprSyntax.self) || expr.is(FloatLiteralExprSyntax.self) { return true }
        if let inner = parenthesized(expr) { return isNumericLiteral(inner) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-" {
            return isNumericLiteral(prefix.expression)
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self),
            let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
            ["+", "-", "*", "/", "&+", "&-", "&*", "&", "|", "^", "<<", ">>"].contains(op)
        {
            return isNumericLiteral(infix.leftOperand) && isNumericLiteral(infix.rightOperand)
        }
        return false
    }

    func hasFloatLiteral(_ expr: ExprSyntax) -> Bool {
        expr.is(FloatLiteralExprSyntax.self)
            || expr.children(viewMode: .sourceAccurate).contains { child in
                child.as(ExprSyntax.self).map(hasFloatLiteral) ?? false
            }
    }

    func parenthesized(_ expr: ExprSyntax) -> ExprSyntax? {
        guard let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first,
            only.label == nil
        else { return nil }
        return only.expression
    }

    func unparenthesized(_ expr: ExprSyntax) -> ExprSyntax {
        parenthesized(expr).map(unparenthesized) ?? expr
    }

    /// An operator the note redeclared is not the standard one.
    func requireStandard(_ op: String) throws {
        if lowerer.globals.functions[op] != nil { throw Unsupported() }
    }

    /// The arithmetic instruction of `op` on `type`, or nil.
    func arithmetic(_ op: String, _ type: RegisterType) -> RegisterOp? {
        switch (type, op) {
        case (.int, "+"): .intAdd
        case (.int, "-"): .intSubtract
        case (.int, "*"): .intMultiply
        case (.int, "/"): .intDivide
        case (.int, "%"): .intRemainder
        case (.int, "&+"): .intAddWrapping
        case (.int, "&-"): .intSubtractWrapping
        case (.int, "&*"): .intMultiplyWrapping
        case (.int, "&"): .intAnd
        case (.int, "|"): .intOr
        case (.int, "^"): .intXor
        case (.int, "<<"): .intShiftLeft
        case (.int, ">>"): .intShiftRight
        case (.double, "+"): .doubleAdd
        case (.double, "-"): .doubleSubtract
        case (.double, "*"): .doubleMultiply
        case (.double, "/"): .doubleDivide
        default: nil
        }
    }

    private func comparison(_ op: String, _ type: RegisterType) -> RegisterOp? {
        switch (type, op) {
        case (.int, "<"): .intLess
        case (.int, "<="): .intLessOrEqual
        case (.int, ">"): .intGreater
        case (.int, ">="): .intGreaterOrEqual
        case (.int, "=="), (.bool, "=="): .intEqual
        case (.int, "!="), (.bool, "!="): .intNotEqual
        case (.double, "<"): .doubleLess
        case (.double, "<="): .doubleLessOrEqual
        case (.double, ">"): .doubleGreater
        case (.double, ">="): .doubleGreaterOrEqual
        case (.double, "=="): .doubleEqual
        case (.double, "!="): .doubleNotEqual
        default: nil
        }
    }

    /// `c ? a : b` of any type, into a new register or slot first (a branch may read `dest`:
    /// `tree = c ? Node(left: tree, …) : …`), then moved to `dest`.
    func ternary(_ ternary: TernaryExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32 {
        let result = try type.isSlot ? temporarySlot() : temporaries(type.width)
        let otherwise = try jumpUnless(ternary.condition)
        _ = try expression(ternary.thenExpression, type, into: result)
        let end = emit(.jump)
        patch(otherwise)
        _ = try expression(ternary.elseExpression, type, into: result)
        patch(end)
        guard let dest, dest != result else { return result }
        guard type.isSlot else { return moveRecord(result, type.width, into: dest) }
        emit(.moveArray, dest, result)
        emit(.clear, result)
        return dest
    }

    /// The forms every struct or tuple expression may take (a local, in parentheses or not, and
    /// a call), into `dest` when given; nil for any other expression.
    func flattenedOperand(_ expr: ExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32? {
        if let reference = expr.as(DeclReferenceExprSyntax.self), let local = local(reference.baseName.text) {
            return moveRecord(local.register, type.width, into: dest)
        }
        if let inner = parenthesized(expr) { return try expression(inner, type, into: dest) }
        if let call = expr.as(FunctionCallExprSyntax.self) { return try self.call(call, type, into: dest) }
        if let ternary = expr.as(TernaryExprSyntax.self) { return try self.ternary(ternary, type, into: dest) }
        return nil
    }

    /// Emits `expr` (of type `type`, as `infer` found) and returns the register holding its
    /// value: `dest` when given, else a local's own register, a constant or a new temporary.
    func expression(_ expr: ExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32 {
        if case .record(let record) = type { return try recordExpression(expr, record, into: dest) }
        if case .tuple(let tuple) = type { return try tupleExpression(expr, tuple, into: dest) }
        guard type.isScalar else { return try slotExpression(expr, type, into: dest) }
        if let value = try literalBits(expr, type) { return move(constant(value), into: dest) }
        if let reference = expr.as(DeclReferenceExprSyntax.self), let local = local(reference.baseName.text) {
            return move(local.register, into: dest)
        }
        if let reference = expr.as(DeclReferenceExprSyntax.self),
            let (field, _) = implicitSelfField(reference.baseName.text), let selfLocal = local("self")
        {
            guard case .object = selfLocal.type else { return move(selfLocal.register + Int32(field), into: dest) }
            let result = try dest ?? temporary()
            emit(.objectFieldBits, result, selfLocal.register, d: field, at: reference)
            return result
        }
        if let reference = expr.as(DeclReferenceExprSyntax.self), let global = readableGlobal(reference.baseName.text) {
            let result = try dest ?? temporary()
            emit(.global, result, global.slot, at: reference)
            return result
        }
        if let inner = parenthesized(expr) { return try expression(inner, type, into: dest) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) {
            let operand = try expression(prefix.expression, type, into: nil)
            let result = try dest ?? temporary()
            let op: RegisterOp = prefix.operator.text == "!" ? .not : type == .int ? .intNegate : .doubleNegate
            emit(op, result, operand, at: prefix.operator)
            return result
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self),
            let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator
        {
            if let comparison = try referenceComparison(infix, into: dest) { return comparison }
            if let operation = try operatorCall(infix, type, into: dest) { return operation }
            return try binary(infix, token, type, into: dest)
        }
        if let ternary = expr.as(TernaryExprSyntax.self) { return try self.ternary(ternary, type, into: dest) }
        if let call = expr.as(FunctionCallExprSyntax.self) { return try self.call(call, type, into: dest) }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            return try element(subscriptCall, type, into: dest)
        }
        if let member = expr.as(MemberAccessExprSyntax.self) { return try memberRead(member, into: dest) }
        throw Unsupported()
    }

    func move(_ register: Int32, into dest: Int32?) -> Int32 {
        guard let dest, dest != register else { return register }
        emit(.move, dest, register)
        return dest
    }

    /// The bits of a literal (or a negated one) of type `type`, or nil for other expressions.
    private func literalBits(_ expr: ExprSyntax, _ type: RegisterType) throws -> Int? {
        var negated = false
        var literal = expr
        if let prefix = expr.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-",
            prefix.expression.is(IntegerLiteralExprSyntax.self) || prefix.expression.is(FloatLiteralExprSyntax.self)
        {
            negated = true
            literal = prefix.expression
        }
        if let boolean = expr.as(BooleanLiteralExprSyntax.self) { return boolean.literal.text == "true" ? 1 : 0 }
        let text: String
        if let integer = literal.as(IntegerLiteralExprSyntax.self) {
            text = integer.literal.text
        } else if let float = literal.as(FloatLiteralExprSyntax.self) {
            text = float.literal.text
        } else {
            return nil
        }
        let digits = (negated ? "-" : "") + text.filter { $0 != "_" }
        switch type {
        case .int:
            guard let value = Self.integer(digits) else { throw Unsupported() }
            return value
        case .double:
            guard let value = Double(digits), digits.allSatisfy({ $0.isNumber || "-.eE+".contains($0) }) else {
                throw Unsupported()
            }
            return RegisterFunction.bits(value)
        case .bool, .array, .record, .object, .optional, .tuple:
            throw Unsupported()
        }
    }

    /// An integer literal's value: decimal, or `0x`, `0o`, `0b` (after an optional `-`).
    private static func integer(_ text: String) -> Int? {
        let negative = text.hasPrefix("-")
        let body = negative ? text.dropFirst() : Substring(text)
        let radixes: [(String, Int)] = [("0x", 16), ("0o", 8), ("0b", 2)]
        guard let (prefix, radix) = radixes.first(where: { body.hasPrefix($0.0) }) else { return Int(text) }
        return Int((negative ? "-" : "") + body.dropFirst(prefix.count), radix: radix)
    }

    private func binary(_ infix: InfixOperatorExprSyntax, _ token: TokenSyntax, _ type: RegisterType, into dest: Int32?)
        throws -> Int32
    {
        let op = token.text
        if op == "&&" || op == "||" {
            let result = try temporary()
            _ = try expression(infix.leftOperand, .bool, into: result)
            let skip = emit(op == "&&" ? .jumpIfFalse : .jumpIfTrue, result)
            _ = try expression(infix.rightOperand, .bool, into: result)
            patch(skip)
            return move(result, into: dest)
        }
        let operandType =
            type == .bool ? try self.operandType(infix.leftOperand, infix.rightOperand, expected: nil) : type
        guard let operation = type == .bool ? comparison(op, operandType) : arithmetic(op, operandType) else {
            throw Unsupported()
        }
        let left = try expression(infix.leftOperand, operandType, into: nil)
        let right = try expression(infix.rightOperand, operandType, into: nil)
        let result = try dest ?? temporary()
        emit(operation, result, left, right, at: token)
        return result
    }

    /// Emits the test of `condition` and a jump (to be patched) taken when it is false: one
    /// instruction for a comparison of two numbers.
    func jumpUnless(_ condition: ExprSyntax) throws -> Int {
        if let infix = unparenthesized(condition).as(InfixOperatorExprSyntax.self),
            let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator,
            let operandType = try? operandType(infix.leftOperand, infix.rightOperand, expected: nil),
            operandType != .bool,
            let test = testAndJump(token.text, operandType)
        {
            let left = try expression(infix.leftOperand, operandType, into: nil)
            let right = try expression(infix.rightOperand, operandType, into: nil)
            return emit(test, left, right)
        }
        return emit(.jumpIfFalse, try expression(condition, .bool, into: nil))
    }

    private func testAndJump(_ op: String, _ type: RegisterType) -> RegisterOp? {
        switch (type, op) {
        case (.int, "<"): .jumpUnlessIntLess
        case (.int, "<="): .jumpUnlessIntLessOrEqual
        case (.int, ">"): .jumpUnlessIntGreater
        case (.int, ">="): .jumpUnlessIntGreaterOrEqual
        case (.int, "=="): .jumpUnlessIntEqual
        case (.int, "!="): .jumpUnlessIntNotEqual
        case (.double, "<"): .jumpUnlessDoubleLess
        case (.double, "<="): .jumpUnlessDoubleLessOrEqual
        case (.double, ">"): .jumpUnlessDoubleGreater
        case (.double, ">="): .jumpUnlessDoubleGreaterOrEqual
        case (.double, "=="): .jumpUnlessDoubleEqual
        case (.double, "!="): .jumpUnlessDoubleNotEqual
        default: nil
        }
    }

    /// `a + b` calling an operator a struct in register form declares, or nil for other
    /// operators.
    func operatorCall(_ infix: InfixOperatorExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32? {
        guard let (compiled, method) = try operatorMethod(infix) else { return nil }
        return try callCompiled(
            compiled, method, [infix.leftOperand, infix.rightOperand], receiver: nil, type, into: dest,
            at: infix.operator)
    }
}
