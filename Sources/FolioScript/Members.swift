import SwiftSyntax

/// Properties, static members (`Double.pi`, `.ulpOfOne`, `Int.max`), methods, mutating
/// methods on arrays, and the random family (drawing from the block's stream).
extension Lowerer {
    /// The note's extension of a builtin type (`extension Double { … }`), if any.
    /// For an array type, the note's generic array extensions that declare `member` are
    /// lowered for it first (see `GenericArrayExtension`).
    func builtinExtension(_ type: ScriptType, member: String) throws -> TypeInfo? {
        if case .array = type {
            try instantiateGenericArrayExtensions(for: type, member: member)
            try applyArrayProtocolExtensions(for: type)
        }
        return switch type {
        case .int: globals.extensions["Int"]
        case .double: globals.extensions["Double"]
        case .float: globals.extensions["Float"]
        case .string: globals.extensions["String"]
        case .bool: globals.extensions["Bool"]
        case .character: globals.extensions["Character"]
        case .array, .fixedInt, .dictionary, .set: globals.extensions[type.description]
        default: nil
        }
    }

    /// `3.ft` with `extension Double { var ft: Double }`: an integer literal whose type has no
    /// such member is a `Double` (or `Float`) when that type's extension declares it, as Swift
    /// infers the literal's type from the member.
    func literalReceiverType(_ baseExpr: ExprSyntax, member name: String) -> ScriptType? {
        guard literalKind(baseExpr) == .integer else { return nil }
        let declares: (String) -> Bool = { type in
            guard let info = self.globals.extensions[type] else { return false }
            return info.computedProperty(name) != nil || info.method(name) != nil
        }
        if declares("Int") { return nil }
        if declares("Double") { return .double }
        if declares("Float") { return .float }
        return nil
    }

    func staticMember(_ type: ScriptType, _ name: String) -> Value? {
        if type == .float { return Float32Operations.staticMember(name) }
        return switch (type, name) {
        case (.double, "pi"): .double(.pi)
        case (.double, "infinity"): .double(.infinity)
        case (.double, "nan"): .double(.nan)
        case (.double, "ulpOfOne"): .double(.ulpOfOne)
        case (.double, "greatestFiniteMagnitude"): .double(.greatestFiniteMagnitude)
        case (.double, "leastNormalMagnitude"): .double(.leastNormalMagnitude)
        case (.double, "leastNonzeroMagnitude"): .double(.leastNonzeroMagnitude)
        case (.int, "max"): .int(.max)
        case (.int, "min"): .int(.min)
        case (.int, "bitWidth"): .int(Int.bitWidth)
        default: nil
        }
    }

    /// `bodies[i].x` and `node.left`: a stored property of an array variable's element or of a
    /// variable, read in place (the element or value is not copied out first).
    private func elementField(_ baseExpr: ExprSyntax, name: String, node: some SyntaxProtocol) throws -> Typed? {
        guard recorder == nil else { return nil }
        if let reference = baseExpr.as(DeclReferenceExprSyntax.self), let variable = lookup(reference.baseName.text),
            variable.function == nil, !variable.accessed, !memberShadows(variable, reference.baseName.text),
            case .named(let info) = variable.type, info.kind == .structType || info.kind == .classType,
            let field = info.fieldIndex[name]
        {
            return fieldRead(of: variable, field: field, type: info.fields[field].type, at: loc(node))
        }
        guard let subscriptCall = baseExpr.as(SubscriptCallExprSyntax.self),
            let reference = subscriptCall.calledExpression.as(DeclReferenceExprSyntax.self),
            let variable = lookup(reference.baseName.text), variable.function == nil, !variable.accessed,
            case .array(.named(let info)) = variable.type, info.kind == .structType || info.kind == .classType,
            let field = info.fieldIndex[name],
            subscriptCall.arguments.count == 1, subscriptCall.arguments.first?.label == nil,
            let argument = subscriptCall.arguments.first, try lowerTypeOnly(argument.expression) == .int
        else { return nil }
        let index = try subscriptIndex(subscriptCall)
        let address = self.address(variable)
        let at = loc(subscriptCall.leftSquare)
        let fieldAt = loc(node)
        let elements = ElementAccess()
        var typed = Typed(type: info.fields[field].type) { frame in
            try elements.readField(address(frame), try index(frame), field, at, fieldAt)
        }
        if info.fields[field].type == .double {
            typed.double = { frame in
                try elements.read(address(frame), try index(frame), at) {
                    try doubleValue(try fieldValue(in: $0, field, fieldAt), fieldAt)
                }
            }
        }
        return typed
    }

    func lowerMember(_ member: MemberAccessExprSyntax, expected: ScriptType?) throws -> Typed {
        let name = member.declName.baseName.text
        guard let baseExpr = member.base else {
            return try implicitMember(name, member: member, expected: expected)
        }
        if baseExpr.is(SuperExprSyntax.self) { return try superProperty(name, node: member) }
        if name == "self", let metatype = metatypeValue(baseExpr) { return metatype }
        if let dispatched = try metatypeMember(baseExpr, name: name, node: member) { return dispatched }
        if let reference = try initializerReference(member, expected: expected) { return reference }
        if let reference = try methodReference(member, expected: expected) { return reference }
        if let owner = boundTypeReference(baseExpr) {
            if let bound = bindingStaticProperty(owner, name) { return bound }
            if typeExpression(baseExpr) == nil {
                throw error(noStaticMember(of: owner, name), member.declName)
            }
        }
        if let info = try genericInstance(baseExpr, member: name, arguments: [], expected: expected, node: member)
            ?? (isTypeName(baseExpr) ? globals.types[baseExpr.trimmedDescription] : nestedType(baseExpr))
        {
            guard let typed = try staticNamedMember(info, name, node: member) else {
                throw error(.typeHasNoMember(type: info.name, member: name), member.declName)
            }
            return typed
        }
        if case .fixedInt(let kind)? = typeExpression(baseExpr) {
            guard let member = fixedWidthStaticMember(kind, name) else {
                throw error(.typeHasNoMember(type: kind.rawValue, member: name), member.declName)
            }
            return member
        }
        if let type = typeExpression(baseExpr), !baseExpr.is(ArrayExprSyntax.self) {
            guard let value = staticMember(type, name) else {
                throw error(.typeHasNoMember(type: "\(type)", member: name), member.declName)
            }
            return Typed(type: type, eval: { _ in value }, constant: value)
        }
        let base = try receiver(lower(baseExpr, expected: literalReceiverType(baseExpr, member: name)))
        if var fused = try elementField(baseExpr, name: name, node: member.declName) {
            if case .named(let info) = base.type, info.implicitlyUnwrappedFields.contains(name) {
                fused.implicitlyUnwrapped = loc(member.declName)
            }
            return fused
        }
        if let info = try builtinExtension(base.type, member: name), let computed = info.computedProperty(name) {
            return computedGet(computed, base: base, name: name, at: loc(member.declName))
        }
        if var extended = try extendedMember(base, name, node: member.declName) {
            if case .named(let info) = base.type, info.implicitlyUnwrappedFields.contains(name) {
                extended.implicitlyUnwrapped = loc(member.declName)
            }
            return extended
        }
        return try builtinProperty(base, name, member: member)
    }

    /// `.none`, `.red`, `.pi`: a member named without a base, from the contextual type.
    private func implicitMember(_ name: String, member: MemberAccessExprSyntax, expected: ScriptType?) throws -> Typed {
        if name == "none", case .optional? = expected, let expected {
            return Typed(type: expected, eval: { _ in .null }, constant: .null)
        }
        var contextual = expected
        if case .optional(let wrapped)? = expected { contextual = wrapped }
        if case .named(let info)? = contextual, info.kind == .builtin,
            let bound = bindingStaticProperty(.named(info), name)
        {
            return bound
        }
        if case .named(let info)? = contextual, let typed = try staticNamedMember(info, name, node: member) {
            return typed
        }
        guard let expected, let value = staticMember(expected, name) else {
            throw error("cannot infer contextual base in reference to member '\(name)'", member, id: .cannotInferType)
        }
        return Typed(type: expected, eval: { _ in value }, constant: value)
    }

    /// The properties of builtin values: string views, numbers' properties, `count`, ranges' bounds.
    private func builtinProperty(_ base: Typed, _ name: String, member: MemberAccessExprSyntax) throws -> Typed {
        let eval = base.eval
        let at = loc(member.declName)
        func property(_ type: ScriptType, _ body: @escaping (Value) throws -> Value) -> Typed {
            Typed(type: type) { frame in try body(try eval(frame)) }
        }
        if base.type == .float, let (type, read) = Float32Operations.property(name) {
            return property(type) { read(try floatValue($0, at)) }
        }
        switch (base.type, name) {
        case (.string, "utf8"), (.character, "utf8"):
            // The views are arrays here: their elements, `count`, `for … in` and the sequence
            // methods are Swift's.
            return property(.array(.fixedInt(.uint8))) { value in
                .array(try String(textOf(value, at)).utf8.map { .int(Int($0)) })
            }
        case (.string, "utf16"), (.character, "utf16"):
            return property(.array(.fixedInt(.uint16))) { value in
                .array(try String(textOf(value, at)).utf16.map { .int(Int($0)) })
            }
        case (.string, "unicodeScalars"), (.character, "unicodeScalars"):
            // A `Unicode.Scalar` is carried as a one-scalar `Character` (it prints the same;
            // its `value` is below).
            return property(.array(.character)) { value in
                .array(try String(textOf(value, at)).unicodeScalars.map { .character(Character($0)) })
            }
        case (.character, "value"):
            return property(.fixedInt(.uint32)) { value in
                .int(Int(try characterValue(value, at).unicodeScalars.first?.value ?? 0))
            }
        case (.fixedInt(let kind), "description"):
            return property(.string) { .string(kind.describe(try intValue($0, at))) }
        case (.fixedInt(let kind), "bitWidth"):
            return property(.int) { _ in .int(kind.bitWidth) }
        case (.fixedInt(let kind), _) where kind.property(name) != nil:
            let read = kind.property(name) ?? { $0 }
            let resultType: ScriptType = name == "byteSwapped" ? base.type : .int
            return property(resultType) { .int(read(try intValue($0, at))) }
        case (_, "description"):
            return property(.string) { .string($0.formatted) }
        case (.double, "isNaN"): return property(.bool) { .bool(try doubleValue($0, at).isNaN) }
        case (.double, "isInfinite"): return property(.bool) { .bool(try doubleValue($0, at).isInfinite) }
        case (.double, "isFinite"): return property(.bool) { .bool(try doubleValue($0, at).isFinite) }
        case (.double, "isZero"): return property(.bool) { .bool(try doubleValue($0, at).isZero) }
        case (.double, "isNormal"): return property(.bool) { .bool(try doubleValue($0, at).isNormal) }
        case (.double, "isSubnormal"): return property(.bool) { .bool(try doubleValue($0, at).isSubnormal) }
        case (.double, "magnitude"): return property(.double) { .double(try doubleValue($0, at).magnitude) }
        case (.double, "ulp"): return property(.double) { .double(try doubleValue($0, at).ulp) }
        case (.double, "nextUp"): return property(.double) { .double(try doubleValue($0, at).nextUp) }
        case (.double, "nextDown"): return property(.double) { .double(try doubleValue($0, at).nextDown) }
        case (.int, "nonzeroBitCount"): return property(.int) { .int(try intValue($0, at).nonzeroBitCount) }
        case (.int, "leadingZeroBitCount"): return property(.int) { .int(try intValue($0, at).leadingZeroBitCount) }
        case (.int, "trailingZeroBitCount"): return property(.int) { .int(try intValue($0, at).trailingZeroBitCount) }
        case (.string, "count"): return property(.int) { .int(ASCIIText.count(try stringValue($0, at))) }
        case (.string, "isEmpty"): return property(.bool) { .bool(try stringValue($0, at).isEmpty) }
        case (.array, "count"): return property(.int) { .int(try arrayValue($0, at).count) }
        case (.array, "isEmpty"): return property(.bool) { .bool(try arrayValue($0, at).isEmpty) }
        case (.array, "capacity"): return property(.int) { .int(try arrayValue($0, at).capacity) }
        case (.array, "indices"):
            return property(.range(.int, closed: false)) {
                .range(RangeBox(lower: .int(0), upper: .int(try arrayValue($0, at).count), closed: false))
            }
        case (.array, "first"), (.array, "last"):
            throw error(
                "'\(name)' is optional; optionals are not supported yet (use a[0] / a[a.count - 1])", member.declName,
                id: .unsupportedFeature)
        case (.range(let bound, _), "lowerBound"):
            return property(bound) { value in
                guard case .range(let box) = value else { throw mismatch(value, "Range", at) }
                return box.lower
            }
        case (.range(let bound, _), "upperBound"):
            return property(bound) { value in
                guard case .range(let box) = value else { throw mismatch(value, "Range", at) }
                return box.upper
            }
        case (.range, "isEmpty"):
            return property(.bool) { value in
                guard case .range(let box) = value else { throw mismatch(value, "Range", at) }
                return .bool(!box.closed && !Builtins.less(box.lower, box.upper))
            }
        case (.range(.int, _), "first"), (.range(.int, _), "last"):
            let isFirst = name == "first"
            return property(.optional(.int)) { value in
                guard case .range(let box) = value else { throw mismatch(value, "Range", at) }
                let lower = try intValue(box.lower, at)
                let last = try intValue(box.upper, at) - (box.closed ? 0 : 1)
                guard lower <= last else { return .null }
                return .some(.int(isFirst ? lower : last))
            }
        case (.range(.int, _), "count"):
            return property(.int) { value in
                guard case .range(let box) = value else { throw mismatch(value, "Range", at) }
                let count = try intValue(box.upper, at) - intValue(box.lower, at) + (box.closed ? 1 : 0)
                return .int(count)
            }
        default:
            throw error(noMember(of: base.type, name), member.declName)
        }
    }

    // MARK: - Methods

    /// `base.name(arguments)`, resolved in this order: a member of the contextual type when there
    /// is no base (`.some(x)`, `.circle(r)`); a member of a type, module or superclass
    /// (`typeMemberCall`); otherwise a method of the value (`instanceMethodCall`).
    func methodCall(_ member: MemberAccessExprSyntax, call: FunctionCallExprSyntax, expected: ScriptType?) throws
        -> Typed
    {
        let name = member.declName.baseName.text
        let all = allArguments(call)
        guard let baseExpr = member.base else {
            return try contextualMethodCall(member, name: name, arguments: all, call: call, expected: expected)
        }
        if let dispatched = try metatypeMember(baseExpr, name: name, node: call) { return dispatched }
        if let typeMember = try typeMemberCall(
            member, baseExpr: baseExpr, name: name, arguments: all, call: call, expected: expected)
        {
            return typeMember
        }
        return try instanceMethodCall(
            member, baseExpr: baseExpr, name: name, arguments: all, call: call, expected: expected)
    }

    /// `.some(x)`, `.circle(r)`, `.init(…)`: a member of the type the context expects.
    private func contextualMethodCall(
        _ member: MemberAccessExprSyntax, name: String, arguments all: [(label: String?, expr: ExprSyntax)],
        call: FunctionCallExprSyntax, expected: ScriptType?
    ) throws -> Typed {
        let labels = all.map(\.label)
        let exprs = all.map(\.expr)
        if name == "some", case .optional(let wrapped)? = expected, let expected, exprs.count == 1, labels == [nil] {
            let inner = try convert(
                try lower(exprs[0], expected: wrapped), to: wrapped,
                "cannot convert value of type $A to expected argument type $E", exprs[0])
            let eval = inner.eval
            return Typed(type: expected) { frame in .some(try eval(frame)) }
        }
        var contextual = expected
        if case .optional(let wrapped)? = expected { contextual = wrapped }
        if case .named(let info)? = contextual, info.kind == .enumType {
            return try enumConstruction(info, name, arguments: all, node: call)
        }
        if case .named(let info)? = contextual, name == "init" {
            return try construct(info, arguments: all, node: call)
        }
        if case .array(let element)? = contextual, name == "init" {
            return try arrayInitializer(type: element, call: call)  // `array = .init(repeating: x, count: n)`
        }
        if case .named(let info)? = contextual, info.kind == .builtin,
            let bound = try bindingStaticCall(.named(info), name, call: call)
        {
            return bound
        }
        throw error("cannot infer contextual base in reference to member '\(name)'", member, id: .cannotInferType)
    }

    /// `super.f()`, `Swift.max(a, b)`, `self.init(…)`, `Tensor.zeros(…)`, `Point.origin(…)`,
    /// `Int.random(in:)`: a call through a type (or the superclass, or a module), or nil when
    /// `baseExpr` is a value.
    private func typeMemberCall(
        _ member: MemberAccessExprSyntax, baseExpr: ExprSyntax, name: String,
        arguments all: [(label: String?, expr: ExprSyntax)],
        call: FunctionCallExprSyntax, expected: ScriptType?
    ) throws -> Typed? {
        let at = loc(member.declName)
        let labels = all.map(\.label)
        let exprs = all.map(\.expr)
        if baseExpr.is(SuperExprSyntax.self) {
            return try superCall(name, arguments: all, node: call)
        }
        if let module = baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.text,
            ["Foundation", "Swift", "FolioNumerics"].contains(module), lookup(module) == nil,
            globals.types[module] == nil
        {
            // `Foundation.tanh(x)`, `Swift.max(a, b)`: the free function, past any member of that name.
            if let bound = try bindingFunctionCall(name, call: call) { return bound }
            return try builtinCall(name, call: call, expected: expected)
        }
        if name == "init", baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self),
            let currentType, lookupIsInitializer, let selfVariable = lookup("self")
        {
            // `self.init(…)`: an initializer delegating to another of the same type.
            if currentType.keepsMemberwiseInitializer,
                (try? resolveCall(currentType.initializers, arguments: all, name: "init", node: call)) == nil
            {
                // To the memberwise initializer, from an initializer declared in an extension.
                let built = try construct(currentType, arguments: all, node: call).eval
                let selfAddress = address(selfVariable)
                return Typed(type: .void) { frame in
                    selfAddress(frame).pointee = try built(frame)
                    return .void
                }
            }
            let (initializer, evals) = try resolveCall(
                currentType.kind == .classType ? currentType.availableInitializers : currentType.initializers,
                arguments: all, name: "init", node: call)
            let selfRead = reader(selfVariable)
            let selfAddress = address(selfVariable)
            let context = self.context
            return Typed(type: .void) { frame in
                var values = [try selfRead(frame)]
                for eval in evals { values.append(try eval.run(frame)) }
                // In a class, the delegation is dynamic: a subclass's override of the initializer
                // runs when `self` is the subclass's instance (an inherited convenience `init()`).
                var target = initializer
                if case .object(let object) = values[0], object.type !== initializer.owner,
                    let override = object.type.availableInitializers.first(where: { $0.hasSignature(of: initializer) })
                {
                    target = override
                }
                var result = try runInitializer(target, values, context: context, at: at)
                if let inner = result.wrapped { result = inner }
                selfAddress(frame).pointee = result
                return .void
            }
        }
        if let owner = boundTypeReference(baseExpr) {
            if name == "init",
                let bound = try bindingConstruct(
                    owner.description, arguments: all, trailingStart: call.arguments.count, node: call)
            {
                return bound
            }
            if let bound = try bindingStaticCall(owner, name, call: call) { return bound }
            if typeExpression(baseExpr) == nil {
                throw error(noStaticMember(of: owner, name), member.declName)
            }
        }
        if let info = try genericInstance(baseExpr, member: name, arguments: all, expected: expected, node: call)
            ?? (isTypeName(baseExpr) ? globals.types[baseExpr.trimmedDescription] : nestedType(baseExpr))
        {
            if name == "init" { return try construct(info, arguments: all, node: call) }
            if case .named(let nested)? = globals.typeAliases["\(baseExpr.trimmedDescription).\(name)"] {
                return try construct(nested, arguments: all, node: call)  // `Outer.Inner(x: 1)`
            }
            if info.kind == .enumType, info.caseIndex[name] != nil {
                return try enumConstruction(info, name, arguments: all, node: call)
            }
            if let methods = info.staticMethods[name] {
                return try directCall(methods, arguments: all, name: name, node: call, parent: { _ in nil })
            }
            throw error("type '\(info.name)' has no static method '\(name)'", member.declName, id: .noMember)
        }
        if let type = typeExpression(baseExpr), !baseExpr.is(ArrayExprSyntax.self) {
            return try staticMethod(type, name, labels: labels, exprs: exprs, call: call, at: at)
        }
        return nil
    }

    /// A method of a value, in this order: mutating array methods (`xs.append`) and `Bool`'s
    /// `toggle()`, an optimizer's
    /// `step`, the note's own extensions of builtin types, a function stored in a tuple, the
    /// engine's bound methods (`t.sum()`), the receiver family's table (`Methods/`), and last
    /// the scalar table (`scalarMethod`), which reports a method no table has.
    private func instanceMethodCall(
        _ member: MemberAccessExprSyntax, baseExpr: ExprSyntax, name: String,
        arguments all: [(label: String?, expr: ExprSyntax)],
        call: FunctionCallExprSyntax, expected: ScriptType?
    ) throws -> Typed {
        let at = loc(member.declName)
        let labels = all.map(\.label)
        let exprs = all.map(\.expr)
        if case .array = try lowerTypeOnly(baseExpr),
            let mutating = try mutatingMethod(baseExpr, name, labels: labels, exprs: exprs, call: call, at: at)
        {
            return mutating
        }
        if try lowerTypeOnly(baseExpr) == .bool,
            let toggle = try boolMutatingMethod(baseExpr, name, labels: labels, at: at)
        {
            return toggle
        }
        if let step = try optimizerStep(baseExpr, name, call: call) { return step }
        let base = try receiver(lower(baseExpr, expected: literalReceiverType(baseExpr, member: name)))
        let trailing = call.trailingClosure != nil
        if let info = try builtinExtension(base.type, member: name),
            let candidates = info.method(name)?.filter({
                $0.labels == labels || $0.variadic != nil || $0.defaults.contains { $0 != nil }
                    || (trailing && $0.labels.count == labels.count && $0.labels.dropLast() == labels.dropLast())
            }),
            !candidates.isEmpty
        {
            // The note's own method; a builtin of the same name with other labels stays reachable.
            return try namedMethodCall(
                info, base: base, baseExpr: baseExpr, candidates: candidates, arguments: all, name: name, node: call)
        }
        if case .tuple(let types, let tupleLabels) = base.type,
            let index = tupleLabels.firstIndex(of: name)
                ?? Int(name).flatMap({ types.indices.contains($0) ? $0 : nil }),
            case .function = types[index], let element = try extendedMember(base, name, node: member.declName)
        {
            // `pair.increment()`, `pair.0(x)`: a function stored in a tuple element.
            return try callValue(element, arguments: exprs, node: call)
        }
        if let bound = try bindingMethod(base, name, call: call, node: member.declName) { return bound }
        if let extended = try extendedMethod(
            base, baseExpr: baseExpr, name, arguments: all, node: member.declName, expected: expected)
        {
            return extended
        }
        let site = MethodCallSite(
            lowerer: self, base: base, baseExpr: baseExpr, name: name, arguments: all, labels: labels,
            node: Syntax(member.declName), at: at, expected: expected)
        return try scalarMethod(site)
    }

    func staticMethod(
        _ type: ScriptType, _ name: String, labels: [String?], exprs: [ExprSyntax], call: FunctionCallExprSyntax,
        at: SourceLoc
    ) throws -> Typed {
        let context = self.context
        switch (type, name, labels) {
        case (.double, "random", ["in"]), (.int, "random", ["in"]):
            let range = try lower(exprs[0], expected: .range(type, closed: false))
            guard case .range(type, _) = range.type else {
                throw error(
                    .cannotConvertArgument(from: "\(range.type)", to: "Range<\(type)>"), exprs[0])
            }
            let eval = range.eval
            if type == .double {
                return Typed(type: .double) { frame in
                    guard case .range(let box) = try eval(frame) else {
                        throw ScriptError(.internalError("not a range"), at: at)
                    }
                    let lower = try doubleValue(box.lower, at)
                    let upper = try doubleValue(box.upper, at)
                    guard (upper - lower).isFinite else {
                        throw ScriptError(
                            "There is no uniform distribution on an infinite range", id: .invalidRange, at: at)
                    }
                    if box.closed { return .double(Double.random(in: lower...upper, using: &context.stream)) }
                    guard lower < upper else {
                        throw ScriptError("Can't generate a random number in an empty range", id: .invalidRange, at: at)
                    }
                    return .double(Double.random(in: lower..<upper, using: &context.stream))
                }
            }
            return Typed(type: .int) { frame in
                guard case .range(let box) = try eval(frame) else {
                    throw ScriptError(.internalError("not a range"), at: at)
                }
                let lower = try intValue(box.lower, at)
                let upper = try intValue(box.upper, at)
                if box.closed { return .int(Int.random(in: lower...upper, using: &context.stream)) }
                guard lower < upper else {
                    throw ScriptError("Can't generate a random number in an empty range", id: .invalidRange, at: at)
                }
                return .int(Int.random(in: lower..<upper, using: &context.stream))
            }
        case (.bool, "random", []):
            return Typed(type: .bool) { _ in .bool(Bool.random(using: &context.stream)) }
        case (.double, "maximum", [nil, nil]), (.double, "minimum", [nil, nil]):
            let a = try argument(exprs[0], .double).eval
            let b = try argument(exprs[1], .double).eval
            let isMax = name == "maximum"
            return Typed(type: .double) { frame in
                let x = try doubleValue(a(frame), at)
                let y = try doubleValue(b(frame), at)
                return .double(isMax ? Double.maximum(x, y) : Double.minimum(x, y))
            }
        default:
            throw error(
                "type '\(type)' has no member '\(name)(\(labelList(labels)))' in notes yet", call, id: .noMember)
        }
    }
}

extension Lowerer {
    /// `.circle(radius: 2)`, `Shape.square(3)`.
    func enumConstruction(
        _ info: TypeInfo, _ name: String, arguments: [(label: String?, expr: ExprSyntax)], node: some SyntaxProtocol
    ) throws -> Typed {
        guard let tag = info.caseIndex[name] else {
            if let methods = info.staticMethods[name] {
                return try directCall(methods, arguments: arguments, name: name, node: node, parent: { _ in nil })
            }
            throw error(.typeHasNoMember(type: info.name, member: name), node)
        }
        let payload = info.cases[tag].payload
        let labels = info.cases[tag].labels
        guard payload.count == arguments.count, zip(labels, arguments).allSatisfy({ $0.0 == $0.1.label }) else {
            throw error(
                "wrong arguments for enum case '\(name)' (expected '\(labelList(labels))')", node,
                id: .noMatchingOverload)
        }
        let evals = try zip(arguments, payload).map { EvalBox(try argument($0.0.expr, $0.1).eval) }
        return Typed(type: .named(info)) { frame in
            .enumCase(EnumBox(type: info, tag: tag, payload: try evals.values(frame)))
        }
    }

    /// `super.name` inside a subclass: a stored property is `self`'s own, a computed one runs the
    /// superclass's getter (not the override).
    func superProperty(_ name: String, node: MemberAccessExprSyntax) throws -> Typed {
        guard let currentType, let superclass = currentType.superclass, let selfVariable = lookup("self") else {
            throw error("'super' cannot be used outside of a subclass", node, id: .invalidExpression)
        }
        let selfRead = reader(selfVariable)
        let at = loc(node.declName)
        if let index = superclass.fieldIndex[name] {
            return Typed(type: superclass.fields[index].type) { frame in try fieldValue(selfRead(frame), index, at) }
        }
        guard let computed = superclass.computedProperty(name) else {
            throw error("superclass has no member '\(name)'", node.declName, id: .noMember)
        }
        let getter = computed.getter
        let context = self.context
        return Typed(type: computed.type) { frame in
            try callFunction(getter, parent: nil, arguments: [try selfRead(frame)], context: context, at: at)
        }
    }

    /// `super.init(…)` and `super.method(…)` inside a subclass.
    func superCall(_ name: String, arguments: [(label: String?, expr: ExprSyntax)], node: some SyntaxProtocol) throws
        -> Typed
    {
        guard let currentType, let superclass = currentType.superclass, let selfVariable = lookup("self") else {
            throw error("'super' cannot be used outside of a subclass", node, id: .invalidExpression)
        }
        let selfRead = reader(selfVariable)
        if name == "init" {
            let initializers = superclass.availableInitializers
            if initializers.isEmpty { return Typed(type: .void, eval: { _ in .void }) }
            let (initializer, evals) = try resolveCall(initializers, arguments: arguments, name: "init", node: node)
            let context = self.context
            let at = loc(node)
            if initializer.isFailable {
                return failableSuperInit(initializer, evals, selfRead: selfRead, node: node)
            }
            return Typed(type: .void) { frame in
                var values = [try selfRead(frame)]
                for eval in evals { values.append(try eval.run(frame)) }
                _ = try runInitializer(initializer, values, context: context, at: at)
                return .void
            }
        }
        guard let methods = superclass.method(name) else {
            throw error("superclass has no method '\(name)'", node, id: .noMember)
        }
        return try directCall(
            methods, arguments: arguments, name: name, node: node, parent: { _ in nil }, selfValue: selfRead)
    }
}

/// The text of a `String` or `Character` value.
func textOf(_ value: Value, _ at: SourceLoc) throws -> String {
    if case .character(let character) = value { return String(character) }
    return try stringValue(value, at)
}
