import FolioCharts
import FolioNumerics
import SwiftSyntax

/// Overload resolution for the bindings: by labels (a trailing closure matches its parameter
/// whatever its label), then by the static types of the arguments, once, at lowering.
extension Lowerer {
    /// What an argument is before the parameter's type is known.
    enum ArgumentShape {
        case typed(Typed)
        case integerLiteral
        case floatLiteral
        /// `depth` counts the nested brackets; `element` is what the innermost elements are.
        case arrayLiteral(depth: Int, element: LiteralElements)
        case rangeLiteral
        case closure
        case implicitMember
        case nilLiteral
    }

    /// What the innermost elements of an array literal are, as Swift's literal typing sees
    /// them: `[x, 1]` with `x: Double` is `[Double]`, `[1, 2]` prefers `[Int]`.
    enum LiteralElements {
        case integers
        case floats
        case strings
        /// A non-literal element fixes the element type.
        case typed(ScriptType)
        /// Implicit members, closures, `nil`: no preference.
        case unknown
    }

    func literalElements(_ array: ArrayExprSyntax) -> LiteralElements {
        var floats = false
        var sawInteger = false
        for element in array.elements {
            let expr = element.expression
            switch literalKind(expr) {
            case .integer:
                sawInteger = true
                continue
            case .float:
                floats = true
                continue
            case .contextual: continue
            case nil: break
            }
            if expr.is(StringLiteralExprSyntax.self) { return .strings }
            if expr.is(ClosureExprSyntax.self) || expr.is(NilLiteralExprSyntax.self) || expr.is(ArrayExprSyntax.self) {
                continue
            }
            // The first element that is not a literal decides, as it does for `unifyAll`.
            if let typed = try? lower(expr, expected: nil) { return .typed(typed.type) }
            return .unknown
        }
        if floats { return .floats }
        return sawInteger ? .integers : .unknown
    }

    /// How well innermost literal elements fit `element` (lower is better).
    func score(_ elements: LiteralElements, element: ScriptType) -> Int? {
        switch elements {
        case .strings: return element == .string || element == .character ? 0 : nil
        case .integers:
            if element == .int { return 0 }
            return element == .double ? 1 : nil
        case .floats: return element == .double ? 0 : nil
        case .typed(let type):
            if type == element { return 0 }
            return conversion(Typed(type: type, eval: { _ in .void }), to: element) == nil ? nil : 1
        case .unknown:
            if element == .string { return nil }
            return element == .double ? 1 : 0
        }
    }

    func shape(_ expr: ExprSyntax) throws -> ArgumentShape {
        switch literalKind(expr) {
        case .integer: return .integerLiteral
        case .float: return .floatLiteral
        case .contextual: return .implicitMember
        case nil: break
        }
        if let array = expr.as(ArrayExprSyntax.self) {
            var depth = 1
            var innermost = array
            while let inner = innermost.elements.first?.expression.as(ArrayExprSyntax.self) {
                depth += 1
                innermost = inner
            }
            return .arrayLiteral(depth: depth, element: literalElements(innermost))
        }
        if expr.is(ClosureExprSyntax.self) { return .closure }
        if let infix = expr.as(InfixOperatorExprSyntax.self),
            let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
            op == "..." || op == "..<", literalKind(infix.leftOperand) != nil, literalKind(infix.rightOperand) != nil
        {
            return .rangeLiteral
        }
        if expr.is(NilLiteralExprSyntax.self) { return .nilLiteral }
        if let call = expr.as(FunctionCallExprSyntax.self),
            let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.base == nil
        {
            return .implicitMember
        }
        if let inner = expr.as(TryExprSyntax.self), case .typed = try shape(inner.expression) {
            return .typed(try lower(expr, expected: nil))
        }
        return .typed(try lower(expr, expected: nil))
    }

    /// Whether (and how well: lower is better) an argument of this shape fits `parameter`.
    func score(_ shape: ArgumentShape, _ parameter: ScriptType) -> Int? {
        let bindings = self.bindings
        if case .optional(let wrapped) = parameter {
            if case .nilLiteral = shape { return 0 }
            return score(shape, wrapped).map { $0 + 1 }
        }
        switch shape {
        case .typed(let typed):
            if typed.type == parameter { return 0 }
            if parameter == bindings.plot, plotConversion(typed) != nil { return 2 }
            if conversion(typed, to: parameter) != nil { return 1 }
            if case .array(let element) = parameter, element == bindings.plot, case .array = typed.type { return 3 }
            return nil
        case .integerLiteral:
            switch parameter {
            case .int: return 0
            case .double: return 1
            case bindings.tensor: return 2
            case bindings.plot: return 3
            default: return nil
            }
        case .floatLiteral:
            switch parameter {
            case .double: return 0
            case bindings.tensor: return 2
            case bindings.plot: return 3
            default: return nil
            }
        case .arrayLiteral(let depth, let elements):
            var strings = false
            if case .strings = elements { strings = true }
            switch parameter {
            case .array(let element):
                if element == bindings.tensor { return depth > 1 ? 0 : (strings ? nil : 1) }
                // Peel one array level per nested bracket down to the innermost element type.
                var inner = element
                for _ in 1..<depth {
                    guard case .array(let next) = inner else { return nil }
                    inner = next
                }
                if case .array = inner { return nil }
                return score(elements, element: inner)
            case .set(let element): return score(elements, element: element).map { $0 + 1 }
            case bindings.tensor:
                if strings { return nil }
                if case .typed(let type) = elements, depth == 1, type != .double, type != bindings.tensor { return nil }
                return 1
            case bindings.plot:
                if depth != 1 { return nil }
                if case .typed(let type) = elements, plotConverter(.array(type)) == nil { return nil }
                return 2
            default: return nil
            }
        case .rangeLiteral:
            if case .range = parameter { return 0 }
            return nil
        case .closure:
            if case .function = parameter { return 0 }
            return nil
        case .implicitMember:
            if case .named = parameter { return 0 }
            if parameter == .double { return 1 }
            return nil
        case .nilLiteral:
            return nil
        }
    }

    /// Lowers an argument for a chosen parameter.
    func bindArgument(_ shape: ArgumentShape, _ expr: ExprSyntax, _ parameter: ScriptType) throws -> Eval {
        let bindings = self.bindings
        var typed: Typed
        switch shape {
        case .typed(let natural): typed = natural
        case .integerLiteral, .floatLiteral:
            var target = parameter
            if case .optional(let wrapped) = parameter { target = wrapped }
            typed = try lower(expr, expected: target == bindings.tensor || target == bindings.plot ? .double : target)
        case .arrayLiteral:
            var target = parameter
            if case .optional(let wrapped) = parameter { target = wrapped }
            typed = try lower(expr, expected: target == bindings.plot ? nil : target)
        case .rangeLiteral:
            var target = parameter
            if case .optional(let wrapped) = parameter { target = wrapped }
            typed = try lower(expr, expected: target)
        default:
            typed = try lower(expr, expected: parameter)
        }
        if let coerced = coerce(typed, to: parameter) { return coerced.eval }
        throw error(.cannotConvertArgument(from: "\(typed.type)", to: "\(parameter)"), expr)
    }

    func coerce(_ typed: Typed, to parameter: ScriptType) -> Typed? {
        let bindings = self.bindings
        if typed.type == parameter { return typed }
        if case .optional(let wrapped) = parameter, let inner = coerce(typed, to: wrapped) {
            let eval = inner.eval
            return Typed(type: parameter) { frame in .some(try eval(frame)) }
        }
        if parameter == bindings.plot, let converted = plotConversion(typed) { return converted }
        if parameter == bindings.tensor, typed.type == .double || typed.type == .int {
            let eval = typed.eval
            return Typed(type: parameter) { frame in tensorValue(Tensor(try doubleOf(eval(frame)))) }
        }
        if case .array(let element) = parameter, element == bindings.plot, case .array(let from) = typed.type,
            let probe = plotConversion(Typed(type: from, eval: { _ in .void }))
        {
            _ = probe
            let eval = typed.eval
            let convert = plotConverter(from)
            return Typed(type: parameter) { frame in
                guard case .array(let items) = try eval(frame) else { return .array([]) }
                return .array(try items.map { try convert?($0) ?? $0 })
            }
        }
        return conversion(typed, to: parameter)
    }

    /// A Tensor, `[Double]`, `[Int]`, `[String]`, `Double` or `Int` as a mark channel.
    func plotConversion(_ typed: Typed) -> Typed? {
        guard let convert = plotConverter(typed.type) else { return nil }
        let eval = typed.eval
        return Typed(type: bindings.plot) { frame in try convert(eval(frame)) }
    }

    func plotConverter(_ type: ScriptType) -> ((Value) throws -> Value)? {
        let bindings = self.bindings
        switch type {
        case bindings.tensor: return { native(PlotValues.numbers(try tensorOf($0).scalars)) }
        case .array(.double), .array(.int): return { native(PlotValues.numbers(try doublesOf($0))) }
        case .array(.string): return { native(PlotValues.categories(try stringsOf($0))) }
        case .double, .int: return { native(PlotValues.constant(try doubleOf($0))) }
        default: return nil
        }
    }

    /// Resolves and lowers a call to one of `candidates`; nil when no overload takes these
    /// labels and types (the caller goes on with its other builtins or reports).
    func resolveBinding(
        _ candidates: [Overload], receiver: Typed? = nil, arguments: [(label: String?, expr: ExprSyntax)],
        trailingStart: Int,
        name: String, node: some SyntaxProtocol
    ) throws -> Typed? {
        let offset = receiver == nil ? 0 : 1
        let labels = arguments.map(\.label)
        let matching = candidates.filter { candidate in
            guard candidate.labels.count == labels.count + offset else { return false }
            for (index, label) in labels.enumerated() where candidate.labels[index + offset] != label {
                if index == trailingStart, label == nil { continue }
                return false
            }
            return true
        }
        if matching.isEmpty { return nil }
        if matching.count == 1 {
            // One candidate: every argument is lowered with its parameter's type as context.
            let only = matching[0]
            var evals: [EvalBox] = []
            for (index, argument) in arguments.enumerated() {
                let parameter = only.parameters[index + offset]
                let shape = try shape(argument.expr)
                if case .typed(let typed) = shape, score(shape, parameter) == nil {
                    throw error(
                        .cannotConvertArgument(from: "\(typed.type)", to: "\(parameter)"),
                        argument.expr)
                }
                evals.append(EvalBox(try bindArgument(shape, argument.expr, parameter)))
            }
            return try finish(only, receiver: receiver, evals: evals, node: node)
        }
        let shapes = try arguments.map { try shape($0.expr) }
        var best: (Overload, Int)?
        for candidate in matching {
            var total = 0
            var fits = true
            if let receiver, score(.typed(receiver), candidate.parameters[0]) == nil { continue }
            for (index, shape) in shapes.enumerated() {
                guard let s = score(shape, candidate.parameters[index + offset]) else {
                    fits = false
                    break
                }
                total += s
            }
            if fits, best == nil || total < best!.1 { best = (candidate, total) }
        }
        guard let (chosen, _) = best else { return nil }
        let evals = try shapes.enumerated().map { index, shape in
            EvalBox(try bindArgument(shape, arguments[index].expr, chosen.parameters[index + offset]))
        }
        return try finish(chosen, receiver: receiver, evals: evals, node: node)
    }

    private func finish(_ overload: Overload, receiver: Typed?, evals: [EvalBox], node: some SyntaxProtocol) throws
        -> Typed
    {
        if overload.defersToBuiltin { throw DeferToBuiltin() }
        let at = loc(node)
        let body = overload.body
        let all = (receiver.map { [EvalBox($0.eval)] } ?? []) + evals
        switch all.count {
        case 0:
            return Typed(type: overload.result) { _ in try atCall(at) { try body([]) } }
        case 1:
            let a = all[0].run
            return Typed(type: overload.result) { frame in
                let x = try a(frame)
                return try atCall(at) { try body([x]) }
            }
        case 2:
            let a = all[0].run
            let b = all[1].run
            return Typed(type: overload.result) { frame in
                let x = try a(frame)
                let y = try b(frame)
                return try atCall(at) { try body([x, y]) }
            }
        default:
            return Typed(type: overload.result) { frame in
                var values: [Value] = []
                values.reserveCapacity(all.count)
                for eval in all { values.append(try eval.run(frame)) }
                return try atCall(at) { try body(values) }
            }
        }
    }

    // MARK: - Hooks called from the lowering

    /// A free function of the bindings (`exp`, `softmax`, `gradient(at:of:)`, …).
    func bindingFunctionCall(_ name: String, call: FunctionCallExprSyntax) throws -> Typed? {
        let name = name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
        guard let candidates = bindings.functions[name] else { return nil }
        do {
            return try resolveBinding(
                candidates, arguments: allArguments(call), trailingStart: call.arguments.count, name: name, node: call)
        } catch is DeferToBuiltin {
            return nil
        }
    }

    /// `Tensor(…)`, `Chart { … }`, `LineMark(…)`.
    func bindingConstruct(
        _ typeName: String, arguments: [(label: String?, expr: ExprSyntax)], trailingStart: Int,
        node: some SyntaxProtocol
    ) throws -> Typed? {
        if let special = try bindingBuilder(typeName, arguments: arguments, node: node) { return special }
        guard let owner = bindings.boundType(named: typeName) else { return nil }
        let candidates = bindings.members(of: owner).initializers
        guard !candidates.isEmpty else { return nil }
        guard
            let typed = try resolveBinding(
                candidates, arguments: arguments, trailingStart: trailingStart, name: typeName, node: node)
        else {
            throw error(
                "no initializer of '\(typeName)' takes (\(labelList(arguments.map(\.label))))"
                    + Suggestions.overloadHint(candidates, arguments: arguments), node, id: .noMatchingOverload)
        }
        return locatedMark(typed, typeName, node: node)
    }

    /// `Tensor.zeros(shape:)`, `.fixed(4)` in a context that expects `ColumnFormat`.
    func bindingStaticCall(_ owner: ScriptType, _ name: String, call: FunctionCallExprSyntax) throws -> Typed? {
        guard let candidates = bindings.members(of: owner).staticMethods[name] else { return nil }
        guard
            let typed = try resolveBinding(
                candidates, arguments: allArguments(call), trailingStart: call.arguments.count, name: name, node: call)
        else {
            if let misplaced = builderContentError(owner.description, name, call: call) { throw misplaced }
            throw error(
                "no overload of '\(owner).\(name)' takes (\(labelList(allArguments(call).map(\.label))))"
                    + Suggestions.overloadHint(candidates, arguments: allArguments(call)), call, id: .noMatchingOverload
            )
        }
        return typed
    }

    /// `Tensor.nan`, `.float8E4M3`, `.log`.
    func bindingStaticProperty(_ owner: ScriptType, _ name: String) -> Typed? {
        guard let property = bindings.members(of: owner).staticProperties[name] else { return nil }
        let value = property.value
        return Typed(type: property.type, eval: { _ in value }, constant: value)
    }

    /// `t.sum(axis: 1)`, `chart.chartTitle("…")`, `x.isApproximatelyEqual(to: y)`.
    func bindingMethod(_ base: Typed, _ name: String, call: FunctionCallExprSyntax, node: some SyntaxProtocol) throws
        -> Typed?
    {
        guard let candidates = bindings.members(of: base.type).methods[name] else { return nil }
        let arguments = allArguments(call)
        guard
            let typed = try resolveBinding(
                candidates, receiver: base, arguments: arguments, trailingStart: call.arguments.count, name: name,
                node: node)
        else {
            if case .named = base.type {
                throw error(
                    "no overload of '\(base.type).\(name)' takes (\(labelList(arguments.map(\.label))))"
                        + Suggestions.overloadHint(candidates, arguments: arguments, receiver: true), node,
                    id: .noMatchingOverload)
            }
            return nil
        }
        return typed
    }

    /// The bound type that `expr` names, when it has static members or initializers (for
    /// `Tensor.zeros(…)` and `Tensor.nan`) and no name of the note hides it.
    func boundTypeReference(_ expr: ExprSyntax) -> ScriptType? {
        guard let reference = expr.as(DeclReferenceExprSyntax.self) else { return nil }
        let name = reference.baseName.text
        guard lookup(name) == nil, globals.types[name] == nil, let owner = bindings.boundType(named: name),
            bindings.members(of: owner).hasTypeMembers
        else { return nil }
        return owner
    }
}
