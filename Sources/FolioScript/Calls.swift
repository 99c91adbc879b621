import SwiftSyntax

/// Calls: user functions (labels checked, overloads by label and type), `print`,
/// initializers and conversions, free builtins, and methods.
extension Lowerer {
    /// The arguments of a call, trailing closures included.
    func allArguments(_ call: FunctionCallExprSyntax) -> [(label: String?, expr: ExprSyntax)] {
        var result = call.arguments.map { (label: $0.label?.text, expr: $0.expression) }
        if let trailing = call.trailingClosure { result.append((nil, ExprSyntax(trailing))) }
        for extra in call.additionalTrailingClosures { result.append((extra.label.text, ExprSyntax(extra.closure))) }
        return result
    }

    func lowerCall(_ call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed {
        let called = call.calledExpression
        let args = allArguments(call)
        if let wrapped = try optionalInitializer(call, expected: expected) { return wrapped }
        if let reference = called.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if let variable = lookup(name) {
                if let info = variable.function {
                    return try directCall(
                        [info], arguments: args, name: name, node: call, parent: frameAt(level: info.level - 1))
                }
                let callee = Typed(type: variable.type, eval: reader(variable))
                if let callable = try callAsFunction(callee, baseExpr: called, call: call) { return callable }
                return try callValue(callee, arguments: args.map(\.expr), node: call)
            }
            if let currentType, let methods = currentType.method(name),
                lookup("self") != nil || enclosingFunction?.info.isStatic == true
            {
                if let selfVariable = lookup("self") {
                    return try namedMethodCall(
                        currentType, base: Typed(type: .named(currentType), eval: reader(selfVariable)), baseExpr: nil,
                        candidates: methods, arguments: args, name: name, node: call)
                }
            }
            if let currentType, let selfVariable = lookup("self"), let index = currentType.fieldIndex[name],
                case .function = currentType.fields[index].type,
                let field = try implicitSelfMember(name, type: currentType, selfVariable: selfVariable, node: reference)
            {
                // A stored closure property called as `f(x)` inside a method.
                return try callValue(field, arguments: args.map(\.expr), node: call)
            }
            if let currentType, let methods = currentType.staticMethods[name], lookup("self") == nil {
                return try directCall(methods, arguments: args, name: name, node: call, parent: { _ in nil })
            }
            if let templates = globals.genericFunctions[name] {
                if let candidates = globals.functions[name],
                    let ordinary = try? directCall(
                        candidates, arguments: args, name: name, node: call, parent: { _ in nil })
                {
                    return ordinary  // Swift prefers a non-generic overload that fits.
                }
                return try genericCall(name, templates: templates, arguments: args, expected: expected, node: call)
            }
            if let candidates = globals.functions[name] {
                if call.trailingClosure == nil { return try userCall(name, candidates: candidates, call: call) }
                return try directCall(candidates, arguments: args, name: name, node: call, parent: { _ in nil })
            }
            if globals.types[name] == nil,
                let bound = try bindingConstruct(name, arguments: args, trailingStart: call.arguments.count, node: call)
            {
                return bound
            }
            if let scalar = genericScalarName(name) {
                return try builtinCall(scalar, call: call, expected: expected)  // `T(x)` with `T` bound to `Int`
            }
            declareStandardSequence(name)
            if let template = globals.genericTypes[name] {
                if case .named(let instance)? = genericBindings[name] {
                    return try construct(instance, arguments: args, node: call)  // `Stack(…)` inside `Stack<T>`
                }
                return try genericConstruct(template, arguments: args, expected: expected, node: call)
            }
            if let info = globals.types[name] ?? bindings.registry.types[name] {
                return try construct(info, arguments: args, node: call)
            }
            if let info = try aliasedType(name) { return try construct(info, arguments: args, node: call) }
            if name == "sequence", let unfolded = try unfoldSequenceCall(call, expected: expected) { return unfolded }
            if let bound = try bindingFunctionCall(name, call: call) { return bound }
            if let builtins = bindings.registry.functions[name] {
                let labels = args.map(\.label)
                guard let match = builtins.first(where: { $0.labels == labels }) else {
                    throw error(
                        "no overload of '\(name)' takes (\(labelList(labels)))"
                            + Suggestions.overloadHint(nil, arguments: args), call, id: .noMatchingOverload)
                }
                let evals = try zip(args, match.parameters).map { EvalBox(try argument($0.0.expr, $0.1).eval) }
                return Typed(type: match.result) { frame in try match.body(try evals.values(frame)) }
            }
            if name == "Dictionary" { return try dictionaryInitializer(call, expected: expected) }
            if call.trailingClosure != nil {
                if let implicit = try implicitSelfExpression(ExprSyntax(call), expected: expected) { return implicit }
                throw error("'\(name)' does not take a closure in notes", call, id: .unsupportedFeature)
            }
            return try builtinCall(name, call: call, expected: expected)
        }
        if let closure = called.as(ClosureExprSyntax.self) {
            return try callValue(try lowerClosure(closure, expected: nil), arguments: args.map(\.expr), node: call)
        }
        if called.is(GenericSpecializationExprSyntax.self),
            let instance = try genericInstance(called, member: "init", arguments: args, expected: expected, node: call)
        {
            return try construct(instance, arguments: args, node: call)  // `Stack<Int>()`
        }
        if let generic = called.as(GenericSpecializationExprSyntax.self),
            generic.expression.as(DeclReferenceExprSyntax.self)?.baseName.text == "Set",
            generic.genericArgumentClause.arguments.count == 1,
            let only = generic.genericArgumentClause.arguments.first,
            case .type(let elementType) = only.argument
        {
            // `Set<Character>()`, `Set<Int>(xs)`.
            return try builtinCall("Set", call: call, expected: .set(try type(elementType)))
        }
        if let array = called.as(ArrayExprSyntax.self) {
            guard case .array(let element)? = typeExpression(ExprSyntax(array)) else {
                throw error("cannot call an array literal", called, id: .notCallable)
            }
            return try arrayInitializer(type: element, call: call)
        }
        if called.is(DictionaryExprSyntax.self) || called.is(GenericSpecializationExprSyntax.self),
            allArguments(call).isEmpty,
            case .dictionary(let key, let value)? = typeExpression(called)
        {
            // `[String: Int]()`, `Dictionary<String, Int>()`.
            return Typed(type: .dictionary(key, value)) { _ in .dictionary(DictBox()) }
        }
        if called.is(GenericSpecializationExprSyntax.self), case .array(let element)? = typeExpression(called) {
            // `Array<Int>()`, `Array<Double>(repeating: 0, count: n)`.
            return try arrayInitializer(type: element, call: call)
        }
        if let member = called.as(MemberAccessExprSyntax.self) {
            return try methodCall(member, call: call, expected: expected)
        }
        let callee = try lower(called, expected: nil)
        if let callable = try callAsFunction(callee, baseExpr: called, call: call) { return callable }
        return try callValue(callee, arguments: args.map(\.expr), node: call)
    }

    /// `fit(x)` where `fit` is a value with a `callAsFunction` method (a bound `PowerLawFit`, or a
    /// type declared in the note), as Swift's SE-0253.
    func callAsFunction(_ callee: Typed, baseExpr: ExprSyntax, call: FunctionCallExprSyntax) throws -> Typed? {
        guard case .named(let info) = callee.type else { return nil }
        if info.kind == .builtin {
            return try bindingMethod(callee, "callAsFunction", call: call, node: call)
        }
        guard let candidates = info.method("callAsFunction") else { return nil }
        return try namedMethodCall(
            info, base: callee, baseExpr: baseExpr, candidates: candidates, arguments: allArguments(call),
            name: "callAsFunction", node: call)
    }

    /// `Int`, `Double`, `[Double]`, `[[Int]]` written as an expression (`[Double](repeating:…)`).
    func typeExpression(_ expr: ExprSyntax) -> ScriptType? {
        if let reference = expr.as(DeclReferenceExprSyntax.self), lookup(reference.baseName.text) == nil {
            switch reference.baseName.text {
            case let name where ScriptType.standardScalar(named: name) != nil:
                return ScriptType.standardScalar(named: name)
            case let name where IntegerKind.named(name) != nil: return IntegerKind.named(name).map { .fixedInt($0) }
            case let name where globals.typeAliases[name] != nil: return globals.typeAliases[name]
            case let name where genericBindings[name] != nil: return genericBindings[name]  // `[T]()` in a generic body
            default: return nil
            }
        }
        if let dictionary = expr.as(DictionaryExprSyntax.self), case .elements(let elements) = dictionary.content,
            elements.count == 1, let only = elements.first,
            let key = elementTypeExpression(only.key), let value = elementTypeExpression(only.value)
        {
            return .dictionary(key, value)
        }
        if let array = expr.as(ArrayExprSyntax.self), array.elements.count == 1, let only = array.elements.first,
            let element = elementTypeExpression(only.expression)
        {
            return .array(element)
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count >= 2 {
            // `(Int, Int)` in `[(Int, Int)]()`, `(x: Int, y: Int)`.
            var types: [ScriptType] = []
            for element in tuple.elements {
                guard let type = elementTypeExpression(element.expression) else { return nil }
                types.append(type)
            }
            return .tuple(types, labels: tuple.elements.map { $0.label?.text })
        }
        if let generic = expr.as(GenericSpecializationExprSyntax.self),
            let name = generic.expression.as(DeclReferenceExprSyntax.self)?.baseName.text, lookup(name) == nil
        {
            // `Array<Int>`, `Dictionary<String, Int>`, `Optional<Int>`.
            var arguments: [ScriptType] = []
            for argument in generic.genericArgumentClause.arguments {
                guard case .type(let type) = argument.argument, let lowered = try? self.type(type) else { return nil }
                arguments.append(lowered)
            }
            switch (name, arguments.count) {
            case ("Array", 1): return .array(arguments[0])
            case ("Dictionary", 2): return .dictionary(arguments[0], arguments[1])
            case ("Optional", 1): return .optional(arguments[0])
            default: return nil
            }
        }
        return nil
    }

    /// `String(n, radix: r)` and `String(n, radix: r, uppercase: true)`: the digits of an
    /// integer in base 2…36, as Swift writes them (lowercase unless asked, `-` for negatives).
    private func radixString(_ call: FunctionCallExprSyntax, at: SourceLoc) throws -> Typed {
        let hasCase = call.arguments.count == 3
        let args = try arguments(call, hasCase ? [nil, "radix", "uppercase"] : [nil, "radix"], name: "String")
        let operand = try lower(args[0], expected: .int)
        let value: Eval
        if case .fixedInt(let kind) = operand.type, kind == .uint64 || kind == .uint {
            // An unsigned 64-bit value above `Int.max` keeps its digits.
            let eval = operand.eval
            let radix = try argument(args[1], .int).eval
            let uppercase = try hasCase ? argument(args[2], .bool).eval : { _ in .bool(false) }
            return Typed(type: .string) { frame in
                let number = UInt64(bitPattern: Int64(try intValue(eval(frame), at)))
                let base = try checkedRadix(radix(frame), at: at)
                return .string(String(number, radix: base, uppercase: try boolValue(uppercase(frame), at)))
            }
        } else if case .fixedInt = operand.type {
            value = operand.eval
        } else {
            value = try argument(args[0], .int).eval
        }
        let radix = try argument(args[1], .int).eval
        let uppercase = try hasCase ? argument(args[2], .bool).eval : { _ in .bool(false) }
        return Typed(type: .string) { frame in
            let number = try intValue(value(frame), at)
            let base = try checkedRadix(radix(frame), at: at)
            return .string(String(number, radix: base, uppercase: try boolValue(uppercase(frame), at)))
        }
    }

    // MARK: - Arguments

    func labelList(_ labels: [String?]) -> String {
        labels.map { ($0 ?? "_") + ":" }.joined()
    }

    /// The argument expressions of a call whose labels must be exactly `labels`.
    func arguments(_ call: FunctionCallExprSyntax, _ labels: [String?], name: String) throws -> [ExprSyntax] {
        let all = allArguments(call)
        let have = all.map(\.label)
        guard have == labels else {
            if have.count < labels.count {
                throw error(
                    "missing argument for parameter \(labels[have.count].map { "'\($0)'" } ?? "#\(have.count + 1)") in call to '\(name)'",
                    call, id: .wrongArgumentCount)
            }
            if have.count > labels.count {
                throw error("extra argument in call to '\(name)'", call, id: .wrongArgumentCount)
            }
            throw error(
                "incorrect argument labels in call (have '\(labelList(have))', expected '\(labelList(labels))')", call,
                id: .wrongArgumentLabels)
        }
        return all.map(\.expr)
    }

    func argument(_ expr: ExprSyntax, _ type: ScriptType) throws -> Typed {
        let typed = try lower(expr, expected: type)
        return try convert(typed, to: type, "cannot convert value of type $A to expected argument type $E", expr)
    }

    // MARK: - User functions

    func userCall(_ name: String, candidates: [FunctionInfo], call: FunctionCallExprSyntax) throws -> Typed {
        let have = call.arguments.map { $0.label?.text }
        let matching = candidates.filter { $0.labels == have }
        if matching.isEmpty, candidates.contains(where: { $0.variadic != nil || $0.defaults.contains { $0 != nil } }),
            let direct = try? directCall(
                candidates, arguments: allArguments(call), name: name, node: call, parent: { _ in nil })
        {
            return direct
        }
        guard !matching.isEmpty else {
            if candidates.count == 1, let only = candidates.first {
                let expected = only.labels
                if have.count < expected.count {
                    throw error(
                        "missing argument for parameter \(expected[have.count].map { "'\($0)'" } ?? "#\(have.count + 1)") in call",
                        call, id: .wrongArgumentCount)
                }
                if have.count > expected.count { throw error("extra argument in call", call, id: .wrongArgumentCount) }
                let differences = zip(have, expected).filter { $0.0 != $0.1 }
                if differences.count == 1, let difference = differences.first {
                    if difference.0 == nil, let label = difference.1 {
                        throw error(.missingArgumentLabel(label), call)
                    }
                    if difference.1 == nil, let label = difference.0 {
                        throw error(.extraneousArgumentLabel(label), call)
                    }
                }
                throw error(
                    "incorrect argument label\(differences.count > 1 ? "s" : "") in call (have '\(labelList(have))', expected '\(labelList(expected))')",
                    call, id: .wrongArgumentLabels)
            }
            throw error("no exact matches in call to global function '\(name)'", call, id: .noMatchingOverload)
        }
        var firstError: Error?
        for candidate in matching {
            do {
                if candidate.variadic != nil || candidate.inoutParameters.contains(true)
                    || candidate.defaults.contains(where: { $0 != nil })
                {
                    return try directCall(
                        [candidate], arguments: allArguments(call), name: name, node: call, parent: { _ in nil })
                }
                let args = try call.arguments.enumerated().map { index, argument in
                    try parameterArgument(candidate, index, argument.expression)
                }
                return invocation(candidate, arguments: args, at: loc(call))
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        throw firstError
            ?? error("no exact matches in call to global function '\(name)'", call, id: .noMatchingOverload)
    }

    /// The argument `expr` for parameter `index` of `info`: converted to the parameter's type,
    /// or, for an `@autoclosure` parameter, wrapped unevaluated in a closure (`assert(x > 0)`
    /// evaluates `x > 0` only if the function calls it).
    func parameterArgument(_ info: FunctionInfo, _ index: Int, _ expr: ExprSyntax) throws -> Typed {
        let type = info.parameterTypes[index]
        if let builderName = info.resultBuilderParameters[index], let closure = expr.as(ClosureExprSyntax.self),
            let builder = globals.types[builderName]
        {
            return try builtClosure(closure, builder: builder, expected: type)
        }
        guard info.autoclosureParameters.indices.contains(index), info.autoclosureParameters[index] else {
            return try argument(expr, type)
        }
        guard let closure = try lowerSynthesizedClosure("{ \(expr.trimmedDescription) }", expected: type, at: loc(expr))
        else {
            throw error("cannot pass this expression to an @autoclosure parameter", expr, id: .invalidExpression)
        }
        return try convert(closure, to: type, "cannot convert value of type $A to expected argument type $E", expr)
    }

    /// Whether `argument` is the call's (first) trailing closure and `type` a function type: a
    /// trailing closure fills a function parameter whatever its label, as in Swift
    /// (`f { … }` for `func f(completion: () -> Void)`).
    private func isTrailingClosure(_ argument: (label: String?, expr: ExprSyntax), for type: ScriptType) -> Bool {
        guard argument.label == nil, case .function = type, let closure = argument.expr.as(ClosureExprSyntax.self)
        else { return false }
        return closure.parent?.as(FunctionCallExprSyntax.self)?.trailingClosure?.id == closure.id
    }

    typealias Writeback = (index: Int, write: (Frame, Value) throws -> Void, release: ((Frame) -> Void)?)

    /// Matches arguments to a function's parameters (labels, defaults, variadics, `inout`).
    /// Returns nil when the labels do not fit.
    func bindArguments(_ info: FunctionInfo, _ args: [(label: String?, expr: ExprSyntax)]) throws -> (
        [EvalBox], [Writeback]
    )? {
        var evals: [EvalBox] = []
        var writebacks: [Writeback] = []
        var position = 0
        for (index, label) in info.labels.enumerated() {
            let type = info.parameterTypes[index]
            if info.variadic == index, case .array(let element) = type {
                var items: [EvalBox] = []
                if position < args.count, args[position].label == label {
                    items.append(EvalBox(try argument(args[position].expr, element).eval))
                    position += 1
                    while position < args.count, args[position].label == nil,
                        label != nil || index == info.labels.count - 1 || info.labels[index + 1] != nil
                    {
                        items.append(EvalBox(try argument(args[position].expr, element).eval))
                        position += 1
                    }
                }
                evals.append(EvalBox { frame in .array(try items.map { try $0.run(frame) }) })
            } else if position < args.count,
                args[position].label == label || isTrailingClosure(args[position], for: type)
            {
                let expr = args[position].expr
                position += 1
                if info.inoutParameters.indices.contains(index), info.inoutParameters[index] {
                    guard let inoutExpr = expr.as(InOutExprSyntax.self) else {
                        throw error(
                            "passing value of type '\(type)' to an inout parameter requires explicit '&'", expr,
                            id: .inoutMisuse)
                    }
                    let target = try place(inoutExpr.expression)
                    guard target.type == type else {
                        throw error(
                            .cannotConvertArgument(from: "\(target.type)", to: "\(type)"), expr)
                    }
                    let at = loc(inoutExpr)
                    evals.append(EvalBox(mutation(target, operand: nil, at: at) { slot, _ in slot }))
                    let box = UncheckedBox<Value>(.void)
                    let writer = mutation(target, operand: { _ in box.value }, at: at) { slot, new in
                        slot = new
                        return .void
                    }
                    // Copy-in copy-out, as Swift defines `inout`. A variable passed whole gives up
                    // its value once every argument is evaluated (the caller cannot reach it during
                    // the call: Swift's exclusivity rule), so the callee's copy is the only one and
                    // mutates in place: `advance(&bodies)` copies no array.
                    var release: ((Frame) -> Void)?
                    if target.path.isEmpty, target.root == nil, let variable = target.variable {
                        let address = self.address(variable)
                        release = { frame in address(frame).pointee = .void }
                    }
                    writebacks.append(
                        (
                            index,
                            { frame, value in
                                box.value = value
                                _ = try writer(frame)
                            },
                            release
                        ))
                } else {
                    evals.append(EvalBox(try parameterArgument(info, index, expr)))
                }
            } else if info.defaults.indices.contains(index), let fallback = info.defaults[index] {
                evals.append(EvalBox(try argument(fallback.expr, type).eval))
            } else {
                return nil
            }
        }
        return position == args.count ? (evals, writebacks) : nil
    }

    /// Picks the overload whose labels fit and lowers its arguments.
    func resolveCall(
        _ candidates: [FunctionInfo], arguments: [(label: String?, expr: ExprSyntax)], name: String,
        node: some SyntaxProtocol
    ) throws -> (FunctionInfo, [EvalBox]) {
        let (info, evals, _) = try resolveCallWithWritebacks(candidates, arguments: arguments, name: name, node: node)
        return (info, evals)
    }

    func resolveCallWithWritebacks(
        _ candidates: [FunctionInfo], arguments: [(label: String?, expr: ExprSyntax)], name: String,
        node: some SyntaxProtocol
    ) throws -> (FunctionInfo, [EvalBox], [Writeback]) {
        var firstError: Error?
        for candidate in candidates {
            do {
                if let (evals, writebacks) = try bindArguments(candidate, arguments) {
                    return (candidate, evals, writebacks)
                }
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
        let have = arguments.map(\.label)
        if candidates.count == 1, let only = candidates.first {
            throw error(
                "incorrect arguments in call to '\(name)' (have '\(labelList(have))', expected '\(labelList(only.labels))')",
                node, id: .noMatchingOverload)
        }
        throw error(
            "no exact matches in call to '\(name)' with arguments (\(labelList(have)))", node, id: .noMatchingOverload)
    }

    /// Calls a function declared in the note with `parent` as its enclosing frame.
    func directCall(
        _ candidates: [FunctionInfo], arguments: [(label: String?, expr: ExprSyntax)], name: String,
        node: some SyntaxProtocol,
        parent: @escaping (Frame) -> Frame?, selfValue: Eval? = nil, receiver: ArgumentSource? = nil,
        selfWriteback: ((Frame, Value) throws -> Void)? = nil
    ) throws -> Typed {
        let (info, evals, writebacks) = try resolveCallWithWritebacks(
            candidates, arguments: arguments, name: name, node: node)
        let entry = FunctionEntry(info: info, context: context, at: loc(node))
        let offset = selfValue == nil ? 0 : 1
        if writebacks.isEmpty, selfWriteback == nil {
            let call = plainCall(entry, arguments: evals, selfValue: selfValue, parent: parent)
            let sources = evals.compactMap(\.source)
            guard sources.count == evals.count, selfValue == nil || receiver != nil,
                let plan = BorrowedArguments(receiver: receiver, sources, caller: function?.info)
            else { return Typed(type: info.returnType, eval: call) }
            return Typed(type: info.returnType) { frame in
                guard plan.applies(to: info) else { return try call(frame) }
                return try plan.run(info, parent: parent(frame), from: frame) { try entry.enter($0) }
            }
        }
        let fill = slotFill(evals, from: offset)
        return Typed(type: info.returnType) { frame in
            var callee = info.acquireFrame()
            defer { info.releaseFrame(&callee) }
            callee.parent = parent(frame)
            if let selfValue { callee.slots[0] = try selfValue(frame) }
            try fill(frame, callee.slots)
            for writeback in writebacks { writeback.release?(frame) }
            do {
                try entry.prologue { _ = try info.body(callee) }
            } catch {
                // An `inout` argument, and a `mutating` method's `self`, is written back when the
                // call throws too, as in Swift (and a value moved into the frame must not be lost).
                for writeback in writebacks { try? writeback.write(frame, callee.slots[writeback.index + offset]) }
                if let selfWriteback { try? selfWriteback(frame, callee.slots[0]) }
                throw error
            }
            for writeback in writebacks { try writeback.write(frame, callee.slots[writeback.index + offset]) }
            if let selfWriteback { try selfWriteback(frame, callee.slots[0]) }
            return callee.returnValue
        }
    }

    /// `directCall` with nothing to write back (no `inout` argument, no mutating `self`): the
    /// arguments go straight into a stack frame when the function's frames cannot escape, and
    /// the body runs through `FunctionEntry.enter` (a one-expression body without a `return`
    /// round trip). A struct's method and a call with default arguments take this path.
    private func plainCall(
        _ entry: FunctionEntry, arguments: [EvalBox], selfValue: Eval?, parent: @escaping (Frame) -> Frame?
    ) -> Eval {
        let fill = slotFill(arguments, from: selfValue == nil ? 0 : 1)
        return { frame in
            try entry.call(receiver: try selfValue?(frame), fill: fill, parent: parent(frame), from: frame)
        }
    }

    /// A call of `info` with exactly its parameters (no defaults, variadics or `inout`).
    ///
    /// Arguments are evaluated before the frame is taken from the pool and written into its
    /// cleared slots. An `Int` function also gets an unboxed path (`Typed.int`) that runs the
    /// body's unboxed path when it has one.
    func invocation(_ info: FunctionInfo, arguments: [Typed], at: SourceLoc) -> Typed {
        let entry = FunctionEntry(info: info, context: context, at: at)
        let returnsInt = info.returnType == .int
        // Calls with up to three arguments (most recursive functions) avoid the argument loop.
        // (A pooled or new frame's slots hold `.void`: arguments are initialized in place.)
        if let byArity = invocationByArity(entry, arguments: arguments) {
            return borrowing(entry, arguments: arguments, otherwise: byArity)
        }
        let fill = slotFill(arguments.map { EvalBox($0.eval) }, from: 0)
        var typed = Typed(type: info.returnType) { frame in
            var callee = info.acquireFrame()
            defer { info.releaseFrame(&callee) }
            try fill(frame, callee.slots)
            return try entry.enter(callee)
        }
        if returnsInt {
            typed.int = { frame in
                var callee = info.acquireFrame()
                defer { info.releaseFrame(&callee) }
                try fill(frame, callee.slots)
                return try entry.enterInt(callee)
            }
        }
        return typed
    }

    // MARK: - Free builtins

    func builtinCall(_ name: String, call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed {
        let at = loc(call)
        switch name {
        case "print":
            return try lowerPrint(call)
        case "Double", "Int", "String", "Bool", "Character":
            return try conversion(name, call: call)
        case "Float", "Float32":
            return try float32Conversion(call)
        case let name where IntegerKind.named(name) != nil:
            guard let kind = IntegerKind.named(name) else { break }
            return try fixedWidthConversion(kind, call: call)
        case "Set":
            return try setInitializer(call, expected: expected)
        case "zip":
            return try zipCall(call)
        case "Dictionary":
            return try dictionaryInitializer(call, expected: expected)
        case "Array":
            var element: ScriptType?
            if case .array(let e)? = expected { element = e }
            return try arrayInitializer(type: element, call: call)
        case "stride":
            return try strideCall(call)
        case "abs":
            return try absCall(call, expected: expected)
        case "min", "max":
            return try minMaxCall(name, call: call, expected: expected)
        default:
            break
        }
        if let function = Builtins.unaryMath(name) {
            let args = try arguments(call, [nil], name: name)
            let x = try argument(args[0], .double).doublePath(at)
            var typed = Typed(type: .double) { frame in .double(function(try x(frame))) }
            typed.double = { frame in function(try x(frame)) }
            return typed
        }
        if let function = Builtins.binaryMath(name) {
            let args = try arguments(call, [nil, nil], name: name)
            let a = try argument(args[0], .double).doublePath(at)
            let b = try argument(args[1], .double).doublePath(at)
            var typed = Typed(type: .double) { frame in .double(function(try a(frame), try b(frame))) }
            typed.double = { frame in function(try a(frame), try b(frame)) }
            return typed
        }
        switch name {
        case "fatalError", "preconditionFailure", "assertionFailure":
            return try failureCall(name, call: call)
        case "precondition", "assert":
            return try preconditionCall(name, call: call)
        case "type": return try typeOf(call)
        case "swap": return try swapCall(call)
        case "zip", "readLine", "repeatElement", "sequence", "dump", "debugPrint":
            throw error("'\(name)' is not supported yet", call, id: .unsupportedFeature)
        default:
            if let implicit = try implicitSelfExpression(ExprSyntax(call), expected: expected) { return implicit }
            if UnsupportedSyntax.numericTypeNames.contains(name) {
                throw unsupported(.numericType(name: name), call.calledExpression)  // `Float(x)`
            }
            throw error(
                .cannotFindInScope(name, hint: Suggestions.nameHint(name, bindings: bindings)),
                call.calledExpression)
        }
    }

    /// `Set()` (its element from the expected type) and `Set(sequence)`.
    private func setInitializer(_ call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed {
        let name = "Set"
        var element: ScriptType?
        if case .set(let e)? = expected { element = e }
        if call.arguments.isEmpty {
            guard let element else { throw error(.genericParameterNotInferred("Element"), call) }
            return Typed(type: .set(element), eval: { _ in .set(SetBox()) })
        }
        let args = try arguments(call, [nil], name: name)
        let source = try lower(args[0], expected: element.map { .array($0) })
        guard let sourceElement = source.type.sequenceElement, sourceElement.isHashable else {
            throw error("cannot make a set from a value of type '\(source.type)'", args[0], id: .invalidArgument)
        }
        let eval = source.eval
        let at = loc(call)
        return Typed(type: .set(sourceElement)) { frame in
            var values: [Value] = []
            try forEachElement(of: try eval(frame), at: at) {
                values.append($0)
                return true
            }
            return .set(SetBox(values))
        }
    }

    /// `zip(a, b)` as a value: an array of pairs.
    private func zipCall(_ call: FunctionCallExprSyntax) throws -> Typed {
        let name = "zip"
        let args = try arguments(call, [nil, nil], name: name)
        let a = try lower(args[0], expected: nil)
        let b = try lower(args[1], expected: nil)
        guard let ea = a.type.sequenceElement, let eb = b.type.sequenceElement else {
            throw error("zip needs two sequences", call, id: .wrongArgumentCount)
        }
        let at = loc(call)
        let (ae, be) = (a.eval, b.eval)
        return Typed(type: .array(.tuple([ea, eb], labels: [nil, nil]))) { frame in
            var left: [Value] = []
            var right: [Value] = []
            try forEachElement(of: try ae(frame), at: at) {
                left.append($0)
                return true
            }
            try forEachElement(of: try be(frame), at: at) {
                right.append($0)
                return true
            }
            return .array(zip(left, right).map { .tuple([$0, $1], labels: nil) })
        }
    }

    /// `stride(from:to:by:)` and `stride(from:through:by:)` as a value.
    private func strideCall(_ call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        let parts = try strideParts(call)
        let start = parts.start.eval
        let end = parts.end.eval
        let step = parts.step.eval
        let through = parts.through
        return Typed(type: .stride(parts.bound, through: through)) { frame in
            let box = StrideBox(
                start: try start(frame), end: try end(frame), step: try step(frame), through: through)
            if case .int(0) = box.step { throw ScriptError(.zeroStride, at: at) }
            if case .double(0) = box.step { throw ScriptError(.zeroStride, at: at) }
            return .stride(box)
        }
    }

    /// `abs(x)` of an integer, a double or a float.
    private func absCall(_ call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed {
        let name = "abs"
        let at = loc(call)
        let args = try arguments(call, [nil], name: name)
        let value = try lower(args[0], expected: expected?.isNumeric == true ? expected : nil)
        let eval = value.eval
        switch value.type {
        case .int:
            return Typed(type: .int) { frame in
                let x = try intValue(eval(frame), at)
                if x == .min { throw ScriptError(.arithmeticOverflow, at: at) }
                return .int(Swift.abs(x))
            }
        case .double:
            return Typed(type: .double) { frame in .double(Swift.abs(try doubleValue(eval(frame), at))) }
        case .float:
            return Typed(type: .float) { frame in .float32(Swift.abs(try floatValue(eval(frame), at))) }
        default:
            throw error(
                "no exact matches in call to global function 'abs' for an argument of type '\(value.type)'", call,
                id: .noMatchingOverload)
        }
    }

    /// `min(a, b, …)` and `max(a, b, …)` of comparable values.
    private func minMaxCall(_ name: String, call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed {
        if call.arguments.count < 2, let implicit = try implicitSelfExpression(ExprSyntax(call), expected: expected) {
            return implicit
        }
        guard call.arguments.count >= 2, call.arguments.allSatisfy({ $0.label == nil }) else {
            throw error(
                "'\(name)' takes two or more unlabeled arguments here (use `array.\(name)()` for arrays: optionals are not supported yet)",
                call, id: .wrongArgumentCount)
        }
        let exprs = call.arguments.map(\.expression)
        let (type, values) = try unifyAll(exprs, hint: expected?.isComparable == true ? expected : nil)
        guard let type, type.isComparable, values.allSatisfy({ $0.type == type }) else {
            throw error(
                "conflicting arguments to generic parameter 'T' ('\(values.map(\.type.description).joined(separator: "' vs. '"))')",
                call, id: .typeMismatch)
        }
        let evals = values.map { EvalBox($0.eval) }
        let isMin = name == "min"
        return Typed(type: type) { frame in
            var best = try evals[0].run(frame)
            for eval in evals.dropFirst() {
                let next = try eval.run(frame)
                best = isMin ? Builtins.minimum(best, next) : Builtins.maximum(best, next)
            }
            return best
        }
    }

    /// `fatalError`, `preconditionFailure` and `assertionFailure`: stop the note with their message.
    private func failureCall(_ name: String, call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        // `fatalError("…")` stops the note with its message (its type is `Never`).
        let message = try call.arguments.first.map { try argument($0.expression, .string).eval }
        let prefix =
            name == "fatalError"
            ? "Fatal error" : name == "assertionFailure" ? "Assertion failed" : "Precondition failed"
        return Typed(type: .void) { frame in
            let text = try message.map { try stringValue($0(frame), at) } ?? ""
            throw ScriptError(text.isEmpty ? prefix : "\(prefix): \(text)", id: .fatalError, at: at)
        }
    }

    /// `precondition(condition, message)` and `assert(condition, message)`.
    private func preconditionCall(_ name: String, call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        guard let first = call.arguments.first else {
            throw error("missing argument in call to '\(name)'", call, id: .wrongArgumentCount)
        }
        let condition = try argument(first.expression, .bool).eval
        let message = try call.arguments.dropFirst().first.map { try argument($0.expression, .string).eval }
        let prefix = name == "assert" ? "Assertion failed" : "Precondition failed"
        return Typed(type: .void) { frame in
            if try boolValue(condition(frame), at) { return .void }
            let text = try message.map { try stringValue($0(frame), at) } ?? ""
            throw ScriptError(text.isEmpty ? prefix : "\(prefix): \(text)", id: .fatalError, at: at)
        }
    }

    func lowerPrint(_ call: FunctionCallExprSyntax) throws -> Typed {
        var items: [EvalBox] = []
        var separator: Eval = { _ in .string(" ") }
        var terminator: Eval = { _ in .string("\n") }
        var sawLabel = false
        for argument in call.arguments {
            switch argument.label?.text {
            case nil:
                if sawLabel {
                    throw error(
                        "unnamed argument must precede 'separator:' and 'terminator:'", argument,
                        id: .wrongArgumentLabels)
                }
                items.append(EvalBox(displayed(try lower(argument.expression, expected: nil))))
            case "separator":
                sawLabel = true
                separator = try self.argument(argument.expression, .string).eval
            case "terminator":
                sawLabel = true
                terminator = try self.argument(argument.expression, .string).eval
            case let label?:
                throw error(.extraneousArgumentLabel(label, callee: "print"), argument)
            }
        }
        let context = self.context
        let at = loc(call)
        return Typed(type: .void) { frame in
            var text = ""
            let sep = try stringValue(separator(frame), at)
            for (index, item) in items.enumerated() {
                if index > 0 { text += sep }
                text += try item.run(frame).formatted
            }
            text += try stringValue(terminator(frame), at)
            context.print(text)
            return .void
        }
    }

    func conversion(_ name: String, call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        let context = self.context
        if name == "String" {
            if call.arguments.isEmpty {
                let empty = Value.string("")
                return Typed(type: .string, eval: { _ in empty }, constant: empty)  // `String()`
            }
            if call.arguments.count == 2, call.arguments.first?.label?.text == "repeating" {
                let args = try arguments(call, ["repeating", "count"], name: name)
                let repeated = try lower(args[0], expected: .string)
                let isCharacter = repeated.type == .character
                let text = isCharacter ? repeated.eval : try argument(args[0], .string).eval
                let count = try argument(args[1], .int).eval
                return Typed(type: .string) { frame in
                    let n = try intValue(count(frame), at)
                    guard n >= 0 else {
                        throw ScriptError("Negative count not allowed", id: .preconditionFailure, at: at)
                    }
                    let unit =
                        isCharacter ? String(try characterValue(text(frame), at)) : try stringValue(text(frame), at)
                    try checkCollectionSize(
                        n, elementBytes: unit.utf8.count, "String(repeating:count:)", within: context, at: at)
                    return .string(String(repeating: unit, count: n))
                }
            }
            if call.arguments.count >= 2, call.arguments.dropFirst().first?.label?.text == "radix" {
                return try radixString(call, at: at)
            }
            if call.arguments.first?.label?.text == "format" {
                let exprs = call.arguments.map(\.expression)
                let format = try argument(exprs[0], .string).eval
                let values = try exprs.dropFirst().map { EvalBox(try lower($0, expected: nil).eval) }
                return Typed(type: .string) { frame in
                    .string(
                        try formatString(try stringValue(format(frame), at), try values.values(frame), at: at))
                }
            }
            let label = call.arguments.first?.label?.text
            let args = try arguments(call, [label == "describing" ? "describing" : nil], name: name)
            let lowered = try lower(args[0], expected: nil)
            let value = label == nil ? sliceAsArray(lowered) ?? lowered : lowered  // `String(chars[i...j])`
            let eval = value.eval
            if label == nil, case .array(let element) = value.type, element == .character || element == .string {
                // (`String(xs.map { $0 ? "#" : "." })`: Swift infers `Character` elements there,
                // a `[String]` argument does not compile.)
                // `String([Character])`, `String(chars[i...j])`.
                return Typed(type: .string) { frame in
                    var text = ""
                    for element in try arrayValue(eval(frame), at) {
                        if case .string(let part) = element {
                            text += part
                        } else {
                            text.append(try characterValue(element, at))
                        }
                    }
                    return .string(text)
                }
            }
            return Typed(type: .string) { frame in .string(try eval(frame).formatted) }
        }
        if name == "Int", call.arguments.count == 2, call.arguments.dropFirst().first?.label?.text == "radix" {
            // `Int("ff", radix: 16)`: nil when the text is not a number in that radix.
            let args = try arguments(call, [nil, "radix"], name: name)
            let text = try argument(args[0], .string).eval
            let radix = try argument(args[1], .int).eval
            return Typed(type: .optional(.int)) { frame in
                let base = try checkedRadix(radix(frame), at: at)
                return Int(try stringValue(text(frame), at), radix: base).map { .some(.int($0)) } ?? .null
            }
        }
        if name == "Int" || name == "Double", call.arguments.count == 1, call.arguments.first?.label?.text == "exactly"
        {
            return try exactConversion(name, call: call)
        }
        let args = try arguments(call, [nil], name: name)
        if name == "Character" {
            let value = try lower(args[0], expected: .character)
            if value.type == .character { return value }
            let eval = try argument(args[0], .string).eval
            return Typed(type: .character) { frame in
                let text = try stringValue(eval(frame), at)
                guard text.count == 1, let c = text.first else {
                    throw ScriptError(
                        "Can't form a Character from a String containing more than one extended grapheme cluster",
                        id: .preconditionFailure, at: at)
                }
                return .character(c)
            }
        }
        let target: ScriptType = name == "Int" ? .int : name == "Double" ? .double : .bool
        let kind = literalKind(args[0])
        let value = try lower(args[0], expected: kind == .integer || kind == .contextual ? target : nil)
        let eval = value.eval
        if value.type == .float, let converted = fromFloat32(value, to: target, at: at) { return converted }
        switch (target, value.type) {
        case (.double, .double), (.int, .int), (.bool, .bool):
            return value
        case (.int, .fixedInt(let kind)):
            // `Int(byte)`: exact (only a `UInt`/`UInt64` above `Int.max` does not fit).
            return Typed(type: .int) { frame in
                let bits = try intValue(eval(frame), at)
                if (kind == .uint64 || kind == .uint) && bits < 0 {
                    throw ScriptError("Not enough bits to represent the passed value", id: .arithmeticOverflow, at: at)
                }
                return .int(bits)
            }
        case (.double, .fixedInt(let kind)):
            return Typed(type: .double) { frame in .double(kind.toDouble(try intValue(eval(frame), at))) }
        case (.double, .int):
            let n = value.intPath(at)
            return Typed(
                type: .double, eval: { frame in .double(Double(try n(frame))) },
                double: { frame in Double(try n(frame)) })
        case (.int, .double):
            let x = value.doublePath(at)
            return Typed(
                type: .int, eval: { frame in .int(try truncatedToInt(x(frame), at)) },
                int: { frame in try truncatedToInt(x(frame), at) })
        case (.int, .string):
            return Typed(type: .optional(.int)) { frame in
                Int(try stringValue(eval(frame), at)).map { .some(.int($0)) } ?? .null
            }
        case (.double, .string):
            return Typed(type: .optional(.double)) { frame in
                Double(try stringValue(eval(frame), at)).map { .some(.double($0)) } ?? .null
            }
        case (.bool, .string):
            return Typed(type: .optional(.bool)) { frame in
                Bool(try stringValue(eval(frame), at)).map { .some(.bool($0)) } ?? .null
            }
        default:
            throw error(
                "no exact matches in call to initializer of '\(name)' with an argument of type '\(value.type)'", call,
                id: .noMatchingOverload)
        }
    }

    func arrayInitializer(type element: ScriptType?, call: FunctionCallExprSyntax) throws -> Typed {
        let at = loc(call)
        let context = self.context
        let labels = call.arguments.map { $0.label?.text }
        if labels.isEmpty {
            guard let element else { throw error(.genericParameterNotInferred("Element"), call) }
            return Typed(type: .array(element), eval: { _ in .array([]) })
        }
        if labels == ["repeating", "count"] {
            let args = call.arguments.map(\.expression)
            let value = try lower(args[0], expected: element)
            if let element {
                try require(value, is: element, "cannot convert value of type $A to expected argument type $E", args[0])
            }
            let count = try argument(args[1], .int).eval
            let eval = value.eval
            return Typed(type: .array(value.type)) { frame in
                let n = try intValue(count(frame), at)
                guard n >= 0 else {
                    throw ScriptError("Can't construct Array with count < 0", id: .preconditionFailure, at: at)
                }
                try checkCollectionSize(
                    n, elementBytes: MemoryLayout<Value>.stride, "Array(repeating:count:)", within: context, at: at)
                return .array(Array(repeating: try eval(frame), count: n))
            }
        }
        if labels == [nil] {
            let expr = call.arguments.map(\.expression)[0]
            let source = try lower(expr, expected: element.map { .array($0) })
            if let elements = try userSequenceElements(source, node: expr),
                element == nil || elements.type == .array(element ?? .void)
            {
                return elements
            }
            guard let sourceElement = source.type.sequenceElement, element == nil || element == sourceElement else {
                throw error(
                    "cannot make an array of '\(element?.description ?? "?")' from a value of type '\(source.type)'",
                    expr, id: .invalidArgument)
            }
            let eval = source.eval
            return Typed(type: .array(sourceElement)) { frame in
                var values: [Value] = []
                try forEachElement(of: try eval(frame), at: at) {
                    values.append($0)
                    return true
                }
                return .array(values)
            }
        }
        throw error(
            "this array initializer is not supported yet (have '\(labelList(labels))')", call, id: .unsupportedFeature)
    }

    struct StrideParts {
        let start: Typed
        let end: Typed
        let step: Typed
        let through: Bool
        let bound: ScriptType
    }

    func strideParts(_ call: FunctionCallExprSyntax) throws -> StrideParts {
        let labels = call.arguments.map { $0.label?.text }
        let through: Bool
        if labels == ["from", "to", "by"] {
            through = false
        } else if labels == ["from", "through", "by"] {
            through = true
        } else {
            throw error(
                "incorrect argument labels in call (have '\(labelList(labels))', expected 'from:to:by:' or 'from:through:by:')",
                call, id: .wrongArgumentLabels)
        }
        let exprs = call.arguments.map(\.expression)
        let (type, values) = try unifyAll(exprs, hint: nil)
        guard let type, type.isNumeric, values.allSatisfy({ $0.type == type }) else {
            throw error(
                "stride(from:\(through ? "through" : "to"):by:) needs three Int or three Double values (have '\(values.map(\.type.description).joined(separator: "', '"))')",
                call, id: .invalidArgument)
        }
        return StrideParts(start: values[0], end: values[1], step: values[2], through: through, bound: type)
    }
}

/// A radix for `String(_:radix:)` and `Int(_:radix:)`; outside 2…36 it traps, as in Swift.
func checkedRadix(_ value: Value, at: SourceLoc) throws -> Int {
    let radix = try intValue(value, at)
    guard (2...36).contains(radix) else {
        throw ScriptError("Radix must be between 2 and 36", id: .preconditionFailure, at: at)
    }
    return radix
}

/// `Int(x)`: `x` rounded toward zero, an error where Swift traps (not finite, out of range).
@inline(__always)
func truncatedToInt(_ x: Double, _ at: SourceLoc) throws -> Int {
    guard x.isFinite else {
        throw ScriptError(
            "Double value cannot be converted to Int because it is either infinite or NaN", id: .conversionOutOfRange,
            at: at)
    }
    guard x > -9_223_372_036_854_777_856.0 else {
        throw ScriptError(
            "Double value cannot be converted to Int because the result would be less than Int.min",
            id: .conversionOutOfRange, at: at)
    }
    guard x < 9_223_372_036_854_775_808.0 else {
        throw ScriptError(
            "Double value cannot be converted to Int because the result would be greater than Int.max",
            id: .conversionOutOfRange, at: at)
    }
    return Int(x)
}
