import SwiftSyntax

/// Structs of scalars in register form (`RegisterRecord`): built by their memberwise
/// initializer, kept in value slots as the closures keep them, their stored properties read and
/// written in place, alone (`p.x`) or in an array's element (`bodies[i].vx -= …`).
extension RegisterCompiler {
    /// `Int`, `Double`, `Bool` or a struct of them written by name, or nil.
    func namedType(_ name: String) -> RegisterType? {
        if let bound = lowerer.genericBindings[name] { return RegisterType(bound) }
        if let scalar = scalarType(named: name) { return scalar }
        guard lowerer.globals.typeAliases[name] == nil, let info = lowerer.globals.types[name] else { return nil }
        return RegisterRecord(info).map { .record($0) }
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
        guard let base = member.base, member.declName.baseName.text == "count", member.declName.argumentNames == nil,
            case .array = try infer(base, expected: nil)
        else { throw Unsupported() }
        return .int
    }

    /// `xs.count`, `p.x`, and `bodies[i].x` read where the element is stored (not copied out).
    func memberRead(_ member: MemberAccessExprSyntax, into dest: Int32?) throws -> Int32 {
        guard let base = member.base, let (field, _) = try storedProperty(member) else {
            return try count(member, into: dest)
        }
        if let subscriptCall = base.as(SubscriptCallExprSyntax.self) {
            let (array, _) = try arrayOperand(subscriptCall.calledExpression)
            let position = try expression(try index(subscriptCall), .int, into: nil)
            let result = try dest ?? temporary()
            emit(.elementField, result, array, position, d: field, at: subscriptCall.leftSquare)
            return result
        }
        let (record, _) = try arrayOperand(base)
        let result = try dest ?? temporary()
        emit(.field, result, record, d: field, at: member.declName)
        return result
    }

    /// `p.x = v`, `p.x += v` on a local struct, and `xs[i].x = v`, `xs[i].x -= v` on an element
    /// of a local array of them: the index, then the value, then the access (as
    /// `elementAssignment` orders them).
    func fieldAssignment(_ member: MemberAccessExprSyntax, _ infix: InfixOperatorExprSyntax) throws {
        guard let base = member.base, let (field, type) = try storedProperty(member),
            try infer(infix.rightOperand, expected: type) == type
        else { throw Unsupported() }
        let subscriptCall = base.as(SubscriptCallExprSyntax.self)
        guard
            let reference = (subscriptCall?.calledExpression ?? base).as(DeclReferenceExprSyntax.self),
            reference.argumentNames == nil, let target = local(reference.baseName.text)
        else { throw Unsupported() }
        var position: Int32 = 0
        if let subscriptCall {
            position = try temporary()
            _ = try expression(try index(subscriptCall), .int, into: position)
        }
        let value = try expression(infix.rightOperand, type, into: nil)
        let at = infix.operator
        let (read, store): (RegisterOp, RegisterOp) =
            subscriptCall == nil ? (.field, .setField) : (.elementField, .setElementField)
        guard let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator, token.text != "=" else {
            emit(store, target.register, position, value, kind: type.kind, d: field, at: at)
            return
        }
        guard let operation = arithmetic(String(token.text.dropLast()), type) else { throw Unsupported() }
        let current = try temporary()
        emit(read, current, target.register, position, d: field, at: at)
        emit(operation, current, current, value, at: token)
        emit(store, target.register, position, current, kind: type.kind, d: field, at: at)
    }
}
