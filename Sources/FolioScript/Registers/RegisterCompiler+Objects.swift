import SwiftSyntax

/// Class instances in register form (`RegisterClass`): a reference lives in a value slot as the
/// closures' `.object` value, and an optional one as theirs (`.someObject` or `.null`), so they
/// cross calls unchanged. Taken: `Node(left: …, right: …)` through an initializer that only
/// stores its parameters, stored properties read and written (`node.value += 1`, `tail.next =
/// node`, where no observer is declared), `nil`, a reference where an optional is wanted,
/// `if let` / `guard let` / `while let` and `!` on an optional reference, `== nil`, `!= nil`,
/// `===` and `!==`, and the class's methods (a `final` class's are not overridden: a call is
/// the method itself). Not taken: optional chaining, a type method that constructs (the
/// type's initializers are lowered after its methods).
extension RegisterCompiler {
    /// The class whose storing initializer `Name(labels…)` calls, or nil.
    func construction(_ name: String, labels: [String?]) -> Callee? {
        guard lowerer.lookup(name) == nil, lowerer.bindings.boundType(named: name) == nil,
            case .object(let type)? = namedType(name),
            let (initializer, fields) = type.storingInitializer(labels: labels)
        else { return nil }
        return .construct(type, initializer, fields: fields)
    }

    /// Emits a construction: the arguments into new registers and slots, left to right (an
    /// argument may read `dest`), then the instance.
    func construct(
        _ type: RegisterClass, _ initializer: FunctionInfo, fields: [Int], _ values: [ExprSyntax],
        into dest: Int32?, at call: FunctionCallExprSyntax
    ) throws -> Int32 {
        guard values.count == initializer.parameterTypes.count else { throw Unsupported() }
        var stores: [RegisterConstructionStore] = []
        for (index, (value, parameterType)) in zip(values, initializer.parameterTypes).enumerated() {
            guard let type = RegisterType(parameterType), type.isScalar || type.isSlot,
                try infer(value, expected: type) == type
            else { throw Unsupported() }
            let operand = try type.isSlot ? temporarySlot() : temporary()
            _ = try expression(value, type, into: operand)
            stores.append(
                RegisterConstructionStore(field: fields[index], operand: operand, inSlot: type.isSlot, kind: type.kind))
        }
        let construction = RegisterConstruction(
            info: Unmanaged.passUnretained(type.info), fieldCount: type.info.fields.count)
        constructions.append((construction, stores))
        let result = try dest ?? temporarySlot()
        // The arguments in slots are moved into the instance (their slots are left empty).
        emit(.construct, result, 0, Int32(constructions.count - 1), at: call)
        return result
    }

    /// The stored property `member` reads and its type, when its base is a class instance in
    /// register form.
    func objectField(_ member: MemberAccessExprSyntax) throws -> (index: Int, type: RegisterType)? {
        guard let base = member.base, member.declName.argumentNames == nil,
            case .object(let type) = try infer(base, expected: nil)
        else { return nil }
        return type.field(member.declName.baseName.text)
    }

    /// `node.value` (a scalar, into a register) or `node.left` (into a slot).
    func objectFieldRead(_ member: MemberAccessExprSyntax, into dest: Int32?) throws -> Int32? {
        guard let base = member.base, let (field, type) = try objectField(member),
            case .object(let owner) = try infer(base, expected: nil)
        else { return nil }
        let object = try expression(base, .object(owner), into: nil)
        if type.isSlot {
            let result = try dest ?? temporarySlot()
            emit(.objectField, result, object, d: field, at: member)
            return result
        }
        let result = try dest ?? temporary()
        emit(.objectFieldBits, result, object, d: field, at: member)
        return result
    }

    /// `nil`, and a reference where an optional one is wanted (wrapped), into a slot; nil for
    /// any other expression.
    func optionalExpression(_ expr: ExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32? {
        guard case .optional(let wrapped) = type else { return nil }
        if expr.is(NilLiteralExprSyntax.self) {
            let result = try dest ?? temporarySlot()
            emit(.null, result, at: expr)
            return result
        }
        guard try infer(expr, expected: nil) == .object(wrapped) else { return nil }
        let object = try expression(expr, .object(wrapped), into: nil)
        let result = try dest ?? temporarySlot()
        emit(.wrapSome, result, object, at: expr)
        return result
    }

    /// The type of `nil` or of a reference where `expected` is an optional reference, or nil.
    func inferOptional(_ expr: ExprSyntax, expected: RegisterType?) throws -> RegisterType? {
        guard case .optional(let wrapped)? = expected else {
            if expr.is(NilLiteralExprSyntax.self) { throw Unsupported() }
            return nil
        }
        if expr.is(NilLiteralExprSyntax.self) { return expected }
        guard (try? infer(expr, expected: nil)) == .object(wrapped) else { return nil }
        return expected
    }

    /// `let name = optional` in an `if` or a `guard` condition: a jump (to be patched) taken
    /// when the optional is nil; otherwise `name` is the reference, in a new slot of the
    /// current scope.
    func bindingJump(_ binding: OptionalBindingConditionSyntax) throws -> Int {
        guard binding.bindingSpecifier.tokenKind == .keyword(.let), binding.typeAnnotation == nil,
            let pattern = binding.pattern.as(IdentifierPatternSyntax.self)
        else { throw Unsupported() }
        let name = pattern.identifier.text
        let source: Int32
        let wrapped: RegisterClass
        if let value = binding.initializer?.value {
            guard case .optional(let type) = try infer(value, expected: nil) else { throw Unsupported() }
            wrapped = type
            if let member = value.as(MemberAccessExprSyntax.self), let base = member.base,
                let (field, _) = try objectField(member), case .object(let owner) = try infer(base, expected: nil)
            {
                // `let left = node.left`: read and unwrapped in one.
                let object = try expression(base, .object(owner), into: nil)
                let bound = try temporarySlot()
                let jump = emit(.unwrapFieldOrJump, bound, object, d: field, at: member)
                scopes[scopes.count - 1][name] = Local(register: bound, type: .object(wrapped))
                return jump
            }
            source = try expression(value, .optional(type), into: nil)
        } else {
            // `if let node`: the local optional of the same name.
            guard let local = local(name), case .optional(let type) = local.type else { throw Unsupported() }
            wrapped = type
            source = local.register
        }
        let bound = try temporarySlot()
        let jump = emit(.unwrapOrJump, bound, source, at: binding)
        scopes[scopes.count - 1][name] = Local(register: bound, type: .object(wrapped))
        return jump
    }

    /// The type of `x!` on an optional reference, or nil for any other expression.
    func inferForceUnwrap(_ expr: ExprSyntax, expected: RegisterType?) throws -> RegisterType? {
        guard let force = expr.as(ForceUnwrapExprSyntax.self) else { return nil }
        var wanted: RegisterType?
        if case .object(let type)? = expected { wanted = .optional(type) }
        guard case .optional(let type) = try infer(force.expression, expected: wanted) else { throw Unsupported() }
        return .object(type)
    }

    /// `x!` on an optional reference, into a slot (the closures' error at the `!` when it is
    /// nil); nil for any other expression.
    func forceUnwrap(_ expr: ExprSyntax, into dest: Int32?) throws -> Int32? {
        guard let force = expr.as(ForceUnwrapExprSyntax.self) else { return nil }
        guard case .optional(let type) = try infer(force.expression, expected: nil) else { throw Unsupported() }
        let optional = try expression(force.expression, .optional(type), into: nil)
        let result = try dest ?? temporarySlot()
        emit(.unwrapOrTrap, result, optional, at: force.exclamationMark)
        return result
    }

    /// Whether `infix` is `x == nil` or `x != nil` on an optional reference, or `a === b` or
    /// `a !== b` on references.
    func isReferenceComparison(_ infix: InfixOperatorExprSyntax) -> Bool {
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else { return false }
        let (left, right) = (infix.leftOperand, infix.rightOperand)
        switch op {
        case "==", "!=":
            if left.is(NilLiteralExprSyntax.self), case .optional? = try? infer(right, expected: nil) { return true }
            if right.is(NilLiteralExprSyntax.self), case .optional? = try? infer(left, expected: nil) { return true }
            return false
        case "===", "!==":
            return [left, right].allSatisfy { operand in
                switch try? infer(operand, expected: nil) {
                case .object?, .optional?: true
                default: false
                }
            }
        default: return false
        }
    }

    /// Emits a reference comparison (`isReferenceComparison`), left operand first; nil for any
    /// other expression.
    func referenceComparison(_ infix: InfixOperatorExprSyntax, into dest: Int32?) throws -> Int32? {
        guard isReferenceComparison(infix), let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text
        else { return nil }
        let result: Int32
        if op == "==" || op == "!=" {
            let operand = infix.leftOperand.is(NilLiteralExprSyntax.self) ? infix.rightOperand : infix.leftOperand
            let slot = try expression(operand, try infer(operand, expected: nil), into: nil)
            result = try dest ?? temporary()
            emit(.isNil, result, slot, at: infix)
        } else {
            let left = try expression(infix.leftOperand, try infer(infix.leftOperand, expected: nil), into: nil)
            let right = try expression(infix.rightOperand, try infer(infix.rightOperand, expected: nil), into: nil)
            result = try dest ?? temporary()
            emit(.identical, result, left, right, at: infix)
        }
        if op == "!=" || op == "!==" { emit(.not, result, result, at: infix) }
        return result
    }

    /// `node.value = v`, `node.value += v`, `tail.next = node` on an instance: the instance,
    /// then the value, then (for a compound assignment) the property read, changed and written
    /// where it is stored. False when the base is not a reference; a property with an observer
    /// is not taken.
    func objectFieldAssignment(_ member: MemberAccessExprSyntax, _ infix: InfixOperatorExprSyntax) throws -> Bool {
        guard let base = member.base, member.declName.argumentNames == nil,
            case .object(let owner) = try infer(base, expected: nil)
        else { return false }
        let object = try expression(base, .object(owner), into: nil)
        try assignObjectField(object, owner, member.declName.baseName.text, infix, at: member)
        return true
    }

    /// `=` or a compound assignment to stored property `name` of the instance in slot
    /// `object`: the value, then (for a compound assignment) the property read, changed and
    /// written where it is stored.
    func assignObjectField(
        _ object: Int32, _ owner: RegisterClass, _ name: String, _ infix: InfixOperatorExprSyntax,
        at node: some SyntaxProtocol
    ) throws {
        guard let (field, type) = owner.field(name), owner.info.fields[field].mutable,
            owner.info.fields[field].willSet == nil, owner.info.fields[field].didSet == nil,
            try infer(infix.rightOperand, expected: type) == type
        else { throw Unsupported() }
        if infix.operator.is(AssignmentExprSyntax.self) {
            let value = try expression(infix.rightOperand, type, into: nil)
            emit(
                type.isSlot ? .setObjectFieldSlot : .setObjectFieldBits, object, 0, value, kind: type.kind, d: field,
                at: infix.operator)
            return
        }
        guard type.isScalar, let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator,
            arithmetic(String(token.text.dropLast()), type) != nil
        else { throw Unsupported() }
        let op = String(token.text.dropLast())
        let operand = try compoundOperand(op, type, infix.rightOperand)
        let current = try temporary()
        emit(.objectFieldBits, current, object, d: field, at: node)
        try emitCompound(op, type, current, operand, at: token)
        emit(.setObjectFieldBits, object, 0, current, kind: type.kind, d: field, at: infix.operator)
    }
}
