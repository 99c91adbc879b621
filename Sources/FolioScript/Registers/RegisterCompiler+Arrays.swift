import SwiftSyntax

/// Arrays in register form. An array lives in a value slot of the function's frame (the
/// closures' representation, so arguments and results cross unchanged); its elements are read
/// where they are stored and written in place, with the closures' traps at the same places.
extension RegisterCompiler {
    /// The type of an array expression or of an element or `count` read, or nil for other
    /// expressions.
    func inferArray(_ expr: ExprSyntax, expected: RegisterType?) throws -> RegisterType? {
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            guard case .array(let element) = try infer(subscriptCall.calledExpression, expected: nil) else {
                throw Unsupported()
            }
            _ = try index(subscriptCall)
            return element
        }
        if let member = expr.as(MemberAccessExprSyntax.self) { return try memberType(member) }
        if let literal = expr.as(ArrayExprSyntax.self) {
            guard literal.elements.isEmpty else { return .array(try literalElementType(literal, expected: expected)) }
            guard case .array? = expected else { throw Unsupported() }
            return expected
        }
        return nil
    }

    /// The element type of a non-empty array literal, as Swift's literals take it: the
    /// context's, else the first element's that is not a numeric literal, else `Int` (or
    /// `Double` when a literal has a fraction); every element must have it.
    private func literalElementType(_ literal: ArrayExprSyntax, expected: RegisterType?) throws -> RegisterType {
        let elements = literal.elements.map(\.expression)
        let type: RegisterType
        if case .array(let element)? = expected {
            type = element
        } else if let typed = elements.first(where: { !isNumericLiteral($0) }) {
            type = try infer(typed, expected: nil)
        } else {
            type = elements.contains(where: hasFloatLiteral) ? .double : .int
        }
        guard !type.isTuple, try elements.allSatisfy({ try infer($0, expected: type) == type }) else {
            throw Unsupported()
        }
        return type
    }

    /// `[a, b, …]`: the elements evaluated in order and appended to a new array, stored in
    /// `dest` at the end (an element may read `dest`'s variable).
    private func arrayLiteral(_ literal: ArrayExprSyntax, _ element: RegisterType, into dest: Int32?) throws -> Int32 {
        let mark = (nextRegister, nextSlot)
        let array = try temporarySlot()
        emit(.emptyArray, array)
        for item in literal.elements {
            let value = try expression(item.expression, element, into: nil)
            try emitAppend(value, element, to: array, at: item.expression)
            if element.isSlot, !isVariableSlot(value) { emit(.clear, value) }
            // The element's temporaries go; the array (the first slot taken) stays.
            (nextRegister, nextSlot) = (mark.0, mark.1 + 1)
        }
        (nextRegister, nextSlot) = mark
        guard let dest else {
            nextSlot = mark.1 + 1
            return array
        }
        emit(.moveArray, dest, array)
        emit(.clear, array)
        return dest
    }

    /// `value` (of type `type`, in registers or a slot) appended to the array in `slot`.
    func emitAppend(_ value: Int32, _ type: RegisterType, to slot: Int32, at node: (some SyntaxProtocol)?) throws {
        switch type {
        case .int, .double, .bool: emit(.append, slot, value, kind: type.kind, at: node)
        case .array, .object, .optional: emit(.appendArray, slot, value, at: node)
        case .record(let record):
            let packed = try packed(value, record)
            emit(.appendArray, slot, packed, at: node)
            emit(.clear, packed)
        case .tuple: throw Unsupported()
        }
    }

    /// The one unlabeled `Int` index of a subscript.
    func index(_ subscriptCall: SubscriptCallExprSyntax) throws -> ExprSyntax {
        guard subscriptCall.arguments.count == 1, let only = subscriptCall.arguments.first, only.label == nil,
            subscriptCall.trailingClosure == nil, try infer(only.expression, expected: .int) == .int
        else { throw Unsupported() }
        return only.expression
    }

    /// Emits an array, reference or optional reference expression into a slot: `dest` when
    /// given, else a local's own slot or a new one.
    func slotExpression(_ expr: ExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32 {
        if let optional = try optionalExpression(expr, type, into: dest) { return optional }
        if let unwrapped = try forceUnwrap(expr, into: dest) { return unwrapped }
        if let reference = expr.as(DeclReferenceExprSyntax.self), let local = local(reference.baseName.text) {
            guard let dest, dest != local.register else { return local.register }
            emit(.moveArray, dest, local.register)
            return dest
        }
        if let reference = expr.as(DeclReferenceExprSyntax.self),
            let (field, _) = implicitSelfField(reference.baseName.text), let selfLocal = local("self"),
            case .object = selfLocal.type
        {
            // A reference property of `self`, a class's instance.
            let result = try dest ?? temporarySlot()
            emit(.objectField, result, selfLocal.register, d: field, at: reference)
            return result
        }
        if let inner = parenthesized(expr) { return try slotExpression(inner, type, into: dest) }
        if let literal = expr.as(ArrayExprSyntax.self), literal.elements.isEmpty {
            let slot = try dest ?? temporarySlot()
            emit(.emptyArray, slot)
            return slot
        }
        if let literal = expr.as(ArrayExprSyntax.self), case .array(let element) = type {
            return try arrayLiteral(literal, element, into: dest)
        }
        if let call = expr.as(FunctionCallExprSyntax.self) { return try self.call(call, type, into: dest) }
        if let infix = expr.as(InfixOperatorExprSyntax.self), let operation = try operatorCall(infix, type, into: dest)
        {
            return operation
        }
        if let member = expr.as(MemberAccessExprSyntax.self), let result = try objectFieldRead(member, into: dest) {
            return result
        }
        if let ternary = expr.as(TernaryExprSyntax.self) { return try self.ternary(ternary, type, into: dest) }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            let (array, at) = try arrayOperand(subscriptCall.calledExpression)
            let position = try expression(try index(subscriptCall), .int, into: nil)
            let slot = try dest ?? temporarySlot()
            emit(.arrayElement, slot, array, position, at: at ?? subscriptCall.leftSquare)
            return slot
        }
        throw Unsupported()
    }

    /// The slot of an array operand (a local's own, or a new one holding the value).
    func arrayOperand(_ expr: ExprSyntax) throws -> (Int32, TokenSyntax?) {
        let type = try infer(expr, expected: nil)
        guard case .array = type else { throw Unsupported() }
        return (try slotExpression(expr, type, into: nil), nil)
    }

    /// `a[i]` of scalars, and `m[i][j]` in one instruction when `j` is a local or a literal
    /// (so that `i` is checked before `j` is evaluated, as the closures do).
    func element(_ subscriptCall: SubscriptCallExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32 {
        if let inner = subscriptCall.calledExpression.as(SubscriptCallExprSyntax.self),
            let reference = inner.calledExpression.as(DeclReferenceExprSyntax.self),
            let matrix = local(reference.baseName.text), case .array(.array) = matrix.type,
            isPlainOperand(try index(subscriptCall))
        {
            let rowIndex = try expression(try index(inner), .int, into: nil)
            let columnIndex = try expression(try index(subscriptCall), .int, into: nil)
            let result = try dest ?? temporary()
            emit(
                .element2, result, matrix.register, rowIndex, d: Self.registerOperand(columnIndex),
                at: inner.leftSquare,
                column: subscriptCall.leftSquare)
            return result
        }
        return try elementOfRow(subscriptCall, type, into: dest)
    }

    private func elementOfRow(_ subscriptCall: SubscriptCallExprSyntax, _ type: RegisterType, into dest: Int32?)
        throws -> Int32
    {
        let (array, _) = try arrayOperand(subscriptCall.calledExpression)
        let position = try expression(try index(subscriptCall), .int, into: nil)
        let result = try dest ?? temporary()
        emit(.element, result, array, position, at: subscriptCall.leftSquare)
        return result
    }

    /// The register of index `expr`, evaluated before `rhs`: a local's own (or a literal's
    /// constant) when evaluating `rhs` cannot change it (no closure in it: an inlined closure
    /// writes the locals it captures), else a copy taken first, as Swift evaluates the index.
    func indexOperand(_ expr: ExprSyntax, before rhs: ExprSyntax) throws -> Int32 {
        let hasClosure =
            rhs.is(ClosureExprSyntax.self)
            || rhs.tokens(viewMode: .sourceAccurate).contains {
                $0.parent?.is(ClosureExprSyntax.self) == true
            }
        if isPlainOperand(expr), !hasClosure { return try expression(expr, .int, into: nil) }
        return try expression(expr, .int, into: try temporary())
    }

    /// Whether evaluating `expr` cannot trap or call anything: a local or a literal.
    private func isPlainOperand(_ expr: ExprSyntax) -> Bool {
        if expr.is(IntegerLiteralExprSyntax.self) { return true }
        if let reference = expr.as(DeclReferenceExprSyntax.self) { return local(reference.baseName.text) != nil }
        return false
    }

    /// `xs.count`.
    func count(_ member: MemberAccessExprSyntax, into dest: Int32?) throws -> Int32 {
        guard let base = member.base else { throw Unsupported() }
        let (array, _) = try arrayOperand(base)
        let result = try dest ?? temporary()
        emit(.count, result, array, at: member.declName)
        return result
    }

    /// `[T](repeating: x, count: n)`: `x` first, then `n`, as the closures evaluate them.
    func repeating(_ call: FunctionCallExprSyntax, _ arrayType: RegisterType, into dest: Int32?) throws -> Int32 {
        guard case .array(let element) = arrayType, call.arguments.count == 2,
            let value = call.arguments.first?.expression, let count = call.arguments.last?.expression,
            try infer(value, expected: element) == element, try infer(count, expected: .int) == .int
        else { throw Unsupported() }
        var repeated = try expression(value, element, into: nil)
        let n = try expression(count, .int, into: nil)
        if case .record(let record) = element { repeated = try packed(repeated, record) }
        let slot = try dest ?? temporarySlot()
        emit(element.isScalar ? .repeating : .repeatingArray, slot, repeated, n, kind: element.kind, at: call)
        if case .record = element { emit(.clear, repeated) }
        return slot
    }
}

/// Statements on arrays: element assignment, `append`, `for-in`.
extension RegisterCompiler {
    /// `a[i] = x`, `a[i] += x`, `m[i][j] = x`: the indices, then the value, then the access
    /// (Swift's order: the bounds are checked when the element is reached; the closures report
    /// them at the assignment's operator).
    func elementAssignment(_ subscriptCall: SubscriptCallExprSyntax, _ infix: InfixOperatorExprSyntax) throws {
        let outer = subscriptCall.calledExpression.as(SubscriptCallExprSyntax.self)
        guard
            let reference = (outer?.calledExpression ?? subscriptCall.calledExpression).as(
                DeclReferenceExprSyntax.self),
            let target = local(reference.baseName.text),
            case .array(let rowType) = target.type
        else { throw Unsupported() }
        let type: RegisterType
        if outer != nil {
            guard case .array(let element) = rowType else { throw Unsupported() }
            type = element
        } else {
            type = rowType
        }
        guard type.isScalar, try infer(infix.rightOperand, expected: type) == type else { throw Unsupported() }
        let indices: Int32
        if let outer {
            // `setElement2` reads its indices from consecutive registers.
            indices = try temporary()
            _ = try temporary()
            _ = try expression(try index(outer), .int, into: indices)
            _ = try expression(try index(subscriptCall), .int, into: indices + 1)
        } else {
            indices = try indexOperand(try index(subscriptCall), before: infix.rightOperand)
        }
        let at = infix.operator
        let store: RegisterOp = outer == nil ? .setElement : .setElement2
        guard let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator, token.text != "=" else {
            let value = try expression(infix.rightOperand, type, into: nil)
            emit(store, target.register, indices, value, kind: type.kind, at: at)
            return
        }
        let op = String(token.text.dropLast())
        guard arithmetic(op, type) != nil else { throw Unsupported() }
        let operand = try compoundOperand(op, type, infix.rightOperand)
        let current = try temporary()
        emit(
            outer == nil ? .element : .element2, current, target.register, indices,
            d: Self.registerOperand(indices + 1),
            at: at)
        try emitCompound(op, type, current, operand, at: token)
        emit(store, target.register, indices, current, kind: type.kind, at: at)
    }

    /// `xs.append(x)` on a local array.
    func append(_ call: FunctionCallExprSyntax) throws {
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.declName.baseName.text == "append", member.declName.argumentNames == nil,
            let reference = member.base?.as(DeclReferenceExprSyntax.self), let target = local(reference.baseName.text),
            case .array(let element) = target.type, call.arguments.count == 1, let only = call.arguments.first,
            only.label == nil, call.trailingClosure == nil, try infer(only.expression, expected: element) == element
        else { throw Unsupported() }
        var value = try expression(only.expression, element, into: nil)
        if case .record(let record) = element { value = try packed(value, record) }
        emit(element.isScalar ? .append : .appendArray, target.register, value, kind: element.kind, at: member.declName)
        // A packed struct is let go, so that the array holds the only copy of its properties.
        if case .record = element { emit(.clear, value) }
    }

    /// `for x in xs`, `for (i, x) in xs.enumerated()`: over a copy of the array taken when the
    /// loop starts, as Swift iterates.
    func arrayLoop(_ loop: ForStmtSyntax) throws {
        var sequence = unparenthesized(loop.sequence)
        var enumerated = false
        if let call = sequence.as(FunctionCallExprSyntax.self), call.arguments.isEmpty, call.trailingClosure == nil,
            let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.declName.baseName.text == "enumerated", let base = member.base
        {
            sequence = base
            enumerated = true
        }
        guard case .array(let element) = try infer(sequence, expected: nil) else { throw Unsupported() }
        let (indexName, elementName) = try loopNames(loop.pattern, enumerated: enumerated)
        let mark = (nextRegister, nextSlot)
        let copy = try temporarySlot()
        _ = try slotExpression(sequence, .array(element), into: copy)
        let counter = try temporary()
        let last = try temporary()
        emit(.count, last, copy, at: loop.sequence)
        emit(.move, counter, constant(0))
        let empty = emit(.jumpUnlessIntLess, counter, last)
        emit(.intSubtract, last, last, constant(1), at: loop.sequence)
        let value = try element.isSlot ? temporarySlot() : temporaries(element.width)
        var names: [String: Local] = [:]
        if let indexName { names[indexName] = Local(register: counter, type: .int) }
        if let elementName { names[elementName] = Local(register: value, type: element) }
        try countingLoop(loop, counter: counter, last: last, empty: empty, names: names) {
            switch element {
            case .int, .double, .bool: emit(.element, value, copy, counter, at: loop.sequence)
            case .record: emit(.elementRecord, value, copy, counter, d: Int(element.width), at: loop.sequence)
            case .array, .object, .optional: emit(.arrayElement, value, copy, counter, at: loop.sequence)
            case .tuple: throw Unsupported()  // (arrays of tuples are not taken)
            }
        }
        emit(.clear, copy)
        if element.isSlot { emit(.clear, value) }
        (nextRegister, nextSlot) = mark
    }

    /// The names a `for-in` pattern binds: `x`, `_`, `(i, x)`.
    private func loopNames(_ pattern: PatternSyntax, enumerated: Bool) throws -> (index: String?, element: String?) {
        func name(_ pattern: PatternSyntax) throws -> String? {
            if let identifier = pattern.as(IdentifierPatternSyntax.self) { return identifier.identifier.text }
            if pattern.is(WildcardPatternSyntax.self) { return nil }
            throw Unsupported()
        }
        guard enumerated else { return (nil, try name(pattern)) }
        guard let tuple = pattern.as(TuplePatternSyntax.self), tuple.elements.count == 2,
            let first = tuple.elements.first, let second = tuple.elements.last, first.label == nil, second.label == nil
        else { throw Unsupported() }
        return (try name(first.pattern), try name(second.pattern))
    }
}
