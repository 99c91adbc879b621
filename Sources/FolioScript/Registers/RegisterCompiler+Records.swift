import SwiftSyntax

/// Structs of scalars in register form (`RegisterRecord`): a struct local, parameter or result
/// is one register per stored property (`p.x` is a register; `Vec(x:y:)` fills them; a call
/// passes and returns them in the callee's frame), and a struct in an array stays the closures'
/// `.record` value, its properties read and written where it is stored (`bodies[i].vx -= …`).
extension RegisterCompiler {
    /// `Int`, `Double`, `Bool` or a struct of them written by name, or nil.
    func namedType(_ name: String) -> RegisterType? {
        if let bound = lowerer.genericBindings[name] { return RegisterType(bound) }
        if let scalar = scalarType(named: name) { return scalar }
        guard lowerer.globals.typeAliases[name] == nil, let info = lowerer.globals.types[name] else { return nil }
        return RegisterType.ofSelf(info)
    }

    /// The struct whose memberwise initializer `Name(labels…)` calls, or nil.
    func memberwiseRecord(_ name: String, labels: [String?]) -> RegisterRecord? {
        guard lowerer.lookup(name) == nil, lowerer.bindings.boundType(named: name) == nil,
            case .record(let record)? = namedType(name), record.isMemberwise(labels: labels)
        else { return nil }
        return record
    }

    /// The stored property `member` names and the struct's type, or nil when `member` is not a
    /// stored property of a struct in register form.
    private func storedProperty(_ member: MemberAccessExprSyntax) throws -> (index: Int, type: RegisterType)? {
        guard let base = member.base, member.declName.argumentNames == nil,
            case .record(let record) = try infer(base, expected: nil),
            let index = record.info.fieldIndex[member.declName.baseName.text]
        else { return nil }
        return (index, record.fields[index])
    }

    /// The type of `xs.count` or of a stored property read.
    func memberType(_ member: MemberAccessExprSyntax) throws -> RegisterType {
        if let (_, type) = try storedProperty(member) { return type }
        if let (_, type) = try objectField(member) { return type }
        if let (_, type) = try tupleElement(member) { return type }
        guard let base = member.base, member.declName.baseName.text == "count", member.declName.argumentNames == nil,
            case .array = try infer(base, expected: nil)
        else { throw Unsupported() }
        return .int
    }

    /// `xs.count`, `p.x` (a register of `p`'s), and `bodies[i].x` read where the element is
    /// stored (not copied out).
    func memberRead(_ member: MemberAccessExprSyntax, into dest: Int32?) throws -> Int32 {
        if let result = try objectFieldRead(member, into: dest) { return result }
        if let result = try tupleElementRead(member, into: dest) { return result }
        guard let base = member.base, let (field, _) = try storedProperty(member),
            case .record(let record) = try infer(base, expected: nil)
        else {
            return try count(member, into: dest)
        }
        if let subscriptCall = base.as(SubscriptCallExprSyntax.self) {
            let (array, _) = try arrayOperand(subscriptCall.calledExpression)
            let position = try expression(try index(subscriptCall), .int, into: nil)
            let result = try dest ?? temporary()
            emit(.elementField, result, array, position, d: field, at: subscriptCall.leftSquare)
            return result
        }
        let first = try recordExpression(base, record, into: nil)
        return move(first + Int32(field), into: dest)
    }

    /// Emits a struct expression into consecutive registers, one per stored property: `dest`
    /// when given, else a local's own or new ones. Returns the first.
    func recordExpression(_ expr: ExprSyntax, _ record: RegisterRecord, into dest: Int32?) throws -> Int32 {
        let width = Int32(record.fields.count)
        if let operand = try flattenedOperand(expr, .record(record), into: dest) { return operand }
        if let infix = expr.as(InfixOperatorExprSyntax.self),
            let result = try operatorCall(infix, .record(record), into: dest)
        {
            return result
        }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            let (array, _) = try arrayOperand(subscriptCall.calledExpression)
            let position = try expression(try index(subscriptCall), .int, into: nil)
            let result = try dest ?? temporaries(width)
            emit(.elementRecord, result, array, position, d: Int(width), at: subscriptCall.leftSquare)
            return result
        }
        throw Unsupported()
    }

    /// `width` consecutive new registers; the first.
    func temporaries(_ width: Int32) throws -> Int32 {
        let first = try temporary()
        for _ in 1..<max(width, 1) { _ = try temporary() }
        return first
    }

    /// The struct in registers from `first`, moved to `dest` when given.
    func moveRecord(_ first: Int32, _ width: Int32, into dest: Int32?) -> Int32 {
        guard let dest, dest != first else { return first }
        for k in 0..<width { emit(.move, dest + k, first + k) }
        return dest
    }

    /// The struct in registers from `first`, packed into a new slot (to be stored in an array).
    func packed(_ first: Int32, _ record: RegisterRecord) throws -> Int32 {
        records.append(record)
        let slot = try temporarySlot()
        emit(.makeRecord, slot, first, d: records.count - 1, at: Optional<Syntax>.none)
        return slot
    }

    /// `p.x = v`, `p.x += v` on a local struct (its register), and `xs[i].x = v`, `xs[i].x -= v`
    /// on an element of a local array of them (in place: the index, then the value, then the
    /// access, as `elementAssignment` orders them).
    func fieldAssignment(_ member: MemberAccessExprSyntax, _ infix: InfixOperatorExprSyntax) throws {
        if try objectFieldAssignment(member, infix) { return }
        guard let base = member.base, let (field, type) = try storedProperty(member) else { throw Unsupported() }
        let subscriptCall = base.as(SubscriptCallExprSyntax.self)
        guard
            let reference = (subscriptCall?.calledExpression ?? base).as(DeclReferenceExprSyntax.self),
            reference.argumentNames == nil, let target = local(reference.baseName.text)
        else { throw Unsupported() }
        guard let subscriptCall else { return try assign(to: target.register + Int32(field), type, infix) }
        guard try infer(infix.rightOperand, expected: type) == type else { throw Unsupported() }
        let position = try indexOperand(try index(subscriptCall), before: infix.rightOperand)
        let at = infix.operator
        guard let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator, token.text != "=" else {
            let value = try expression(infix.rightOperand, type, into: nil)
            emit(.setElementField, target.register, position, value, kind: type.kind, d: field, at: at)
            return
        }
        let op = String(token.text.dropLast())
        guard arithmetic(op, type) != nil else { throw Unsupported() }
        let operand = try compoundOperand(op, type, infix.rightOperand)
        let current = try temporary()
        emit(.elementField, current, target.register, position, d: field, at: at)
        try emitCompound(op, type, current, operand, at: token)
        emit(.setElementField, target.register, position, current, kind: type.kind, d: field, at: at)
    }

    /// `x = v`, `x += v` in a method, for `self.x`: a register of a struct's, or the property
    /// of a class's instance.
    func implicitSelfFieldAssignment(_ name: String, _ infix: InfixOperatorExprSyntax) throws {
        guard let (field, type) = implicitSelfField(name), let selfLocal = local("self") else { throw Unsupported() }
        if case .object(let owner) = selfLocal.type {
            return try assignObjectField(selfLocal.register, owner, name, infix, at: infix.leftOperand)
        }
        try assign(to: selfLocal.register + Int32(field), type, infix)
    }

    /// `p.name(…)` where `p` is a struct in register form or a reference to a `final` class,
    /// and `name` one of its methods in register form (or the method being compiled), or nil
    /// for other calls.
    func method(_ call: FunctionCallExprSyntax, labels: [String?]) throws -> Callee? {
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base,
            member.declName.argumentNames == nil
        else { return nil }
        if let typeMethod = try typeMethod(member, labels: labels) { return typeMethod }
        guard let receiverType = try? infer(base, expected: nil) else { return nil }
        let type: TypeInfo
        switch receiverType {
        case .record(let record): type = record.info
        case .object(let owner): type = owner.info
        default: return nil
        }
        let candidates = (type.methods[member.declName.baseName.text] ?? []).filter {
            $0.labels == labels && !$0.isStatic
        }
        guard candidates.count == 1, let method = candidates.first, method.defaults.allSatisfy({ $0 == nil }) else {
            throw Unsupported()
        }
        if method === info { return .method(function, method, receiver: base) }
        guard let compiled = method.registerFunction else { throw Unsupported() }
        return .method(compiled, method, receiver: base)
    }

    /// `Type.name(…)` where `Type` names a struct or `final` class in register form and `name`
    /// one of its type methods in register form, or nil for other calls.
    private func typeMethod(_ member: MemberAccessExprSyntax, labels: [String?]) throws -> Callee? {
        guard let base = member.base?.as(DeclReferenceExprSyntax.self), base.argumentNames == nil,
            local(base.baseName.text) == nil, lowerer.lookup(base.baseName.text) == nil,
            let selfType = namedType(base.baseName.text)
        else { return nil }
        let type: TypeInfo
        switch selfType {
        case .record(let record): type = record.info
        case .object(let owner): type = owner.info
        default: return nil
        }
        let candidates = (type.staticMethods[member.declName.baseName.text] ?? []).filter { $0.labels == labels }
        guard candidates.count == 1, let method = candidates.first, method.defaults.allSatisfy({ $0 == nil }) else {
            throw Unsupported()
        }
        if method === info { return .method(function, method, receiver: nil) }
        guard let compiled = method.registerFunction else { throw Unsupported() }
        return .method(compiled, method, receiver: nil)
    }

    /// `a + b` where an operand is a struct in register form whose type declares the operator
    /// (`static func + (a: Vec, b: Vec) -> Vec`), in register form: the one whose parameters the
    /// operands have, or nil when no operand is such a struct.
    func operatorMethod(_ infix: InfixOperatorExprSyntax) throws -> (RegisterFunction, FunctionInfo)? {
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else { return nil }
        var candidates: [FunctionInfo] = []
        for operand in [infix.leftOperand, infix.rightOperand] {
            guard case .record(let record)? = try? infer(operand, expected: nil) else { continue }
            for method in record.info.staticMethods[op] ?? [] where !candidates.contains(where: { $0 === method }) {
                candidates.append(method)
            }
        }
        guard !candidates.isEmpty else { return nil }
        let fitting = candidates.filter { method in
            guard method.parameterTypes.count == 2,
                !method.inoutParameters.contains(true)
            else { return false }
            return zip([infix.leftOperand, infix.rightOperand], method.parameterTypes).allSatisfy { operand, type in
                guard let registerType = RegisterType(type) else { return false }
                return (try? infer(operand, expected: registerType)) == registerType
            }
        }
        guard fitting.count == 1, let method = fitting.first else { throw Unsupported() }
        if method === info { return (function, method) }
        guard let compiled = method.registerFunction, !compiled.returnsVoid else { throw Unsupported() }
        return (compiled, method)
    }

    /// The stored property `name` of `self` in a method (`x` for `self.x`), unless a local
    /// shadows it.
    func implicitSelfField(_ name: String) -> (index: Int, type: RegisterType)? {
        guard let owner, local(name) == nil, local("self") != nil else { return nil }
        switch owner {
        case .record(let record):
            guard let index = record.info.fieldIndex[name] else { return nil }
            return (index, record.fields[index])
        case .object(let type): return type.field(name)
        default: return nil
        }
    }

    /// The type the method belongs to, if any.
    private var ownerInfo: TypeInfo? {
        switch owner {
        case .record(let record)?: record.info
        case .object(let type)?: type.info
        default: nil
        }
    }

    /// Whether the method's type has a member `name` (a name that means `self.name` or
    /// `Self.name` there, not a function of the note).
    func ownerDeclares(_ name: String) -> Bool {
        guard let type = ownerInfo else { return false }
        return type.fieldIndex[name] != nil || type.methods[name] != nil || type.staticMethods[name] != nil
            || type.computed[name] != nil || type.staticComputed[name] != nil || type.staticVariables[name] != nil
    }
}
