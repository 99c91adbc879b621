import SwiftSyntax

/// Calls in register form: conversions, the standard math functions, and functions in
/// register form, resolved as the lowering resolves them (a name the note declares or binds
/// anything else for is not taken).
extension RegisterCompiler {
    /// What a call calls.
    enum Callee {
        case toDouble, toInt
        case unaryMath((Double) -> Double)
        case binaryMath((Double, Double) -> Double)
        case function(RegisterFunction, FunctionInfo)

        var type: RegisterType {
            switch self {
            case .toDouble, .unaryMath, .binaryMath: .double
            case .toInt: .int
            case .function(let function, _): function.resultType
            }
        }
    }

    func callee(_ call: FunctionCallExprSyntax) throws -> Callee {
        guard call.trailingClosure == nil, call.additionalTrailingClosures.isEmpty,
            let reference = call.calledExpression.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil
        else { throw Unsupported() }
        let name = reference.baseName.text
        let labels = call.arguments.map { $0.label?.text }
        guard local(name) == nil else { throw Unsupported() }
        if let declared = try declaredFunction(name, labels: labels) { return declared }
        guard lowerer.lookup(name) == nil, lowerer.globals.genericFunctions[name] == nil,
            lowerer.globals.types[name] == nil, lowerer.bindings.boundType(named: name) == nil,
            labels.allSatisfy({ $0 == nil })
        else { throw Unsupported() }
        if let bound = lowerer.bindings.functions[name] {
            // The engine's overloads (`sqrt` of a tensor) leave `Double`s to the builtin.
            let doubles = [ScriptType](repeating: .double, count: labels.count)
            guard bound.contains(where: { $0.defersToBuiltin && $0.parameters == doubles }) else {
                throw Unsupported()
            }
        }
        switch (name, labels.count) {
        case ("Double", 1): return .toDouble
        case ("Int", 1): return .toInt
        default: break
        }
        if labels.count == 1, let math = Builtins.unaryMath(name) { return .unaryMath(math) }
        if labels.count == 2, let math = Builtins.binaryMath(name) { return .binaryMath(math) }
        throw Unsupported()
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

    /// Emits a call; the arguments go into consecutive registers (the callee's frame).
    func call(_ call: FunctionCallExprSyntax, into dest: Int32?) throws -> Int32 {
        let callee = try callee(call)
        let values = call.arguments.map(\.expression)
        switch callee {
        case .toDouble, .toInt:
            guard let only = values.first else { throw Unsupported() }
            let from = try infer(only, expected: nil)
            let to = callee.type
            guard from != .bool else { throw Unsupported() }
            if from == to { return try expression(only, to, into: dest) }
            let operand = try expression(only, from, into: nil)
            let result = try dest ?? temporary()
            emit(to == .double ? .intToDouble : .doubleToInt, result, operand, at: call)
            return result
        case .unaryMath(let math):
            let base = try arguments(values, [.double])
            unaryMath.append(math)
            return try result(.unaryMath, base, Int32(unaryMath.count - 1), into: dest, at: call)
        case .binaryMath(let math):
            let base = try arguments(values, [.double, .double])
            binaryMath.append(math)
            return try result(.binaryMath, base, Int32(binaryMath.count - 1), into: dest, at: call)
        case .function(let compiled, let info):
            let types = try info.parameterTypes.map { type in
                guard let registerType = RegisterType(type) else { throw Unsupported() }
                return registerType
            }
            let base = try arguments(values, types)
            callees.append((compiled, FunctionEntry(info: info, context: lowerer.context, at: lowerer.loc(call))))
            return try result(.call, base, Int32(callees.count - 1), into: dest, at: call)
        }
    }

    /// Evaluates `arguments` (of `types`) into consecutive new registers; returns the first.
    private func arguments(_ arguments: [ExprSyntax], _ types: [RegisterType]) throws -> Int32 {
        guard arguments.count == types.count else { throw Unsupported() }
        let base = nextRegister
        for _ in types { _ = try temporary() }
        for (index, (argument, type)) in zip(arguments, types).enumerated() {
            guard try infer(argument, expected: type) == type else { throw Unsupported() }
            _ = try expression(argument, type, into: base + Int32(index))
        }
        return base
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
