import SwiftSyntax

/// A lowered pattern: tests a value and, when it matches, binds its variables.
typealias Matcher = (Frame, Value) throws -> Bool

/// Patterns (`let (a, b)`, `case .circle(let r)`, `case 1...5`, `case (0, _)`, `let x?`) and
/// the statements built on them: `switch`, `throw`, `do`-`catch`.
extension Lowerer {
    /// Binds `name` to the matched value (in the current scope).
    func binder(_ name: String, type: ScriptType, mutable: Bool, node: some SyntaxProtocol) throws -> Matcher {
        if name == "_" { return { _, _ in true } }
        let variable: Variable
        if reuseBindings, let existing = scopes.last?[name] {
            variable = existing
        } else {
            variable = try declare(name, type: type, mutable: mutable, node: node)
        }
        let address = self.address(variable)
        return { frame, value in
            address(frame).pointee = value
            return true
        }
    }

    /// Lowers a pattern matched against values of `type`. `binding` is true inside `let`/`var`
    /// (bare names bind instead of comparing).
    func lowerPattern(_ pattern: PatternSyntax, type: ScriptType, mutable: Bool, binding: Bool) throws -> Matcher {
        switch pattern.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let identifier):
            return try binder(identifier.identifier.text, type: type, mutable: mutable, node: identifier)
        case .wildcardPattern:
            return { _, _ in true }
        case .tuplePattern(let tuple):
            guard case .tuple(let types, _) = type, types.count == tuple.elements.count else {
                throw error("tuple pattern cannot match values of type '\(type)'", tuple, id: .patternMismatch)
            }
            let matchers = try zip(tuple.elements, types).map {
                try lowerPattern($0.0.pattern, type: $0.1, mutable: mutable, binding: binding)
            }
            let at = loc(tuple)
            return { frame, value in
                guard case .tuple(let elements, _) = value else { throw mismatch(value, "tuple", at) }
                for (matcher, element) in zip(matchers, elements) where try !matcher(frame, element) { return false }
                return true
            }
        case .valueBindingPattern(let valueBinding):
            return try lowerPattern(
                valueBinding.pattern, type: type, mutable: valueBinding.bindingSpecifier.tokenKind == .keyword(.var),
                binding: true)
        case .expressionPattern(let expression):
            return try lowerExprPattern(expression.expression, type: type, mutable: mutable, binding: binding)
        case .isTypePattern(let isType):
            let target = try self.type(isType.type)
            return { _, value in castValue(value, to: target) != nil }
        default:
            throw error("this pattern is not supported in notes", pattern, id: .unsupportedFeature)
        }
    }

    func lowerExprPattern(_ expr: ExprSyntax, type: ScriptType, mutable: Bool, binding: Bool) throws -> Matcher {
        if expr.is(DiscardAssignmentExprSyntax.self) { return { _, _ in true } }
        if let patternExpr = expr.as(PatternExprSyntax.self) {
            return try lowerPattern(patternExpr.pattern, type: type, mutable: mutable, binding: binding)
        }
        if let cast = expr.as(AsExprSyntax.self) {
            // `case let x as Int`, `case let s as Shape`: the value's dynamic type decides.
            let target = try self.type(cast.type)
            let inner = try lowerExprPattern(cast.expression, type: target, mutable: mutable, binding: binding)
            return { frame, value in
                guard let cast = castValue(value, to: target) else { return false }
                return try inner(frame, cast)
            }
        }
        if binding, let reference = expr.as(DeclReferenceExprSyntax.self) {
            return try binder(reference.baseName.text, type: type, mutable: mutable, node: reference)
        }
        // `x?`
        if let chaining = expr.as(OptionalChainingExprSyntax.self), case .optional(let wrapped) = type {
            let inner = try lowerExprPattern(chaining.expression, type: wrapped, mutable: mutable, binding: binding)
            return { frame, value in
                guard let unwrapped = value.wrapped else { return false }
                return try inner(frame, unwrapped)
            }
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            guard case .tuple(let types, _) = type, types.count == tuple.elements.count else {
                throw error("tuple pattern cannot match values of type '\(type)'", tuple, id: .patternMismatch)
            }
            let matchers = try zip(tuple.elements, types).map {
                try lowerExprPattern($0.0.expression, type: $0.1, mutable: mutable, binding: binding)
            }
            let at = loc(tuple)
            return { frame, value in
                guard case .tuple(let elements, _) = value else { throw mismatch(value, "tuple", at) }
                for (matcher, element) in zip(matchers, elements) where try !matcher(frame, element) { return false }
                return true
            }
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return try lowerExprPattern(only.expression, type: type, mutable: mutable, binding: binding)
        }
        // Enum cases: `.red`, `Color.red`, `.circle(let r)`, `.some(let x)`, `.none`.
        if let (name, arguments, node) = enumCasePattern(expr) {
            if case .optional(let wrapped) = type {
                if name == "none", arguments == nil {
                    return { _, value in if case .null = value { true } else { false } }
                }
                if name == "some", arguments == nil {
                    return { _, value in if case .null = value { false } else { true } }
                }
                if name == "some", let arguments, arguments.count == 1, let first = arguments.first {
                    let inner = try lowerExprPattern(
                        first.expression, type: wrapped, mutable: mutable, binding: binding)
                    return { frame, value in
                        guard let unwrapped = value.wrapped else { return false }
                        return try inner(frame, unwrapped)
                    }
                }
                // A case of the wrapped enum matches `.some(case)`.
                let inner = try lowerExprPattern(expr, type: wrapped, mutable: mutable, binding: binding)
                return { frame, value in
                    guard let unwrapped = value.wrapped else { return false }
                    return try inner(frame, unwrapped)
                }
            }
            if case .named(let info) = type, info.kind == .enumType {
                guard let tag = info.caseIndex[name] else {
                    throw error(.typeHasNoMember(type: info.name, member: name), node)
                }
                let payloadTypes = info.cases[tag].payload
                var matchers: [Matcher] = []
                if let arguments {
                    guard arguments.count == payloadTypes.count else {
                        throw error(
                            "tuple pattern has the wrong length for enum case '\(name)'", node, id: .patternMismatch)
                    }
                    matchers = try zip(arguments, payloadTypes).map {
                        try lowerExprPattern($0.0.expression, type: $0.1, mutable: mutable, binding: binding)
                    }
                }
                return { frame, value in
                    guard case .enumCase(let box) = value, box.tag == tag else { return false }
                    for (matcher, element) in zip(matchers, box.payload) where try !matcher(frame, element) {
                        return false
                    }
                    return true
                }
            }
        }
        // Ranges: `case 1...5`, `case ..<0`.
        if let infix = expr.as(InfixOperatorExprSyntax.self),
            let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..." || op == "..<",
            type.isComparable
        {
            let lowerBound = try convert(
                try lower(infix.leftOperand, expected: type), to: type,
                "cannot match values of type $E with a range of $A", infix)
            let upperBound = try convert(
                try lower(infix.rightOperand, expected: type), to: type,
                "cannot match values of type $E with a range of $A", infix)
            let closed = op == "..."
            let l = lowerBound.eval
            let u = upperBound.eval
            return { frame, value in
                let low = try l(frame)
                let high = try u(frame)
                guard !Builtins.less(value, low) else { return false }
                return closed ? !Builtins.less(high, value) : Builtins.less(value, high)
            }
        }
        if let postfix = expr.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "...", type.isComparable {
            let bound = try convert(
                try lower(postfix.expression, expected: type), to: type, "cannot match values of type $E with $A",
                postfix
            ).eval
            return { frame, value in !Builtins.less(value, try bound(frame)) }
        }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self),
            prefix.operator.text == "..<" || prefix.operator.text == "...",
            type.isComparable
        {
            let bound = try convert(
                try lower(prefix.expression, expected: type), to: type, "cannot match values of type $E with $A", prefix
            ).eval
            let closed = prefix.operator.text == "..."
            return { frame, value in
                let high = try bound(frame)
                return closed ? !Builtins.less(high, value) : Builtins.less(value, high)
            }
        }
        // An expression compared with `==`.
        let typed = try lower(expr, expected: type)
        if case .range(let bound, let closed) = typed.type, bound == type {
            let eval = typed.eval
            return { frame, value in
                guard case .range(let box) = try eval(frame) else { return false }
                guard !Builtins.less(value, box.lower) else { return false }
                return closed ? !Builtins.less(box.upper, value) : Builtins.less(value, box.upper)
            }
        }
        let converted = try convert(
            typed, to: type, "expression pattern of type $A cannot match values of type $E", expr)
        guard type.isEquatable || type == .double || type.isOptional else {
            throw error("expression pattern of type '\(type)' cannot be matched with '=='", expr, id: .patternMismatch)
        }
        let eval = converted.eval
        return { frame, value in value.isEqual(to: try eval(frame)) }
    }

    /// `.name`, `.name(args)`, `Type.name`, `Type.name(args)` in a pattern.
    func enumCasePattern(_ expr: ExprSyntax) -> (String, LabeledExprListSyntax?, Syntax)? {
        if let member = expr.as(MemberAccessExprSyntax.self), member.base == nil || isTypeName(member.base!) {
            return (member.declName.baseName.text, nil, Syntax(member))
        }
        if let call = expr.as(FunctionCallExprSyntax.self),
            let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.base == nil || isTypeName(member.base!)
        {
            return (member.declName.baseName.text, call.arguments, Syntax(call))
        }
        return nil
    }

    func isTypeName(_ expr: ExprSyntax) -> Bool {
        guard let reference = expr.as(DeclReferenceExprSyntax.self) else { return false }
        return lookup(reference.baseName.text) == nil && globals.types[reference.baseName.text] != nil
    }

    // MARK: - switch

    func lowerSwitch(_ switchExpr: SwitchExprSyntax, label: Int?) throws -> Exec {
        let sink = switchValueSink
        switchValueSink = nil
        let subject = try lower(switchExpr.subject, expected: nil)
        let subjectEval = subject.eval
        let type = subject.type
        struct Arm {
            var test: Matcher
            var body: Exec
            var fallsThrough: Bool
        }
        var arms: [Arm] = []
        var hasDefault = false
        control.switchDepth += 1
        defer { control.switchDepth -= 1 }
        for element in switchExpr.cases {
            guard case .switchCase(let switchCase) = element else {
                throw error("`#if` inside `switch` is not supported in notes", element, id: .unsupportedCompilerControl)
            }
            // The arm's own statements (still attached to the tree, so locations stay right); a
            // final `fallthrough` is skipped by `lowerItemList` and recorded here.
            let statements = switchCase.statements
            var fallsThrough = false
            if let last = statements.last, case .stmt(let stmt) = last.item, stmt.is(FallThroughStmtSyntax.self) {
                fallsThrough = true
            }
            let arm: Arm = try withScope {
                var test: Matcher
                switch switchCase.label {
                case .default:
                    hasDefault = true
                    test = { _, _ in true }
                case .case(let caseLabel):
                    var matchers: [Matcher] = []
                    for (index, item) in caseLabel.caseItems.enumerated() {
                        reuseBindings = index > 0
                        defer { reuseBindings = false }
                        var matcher = try lowerPattern(item.pattern, type: type, mutable: false, binding: false)
                        if let whereClause = item.whereClause {
                            let condition = try lower(whereClause.condition, expected: .bool)
                            try require(
                                condition, is: .bool,
                                "cannot convert value of type $A to expected condition type 'Bool'",
                                whereClause.condition)
                            let eval = condition.eval
                            let at = loc(whereClause.condition)
                            let inner = matcher
                            matcher = { frame, value in try inner(frame, value) && boolValue(eval(frame), at) }
                        }
                        matchers.append(matcher)
                    }
                    test =
                        matchers.count == 1
                        ? matchers[0]
                        : { frame, value in
                            for matcher in matchers where try matcher(frame, value) { return true }
                            return false
                        }
                }
                let body =
                    try sink.map { try switchArmBody($0, statements, node: switchCase) }
                    ?? sequence(try lowerItemsInScope(statements))
                return Arm(test: test, body: body, fallsThrough: fallsThrough)
            }
            arms.append(arm)
        }
        if !hasDefault, !isExhaustive(arms: switchExpr.cases, type: type) {
            throw error("switch must be exhaustive", switchExpr.switchKeyword, id: .nonExhaustiveSwitch)
        }
        let label = label ?? -1
        let at = loc(switchExpr.switchKeyword)
        return { frame in
            let value = try subjectEval(frame)
            var index = 0
            while index < arms.count {
                if try arms[index].test(frame, value) {
                    while true {
                        let flow = try arms[index].body(frame)
                        switch flow {
                        case .normal:
                            if arms[index].fallsThrough, index + 1 < arms.count {
                                index += 1
                                continue
                            }
                            return .normal
                        case .breakLoop: return .normal
                        case .breakLabel(let id) where id == label: return .normal
                        default: return flow
                        }
                    }
                }
                index += 1
            }
            throw ScriptError("no case of the switch matched", id: .nonExhaustiveSwitch, at: at)
        }
    }

    /// A switch over an enum (or Bool) that names every case needs no `default`.
    private func isExhaustive(arms: SwitchCaseListSyntax, type: ScriptType) -> Bool {
        var names: Set<String> = []
        for element in arms {
            guard case .switchCase(let switchCase) = element, case .case(let label) = switchCase.label else { continue }
            for item in label.caseItems where item.whereClause == nil {
                var expr: ExprSyntax?
                if let expression = item.pattern.as(ExpressionPatternSyntax.self) { expr = expression.expression }
                if let binding = item.pattern.as(ValueBindingPatternSyntax.self),
                    let expression = binding.pattern.as(ExpressionPatternSyntax.self)
                {
                    expr = expression.expression
                }
                if item.pattern.is(WildcardPatternSyntax.self) { return true }
                if item.pattern.as(ValueBindingPatternSyntax.self)?.pattern.is(IdentifierPatternSyntax.self) == true {
                    return true
                }
                guard let expr else { continue }
                if expr.is(DiscardAssignmentExprSyntax.self) { return true }  // `case _:`
                if let (name, _, _) = enumCasePattern(expr) { names.insert(name) }
                if let literal = expr.as(BooleanLiteralExprSyntax.self) { names.insert(literal.literal.text) }
                if expr.is(NilLiteralExprSyntax.self) { names.insert("none") }  // `case nil:`
                if expr.is(OptionalChainingExprSyntax.self) { names.insert("some") }  // `case let x?:`
                if let tuple = expr.as(TupleExprSyntax.self),
                    tuple.elements.allSatisfy({
                        $0.expression.is(DiscardAssignmentExprSyntax.self) || $0.expression.is(PatternExprSyntax.self)
                    })
                {
                    return true
                }
            }
        }
        switch type {
        case .bool: return names.isSuperset(of: ["true", "false"])
        case .optional: return names.isSuperset(of: ["some", "none"])
        case .named(let info) where info.kind == .enumType: return info.cases.allSatisfy { names.contains($0.name) }
        default: return false
        }
    }

    // MARK: - Errors

    func lowerThrow(_ stmt: ThrowStmtSyntax) throws -> Exec {
        let declared = try typedThrowsType(enclosing: Syntax(stmt))
        let typed = try lower(stmt.expression, expected: declared ?? .error)
        if let declared, typed.type != declared {
            throw error(
                "thrown expression type '\(typed.type)' cannot be converted to error type '\(declared)'",
                stmt.expression, id: .invalidThrow)
        }
        guard case .named(let info) = typed.type, info.conforms("Error") else {
            throw error(
                "thrown expression type '\(typed.type)' does not conform to 'Error'", stmt.expression, id: .invalidThrow
            )
        }
        let eval = typed.eval
        let at = loc(stmt)
        return { frame in throw ThrownError(value: try eval(frame), loc: at) }
    }

    func lowerDo(_ stmt: DoStmtSyntax) throws -> Exec {
        let body = try lowerItems(stmt.body.statements)
        struct Clause {
            var test: Matcher
            var body: Exec
        }
        var clauses: [Clause] = []
        for clause in stmt.catchClauses {
            let lowered: Clause = try withScope {
                var test: Matcher
                if clause.catchItems.isEmpty {
                    // `do throws(E) { … } catch { … }`: `error` is an `E`.
                    let caught = try thrownType(stmt.throwsClause) ?? .error
                    test = try binder("error", type: caught, mutable: false, node: clause)
                } else {
                    var matchers: [Matcher] = []
                    for item in clause.catchItems {
                        guard let pattern = item.pattern else {
                            matchers.append({ _, _ in true })
                            continue
                        }
                        matchers.append(try catchPattern(pattern))
                        if let whereClause = item.whereClause {
                            let condition = try lower(whereClause.condition, expected: .bool).eval
                            let at = loc(whereClause)
                            let inner = matchers.removeLast()
                            matchers.append { frame, value in try inner(frame, value) && boolValue(condition(frame), at)
                            }
                        }
                    }
                    test = { frame, value in
                        for matcher in matchers where try matcher(frame, value) { return true }
                        return false
                    }
                }
                let body = sequence(try lowerItemsInScope(clause.body.statements))
                return Clause(test: test, body: body)
            }
            clauses.append(lowered)
        }
        if clauses.isEmpty { return body }
        return { frame in
            do {
                return try body(frame)
            } catch let thrown as ThrownError {
                for clause in clauses where try clause.test(frame, thrown.value) {
                    return try clause.body(frame)
                }
                throw thrown
            }
        }
    }

    /// `catch MyError.bad`, `catch let e as MyError`, `catch MyError.code(let c)`.
    private func catchPattern(_ pattern: PatternSyntax) throws -> Matcher {
        if let binding = pattern.as(ValueBindingPatternSyntax.self),
            let expression = binding.pattern.as(ExpressionPatternSyntax.self),
            let asExpr = expression.expression.as(AsExprSyntax.self),
            let name = asExpr.expression.as(PatternExprSyntax.self)?.pattern.as(IdentifierPatternSyntax.self)?
                .identifier.text
                ?? asExpr.expression.as(DeclReferenceExprSyntax.self)?.baseName.text
        {
            let target = try type(asExpr.type)
            let bind = try binder(name, type: target, mutable: false, node: asExpr)
            return { frame, value in
                guard let cast = castValue(value, to: target) else { return false }
                return try bind(frame, cast)
            }
        }
        if let expression = pattern.as(ExpressionPatternSyntax.self),
            let (_, _, _) = enumCasePattern(expression.expression),
            let typeName = enumTypeName(expression.expression), let info = globals.types[typeName]
        {
            let inner = try lowerExprPattern(expression.expression, type: .named(info), mutable: false, binding: false)
            return { frame, value in dynamicType(value, is: .named(info)) ? try inner(frame, value) : false }
        }
        if let binding = pattern.as(ValueBindingPatternSyntax.self),
            let identifier = binding.pattern.as(IdentifierPatternSyntax.self)
        {
            return try binder(identifier.identifier.text, type: .error, mutable: false, node: identifier)
        }
        if pattern.is(IsTypePatternSyntax.self) {
            return try lowerPattern(pattern, type: .error, mutable: false, binding: false)
        }
        throw error("this catch pattern is not supported in notes", pattern, id: .unsupportedFeature)
    }

    private func enumTypeName(_ expr: ExprSyntax) -> String? {
        var member = expr.as(MemberAccessExprSyntax.self)
        if member == nil {
            member = expr.as(FunctionCallExprSyntax.self)?.calledExpression.as(MemberAccessExprSyntax.self)
        }
        return member?.base?.as(DeclReferenceExprSyntax.self)?.baseName.text
    }
}

/// An error thrown by a note's `throw` (caught by `do`-`catch`, `try?`).
///
/// `Error` requires `Sendable`, and a note's `Value` is not (it holds the session's boxes).
/// The unchecked conformance is sound because a thrown value never leaves the session's
/// thread: it is caught by the note's own `catch` or turned into a diagnostic (text) there.
struct ThrownError: Error, @unchecked Sendable {
    let value: Value
    let loc: SourceLoc
}

/// `value` as a value of `type`, or nil when it is not one: what `as?`, `as!`, `is` and a
/// `case let x as T` pattern see. An optional is looked through as Swift's casts do, whether
/// its static type is optional (`token as? SpecialToken` with `token: Token?`) or it reached an
/// `Any` (`(Optional(4) as Any) as? Int` is 4); a `nil` fails a cast to a non-optional type.
func castValue(_ value: Value, to type: ScriptType) -> Value? {
    if dynamicType(value, is: type) { return value }
    guard !type.isOptional, let wrapped = value.wrapped else { return nil }
    return castValue(wrapped, to: type)
}

/// Whether a value's dynamic type is `type` (for `is`, `as?` and typed `catch`).
func dynamicType(_ value: Value, is type: ScriptType) -> Bool {
    if case .named(let target) = type, target.kind == .protocolType, target.name == "Any" { return true }
    switch (value, type) {
    case (.int, .int), (.double, .double), (.bool, .bool), (.string, .string), (.character, .character): return true
    case (.record(let record, _), .named(let target)):
        return record.info === target || (target.kind == .protocolType && record.info.conforms(target.name))
    case (.object(let object), .named(let target)):
        return object.type.isSubclass(of: target) || (target.kind == .protocolType && object.type.conforms(target.name))
    case (.enumCase(let box), .named(let target)):
        return box.type === target || (target.kind == .protocolType && box.type.conforms(target.name))
    case (.record(let record, _), .error): return record.info.conforms("Error")
    case (.enumCase(let box), .error): return box.type.conforms("Error")
    case (.object(let object), .error): return object.type.conforms("Error")
    case (.tuple(let elements, _), .tuple(let types, _)):
        return elements.count == types.count && zip(elements, types).allSatisfy { dynamicType($0, is: $1) }
    // A closure's parameter types are not kept at run time: any function matches a function type.
    case (.function, .function): return true
    case (.array(let elements), .array(let element)): return elements.allSatisfy { dynamicType($0, is: element) }
    case (.null, .optional): return true
    case (_, .optional(let type)):
        guard let wrapped = value.wrapped else { return false }
        return type == .nilLiteral || dynamicType(wrapped, is: type)
    default: return false
    }
}
