import SwiftSyntax

/// Calls in register form: conversions, `abs`, the standard math functions, arrays built by
/// `repeating:count:`, and functions in register form, resolved as the lowering resolves them
/// (a name the note declares or binds anything else for is not taken).
extension RegisterCompiler {
    /// What a call calls.
    enum Callee {
        case toDouble, toInt, absolute
        /// `min(a, b, …)` (or `max`): Swift's, folded left to right.
        case extremum(isMin: Bool)
        case unaryMath((Double) -> Double)
        case binaryMath((Double, Double) -> Double)
        case function(RegisterFunction, FunctionInfo)
        /// A method of a struct or class in register form, called on `receiver` (nil for a
        /// type method, `Vec.unit(angle)`).
        case method(RegisterFunction, FunctionInfo, receiver: ExprSyntax?)
        /// `[T](repeating:count:)`, building an array of this type.
        case repeating(RegisterType)
        /// A struct's memberwise initializer.
        case memberwise(RegisterRecord)
        /// A class's initializer that only stores its parameters (in `fields`).
        case construct(RegisterClass, FunctionInfo, fields: [Int])
    }

    /// The type of a call's result.
    func callType(_ call: FunctionCallExprSyntax, expected: RegisterType?) throws -> RegisterType {
        if let closureCall = try closureCall(call, expected: expected) {
            guard let type = closureCall.type else { throw Unsupported() }
            return type
        }
        switch try callee(call, expected: expected) {
        case .toDouble, .unaryMath, .binaryMath: return .double
        case .toInt: return .int
        case .absolute: return try absoluteType(call, expected: expected)
        case .extremum: return try extremumType(call, expected: expected)
        case .function(let function, _), .method(let function, _, _):
            // A call of a function that returns nothing is a statement (`expressionStatement`).
            guard !function.returnsVoid else { throw Unsupported() }
            return function.resultType
        case .repeating(let type): return type
        case .memberwise(let record): return .record(record)
        case .construct(let type, _, _): return .object(type)
        }
    }

    /// The one type of `min`'s or `max`'s arguments: the first non-literal one's, else the
    /// context's, else `Int` (or `Double` when a literal has a fraction).
    private func extremumType(_ call: FunctionCallExprSyntax, expected: RegisterType?) throws -> RegisterType {
        let arguments = call.arguments.map(\.expression)
        guard arguments.count >= 2 else { throw Unsupported() }
        let type: RegisterType
        if let typed = arguments.first(where: { !isNumericLiteral($0) }) {
            type = try infer(typed, expected: expected == .int || expected == .double ? expected : nil)
        } else {
            type = expected ?? (arguments.contains(where: hasFloatLiteral) ? .double : .int)
        }
        guard type == .int || type == .double, try arguments.allSatisfy({ try infer($0, expected: type) == type })
        else { throw Unsupported() }
        return type
    }

    private func absoluteType(_ call: FunctionCallExprSyntax, expected: RegisterType?) throws -> RegisterType {
        guard let only = call.arguments.first?.expression else { throw Unsupported() }
        let type = try infer(only, expected: expected == .int || expected == .double ? expected : nil)
        guard type == .int || type == .double else { throw Unsupported() }
        return type
    }

    func callee(_ call: FunctionCallExprSyntax, expected: RegisterType?) throws -> Callee {
        guard call.trailingClosure == nil, call.additionalTrailingClosures.isEmpty else { throw Unsupported() }
        let labels = call.arguments.map { $0.label?.text }
        if let method = try method(call, labels: labels) { return method }
        if let arrayType = call.calledExpression.as(ArrayExprSyntax.self) {
            guard labels == ["repeating", "count"], let type = typeExpression(arrayType) else { throw Unsupported() }
            return .repeating(type)
        }
        guard let reference = call.calledExpression.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil
        else { throw Unsupported() }
        let name = reference.baseName.text
        guard local(name) == nil, !ownerDeclares(name) else { throw Unsupported() }
        if let declared = try declaredFunction(name, labels: labels) { return declared }
        if let record = memberwiseRecord(name, labels: labels) { return .memberwise(record) }
        if let construction = construction(name, labels: labels) { return construction }
        if let templates = lowerer.globals.genericFunctions[name], lowerer.lookup(name) == nil {
            return try specialization(templates, call, labels: labels)
        }
        guard lowerer.lookup(name) == nil, lowerer.globals.genericFunctions[name] == nil,
            lowerer.globals.types[name] == nil, lowerer.bindings.boundType(named: name) == nil
        else { throw Unsupported() }
        if name == "Array", labels == ["repeating", "count"], let expected, case .array = expected {
            return .repeating(expected)
        }
        guard labels.allSatisfy({ $0 == nil }) else { throw Unsupported() }
        let callee: Callee
        switch (name, labels.count) {
        case ("Double", 1): return .toDouble
        case ("Int", 1): return .toInt
        case ("abs", 1): callee = .absolute
        case ("min", 2...), ("max", 2...): callee = .extremum(isMin: name == "min")
        default:
            if labels.count == 1, let math = Builtins.unaryMath(name) {
                callee = .unaryMath(math)
            } else if labels.count == 2, let math = Builtins.binaryMath(name) {
                callee = .binaryMath(math)
            } else {
                throw Unsupported()
            }
        }
        if let bound = lowerer.bindings.functions[name] {
            // The engine's overloads (`sqrt` of a tensor) leave scalars to the builtin when one
            // of them defers to it for exactly these parameters; without one, a literal
            // argument could be taken as a tensor.
            let parameters: [ScriptType]
            if case .absolute = callee {
                parameters = [try absoluteType(call, expected: expected) == .int ? .int : .double]
            } else if case .extremum = callee {
                let type: ScriptType = try extremumType(call, expected: expected) == .int ? .int : .double
                parameters = [ScriptType](repeating: type, count: labels.count)
            } else {
                parameters = [ScriptType](repeating: .double, count: labels.count)
            }
            let scalars: [ScriptType] = [.int, .double, .bool, .float]
            let defers = bound.contains { $0.defersToBuiltin && $0.parameters == parameters }
            guard !bound.contains(where: { !$0.defersToBuiltin && $0.parameters.allSatisfy(scalars.contains) }),
                defers || !call.arguments.contains(where: { isNumericLiteral($0.expression) })
            else { throw Unsupported() }
        }
        return callee
    }

    /// `[Double]`, `[[Int]]` written as a type expression.
    func typeExpression(_ array: ArrayExprSyntax) -> RegisterType? {
        guard array.elements.count == 1, let element = array.elements.first?.expression else { return nil }
        if let inner = element.as(ArrayExprSyntax.self) { return typeExpression(inner).map { .array($0) } }
        guard let name = element.as(DeclReferenceExprSyntax.self)?.baseName.text else { return nil }
        return namedType(name).map { .array($0) }
    }

    /// `Int`, `Double` or `Bool` written by name (a generic parameter bound to one of them
    /// too), or nil for any other name or one the note declares.
    func scalarType(named name: String) -> RegisterType? {
        if let bound = lowerer.genericBindings[name] { return RegisterType(bound).flatMap { $0.isScalar ? $0 : nil } }
        guard lowerer.globals.types[name] == nil, lowerer.globals.typeAliases[name] == nil else { return nil }
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Bool": return .bool
        default: return nil
        }
    }

    /// The note's function `name` taking `labels`, in register form (or the function being
    /// compiled), or nil when the note declares no function of that name.
    private func declaredFunction(_ name: String, labels: [String?]) throws -> Callee? {
        var candidates = lowerer.globals.functions[name] ?? []
        if let variable = lowerer.lookup(name) {
            guard let function = variable.function else { throw Unsupported() }
            if !candidates.contains(where: { $0 === function }) { candidates.append(function) }
        }
        guard !candidates.isEmpty else { return nil }
        guard lowerer.globals.genericFunctions[name] == nil else { throw Unsupported() }
        let matching = candidates.filter { $0.labels == labels }
        guard matching.count == 1, let callee = matching.first, callee.defaults.allSatisfy({ $0 == nil }) else {
            throw Unsupported()
        }
        if callee === info { return .function(function, callee) }
        guard let compiled = callee.registerFunction else { throw Unsupported() }
        return .function(compiled, callee)
    }

    /// The specialization of a generic function a call selects, in register form: the one
    /// whose parameters the arguments have (the lowering specialized it for this call). Literal
    /// arguments that fit several are not taken.
    private func specialization(_ templates: [GenericFunction], _ call: FunctionCallExprSyntax, labels: [String?])
        throws -> Callee
    {
        var fitting: [FunctionInfo] = []
        for template in templates {
            for candidate in template.specializations.values where candidate.labels == labels {
                let fits = try zip(call.arguments, candidate.parameterTypes).allSatisfy { argument, type in
                    guard let registerType = RegisterType(type) else { return false }
                    return (try? infer(argument.expression, expected: registerType)) == registerType
                }
                if fits, candidate.parameterTypes.count == labels.count { fitting.append(candidate) }
            }
        }
        guard fitting.count == 1, let chosen = fitting.first else { throw Unsupported() }
        if chosen === info { return .function(function, chosen) }
        guard let compiled = chosen.registerFunction else { throw Unsupported() }
        return .function(compiled, chosen)
    }

    /// Emits a call whose result has type `type`; the arguments go into consecutive registers
    /// (the callee's frame) or, for arrays, into slots the callee's frame takes.
    func call(_ call: FunctionCallExprSyntax, _ type: RegisterType, into dest: Int32?) throws -> Int32 {
        if let closureCall = try closureCall(call, expected: type) {
            return try emitClosureCall(closureCall, into: dest)
        }
        let callee = try callee(call, expected: type)
        let values = call.arguments.map(\.expression)
        switch callee {
        case .toDouble, .toInt:
            guard let only = values.first else { throw Unsupported() }
            let from = try infer(only, expected: nil)
            guard from == .int || from == .double else { throw Unsupported() }
            if from == type { return try expression(only, type, into: dest) }
            let operand = try expression(only, from, into: nil)
            let result = try dest ?? temporary()
            emit(type == .double ? .intToDouble : .doubleToInt, result, operand, at: call)
            return result
        case .absolute where type == .int:
            let operand = try expression(values[0], .int, into: nil)
            let result = try dest ?? temporary()
            emit(.intAbs, result, operand, at: call)
            return result
        case .absolute, .unaryMath:
            // The argument where it is (a local's own register: no move into a frame).
            guard values.count == 1 else { throw Unsupported() }
            let operand = try expression(values[0], .double, into: nil)
            if case .unaryMath(let math) = callee { unaryMath.append(math) } else { unaryMath.append { Swift.abs($0) } }
            return try result(.unaryMath, operand, Int32(unaryMath.count - 1), into: dest, at: call)
        case .binaryMath(let math):
            let base = try arguments(values, [.double, .double]).base
            binaryMath.append(math)
            return try result(.binaryMath, base, Int32(binaryMath.count - 1), into: dest, at: call)
        case .repeating(let arrayType):
            return try repeating(call, arrayType, into: dest)
        case .construct(let type, let initializer, let fields):
            return try construct(type, initializer, fields: fields, values, into: dest, at: call)
        case .memberwise(let record):
            // Into new registers first: an argument may read `dest` (`v = Vec(x: v.y, y: v.x)`).
            let base = try arguments(values, record.fields).base
            return moveRecord(base, Int32(record.fields.count), into: dest)
        case .extremum(let isMin):
            let op: RegisterOp = type == .int ? (isMin ? .intMin : .intMax) : (isMin ? .doubleMin : .doubleMax)
            var best = try expression(values[0], type, into: nil)
            for value in values.dropFirst() {
                let next = try expression(value, type, into: nil)
                let result = try temporary()
                emit(op, result, best, next)
                best = result
            }
            return move(best, into: dest)
        case .function(let compiled, let info):
            return try callCompiled(compiled, info, values, receiver: nil, type, into: dest, at: call)
        case .method(let compiled, let info, let receiver):
            // Traced at the method's name (a type method's at the call), as the closures trace it.
            let name = receiver == nil ? nil : call.calledExpression.as(MemberAccessExprSyntax.self)?.declName
            return try callCompiled(
                compiled, info, values, receiver: receiver, type, into: dest, at: name.map(Syntax.init) ?? Syntax(call))
        }
    }

    /// Emits a call of a function (or a method, `receiver` its `self`) in register form.
    func callCompiled(
        _ compiled: RegisterFunction, _ info: FunctionInfo, _ values: [ExprSyntax], receiver: ExprSyntax?,
        _ type: RegisterType, into dest: Int32?, at node: some SyntaxProtocol
    ) throws -> Int32 {
        var types = try info.parameterTypes.map { type in
            guard let registerType = RegisterType(type) else { throw Unsupported() }
            return registerType
        }
        var arguments = values
        var inouts = info.inoutParameters
        if let receiver {
            guard let owner = info.owner, let selfType = RegisterType.ofSelf(owner) else { throw Unsupported() }
            types.insert(selfType, at: 0)
            arguments.insert(receiver, at: 0)
            inouts.insert(info.isMutating, at: 0)
        }
        // A struct or tuple result's registers, and the register told where the callee left
        // it, come before the callee's frame, which `copyResult` reads.
        var record: (first: Int32, returned: Int32)?
        switch type {
        case .record, .tuple: record = (try dest ?? temporaries(type.width), try temporary())
        case .int, .double, .bool, .array, .object, .optional: break
        }
        let (base, slots, copies) = try self.arguments(arguments, types, inouts: inouts, receiver: receiver != nil)
        callees.append((compiled, FunctionEntry(info: info, context: lowerer.context, at: lowerer.loc(node))))
        slotArguments.append(slots)
        copyBacks.append(copies)
        if let (record, returned) = record {
            emit(.call, returned, base, Int32(callees.count - 1), at: node)
            emit(.copyResult, record, base, returned, d: Int(type.width), at: node)
            return record
        }
        let result = try dest ?? (type.isSlot ? temporarySlot() : temporary())
        emit(.call, result, base, Int32(callees.count - 1), at: node)
        return result
    }

    /// Evaluates `arguments` (of `types`), left to right, into the callee's parameter layout:
    /// scalars and structs into consecutive new registers, arrays into new slots; an `inout`
    /// one (`&xs`) is a local's own slot, or a local struct's registers copied in and back.
    /// Returns the first register, the slot arguments and the copies back.
    private func arguments(
        _ arguments: [ExprSyntax], _ types: [RegisterType], inouts: [Bool] = [], receiver: Bool = false
    ) throws -> (base: Int32, slots: [SlotArgument], copyBacks: [RegisterCopyBack]) {
        guard arguments.count == types.count else { throw Unsupported() }
        let layout = RegisterParameter.layout(types, isInout: inouts)
        let base = nextRegister
        for parameter in layout { _ = try temporaries(parameter.type.width) }
        var slots: [SlotArgument] = []
        var copyBacks: [RegisterCopyBack] = []
        for (index, (argument, parameter)) in zip(arguments, layout).enumerated() {
            let type = parameter.type
            if parameter.isInout {
                let target = try inoutTarget(argument, type, among: arguments, implicit: receiver && index == 0)
                if type.isSlot {
                    slots.append(SlotArgument(caller: Int(target), callee: index, isInout: true))
                } else {
                    _ = moveRecord(target, type.width, into: base + parameter.register)
                    assigned.formUnion(target..<target + type.width)
                    copyBacks.append(RegisterCopyBack(caller: target, callee: parameter.register, width: type.width))
                }
                continue
            }
            guard try infer(argument, expected: type) == type else { throw Unsupported() }
            if type.isSlot {
                let slot = try expression(argument, type, into: nil)
                slots.append(
                    SlotArgument(caller: Int(slot), callee: index, isInout: false, isTemporary: !isVariableSlot(slot)))
            } else {
                _ = try expression(argument, type, into: base + parameter.register)
            }
        }
        return (base, slots, copyBacks)
    }

    /// The slot of `&name` (or of `name`, a `mutating` method's receiver), a local array or
    /// struct no other argument names (Swift rejects overlapping accesses, so the callee's copy
    /// is the only one).
    private func inoutTarget(
        _ argument: ExprSyntax, _ type: RegisterType, among arguments: [ExprSyntax], implicit: Bool
    ) throws -> Int32 {
        let written = implicit ? argument : argument.as(InOutExprSyntax.self)?.expression
        guard !type.isScalar, let reference = written?.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil,
            let target = local(reference.baseName.text), target.type == type
        else { throw Unsupported() }
        let name = reference.baseName.text
        let mentions = arguments.filter { other in
            other.tokens(viewMode: .sourceAccurate).contains { $0.text == name }
        }
        guard mentions.count == 1 else { throw Unsupported() }
        return target.register
    }

    private func result(
        _ op: RegisterOp, _ base: Int32, _ index: Int32, into dest: Int32?, at call: FunctionCallExprSyntax
    )
        throws -> Int32
    {
        let result = try dest ?? temporary()
        emit(op, result, base, index, at: call)
        return result
    }
}
