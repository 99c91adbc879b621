import SwiftSyntax

/// Closures, function values, optionals (`nil`, `!`, `?.`, `??`), tuples, dictionary
/// literals, `try` and casts.
extension Lowerer {
    // MARK: - Closures

    /// `{ x in … }`, `{ $0 * 2 }`, `{ (a: Int, b: Int) -> Int in … }`. `expected` supplies
    /// parameter types (and maybe the result; `.nilLiteral` there means "infer it").
    func lowerClosure(_ closure: ClosureExprSyntax, expected: ScriptType?) throws -> Typed {
        // `let f: ((Int) -> Int)? = { … }`: the closure is typed by the wrapped function type.
        if case .optional(let wrapped)? = expected, case .function = wrapped {
            return try lowerClosure(closure, expected: wrapped)
        }
        var parameterTypes: [ScriptType]?
        var resultType: ScriptType?
        if case .function(let parameters, let result)? = expected {
            parameterTypes = parameters
            resultType = result == .nilLiteral ? nil : result
        }
        var names: [String] = []
        var nodes: [Syntax] = []
        if let signature = closure.signature {
            if let returnClause = signature.returnClause { resultType = try type(returnClause.type) }
            switch signature.parameterClause {
            case .simpleInput(let list)?:
                for parameter in list {
                    names.append(parameter.name.text)
                    nodes.append(Syntax(parameter))
                }
            case .parameterClause(let clause)?:
                var declared: [ScriptType] = []
                for parameter in clause.parameters {
                    names.append((parameter.secondName ?? parameter.firstName).text)
                    nodes.append(Syntax(parameter))
                    if let annotation = parameter.type { declared.append(try type(annotation)) }
                }
                if declared.count == names.count { parameterTypes = declared }
            case nil:
                // `{ [weak self] in … }`: a capture list alone; the parameters are anonymous.
                let count = max(parameterTypes?.count ?? 0, anonymousParameterCount(closure))
                if count == 0, parameterTypes == nil { parameterTypes = [] }
                names = (0..<count).map { "$\($0)" }
                nodes = Array(repeating: Syntax(closure), count: count)
            }
            if signature.effectSpecifiers?.asyncSpecifier != nil {
                throw error("`async` closures are not supported in notes", signature, id: .unsupportedConcurrency)
            }
        } else {
            let count = max(parameterTypes?.count ?? 0, anonymousParameterCount(closure))
            if count == 0, parameterTypes == nil { parameterTypes = [] }
            names = (0..<count).map { "$\($0)" }
            nodes = Array(repeating: Syntax(closure), count: count)
        }
        // `{ $0 + $1 }` or `{ a, b in }` on a single tuple parameter destructures it.
        var spreads = false
        if let given = parameterTypes, given.count == 1, names.count > 1, case .tuple(let elements, _) = given[0],
            elements.count == names.count || closure.signature == nil
        {
            parameterTypes = elements
            spreads = true
            if closure.signature == nil {
                names = (0..<elements.count).map { "$\($0)" }
                nodes = Array(repeating: Syntax(closure), count: elements.count)
            }
        }
        guard let types = parameterTypes else {
            throw error(
                "unable to infer the type of the closure's parameters; annotate them ({ (x: Double) in … })", closure,
                id: .cannotInferType)
        }
        guard types.count == names.count else {
            throw error(
                "contextual closure type expects \(types.count) argument\(types.count == 1 ? "" : "s"), but \(names.count) were used in closure body",
                closure, id: .wrongArgumentCount)
        }
        let info = FunctionInfo(
            name: "closure", labels: types.map { _ in nil }, parameterTypes: types, returnType: resultType ?? .void,
            loc: loc(closure))
        info.level = currentLevel + 1
        let captures = try beginCaptureList(closure)
        do {
            try lowerBody(
                info: info, parameterNames: names, parameterNodes: nodes, statements: closure.statements,
                end: closure.rightBrace,
                selfType: nil, infersReturn: resultType == nil)
        } catch {
            endCaptureList(captures)
            throw error
        }
        endCaptureList(captures)
        let context = self.context
        let at = loc(closure)
        if let captures {
            guard !spreads else {
                throw error(
                    "a capture list on a closure taking a tuple's parts is not supported", closure,
                    id: .unsupportedFeature)
            }
            return Typed(
                type: .function(types, info.returnType),
                eval: capturing(captures, at: at) { parent in
                    .function(Closure(name: "closure", function: info, parent: parent, context: context, at: at))
                })
        }
        if spreads, let given = expected, case .function(let outer, _) = given {
            return Typed(type: .function(outer, info.returnType)) { frame in
                .function(
                    Closure(name: "closure") { arguments in
                        guard case .tuple(let parts, _) = arguments[0] else {
                            throw mismatch(arguments[0], "tuple", at)
                        }
                        return try callFunction(info, parent: frame, arguments: parts, context: context, at: at)
                    })
            }
        }
        return Typed(type: .function(types, info.returnType)) { frame in
            .function(Closure(name: "closure", function: info, parent: frame, context: context, at: at))
        }
    }

    private func anonymousParameterCount(_ closure: ClosureExprSyntax) -> Int {
        var highest = -1
        for token in closure.statements.tokens(viewMode: .sourceAccurate) {
            guard case .dollarIdentifier(let text) = token.tokenKind, let n = Int(text.dropFirst()) else { continue }
            // `$0` of a closure nested in this one is that closure's.
            var ancestor = token.parent
            while let node = ancestor, node.id != closure.id, !node.is(ClosureExprSyntax.self) {
                ancestor = node.parent
            }
            if ancestor?.id == closure.id { highest = max(highest, n) }
        }
        return highest + 1
    }

    /// A named function (or builtin, or operator) used as a value: `apply(sqrt)`, `reduce(0, +)`.
    func functionValue(_ name: String, expected: ScriptType?, node: some SyntaxProtocol) throws -> Typed? {
        if case .function(let parameters, _)? = expected {
            if let candidates = globals.functions[name],
                let info = candidates.first(where: { $0.parameterTypes == parameters })
                    ?? (candidates.count == 1 ? candidates.first : nil)
            {
                let context = self.context
                let at = loc(node)
                return Typed(type: .function(info.parameterTypes, info.returnType)) { _ in
                    .function(Closure(name: name, function: info, parent: nil, context: context, at: at))
                }
            }
            if parameters.count == 2, parameters[0] == parameters[1],
                Operators.known.contains(name) || name == "min" || name == "max"
            {
                let operand = parameters[0]
                let at = loc(node)
                if name == "min" || name == "max" {
                    let isMin = name == "min"
                    let closure = Value.function(
                        Closure(name: name) { arguments in
                            isMin
                                ? Builtins.minimum(arguments[0], arguments[1])
                                : Builtins.maximum(arguments[0], arguments[1])
                        })
                    return Typed(type: .function(parameters, operand), eval: { _ in closure })
                }
                guard let operation = Operators.binary(name, operand, within: context, at: at) else { return nil }
                let comparison = ["==", "!=", "<", "<=", ">", ">="].contains(name)
                let closure = Value.function(
                    Closure(name: name) { arguments in try operation(arguments[0], arguments[1]) })
                return Typed(type: .function(parameters, comparison ? .bool : operand), eval: { _ in closure })
            }
            if parameters == [.double], let math = Builtins.unaryMath(name) {
                let closure = Value.function(
                    Closure(name: name) { arguments in
                        guard case .double(let x) = arguments[0] else { return arguments[0] }
                        return .double(math(x))
                    })
                return Typed(type: .function([.double], .double), eval: { _ in closure })
            }
        }
        if let candidates = globals.functions[name], candidates.count == 1, let info = candidates.first {
            let context = self.context
            let at = loc(node)
            return Typed(type: .function(info.parameterTypes, info.returnType)) { _ in
                .function(Closure(name: name, function: info, parent: nil, context: context, at: at))
            }
        }
        return nil
    }

    /// Calls a value of function type.
    func callValue(_ callee: Typed, arguments exprs: [ExprSyntax], node: some SyntaxProtocol) throws -> Typed {
        guard case .function(let parameters, let result) = callee.type else {
            throw error("cannot call value of non-function type '\(callee.type)'", node, id: .notCallable)
        }
        guard parameters.count == exprs.count else {
            throw error(
                "expected \(parameters.count) argument\(parameters.count == 1 ? "" : "s") in call, have \(exprs.count)",
                node, id: .wrongArgumentCount)
        }
        let arguments = try zip(exprs, parameters).map { try argument($0.0, $0.1).eval }
        let eval = callee.eval
        let at = loc(node)
        return Typed(type: result) { frame in
            guard case .function(let closure) = try eval(frame) else {
                throw ScriptError(.internalError("not a function"), at: at)
            }
            var values: [Value] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(try argument(frame)) }
            return try closure.invoke(values)
        }
    }

    // MARK: - Optionals

    func lowerForceUnwrap(_ force: ForceUnwrapExprSyntax, expected: ScriptType?) throws -> Typed {
        let operand = try lower(force.expression, expected: expected.map { .optional($0) })
        guard case .optional(let wrapped) = operand.type else {
            throw error(.forceUnwrapNonOptional(type: "\(operand.type)"), force)
        }
        let eval = operand.eval
        let at = loc(force.exclamationMark)
        return Typed(type: wrapped) { frame in
            guard let value = try eval(frame).wrapped else {
                throw ScriptError(.unexpectedNil, at: at)
            }
            return value
        }
    }

    /// `a ?? b` (and chains of it).
    func lowerNilCoalescing(_ infix: InfixOperatorExprSyntax, expected: ScriptType?) throws -> Typed {
        let left = try lower(infix.leftOperand, expected: expected.map { .optional($0) })
        guard case .optional(let wrapped) = left.type else {
            throw error(
                "left side of nil coalescing operator '??' has non-optional type '\(left.type)', so the right side is never used",
                infix.leftOperand, id: .optionalMisuse)
        }
        var right = try lower(infix.rightOperand, expected: expected ?? wrapped)
        let l = left.eval
        if right.type.isOptional, right.type == left.type {
            let r = right.eval
            return Typed(type: left.type) { frame in
                let value = try l(frame)
                if case .null = value { return try r(frame) }
                return value
            }
        }
        right = try convert(
            right, to: wrapped, "cannot convert value of type $A to expected argument type $E", infix.rightOperand)
        let r = right.eval
        return Typed(type: wrapped) { frame in
            if let value = try l(frame).wrapped { return value }
            return try r(frame)
        }
    }

    /// Whether the postfix chain under `expr` contains a `?` (optional chaining).
    func chainHasOptional(_ expr: ExprSyntax) -> Bool {
        var current: ExprSyntax? = expr
        while let node = current {
            if node.is(OptionalChainingExprSyntax.self) { return true }
            if let member = node.as(MemberAccessExprSyntax.self) {
                current = member.base
            } else if let call = node.as(FunctionCallExprSyntax.self) {
                current = call.calledExpression
            } else if let sub = node.as(SubscriptCallExprSyntax.self) {
                current = sub.calledExpression
            } else if let force = node.as(ForceUnwrapExprSyntax.self) {
                current = force.expression
            } else {
                return false
            }
        }
        return false
    }

    /// Whether `expr` is the outermost link of a postfix chain.
    func isChainTop(_ expr: ExprSyntax) -> Bool {
        guard let parent = expr.parent else { return true }
        if let member = parent.as(MemberAccessExprSyntax.self), member.base?.id == expr.id { return false }
        if let call = parent.as(FunctionCallExprSyntax.self), call.calledExpression.id == expr.id { return false }
        if let sub = parent.as(SubscriptCallExprSyntax.self), sub.calledExpression.id == expr.id { return false }
        if parent.is(OptionalChainingExprSyntax.self) || parent.is(ForceUnwrapExprSyntax.self) { return false }
        return true
    }

    /// `a?` inside a chain: unwraps, or ends the whole chain with `nil`.
    func lowerOptionalChaining(_ chaining: OptionalChainingExprSyntax) throws -> Typed {
        let operand = try lower(chaining.expression, expected: nil)
        guard case .optional(let wrapped) = operand.type else {
            throw error(.optionalChainingOnNonOptional(type: "\(operand.type)"), chaining)
        }
        let eval = operand.eval
        return Typed(type: wrapped) { frame in
            guard let value = try eval(frame).wrapped else { throw OptionalChainNil() }
            return value
        }
    }

    /// Wraps the top of a chain containing `?`: its type becomes optional, `nil` ends it.
    func endOptionalChain(_ typed: Typed) -> Typed {
        let eval = typed.eval
        if typed.type == .void {
            return Typed(type: .void) { frame in
                do { _ = try eval(frame) } catch is OptionalChainNil {}
                return .void
            }
        }
        if typed.type.isOptional {
            return Typed(type: typed.type) { frame in
                do { return try eval(frame) } catch is OptionalChainNil { return .null }
            }
        }
        return Typed(type: .optional(typed.type)) { frame in
            do { return .some(try eval(frame)) } catch is OptionalChainNil { return .null }
        }
    }

    // MARK: - Tuples

    func lowerTuple(_ tuple: TupleExprSyntax, expected: ScriptType?) throws -> Typed {
        var hints: [ScriptType]?
        if case .tuple(let types, _)? = expected, types.count == tuple.elements.count { hints = types }
        var types: [ScriptType] = []
        var evals: [EvalBox] = []
        for (index, element) in tuple.elements.enumerated() {
            var typed = try lower(element.expression, expected: hints?[index])
            if let hint = hints?[index], let converted = conversion(typed, to: hint) { typed = converted }
            if typed.type == .nilLiteral { throw error(.nilRequiresContextualType, element.expression) }
            types.append(typed.type)
            evals.append(EvalBox(typed.eval))
        }
        var labels = tuple.elements.map { $0.label?.text }
        if labels.allSatisfy({ $0 == nil }), case .tuple(_, let expectedLabels)? = expected,
            expectedLabels.count == labels.count
        {
            labels = expectedLabels
        }
        let valueLabels: [String?]? = labels.allSatisfy { $0 == nil } ? nil : labels
        return Typed(type: .tuple(types, labels: labels)) { frame in
            var values: [Value] = []
            values.reserveCapacity(evals.count)
            for eval in evals { values.append(try eval.run(frame)) }
            return .tuple(values, labels: valueLabels)
        }
    }

    // MARK: - Dictionaries and sets

    func dictionaryLiteral(_ dictionary: DictionaryExprSyntax, expected: ScriptType?) throws -> Typed {
        var keyHint: ScriptType?
        var valueHint: ScriptType?
        if case .dictionary(let key, let value)? = expected {
            keyHint = key
            valueHint = value
        }
        guard case .elements(let elements) = dictionary.content else {
            guard let keyHint, let valueHint else {
                throw error(.emptyCollectionLiteral, dictionary)
            }
            return Typed(type: .dictionary(keyHint, valueHint)) { _ in .dictionary(DictBox()) }
        }
        let (keyType, keys) = try unifyAll(elements.map(\.key), hint: keyHint)
        let (valueType, values) = try unifyAll(elements.map(\.value), hint: valueHint)
        guard let keyType, let valueType else {
            throw error(.emptyCollectionLiteral, dictionary)
        }
        guard keyType.isHashable else {
            throw error(.notHashable(type: "\(keyType)"), dictionary)
        }
        let keyEvals = try zip(keys, elements).map {
            try convert(
                $0.0, to: keyType, "cannot convert value of type $A to expected dictionary key type $E", $0.1.key
            ).eval
        }
        let valueEvals = try zip(values, elements).map {
            try convert(
                $0.0, to: valueType, "cannot convert value of type $A to expected dictionary value type $E", $0.1.value
            ).eval
        }
        return Typed(type: .dictionary(keyType, valueType)) { frame in
            let box = DictBox()
            for (key, value) in zip(keyEvals, valueEvals) { box.set(try key(frame), try value(frame)) }
            return .dictionary(box)
        }
    }

    // MARK: - try, as, is

    func lowerTry(_ tryExpr: TryExprSyntax, expected: ScriptType?) throws -> Typed {
        switch tryExpr.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?, .infixQuestionMark?:
            var hint: ScriptType?
            if case .optional(let wrapped)? = expected { hint = wrapped }
            let operand = try lower(tryExpr.expression, expected: hint)
            let eval = operand.eval
            let type: ScriptType = operand.type.isOptional ? operand.type : .optional(operand.type)
            let wraps = !operand.type.isOptional
            return Typed(type: type) { frame in
                do {
                    let value = try eval(frame)
                    return wraps ? .some(value) : value
                } catch is ThrownError {
                    return .null
                }
            }
        case .exclamationMark?:
            let operand = try lower(tryExpr.expression, expected: expected)
            let eval = operand.eval
            let at = loc(tryExpr)
            return Typed(type: operand.type) { frame in
                do { return try eval(frame) } catch let thrown as ThrownError {
                    throw ScriptError(
                        "'try!' expression unexpectedly raised an error: \(thrown.value.debugFormatted)",
                        id: .forceTryFailed, at: at)
                }
            }
        default:
            return try lower(tryExpr.expression, expected: expected)
        }
    }

    func lowerAs(_ asExpr: AsExprSyntax, expected: ScriptType?) throws -> Typed {
        let target = try type(asExpr.type)
        switch asExpr.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?:
            let operand = try lower(asExpr.expression, expected: nil)
            let eval = operand.eval
            return Typed(type: .optional(target)) { frame in
                castValue(try eval(frame), to: target).map(Value.some) ?? .null
            }
        case .exclamationMark?:
            let operand = try lower(asExpr.expression, expected: nil)
            let eval = operand.eval
            let at = loc(asExpr)
            return Typed(type: target) { frame in
                guard let value = castValue(try eval(frame), to: target) else {
                    throw ScriptError("could not cast value to '\(target)'", id: .castFailed, at: at)
                }
                return value
            }
        default:
            let operand = try lower(asExpr.expression, expected: target)
            return try convert(operand, to: target, "cannot convert value of type $A to type $E in coercion", asExpr)
        }
    }

    func lowerIs(_ isExpr: IsExprSyntax) throws -> Typed {
        let target = try type(isExpr.type)
        let eval = try lower(isExpr.expression, expected: nil).eval
        return Typed(type: .bool) { frame in .bool(castValue(try eval(frame), to: target) != nil) }
    }
}

/// Ends an optional chain whose link was `nil`.
struct OptionalChainNil: Error {}

/// Calls a function declared in the note: a fresh frame whose parent is `parent`, the
/// arguments in its first slots; enforces the depth limit and records the call stack on errors.
func callFunction(_ info: FunctionInfo, parent: Frame?, arguments: [Value], context: RuntimeContext, at: SourceLoc)
    throws -> Value
{
    var callee = info.acquireFrame()
    defer { info.releaseFrame(&callee) }
    callee.parent = parent
    for index in arguments.indices { callee.slots[index] = arguments[index] }
    try FunctionEntry(info: info, context: context, at: at).prologue { _ = try info.body(callee) }
    return callee.returnValue
}
