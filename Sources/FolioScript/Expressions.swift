// See Lowering+Statements.swift for why the SPI is imported.
@_spi(ExperimentalLanguageFeatures) import SwiftSyntax

/// The literal-ness of an expression, for Swift's literal typing: an expression made only of
/// numeric literals (and operators on them) takes the type its context asks for.
enum LiteralKind {
    case integer
    case float
    /// An implicit member such as `.pi`: its type comes from the other operand.
    case contextual
}

extension Lowerer {
    // MARK: - Entry

    /// Lowers an expression; `expected` is the type the context asks for (literals adopt it),
    /// a hint, not a check: callers check the resulting type.
    func lower(_ expr: ExprSyntax, expected: ScriptType?) throws -> Typed {
        if let recorder, recorder.shouldRecord(expr, kind: literalKind(expr)) {
            let index = recorder.index(for: expr)
            let typed = try lowerChain(expr, expected: expected)
            return recorder.wrap(typed, index: index)
        }
        return try lowerChain(expr, expected: expected)
    }

    private func lowerChain(_ expr: ExprSyntax, expected: ScriptType?) throws -> Typed {
        let typed = try lowerUnrecorded(expr, expected: expected)
        if expr.is(MemberAccessExprSyntax.self) || expr.is(FunctionCallExprSyntax.self)
            || expr.is(SubscriptCallExprSyntax.self)
            || expr.is(ForceUnwrapExprSyntax.self), chainHasOptional(expr), isChainTop(expr)
        {
            if typed.type == .void, expected == .optional(.void) {
                let eval = typed.eval
                return Typed(type: .optional(.void)) { frame in
                    do { return .some(try eval(frame)) } catch is OptionalChainNil { return .null }
                }
            }
            return endOptionalChain(typed)
        }
        return typed
    }

    func lowerUnrecorded(_ expr: ExprSyntax, expected: ScriptType?) throws -> Typed {
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let literal):
            return try integerLiteral(literal.literal.text, negative: false, expected: expected, node: literal)
        case .floatLiteralExpr(let literal):
            return try floatLiteral(literal.literal.text, negative: false, expected: expected, node: literal)
        case .booleanLiteralExpr(let literal):
            let value = Value.bool(literal.literal.tokenKind == .keyword(.true))
            return Typed(type: .bool, eval: { _ in value }, constant: value)
        case .stringLiteralExpr(let literal):
            let typed = try stringLiteral(literal)
            if expected == .character || expected == .optional(.character), case .string(let text)? = typed.constant {
                guard text.count == 1, let character = text.first else {
                    throw error(
                        "cannot convert a string of \(text.count) characters to 'Character'", literal,
                        id: .invalidLiteral)
                }
                let value = Value.character(character)
                return Typed(type: .character, eval: { _ in value }, constant: value)
            }
            return typed
        case .declReferenceExpr(let reference):
            return try variableReference(reference, expected: expected)
        case .tupleExpr(let tuple):
            if tuple.elements.isEmpty { return Typed(type: .void, eval: { _ in .void }) }
            guard tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil else {
                return try lowerTuple(tuple, expected: expected)
            }
            return try lower(only.expression, expected: expected)
        case .prefixOperatorExpr(let prefix):
            return try lowerPrefix(prefix, expected: expected)
        case .infixOperatorExpr(let infix):
            return try lowerInfix(infix, expected: expected)
        case .ternaryExpr(let ternary):
            return try lowerTernary(ternary, expected: expected)
        case .arrayExpr(let array):
            return try arrayLiteral(array, expected: expected)
        case .subscriptCallExpr(let subscriptCall):
            return try lowerSubscript(subscriptCall)
        case .functionCallExpr(let call):
            return try lowerCall(call, expected: expected)
        case .memberAccessExpr(let member):
            return try lowerMember(member, expected: expected)
        case .macroExpansionExpr(let macro):
            throw error(
                "macro '#\(macro.macroName.text)' can only be used as a statement here", macro, id: .invalidExpression)
        case .nilLiteralExpr:
            if let expected, expected.isOptional { return Typed(type: expected, eval: { _ in .null }, constant: .null) }
            return Typed(type: .nilLiteral, eval: { _ in .null }, constant: .null)
        case .forceUnwrapExpr(let force):
            return try lowerForceUnwrap(force, expected: expected)
        case .optionalChainingExpr(let chaining):
            return try lowerOptionalChaining(chaining)
        case .closureExpr(let closure):
            return try lowerClosure(closure, expected: expected)
        case .dictionaryExpr(let dictionary):
            return try dictionaryLiteral(dictionary, expected: expected)
        case .ifExpr(let ifExpr):
            return try lowerIfExpression(ifExpr, expected: expected)
        case .switchExpr(let switchExpr):
            return try lowerSwitchExpression(switchExpr, expected: expected)
        case .tryExpr(let tryExpr):
            return try lowerTry(tryExpr, expected: expected)
        case .awaitExpr:
            throw unsupported(.concurrency(keyword: "await"), expr)
        case .discardAssignmentExpr:
            throw error(
                "'_' can only appear in a pattern or on the left side of an assignment", expr, id: .invalidExpression)
        case .asExpr(let asExpr):
            return try lowerAs(asExpr, expected: expected)
        case .isExpr(let isExpr):
            return try lowerIs(isExpr)
        case .inOutExpr(let inoutExpr):
            throw error("'&' can only be used to pass an argument to an 'inout' parameter", inoutExpr, id: .inoutMisuse)
        case .sequenceExpr:
            throw error(.internalError("operators were not folded"), expr)
        case .keyPathExpr(let keyPath):
            if let function = try keyPathFunction(keyPath, expected: expected) { return function }
            throw error(
                "key paths are supported only where a function is expected (`xs.map(\\.count)`)", keyPath,
                id: .unsupportedFeature)
        case .postfixOperatorExpr(let postfix):
            // `n^^` for a `postfix func ^^` of the note (top level or a type's static one).
            let op = postfix.operator.text
            if let declared = try operatorFunctionCall(op, [postfix.expression], node: postfix) { return declared }
            let operand = try lower(postfix.expression, expected: nil)
            if let declared = declaredUnaryOperator(op, operand, at: loc(postfix.operator)) { return declared }
            if op == "...", let range = try partialRangeFrom(postfix, bound: operand.type) { return range }
            throw error(.unsupportedOperator(op, fixity: "postfix"), postfix.operator)
        case .regexLiteralExpr, .superExpr, .typeExpr, .genericSpecializationExpr,
            .simpleStringLiteralExpr, .borrowExpr, .consumeExpr, .copyExpr, .unsafeExpr, .packElementExpr,
            .packExpansionExpr, .patternExpr, .doExpr, .postfixIfConfigExpr, .editorPlaceholderExpr, .missingExpr,
            ._canImportExpr, ._canImportVersionInfo:
            // Forms the lowering handles in their context only (`super.f()`, `[Int]()`,
            // `Array<Int>()` as a callee), or not yet at all.
            throw unsupported(.expression(text: expr.trimmedDescription), expr)
        case .arrowExpr, .assignmentExpr, .binaryOperatorExpr, .unresolvedAsExpr, .unresolvedIsExpr,
            .unresolvedTernaryExpr:
            // Pieces of an unfolded operator sequence: folding replaces every one of them.
            throw unsupported(.expression(text: expr.trimmedDescription), expr)
        }
    }

    // MARK: - Literal typing

    func literalKind(_ expr: ExprSyntax) -> LiteralKind? {
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr: return .integer
        case .floatLiteralExpr: return .float
        case .memberAccessExpr(let member) where member.base == nil: return .contextual
        case .prefixOperatorExpr(let prefix) where prefix.operator.text == "-" || prefix.operator.text == "+":
            return literalKind(prefix.expression)
        case .tupleExpr(let tuple) where tuple.elements.count == 1:
            return tuple.elements.first.flatMap { literalKind($0.expression) }
        case .infixOperatorExpr(let infix):
            guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
                ["+", "-", "*", "/", "%", "&+", "&-", "&*"].contains(op)
            else { return nil }
            return combine(literalKind(infix.leftOperand), literalKind(infix.rightOperand))
        case .ternaryExpr(let ternary):
            return combine(literalKind(ternary.thenExpression), literalKind(ternary.elseExpression))
        default: return nil
        }
    }

    private func combine(_ a: LiteralKind?, _ b: LiteralKind?) -> LiteralKind? {
        guard let a, let b else { return nil }
        if a == .float || b == .float { return .float }
        if a == .contextual || b == .contextual { return .contextual }
        return .integer
    }

    /// Lowers two operands that must share a type (arithmetic, comparison, ranges), letting
    /// literals take the type of the other side, as Swift's type checker does.
    func unify(_ lhs: ExprSyntax, _ rhs: ExprSyntax, hint: ScriptType?) throws -> (Typed, Typed) {
        let leftKind = literalKind(lhs)
        let rightKind = literalKind(rhs)
        if leftKind == nil {
            let left = try lower(lhs, expected: hint)
            return (left, try lower(rhs, expected: left.type))
        }
        if rightKind == nil {
            let right = try lower(rhs, expected: hint)
            return (try lower(lhs, expected: right.type), right)
        }
        let type: ScriptType
        if hint == .float {
            type = .float
        } else if leftKind == .float || rightKind == .float || hint == .double {
            type = .double
        } else if leftKind == .contextual || rightKind == .contextual {
            type = hint ?? .double
        } else {
            type = hint == .int ? .int : (hint?.isNumeric == true ? hint ?? .int : .int)
        }
        return (try lower(lhs, expected: type), try lower(rhs, expected: type))
    }

    /// Lowers several expressions that must share a type (array elements, `min`/`max`).
    func unifyAll(_ exprs: [ExprSyntax], hint: ScriptType?) throws -> (ScriptType?, [Typed]) {
        var type = hint
        if type == nil {
            // `[-2, 0, nil]` is an `[Int?]`: a `nil` makes the others' type optional.
            let values = exprs.filter { !$0.is(NilLiteralExprSyntax.self) }
            if let concrete = values.first(where: { literalKind($0) == nil }) {
                type = try lower(concrete, expected: nil).type
            } else if !values.isEmpty {
                type = values.contains(where: { literalKind($0) == .float }) ? .double : .int
            }
            if values.count < exprs.count, let found = type, !found.isOptional { type = .optional(found) }
        }
        return (type, try exprs.map { try lower($0, expected: type) })
    }

    func integerLiteral(_ text: String, negative: Bool, expected: ScriptType?, node: some SyntaxProtocol) throws
        -> Typed
    {
        let digits = text.replacingOccurrences(of: "_", with: "")
        if expected == .float || expected == .optional(.float) {
            return try float32Literal(text, negative: negative, node: node)
        }
        if expected == .double {
            var value: Double?
            if let parsed = parseInteger(digits, negative: negative) {
                value = Double(parsed)
            } else if !digits.hasPrefix("0x"), !digits.hasPrefix("0o"), !digits.hasPrefix("0b") {
                value = Double((negative ? "-" : "") + digits)
            }
            guard let value else {
                throw error("integer literal '\(text)' overflows when stored into 'Double'", node, id: .invalidLiteral)
            }
            let constant = Value.double(value)
            return Typed(type: .double, eval: { _ in constant }, constant: constant)
        }
        if case .fixedInt(let kind)? = expected {
            return try fixedWidthLiteral(
                parseInteger(digits, negative: negative), text: text, negative: negative, kind: kind, node: node)
        }
        guard let parsed = parseInteger(digits, negative: negative) else {
            throw error(
                "integer literal '\(negative ? "-" : "")\(text)' overflows when stored into 'Int'", node,
                id: .invalidLiteral)
        }
        let constant = Value.int(parsed)
        return Typed(type: .int, eval: { _ in constant }, constant: constant)
    }

    private func parseInteger(_ digits: String, negative: Bool) -> Int? {
        var radix = 10
        var body = Substring(digits)
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            radix = base
            body = body.dropFirst(2)
        }
        return Int((negative ? "-" : "") + body, radix: radix)
    }

    func floatLiteral(_ text: String, negative: Bool, expected: ScriptType? = nil, node: some SyntaxProtocol) throws
        -> Typed
    {
        if expected == .float || expected == .optional(.float) {
            return try float32Literal(text, negative: negative, node: node)
        }
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard let value = Double(digits) else {
            throw error("invalid floating-point literal '\(text)'", node, id: .invalidLiteral)
        }
        let constant = Value.double(negative ? -value : value)
        return Typed(type: .double, eval: { _ in constant }, constant: constant)
    }

    // MARK: - Strings

    func stringLiteral(_ literal: StringLiteralExprSyntax) throws -> Typed {
        let raw = literal.openingPounds != nil
        var parts: [(String?, EvalBox?)] = []
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                // swift-syntax resolves escapes, raw delimiters and multi-line indentation.
                let single = StringLiteralExprSyntax(
                    openingPounds: literal.openingPounds, openingQuote: literal.openingQuote,
                    segments: StringLiteralSegmentListSyntax([.stringSegment(text)]),
                    closingQuote: literal.closingQuote, closingPounds: literal.closingPounds)
                let content =
                    try single.representedLiteralValue
                    ?? (raw ? text.content.text : unescape(text.content.text, node: text))
                parts.append((content, nil))
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first,
                    only.label == nil
                else {
                    throw error(
                        "interpolation with labels or several values is not supported yet", interpolation,
                        id: .unsupportedFeature)
                }
                let typed = try lower(only.expression, expected: nil)
                parts.append((nil, EvalBox(displayed(typed))))
            }
        }
        if parts.allSatisfy({ $0.1 == nil }) {
            let constant = Value.string(parts.compactMap(\.0).joined())
            return Typed(type: .string, eval: { _ in constant }, constant: constant)
        }
        return Typed(type: .string) { frame in
            var result = ""
            for part in parts {
                if let text = part.0 {
                    result += text
                } else if let eval = part.1 {
                    result += try eval.run(frame).formatted
                }
            }
            return .string(result)
        }
    }

    func unescape(_ text: String, node: some SyntaxProtocol) throws -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let escaped = iterator.next() else { break }
            switch escaped {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "0": result += "\0"
            case "\\": result += "\\"
            case "\"": result += "\""
            case "'": result += "'"
            case "u":
                var hex = ""
                while let next = iterator.next(), next != "}" {
                    if next != "{" { hex.unicodeScalars.append(next) }
                }
                guard let code = UInt32(hex, radix: 16), let unicode = Unicode.Scalar(code) else {
                    throw error("invalid unicode scalar", node, id: .invalidLiteral)
                }
                result.unicodeScalars.append(unicode)
            default:
                throw error("invalid escape sequence in literal", node, id: .invalidLiteral)
            }
        }
        return result
    }

    // MARK: - Names

    func variableReference(_ reference: DeclReferenceExprSyntax, expected: ScriptType?) throws -> Typed {
        let name = reference.baseName.text
        if reference.argumentNames != nil {
            if let value = try functionReference(reference, expected: expected) { return value }
            throw error(
                "function references with argument names are not supported yet", reference, id: .unsupportedFeature)
        }
        if let variable = lookup(name), !memberShadows(variable, name) {
            if let info = variable.function {
                let parent = frameAt(level: info.level - 1)
                let context = self.context
                let at = loc(reference)
                return Typed(type: variable.type) { frame in
                    .function(Closure(name: name, function: info, parent: parent(frame), context: context, at: at))
                }
            }
            if variable.accessed { return Typed(type: variable.type, eval: reader(variable)) }
            var typed = Typed(type: variable.type, eval: reader(variable), localSlot: localSlot(of: variable))
            if variable.implicitlyUnwrapped { typed.implicitlyUnwrapped = loc(reference) }
            switch variable.type {
            case .int: typed.int = intReader(variable, at: loc(reference))
            case .double: typed.double = doubleReader(variable, at: loc(reference))
            case .bool: typed.bool = boolReader(variable, at: loc(reference))
            default: break
            }
            return typed
        }
        if let currentType, let selfVariable = lookup("self"),
            let member = try implicitSelfMember(name, type: currentType, selfVariable: selfVariable, node: reference)
        {
            return member
        }
        if let currentType, currentType.extendedBuiltin == nil, lookup("self") == nil,
            let member = try staticNamedMember(currentType, name, node: reference)
        {
            // In a static member (or a static property's initializer), the type's static
            // properties and cases are named without `Self.`, as in Swift.
            return member
        }
        if let value = try functionReference(reference, expected: expected) { return value }
        if globals.functions[name] != nil || Builtins.freeFunctions.contains(name) {
            throw error(
                "functions as values are not supported yet; call '\(name)(…)'", reference, id: .unsupportedFeature)
        }
        if ["Int", "Double", "Bool", "String"].contains(name) {
            throw error(
                "types as values are not supported; use '\(name)(…)' or a member such as '\(name).max'", reference,
                id: .unsupportedFeature)
        }
        if let implicit = try implicitSelfExpression(ExprSyntax(reference), expected: expected) { return implicit }
        if UnsupportedSyntax.numericTypeNames.contains(name) {
            throw unsupported(.numericType(name: name), reference)  // `Float.pi`, `UInt8.max`
        }
        throw error(
            .cannotFindInScope(name, hint: Suggestions.nameHint(name, bindings: bindings)), reference)
    }

    // MARK: - Operators

    func lowerPrefix(_ prefix: PrefixOperatorExprSyntax, expected: ScriptType?) throws -> Typed {
        let op = prefix.operator.text
        let at = loc(prefix.operator)
        if op == "..." || op == "..<" {
            // `...5`, `..<n` as a value: a range from the type's smallest value.
            let bound = try lower(prefix.expression, expected: nil)
            let lowest: Value
            switch bound.type {
            case .int: lowest = .int(.min)
            case .double: lowest = .double(-.infinity)
            default:
                if let partial = try partialRangeTo(prefix, bound: bound.type) { return partial }
                throw error(
                    "one-sided ranges of '\(bound.type)' are not supported yet", prefix, id: .unsupportedFeature)
            }
            let eval = bound.eval
            let closed = op == "..."
            return Typed(type: .range(bound.type, closed: closed)) { frame in
                .range(RangeBox(lower: lowest, upper: try eval(frame), closed: closed))
            }
        }
        if op == "-" {
            if let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
                return try integerLiteral(literal.literal.text, negative: true, expected: expected, node: prefix)
            }
            if let literal = prefix.expression.as(FloatLiteralExprSyntax.self) {
                return try floatLiteral(literal.literal.text, negative: true, expected: expected, node: prefix)
            }
            let operand = try lower(prefix.expression, expected: expected)
            switch operand.type {
            case .int:
                let eval = operand.eval
                return Typed(type: .int) { frame in
                    let (result, overflow) = Int(0).subtractingReportingOverflow(try intValue(eval(frame), at))
                    if overflow { throw ScriptError(.arithmeticOverflow, at: at) }
                    return .int(result)
                }
            case .double:
                let negated = operand.doublePath(at)
                var typed = Typed(type: .double) { frame in .double(-(try negated(frame))) }
                typed.double = { frame in -(try negated(frame)) }
                return typed
            case .float:
                let eval = operand.eval
                return Typed(type: .float) { frame in .float32(-(try floatValue(eval(frame), at))) }
            case .fixedInt(let kind):
                guard let negate = kind.unary("-", at: at) else {
                    throw error(
                        "unary operator '-' cannot be applied to an operand of type '\(operand.type)'", prefix,
                        id: .invalidOperands)
                }
                let eval = operand.eval
                return Typed(type: operand.type) { frame in try negate(eval(frame)) }
            default:
                if let bound = bindingPrefix(op, operand, node: prefix) { return bound }
                if let declared = declaredUnaryOperator(op, operand, at: at) { return declared }
                throw error(
                    "unary operator '-' cannot be applied to an operand of type '\(operand.type)'", prefix,
                    id: .invalidOperands)
            }
        }
        if op == "+" {
            let operand = try lower(prefix.expression, expected: expected)
            guard operand.type.isNumeric || operand.type == .float else {
                throw error(
                    "unary operator '+' cannot be applied to an operand of type '\(operand.type)'", prefix,
                    id: .invalidOperands)
            }
            return operand
        }
        if op == "!" {
            let operand = try lower(prefix.expression, expected: .bool)
            guard operand.type == .bool else {
                throw error(
                    "unary operator '!' cannot be applied to an operand of type '\(operand.type)'", prefix,
                    id: .invalidOperands)
            }
            let test = operand.boolPath(at)
            return Typed(
                type: .bool, eval: { frame in .bool(!(try test(frame))) }, bool: { frame in !(try test(frame)) })
        }
        if op == "~" {
            let operand = try lower(prefix.expression, expected: expected ?? .int)
            if case .fixedInt(let kind) = operand.type, let invert = kind.unary("~", at: at) {
                let eval = operand.eval
                return Typed(type: operand.type) { frame in try invert(eval(frame)) }
            }
            guard operand.type == .int else {
                throw error(
                    "unary operator '~' cannot be applied to an operand of type '\(operand.type)'", prefix,
                    id: .invalidOperands)
            }
            let eval = operand.eval
            return Typed(type: .int) { frame in .int(~(try intValue(eval(frame), at))) }
        }
        if let declared = try operatorFunctionCall(op, [prefix.expression], node: prefix) { return declared }
        if let declared = try declaredInoutPrefixOperator(op, prefix.expression, at: at) { return declared }
        let operand = try lower(prefix.expression, expected: nil)
        if let declared = declaredUnaryOperator(op, operand, at: at) { return declared }
        throw error(.unsupportedOperator(op, fixity: "prefix"), prefix)
    }

    func lowerTernary(_ ternary: TernaryExprSyntax, expected: ScriptType?) throws -> Typed {
        let condition = try lower(ternary.condition, expected: .bool)
        try require(
            condition, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'", ternary.condition
        )
        var (then, otherwise) = try unify(ternary.thenExpression, ternary.elseExpression, hint: expected)
        if then.type != otherwise.type {
            if let expected, let a = conversion(then, to: expected), let b = conversion(otherwise, to: expected) {
                (then, otherwise) = (a, b)
            } else if otherwise.type == .nilLiteral, let b = conversion(otherwise, to: .optional(then.type)) {
                (then, otherwise) = (try convert(then, to: .optional(then.type), "", ternary), b)
            } else if then.type == .nilLiteral, let a = conversion(then, to: .optional(otherwise.type)) {
                (then, otherwise) = (a, try convert(otherwise, to: .optional(otherwise.type), "", ternary))
            } else if let b = conversion(otherwise, to: then.type) {
                otherwise = b
            } else if let a = conversion(then, to: otherwise.type) {
                then = a
            }
        }
        guard then.type == otherwise.type else {
            throw error(
                "result values in '? :' expression have mismatching types '\(then.type)' and '\(otherwise.type)'",
                ternary, id: .typeMismatch)
        }
        let at = loc(ternary.condition)
        let test = condition.boolPath(at)
        let thenEval = then.eval
        let elseEval = otherwise.eval
        var typed = Typed(type: then.type) { frame in
            try test(frame) ? thenEval(frame) : elseEval(frame)
        }
        if then.type == .int, then.hasIntPath || otherwise.hasIntPath {
            let (thenInt, elseInt) = (then.intPath(at), otherwise.intPath(at))
            typed.int = { frame in try test(frame) ? thenInt(frame) : elseInt(frame) }
        } else if then.type == .bool, then.bool != nil || otherwise.bool != nil {
            let (thenBool, elseBool) = (then.boolPath(at), otherwise.boolPath(at))
            typed.bool = { frame in try test(frame) ? thenBool(frame) : elseBool(frame) }
        }
        return typed
    }

    func lowerInfix(_ infix: InfixOperatorExprSyntax, expected: ScriptType?) throws -> Typed {
        if infix.operator.is(AssignmentExprSyntax.self) {
            return try lowerAssignment(infix, op: nil)
        }
        guard let opToken = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator else {
            if infix.operator.is(ArrowExprSyntax.self) {
                throw error("function types are not supported yet", infix, id: .unsupportedFeature)
            }
            throw error("this operator is not supported yet", infix.operator, id: .unsupportedOperator)
        }
        let op = opToken.text
        let at = loc(opToken)
        if let declared = try operatorFunctionCall(op, [infix.leftOperand, infix.rightOperand], node: infix) {
            return declared
        }
        if op == "~=", let matched = try patternMatchOperator(infix) { return matched }
        switch op {
        case "=": return try lowerAssignment(infix, op: nil)
        case "+=", "-=", "*=", "/=", "%=", "&+=", "&-=", "&*=", "&=", "|=", "^=", "<<=", ">>=":
            return try lowerAssignment(infix, op: String(op.dropLast()))
        case "??":
            return try lowerNilCoalescing(infix, expected: expected)
        case "&&", "||":
            let left = try lower(infix.leftOperand, expected: .bool)
            let right = try lower(infix.rightOperand, expected: .bool)
            guard left.type == .bool, right.type == .bool else {
                throw error(binaryMessage(op, left.type, right.type), opToken, id: .invalidOperands)
            }
            let l = left.boolPath(at)
            let r = right.boolPath(at)
            if op == "&&" {
                return Typed(
                    type: .bool, eval: { frame in .bool(try l(frame) && r(frame)) },
                    bool: { frame in try l(frame) && r(frame) })
            }
            return Typed(
                type: .bool, eval: { frame in .bool(try l(frame) || r(frame)) },
                bool: { frame in try l(frame) || r(frame) })
        case "===", "!==":
            let left = try lower(infix.leftOperand, expected: nil)
            let right = try lower(infix.rightOperand, expected: nil)
            let (l, r) = (left.eval, right.eval)
            let isIdentical = op == "==="
            return Typed(type: .bool) { frame in
                var same = false
                let (left, right) = (try l(frame), try r(frame))
                if let a = left.instanceOrWrappedInstance, let b = right.instanceOrWrappedInstance {
                    same = a === b
                } else if case .null = left, case .null = right {
                    same = true
                }
                return .bool(same == isIdentical)
            }
        case "..<", "...":
            var boundHint: ScriptType?
            if case .range(let bound, _)? = expected { boundHint = bound }
            let (left, right) = try unify(infix.leftOperand, infix.rightOperand, hint: boundHint)
            guard left.type == right.type, left.type.isNumeric || left.type.isComparable else {
                throw error(binaryMessage(op, left.type, right.type), opToken, id: .invalidOperands)
            }
            let l = left.eval
            let r = right.eval
            let closed = op == "..."
            return Typed(type: .range(left.type, closed: closed)) { frame in
                let lower = try l(frame)
                let upper = try r(frame)
                guard Operators.lessOrEqual(lower, upper) else {
                    throw ScriptError(.rangeBoundsOutOfOrder, at: at)
                }
                return .range(RangeBox(lower: lower, upper: upper, closed: closed))
            }
        default:
            break
        }
        let comparison = ["==", "!=", "<", "<=", ">", ">=", "≈"].contains(op)
        // `a?.f() != nil` with `f` returning nothing: the chain is a `Void?` (see `lowerChain`).
        let nilComparison =
            (op == "==" || op == "!=") && infix.rightOperand.is(NilLiteralExprSyntax.self)
            && chainHasOptional(infix.leftOperand)
        if op == "==" || op == "!=", let assigned = try optionalChainAssignmentResult(infix) {
            return assigned
        }
        var (left, right) = try unifyOperands(
            op, infix.leftOperand, infix.rightOperand,
            hint: nilComparison ? .optional(.void) : comparison ? nil : expected)
        func isNilLiteral(_ typed: Typed) -> Bool {
            if typed.type == .nilLiteral { return true }
            if case .null? = typed.constant { return true }
            return false
        }
        if op == "==" || op == "!=",
            left.type.isOptional && isNilLiteral(right) || right.type.isOptional && isNilLiteral(left)
        {
            // `x == nil` works for any optional (Swift's `_OptionalNilComparisonType`).
            let operand = isNilLiteral(left) ? right.eval : left.eval
            let isEqual = op == "=="
            return Typed(type: .bool) { frame in
                if case .null = try operand(frame) { return .bool(isEqual) }
                return .bool(!isEqual)
            }
        }
        if left.type != right.type, op == "==" || op == "!=" {
            if let converted = conversion(right, to: left.type) {
                right = converted
            } else if let converted = conversion(left, to: right.type) {
                left = converted
            } else if right.type == .nilLiteral || left.type == .nilLiteral {
                throw error(
                    "comparing non-optional value of type '\(left.type == .nilLiteral ? right.type : left.type)' to 'nil' always returns \(op == "!=")",
                    opToken, id: .optionalMisuse)
            }
        }
        adaptOperands(op, &left, &right)
        if let bound = try bindingBinary(op, left, right, infix) { return bound }
        if let registered = bindings.registry.operators[op]?.first(where: {
            left.type.isConvertible(to: $0.lhs) && right.type.isConvertible(to: $0.rhs)
        }) {
            let l = left.eval
            let r = right.eval
            let body = registered.body
            return Typed(type: registered.result) { frame in try body(try l(frame), try r(frame)) }
        }
        if let declared = declaredOperator(op, left.type, right.type) {
            // An operator function is a function of two arguments: the per-arity call path.
            return invocation(declared, arguments: [left, right], at: at)
        }
        if let derived = comparableOperator(op, left, right, at: at) { return derived }
        guard left.type == right.type,
            let operation = Operators.binary(op, left.type, within: context, at: at)
        else {
            if op == "%", left.type == .double, right.type == .double {
                throw error(.floatingPointRemainder(compound: false), opToken)
            }
            if !Operators.known.contains(op) { throw error(.unsupportedOperator(op), opToken) }
            throw error(binaryMessage(op, left.type, right.type), opToken, id: .invalidOperands)
        }
        let resultType: ScriptType = comparison ? .bool : left.type
        let l = left.eval
        let r = right.eval
        if let unboxed = Operators.unboxedBinary(op, left, right, at: at) { return unboxed }
        if let fast = Operators.constantRemainder(op, left, constant: right.constant, at: at) {
            return Typed(type: resultType, eval: fast)
        }
        if let constant = right.constant {
            return Typed(type: resultType) { frame in try operation(l(frame), constant) }
        }
        return Typed(type: resultType) { frame in try operation(l(frame), r(frame)) }
    }

    /// `a ** b`, `x^^` for an operator function declared at the note's top level
    /// (`func ** (base: Double, power: Double) -> Double`): a call whose arguments are the
    /// operands, typed by the parameters (so `2 ** 3` takes `Double`s); nil when none fits.
    func operatorFunctionCall(_ op: String, _ operands: [ExprSyntax], node: some SyntaxProtocol) throws -> Typed? {
        guard let candidates = globals.functions[op]?.filter({ $0.parameterTypes.count == operands.count }),
            !candidates.isEmpty
        else { return nil }
        var firstError: Error?
        for candidate in candidates {
            do {
                return try directCall(
                    [candidate], arguments: zip(candidate.labels, operands).map { ($0, $1) }, name: op, node: node,
                    parent: { _ in nil })
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        // A standard operator the note also declared for its own types (`func + (a: V, b: V)`)
        // keeps its standard meaning for other operands.
        if Operators.known.contains(op) || ["-", "+", "!", "~"].contains(op) { return nil }
        if let firstError { throw firstError }
        return nil
    }

    /// `+++v` for a `static prefix func +++ (vector: inout Vector2D) -> Vector2D` declared by the
    /// operand's type: the function changes the operand in place.
    func declaredInoutPrefixOperator(_ op: String, _ operand: ExprSyntax, at: SourceLoc) throws -> Typed? {
        guard case .named(let info) = try lowerTypeOnly(operand), info.kind != .builtin,
            let method = info.staticMethods[op]?.first(where: {
                $0.parameterTypes == [.named(info)] && $0.inoutParameters.first == true
            })
        else { return nil }
        let target = try place(operand)
        let entry = FunctionEntry(info: method, context: context, at: at)
        let result = UncheckedBox<Value>(.void)
        let change = mutation(target, operand: nil, at: at) { slot, _ in
            var callee = method.acquireFrame()
            defer { method.releaseFrame(&callee) }
            callee.slots[0] = slot
            try entry.prologue { _ = try method.body(callee) }
            slot = callee.slots[0]
            result.value = callee.returnValue
            return .void
        }
        return Typed(type: method.returnType) { frame in
            _ = try change(frame)
            return result.value
        }
    }

    /// `v += w` for a `static func += (left: inout Vector2D, right: Vector2D)` declared by the
    /// target's type: the operator function runs on the target's value in place.
    func declaredCompoundAssignment(_ target: Place, op: String, _ infix: InfixOperatorExprSyntax, at: SourceLoc)
        throws -> Typed?
    {
        guard case .named(let info) = target.type, info.kind != .builtin, let candidates = info.staticMethods[op]
        else { return nil }
        let value = try lower(infix.rightOperand, expected: nil)
        guard
            let method = candidates.first(where: {
                $0.parameterTypes == [target.type, value.type] && $0.inoutParameters.first == true
            })
        else { return nil }
        let entry = FunctionEntry(info: method, context: context, at: at)
        return Typed(
            type: .void,
            eval: mutation(target, operand: value.eval, at: at) { slot, operand in
                var callee = method.acquireFrame()
                defer { method.releaseFrame(&callee) }
                callee.slots[0] = slot
                callee.slots[1] = operand
                try entry.prologue { _ = try method.body(callee) }
                slot = callee.slots[0]
                return .void
            })
    }

    /// `-v` (or `v^^`) for a `static prefix func - (v: Vector2D) -> Vector2D` (or a postfix one)
    /// declared by the operand's type.
    func declaredUnaryOperator(_ op: String, _ operand: Typed, at: SourceLoc) -> Typed? {
        guard case .named(let info) = operand.type, info.kind != .builtin,
            let method = info.staticMethods[op]?.first(where: { $0.parameterTypes == [operand.type] })
        else { return nil }
        return invocation(method, arguments: [operand], at: at)
    }

    /// A `static func +(a: T, b: T) -> T` declared by one of the operands' types.
    func declaredOperator(_ op: String, _ left: ScriptType, _ right: ScriptType) -> FunctionInfo? {
        for case .named(let info) in [left, right] where info.kind != .builtin {
            var current: TypeInfo? = info
            while let type = current {
                if let found = type.staticMethods[op]?.first(where: { $0.parameterTypes == [left, right] }) {
                    return found
                }
                current = type.superclass
            }
        }
        return nil
    }

    func binaryMessage(_ op: String, _ left: ScriptType, _ right: ScriptType) -> String {
        left == right
            ? "binary operator '\(op)' cannot be applied to two '\(left)' operands"
            : "binary operator '\(op)' cannot be applied to operands of type '\(left)' and '\(right)'"
    }

    // MARK: - Assignment and mutation

    /// One step from a variable to the place being modified.
    enum PathStep {
        /// An array subscript: its index, evaluated unboxed.
        case index(IntEval)
        case field(Int)
        case tupleElement(Int)
        case key(Eval)
        case keyDefault(Eval, Eval)
        case unwrap
        /// `a?.x = v`: a `nil` ends the assignment (nothing is assigned).
        case chainUnwrap
        /// A computed property or a `subscript` with a setter: get, modify, set back.
        case accessor(getter: FunctionInfo, setter: FunctionInfo, arguments: [Eval], context: RuntimeContext)
        /// A stored property with `willSet`/`didSet` observers.
        case observed(index: Int, willSet: FunctionInfo?, didSet: FunctionInfo?, context: RuntimeContext)
    }

    /// The path step that assigns stored property `index` of `info`: observed unless the code is
    /// the type's initializer or the property's own observer (where Swift does not observe).
    func fieldStep(_ info: TypeInfo, _ index: Int) -> PathStep {
        let field = info.fields[index]
        guard field.willSet != nil || field.didSet != nil, !lookupIsInitializer else { return .field(index) }
        if let (observedType, observedIndex) = observedField, observedType === info, observedIndex == index {
            return .field(index)
        }
        return .observed(index: index, willSet: field.willSet, didSet: field.didSet, context: context)
    }

    /// An assignable place: a variable (or a class instance), followed by subscripts, fields
    /// and tuple elements.
    struct Place {
        let variable: Variable?
        /// The object a path starts from when it is not a variable (`makeNode().value = 1`).
        var root: Eval? = nil
        let path: [PathStep]
        let type: ScriptType

        var indices: [IntEval] {
            path.compactMap { if case .index(let eval) = $0 { eval } else { nil } }
        }

        /// The stored property's index when the place is one field of a class instance
        /// (`node.value`, `self.count`): a root object and a plain field step.
        var objectField: Int? {
            guard root != nil, variable == nil, path.count == 1, case .field(let index) = path[0] else { return nil }
            return index
        }

        var isSingleIndex: Bool {
            if path.count == 1, case .index = path[0] { return true }
            return false
        }
    }

    func place(_ expr: ExprSyntax) throws -> Place {
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            return try referencePlace(reference)
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return try place(only.expression)
        }
        if let force = expr.as(ForceUnwrapExprSyntax.self) {
            let base = try place(force.expression)
            guard case .optional(let wrapped) = base.type else {
                throw error(.forceUnwrapNonOptional(type: "\(base.type)"), force)
            }
            return Place(variable: base.variable, root: base.root, path: base.path + [.unwrap], type: wrapped)
        }
        if let chaining = expr.as(OptionalChainingExprSyntax.self) {
            let base = try place(chaining.expression)
            guard case .optional(let wrapped) = base.type else {
                throw error(.optionalChainingOnNonOptional(type: "\(base.type)"), chaining)
            }
            return Place(variable: base.variable, root: base.root, path: base.path + [.chainUnwrap], type: wrapped)
        }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            return try subscriptPlace(subscriptCall)
        }
        if let member = expr.as(MemberAccessExprSyntax.self), let baseExpr = member.base {
            return try memberPlace(member, base: baseExpr)
        }
        throw error("cannot assign to this expression", expr, id: .cannotAssign)
    }

    /// A variable, or a property of `self` or a static property named without a base.
    private func referencePlace(_ reference: DeclReferenceExprSyntax) throws -> Place {
        let name = reference.baseName.text
        guard let variable = lookup(name), !memberShadows(variable, name) else {
            if let currentType, let selfVariable = lookup("self"), let index = currentType.fieldIndex[name] {
                let field = currentType.fields[index]
                guard selfVariable.mutable || currentType.kind == .classType else {
                    throw error("cannot assign to property: 'self' is immutable", reference, id: .cannotAssign)
                }
                guard field.mutable || lookupIsInitializer else {
                    throw error(.letConstant(name, .property), reference)
                }
                return Place(variable: selfVariable, path: [fieldStep(currentType, index)], type: field.type)
            }
            if let currentType, let selfVariable = lookup("self"),
                let computed = currentType.computedProperty(name),
                let setter = computed.setter
            {
                // `height = 10` in a method: the computed property of `self` (a wrapped one too).
                guard selfVariable.mutable || currentType.kind == .classType else {
                    throw error("cannot assign to property: 'self' is immutable", reference, id: .cannotAssign)
                }
                let step = PathStep.accessor(
                    getter: computed.getter, setter: setter, arguments: [], context: context)
                if currentType.kind == .classType {
                    return Place(variable: nil, root: reader(selfVariable), path: [step], type: computed.type)
                }
                return Place(variable: selfVariable, path: [step], type: computed.type)
            }
            if let currentType, lookup("self") == nil, let variable = currentType.staticVariables[name] {
                // A static stored property named without `Self.` in a static member.
                guard variable.mutable else {
                    throw error(.letConstant(name, .property), reference)
                }
                return Place(variable: variable, path: [], type: variable.type)
            }
            throw error(.cannotFindInScope(name), reference)
        }
        if variable.accessed { return try accessedPlace(variable, node: reference) }
        guard variable.mutable else {
            if name == "self" {
                throw error("cannot assign to value: 'self' is immutable", reference, id: .cannotAssign)
            }
            throw error(.letConstant(name, .value), reference)
        }
        return Place(variable: variable, path: [], type: variable.type)
    }

    /// `a[i]`, `dict[key]`, `dict[key, default: v]` and the setters of declared subscripts.
    private func subscriptPlace(_ subscriptCall: SubscriptCallExprSyntax) throws -> Place {
        let baseType = try lowerTypeOnly(subscriptCall.calledExpression)
        if let generic = try genericSubscriptStep(baseType, subscriptCall) {
            // The setter of a generic subscript (`grid[at: i] = x`).
            if case .named(let info) = baseType, info.kind == .classType {
                let root = try lower(subscriptCall.calledExpression, expected: nil).eval
                return Place(variable: nil, root: root, path: [generic.step], type: generic.type)
            }
            let base = try place(subscriptCall.calledExpression)
            return Place(
                variable: base.variable, root: base.root, path: base.path + [generic.step], type: generic.type)
        }
        if case .named(let info) = baseType, info.kind == .classType {
            // A class's subscript setter works on the object (a reference), even from a `let`.
            let (step, type) = try setterStep(info, subscriptCall)
            let root = try lower(subscriptCall.calledExpression, expected: nil).eval
            return Place(variable: nil, root: root, path: [step], type: type)
        }
        let base = try place(subscriptCall.calledExpression)
        if case .dictionary(let key, let value) = base.type {
            let arguments = Array(subscriptCall.arguments)
            let keyEval = try argument(arguments[0].expression, key).eval
            if arguments.count == 2, arguments[1].label?.text == "default" {
                let fallback = try argument(arguments[1].expression, value).eval
                return Place(
                    variable: base.variable, root: base.root, path: base.path + [.keyDefault(keyEval, fallback)],
                    type: value)
            }
            return Place(
                variable: base.variable, root: base.root, path: base.path + [.key(keyEval)], type: .optional(value))
        }
        if case .named(let info) = base.type, !info.subscripts.isEmpty {
            let (step, type) = try setterStep(info, subscriptCall)
            return Place(variable: base.variable, root: base.root, path: base.path + [step], type: type)
        }
        if let info = try subscriptOwner(base.type, subscriptCall) {
            // `a[wrapped: i] = x`: the setter of the note's extension of a builtin type.
            let (step, type) = try setterStep(info, subscriptCall)
            return Place(variable: base.variable, root: base.root, path: base.path + [step], type: type)
        }
        guard case .array(let element) = base.type else {
            throw error(
                "value of type '\(base.type)' has no subscripts", subscriptCall.calledExpression, id: .noSubscript)
        }
        let index = try subscriptIndex(subscriptCall)
        return Place(variable: base.variable, root: base.root, path: base.path + [.index(index)], type: element)
    }

    /// The step that assigns through the subscript of `info` that `subscriptCall` names (a class's,
    /// a struct's, or one a note's extension gives a builtin type), and the type it assigns.
    private func setterStep(
        _ info: TypeInfo, _ subscriptCall: SubscriptCallExprSyntax
    ) throws -> (PathStep, ScriptType) {
        let (declared, arguments) = try subscriptArguments(info, subscriptCall)
        guard let setter = declared.setter else {
            throw error("cannot assign through subscript: subscript is get-only", subscriptCall, id: .cannotAssign)
        }
        let step = PathStep.accessor(getter: declared.getter, setter: setter, arguments: arguments, context: context)
        return (step, declared.type)
    }

    /// `Type.shared`, `object.field`, `value.field`, a computed property's setter, `tuple.0`.
    private func memberPlace(_ member: MemberAccessExprSyntax, base baseExpr: ExprSyntax) throws -> Place {
        let name = member.declName.baseName.text
        if isTypeName(baseExpr), let info = globals.types[baseExpr.trimmedDescription] {
            guard let variable = info.staticVariables[name] else {
                throw error(
                    "type '\(info.name)' has no static stored property '\(name)'", member.declName, id: .noMember)
            }
            guard variable.mutable else {
                throw error(.letConstant(name, .property), member.declName)
            }
            return Place(variable: variable, path: [], type: variable.type)
        }
        // Class instances are references: the place starts at the object.
        let unwrapsBase = try isImplicitlyUnwrapped(baseExpr)
        var baseType = try lowerTypeOnly(baseExpr)
        if unwrapsBase, case .optional(let wrapped) = baseType { baseType = wrapped }
        if case .named(let info) = baseType, info.kind == .classType {
            if info.fieldIndex[name] == nil, let computed = info.computedProperty(name),
                let setter = computed.setter
            {
                let root = try receiver(lower(baseExpr, expected: nil)).eval
                let step = PathStep.accessor(
                    getter: computed.getter, setter: setter, arguments: [], context: context)
                return Place(variable: nil, root: root, path: [step], type: computed.type)
            }
            let index = try assignableField(info, name, member)
            let root = try receiver(lower(baseExpr, expected: nil)).eval
            return Place(variable: nil, root: root, path: [fieldStep(info, index)], type: info.fields[index].type)
        }
        var base = try place(baseExpr)
        if unwrapsBase, case .optional(let wrapped) = base.type {
            base = Place(variable: base.variable, root: base.root, path: base.path + [.unwrap], type: wrapped)
        }
        switch base.type {
        case .named(let info) where info.kind == .structType:
            if info.fieldIndex[name] == nil, let computed = info.computedProperty(name),
                let setter = computed.setter
            {
                let step = PathStep.accessor(
                    getter: computed.getter, setter: setter, arguments: [], context: context)
                return Place(
                    variable: base.variable, root: base.root, path: base.path + [step], type: computed.type)
            }
            let index = try assignableField(info, name, member)
            return Place(
                variable: base.variable, root: base.root, path: base.path + [fieldStep(info, index)],
                type: info.fields[index].type)
        case .tuple(let types, let labels):
            let index = Int(name) ?? labels.firstIndex(of: name) ?? -1
            guard types.indices.contains(index) else {
                throw error(
                    "value of tuple type '\(base.type)' has no member '\(name)'", member.declName, id: .noMember)
            }
            return Place(
                variable: base.variable, root: base.root, path: base.path + [.tupleElement(index)],
                type: types[index])
        default:
            throw error(
                "cannot assign to property '\(name)' of a value of type '\(base.type)'", member.declName,
                id: .cannotAssign)
        }
    }

    /// The index of stored property `name` of `info`, which this code may assign: a `var`, or a
    /// `let` in an initializer.
    private func assignableField(_ info: TypeInfo, _ name: String, _ member: MemberAccessExprSyntax) throws -> Int {
        guard let index = info.fieldIndex[name] else {
            throw error(
                "cannot assign to property: '\(name)' is not a stored property of '\(info.name)'", member.declName,
                id: .cannotAssign)
        }
        guard info.fields[index].mutable || lookupIsInitializer else {
            throw error(.letConstant(name, .property), member.declName)
        }
        return index
    }

    /// Whether the code being lowered is an initializer (where `let` properties are set).
    var lookupIsInitializer: Bool { enclosingFunction?.info.isInitializer ?? false }

    /// The static type of an expression (lowered and discarded).
    func lowerTypeOnly(_ expr: ExprSyntax) throws -> ScriptType {
        let saved = recorder
        recorder = nil
        defer { recorder = saved }
        if let reference = expr.as(DeclReferenceExprSyntax.self), let variable = lookup(reference.baseName.text) {
            return variable.type
        }
        return try lower(expr, expected: nil).type
    }

    func subscriptIndex(_ subscriptCall: SubscriptCallExprSyntax) throws -> IntEval {
        guard subscriptCall.arguments.count == 1, let argument = subscriptCall.arguments.first, argument.label == nil
        else {
            throw error("subscripts take one unlabeled index", subscriptCall, id: .noSubscript)
        }
        let index = try lower(argument.expression, expected: .int)
        if case .range = index.type {
            throw error("array slices cannot be assigned to in notes", argument, id: .unsupportedFeature)
        }
        try require(index, is: .int, "cannot convert value of type $A to expected argument type 'Int'", argument)
        return index.intPath(loc(argument))
    }

    /// Applies `apply` to the place with one operand, evaluating indices, then the operand,
    /// then modifying in place (arrays are not copied when uniquely referenced).
    func mutation(
        _ place: Place, operand: Eval?, at: SourceLoc,
        _ apply: @escaping (inout Value, Value) throws -> Value
    ) -> Eval {
        let operand = operand ?? { _ in .void }
        if let plain = PlainPath(place.path), !place.isSingleIndex || place.root != nil {
            if let root = place.root {
                return { frame in
                    var object = try root(frame)
                    let indices = try plain.indices(frame, at: at)
                    let value = try operand(frame)
                    return try plain.modify(&object, indices, at: at) { try apply(&$0, value) }
                }
            }
            if let variable = place.variable {
                let address = self.address(variable)
                return { frame in
                    let indices = try plain.indices(frame, at: at)
                    let value = try operand(frame)
                    return try plain.modify(&address(frame).pointee, indices, at: at) { try apply(&$0, value) }
                }
            }
        }
        if let keyed = KeyedPlace(place.path), place.root == nil, let variable = place.variable {
            let address = self.address(variable)
            let key = keyed.key
            return { frame in
                let k = try key(frame)
                let value = try operand(frame)
                return try keyed.modify(&address(frame).pointee, key: k, frame: frame, at: at) {
                    try apply(&$0, value)
                }
            }
        }
        if let root = place.root {
            let steps = place.path
            return { frame in
                var object = try root(frame)
                let path = try resolve(steps, frame, at)
                let value = try operand(frame)
                return try modifyPath(&object, path: path[...], at: at) { try apply(&$0, value) }
            }
        }
        guard let variable = place.variable else {
            // `place(_:)` makes every place with a root or a variable.
            return { _ in throw ScriptError(.internalError("a place with neither a variable nor a root"), at: at) }
        }
        let address = self.address(variable)
        if place.path.isEmpty {
            return { frame in
                let value = try operand(frame)
                return try apply(&address(frame).pointee, value)
            }
        }
        if place.isSingleIndex, case .index(let index) = place.path[0] {
            return { frame in
                let i = try index(frame)
                let value = try operand(frame)
                return try modifyElement(&address(frame).pointee, index: i, at: at) { try apply(&$0, value) }
            }
        }
        let steps = place.path
        return { frame in
            let path = try resolve(steps, frame, at)
            let value = try operand(frame)
            return try modifyPath(&address(frame).pointee, path: path[...], at: at) { try apply(&$0, value) }
        }
    }

    func lowerAssignment(_ infix: InfixOperatorExprSyntax, op: String?) throws -> Typed {
        let typed = try lowerPlainAssignment(infix, op: op)
        guard chainHasOptional(infix.leftOperand) else { return typed }
        // `a?.x = v` does nothing when `a` is nil.
        let eval = typed.eval
        return Typed(type: .void) { frame in
            do { _ = try eval(frame) } catch is OptionalChainNil {}
            return .void
        }
    }

    /// `(a, b) = (b, a)` and `(x[i], x[j]) = …`: the right side is evaluated first, then each
    /// place is assigned in order (`_` discards).
    func lowerTupleAssignment(_ tuple: TupleExprSyntax, _ right: ExprSyntax, at: SourceLoc) throws -> Typed {
        var targets: [Place?] = []
        var types: [ScriptType] = []
        for element in tuple.elements {
            if element.expression.is(DiscardAssignmentExprSyntax.self) {
                targets.append(nil)
                types.append(.nilLiteral)
                continue
            }
            let target = try place(element.expression)
            targets.append(target)
            types.append(target.type)
        }
        var value = try lower(
            right, expected: types.contains(.nilLiteral) ? nil : .tuple(types, labels: tuple.elements.map { _ in nil }))
        guard case .tuple(let have, _) = value.type, have.count == types.count else {
            throw error(
                "cannot assign value of type '\(value.type)' to a tuple of \(types.count) elements", right,
                id: .cannotAssign)
        }
        for index in types.indices where types[index] != .nilLiteral && have[index] != types[index] {
            throw error(
                "cannot assign value of type '\(have[index])' to type '\(types[index])'", right, id: .cannotAssign)
        }
        let box = UncheckedBox<Value>(.void)
        let writers: [Eval?] = targets.map { target in
            target.map {
                mutation($0, operand: { _ in box.value }, at: at) { slot, new in
                    slot = new
                    return .void
                }
            }
        }
        let eval = value.eval
        value = Typed(type: .void) { frame in
            guard case .tuple(let parts, _) = try eval(frame) else { throw mismatch(.void, "tuple", at) }
            for (index, writer) in writers.enumerated() {
                guard let writer else { continue }
                box.value = parts[index]
                _ = try writer(frame)
            }
            return .void
        }
        return value
    }

    /// Where `x op= e` writes, when its target is a variable or a plain place inside one.
    private func compoundTarget(_ target: Place) -> CompoundTarget? {
        if let root = target.root, let index = target.objectField { return .objectField(root, index) }
        guard target.root == nil, let variable = target.variable else { return nil }
        if target.path.isEmpty { return .variable(address(variable), localSlot: localSlot(of: variable)) }
        guard let plain = PlainPath(target.path) else { return nil }
        return .place(plain, address: address(variable))
    }

    /// `x = e` on a whole variable, and `a[i].x = e` on a scalar place of one (updated where it
    /// is stored: `PlainPath.updateScalar`; the value it replaces is a scalar, so no note code
    /// runs during the update). Nil for other places.
    private func directAssignment(_ target: Place, _ variable: Variable, _ value: @escaping Eval, at: SourceLoc)
        -> Typed?
    {
        if target.path.isEmpty {
            if let slot = localSlot(of: variable) { return Typed(statement: { f in f.slots[slot] = try value(f) }) }
            let address = self.address(variable)
            return Typed(statement: { f in
                let new = try value(f)
                address(f).pointee = new
            })
        }
        guard [.int, .double, .bool].contains(target.type), let plain = PlainPath(target.path) else { return nil }
        let address = self.address(variable)
        return Typed(statement: { f in
            let indices = try plain.indices(f, at: at)
            let new = try value(f)
            try plain.updateScalar(&address(f).pointee, indices, at: at) { $0 = new }
        })
    }

    func lowerPlainAssignment(_ infix: InfixOperatorExprSyntax, op: String?) throws -> Typed {
        let at = loc(infix.operator)
        let context = self.context
        if op == nil, infix.leftOperand.is(DiscardAssignmentExprSyntax.self) {
            let value = try lower(infix.rightOperand, expected: nil)
            let eval = value.eval
            return Typed(type: .void) { frame in
                _ = try eval(frame)
                return .void
            }
        }
        if op == nil, let tuple = infix.leftOperand.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            return try lowerTupleAssignment(tuple, infix.rightOperand, at: at)
        }
        if let assignment = try bindingSubscriptAssignment(infix, op: op) { return assignment }
        if let assignment = try sliceAssignment(infix, op: op) { return assignment }
        let target = try place(infix.leftOperand)
        if let variable = target.variable, variable.function != nil {
            throw error("cannot assign to a function", infix.leftOperand, id: .cannotAssign)
        }
        if let op, let bound = try bindingCompound(target, op: op, infix) { return bound }
        if let op, let declared = try declaredCompoundAssignment(target, op: op + "=", infix, at: at) {
            return declared
        }
        var value = try lower(infix.rightOperand, expected: target.type)
        if op == "+", value.type != target.type, let elements = sliceAsArray(value), elements.type == target.type {
            value = elements  // `array += slice`
        }
        guard let op else {
            let converted = try convert(
                value, to: target.type, "cannot assign value of type $A to type $E", infix.rightOperand)
            if target.root == nil, let variable = target.variable,
                let assignment = directAssignment(target, variable, converted.eval, at: at)
            {
                return assignment
            }
            if let root = target.root, let index = target.objectField {
                // `self.left = left`, `node.value = v`: a class instance is a reference, its field
                // is written where it is (the general path does the same through two closures).
                let value = converted.eval
                return Typed(statement: { f in
                    let object = try root(f)
                    let new = try value(f)
                    guard case .object(let instance) = object else { throw mismatch(object, "object", at) }
                    instance[field: index] = new
                })
            }
            return Typed(
                type: .void,
                eval: mutation(target, operand: converted.eval, at: at) { slot, new in
                    slot = new
                    return .void
                })
        }
        guard value.type == target.type else {
            throw error(binaryMessage(op + "=", target.type, value.type), infix.operator, id: .invalidOperands)
        }
        switch (target.type, op) {
        case (.string, "+"):
            return Typed(
                type: .void,
                eval: mutation(target, operand: value.eval, at: at) { slot, new in
                    guard case .string(var text) = slot else { throw mismatch(slot, "String", at) }
                    slot = .void
                    let tail = try stringValue(new, at)
                    try checkCollectionSize(
                        text.utf8.count + tail.utf8.count, elementBytes: 1, "a string", within: context, at: at)
                    text += tail
                    slot = .string(text)
                    return .void
                })
        case (.array, "+"):
            return Typed(
                type: .void,
                eval: mutation(target, operand: value.eval, at: at) { slot, new in
                    guard case .array(var elements) = slot else { throw mismatch(slot, "Array", at) }
                    slot = .void
                    let tail = try arrayValue(new, at)
                    try checkCollectionSize(
                        elements.count + tail.count, elementBytes: MemoryLayout<Value>.stride, "an array",
                        within: context, at: at)
                    elements += tail
                    slot = .array(elements)
                    return .void
                })
        default:
            guard let operation = Operators.binary(op, target.type, within: context, at: at) else {
                if op == "%", target.type == .double {
                    throw error(.floatingPointRemainder(compound: true), infix.operator)
                }
                throw error(binaryMessage(op + "=", target.type, value.type), infix.operator, id: .invalidOperands)
            }
            if let compound = compoundTarget(target),
                let fast = Operators.unboxedCompound(op, target.type, compound, value, at: at)
            {
                return fast
            }
            return Typed(
                type: .void,
                eval: mutation(target, operand: value.eval, at: at) { slot, new in
                    slot = try operation(slot, new)
                    return .void
                })
        }
    }

    // MARK: - Arrays

    /// The nearest class all of `types` are (`[Movie(…), Song(…)]` is a `[MediaItem]`), when
    /// they are classes of the note that differ.
    func commonSuperclass(_ types: [ScriptType]) -> ScriptType? {
        let classes = types.compactMap { type -> TypeInfo? in
            if case .named(let info) = type, info.kind == .classType { return info }
            return nil
        }
        guard classes.count == types.count, let first = classes.first, classes.contains(where: { $0 !== first })
        else { return nil }
        var candidate: TypeInfo? = first
        while let base = candidate {
            if classes.allSatisfy({ $0.isSubclass(of: base) }) { return .named(base) }
            candidate = base.superclass
        }
        return nil
    }

    func arrayLiteral(_ array: ArrayExprSyntax, expected: ScriptType?) throws -> Typed {
        if let bound = try bindingArrayLiteral(array, expected: expected) { return bound }
        if let literal = try arrayLiteralInitializer(array, expected: expected) { return literal }
        var hint: ScriptType?
        if case .array(let element)? = expected { hint = element }
        if case .set(let element)? = expected {
            let elements = try arrayLiteral(array, expected: .array(element))
            let eval = elements.eval
            let at = loc(array)
            return Typed(type: .set(element)) { frame in .set(SetBox(try arrayValue(eval(frame), at))) }
        }
        if case .optional(let wrapped)? = expected, case .array = wrapped {
            return try arrayLiteral(array, expected: wrapped)
        }
        let exprs = array.elements.map(\.expression)
        if exprs.isEmpty, hint == nil {
            throw error(.emptyCollectionLiteral, array)
        }
        var (elementType, elements) = try unifyAll(exprs, hint: hint)
        if hint == nil, let common = commonSuperclass(elements.map(\.type)) { elementType = common }
        guard let elementType else { throw error(.emptyCollectionLiteral, array) }
        let converted = try zip(elements, exprs).map {
            try convert($0.0, to: elementType, "cannot convert value of type $A to expected element type $E", $0.1)
        }
        let evals = converted.map { EvalBox($0.eval) }
        if let constants = converted.map(\.constant) as? [Value] {
            let constant = Value.array(constants)
            return Typed(type: .array(elementType), eval: { _ in constant })
        }
        return Typed(type: .array(elementType)) { frame in
            .array(try evals.values(frame))
        }
    }

    /// The declared subscript a call uses and its lowered index arguments.
    func subscriptArguments(_ info: TypeInfo, _ subscriptCall: SubscriptCallExprSyntax) throws -> (
        TypeInfo.Subscript, [Eval]
    ) {
        let arguments = Array(subscriptCall.arguments)
        let labels = arguments.map { $0.label?.text }
        if let (declared, evals) = try subscriptWithDefaults(info, arguments) { return (declared, evals) }
        guard let declared = info.subscriptDecl(labels: labels) else {
            throw error("no subscript of '\(info.name)' takes (\(labelList(labels)))", subscriptCall, id: .noSubscript)
        }
        let evals = try zip(arguments, declared.getter.parameterTypes).map { try argument($0.0.expression, $0.1).eval }
        return (declared, evals)
    }

    /// The bounds of a slice; `upper` is `nil` for "to the end".
    typealias SliceBounds = (lower: (Frame) throws -> Int, upper: ((Frame) throws -> Int)?)

    /// `..<i`, `...i`, `i...` and `...` (the whole) as slice bounds.
    func oneSidedSlice(_ expr: ExprSyntax) throws -> SliceBounds? {
        if expr.as(DeclReferenceExprSyntax.self)?.baseName.text == "..." { return (lower: { _ in 0 }, upper: nil) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self),
            prefix.operator.text == "..<" || prefix.operator.text == "..."
        {
            let bound = try argument(prefix.expression, .int).eval
            let closed = prefix.operator.text == "..."
            let at = loc(prefix)
            return (lower: { _ in 0 }, upper: { frame in try intValue(bound(frame), at) + (closed ? 1 : 0) })
        }
        if let postfix = expr.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            let bound = try argument(postfix.expression, .int).eval
            let at = loc(postfix)
            return (lower: { frame in try intValue(bound(frame), at) }, upper: nil)
        }
        return nil
    }

    /// A slice of an array or a string (a copy: slices print and compare like their base).
    func sliceOf(_ base: Typed, _ bounds: SliceBounds, at: SourceLoc) -> Typed {
        let baseEval = base.eval
        let isString = base.type == .string
        return Typed(type: base.type) { frame in
            let value = try baseEval(frame)
            let lower = try bounds.lower(frame)
            if isString {
                let text = try stringValue(value, at)
                let count = text.count
                let upper = try bounds.upper?(frame) ?? count
                guard lower >= 0, lower <= upper, upper <= count else {
                    throw ScriptError(.stringIndexOutOfBounds, at: at)
                }
                let start = text.index(text.startIndex, offsetBy: lower)
                let end = text.index(start, offsetBy: upper - lower)
                return .string(String(text[start..<end]))
            }
            let elements = try arrayValue(value, at)
            let upper = try bounds.upper?(frame) ?? elements.count
            guard lower >= 0, lower <= upper, upper <= elements.count else {
                throw ScriptError(.sliceOutOfRange(lower: lower, upper: upper, count: elements.count), at: at)
            }
            return .array(Array(elements[lower..<upper]))
        }
    }

    /// `v[i]` and `v[i][j]` on an array variable read through the variable's slot, without
    /// copying the outer array value out first (the inner loop of matrix code).
    func elementRead(_ subscriptCall: SubscriptCallExprSyntax, element: ScriptType, index: @escaping IntEval) throws
        -> Typed?
    {
        guard recorder == nil else { return nil }  // A check shows the array's value: take the general path.
        let at = loc(subscriptCall.leftSquare)
        let called = subscriptCall.calledExpression
        if let reference = called.as(DeclReferenceExprSyntax.self), let variable = lookup(reference.baseName.text),
            variable.function == nil, !variable.accessed, case .array = variable.type
        {
            let address = self.address(variable)
            let elements = ElementAccess()
            var typed = Typed(type: element) { frame in try elements.read(address(frame), try index(frame), at) }
            if element == .double {
                typed.double = { frame in
                    try elements.read(address(frame), try index(frame), at) { try doubleValue($0.pointee, at) }
                }
            }
            return typed
        }
        if let inner = called.as(SubscriptCallExprSyntax.self),
            let reference = inner.calledExpression.as(DeclReferenceExprSyntax.self),
            let variable = lookup(reference.baseName.text), variable.function == nil, !variable.accessed,
            case .array(.array) = variable.type,
            inner.arguments.count == 1, inner.arguments.first?.label == nil,
            let innerArgument = inner.arguments.first, try lowerTypeOnly(innerArgument.expression) == .int
        {
            let outerIndex = try subscriptIndex(inner)
            let outerAt = loc(inner.leftSquare)
            let address = self.address(variable)
            let elements = ElementAccess()
            var typed = Typed(type: element) { frame in
                let i = try outerIndex(frame)
                return try elements.read(address(frame), i, outerAt) { row in
                    try elements.read(row, try index(frame), at)
                }
            }
            if element == .double {
                typed.double = { frame in
                    let i = try outerIndex(frame)
                    return try elements.read(address(frame), i, outerAt) { row in
                        try elements.read(row, try index(frame), at) { try doubleValue($0.pointee, at) }
                    }
                }
            }
            return typed
        }
        return nil
    }

    func lowerSubscript(_ subscriptCall: SubscriptCallExprSyntax) throws -> Typed {
        if isTypeName(subscriptCall.calledExpression),
            let info = globals.types[subscriptCall.calledExpression.trimmedDescription], !info.staticSubscripts.isEmpty
        {
            // `Planet[4]`: a type's `static subscript`.
            let arguments = Array(subscriptCall.arguments)
            let labels = arguments.map { $0.label?.text }
            guard let declared = info.staticSubscripts.first(where: { $0.labels == labels }) else {
                throw error(
                    "no static subscript of '\(info.name)' takes (\(labelList(labels)))", subscriptCall,
                    id: .noSubscript)
            }
            let evals = try zip(arguments, declared.getter.parameterTypes).map {
                try argument($0.0.expression, $0.1).eval
            }
            return invocation(
                declared.getter,
                arguments: zip(evals, declared.getter.parameterTypes).map {
                    Typed(type: $0.1, eval: $0.0)
                }, at: loc(subscriptCall.leftSquare))
        }
        let base = try lower(subscriptCall.calledExpression, expected: nil)
        if let bound = try bindingSubscript(base, subscriptCall) { return bound }
        if let generic = try genericSubscriptCall(base, subscriptCall) { return generic }
        if let slice = try arraySliceSubscript(base, subscriptCall) { return slice }
        if let info = try subscriptOwner(base.type, subscriptCall) {
            let (declared, arguments) = try subscriptArguments(info, subscriptCall)
            let getter = declared.getter
            let baseEval = base.eval
            let context = self.context
            let at = loc(subscriptCall.leftSquare)
            return Typed(type: declared.type) { frame in
                var values = [try baseEval(frame)]
                for argument in arguments { values.append(try argument(frame)) }
                return try callFunction(getter, parent: nil, arguments: values, context: context, at: at)
            }
        }
        if case .dictionary(let key, let value) = base.type {
            let arguments = Array(subscriptCall.arguments)
            let keyEval = try argument(arguments[0].expression, key).eval
            let baseEval = base.eval
            let at = loc(subscriptCall.leftSquare)
            if arguments.count == 2, arguments[1].label?.text == "default" {
                let fallback = try argument(arguments[1].expression, value).eval
                return Typed(type: value) { frame in
                    let box = try dictValue(baseEval(frame), at)
                    return try box[keyEval(frame)] ?? fallback(frame)
                }
            }
            return Typed(type: .optional(value)) { frame in
                let box = try dictValue(baseEval(frame), at)
                return try box[keyEval(frame)].map { .some($0) } ?? .null
            }
        }
        if base.type == .string, subscriptCall.arguments.count == 1,
            let only = subscriptCall.arguments.first, only.label == nil, let slice = try oneSidedSlice(only.expression)
        {
            return sliceOf(base, slice, at: loc(subscriptCall.leftSquare))
        }
        if base.type == .string, subscriptCall.arguments.count == 1, let only = subscriptCall.arguments.first,
            only.label == nil
        {
            // `s[i]` and `s[i..<j]` with character offsets (see `startIndex`).
            let index = try lower(only.expression, expected: .int)
            let baseEval = base.eval
            let indexEval = index.eval
            let at = loc(subscriptCall.leftSquare)
            if case .range(.int, let closed) = index.type {
                return sliceOf(
                    base,
                    (
                        lower: { frame in
                            guard case .range(let box) = try indexEval(frame) else {
                                throw mismatch(.void, "Range", at)
                            }
                            return try intValue(box.lower, at)
                        },
                        upper: { frame in
                            guard case .range(let box) = try indexEval(frame) else {
                                throw mismatch(.void, "Range", at)
                            }
                            return try intValue(box.upper, at) + (closed ? 1 : 0)
                        }
                    ), at: at)
            }
            guard index.type == .int else {
                throw error("cannot subscript a String with a '\(index.type)'", only.expression, id: .noSubscript)
            }
            return Typed(type: .character) { frame in
                let text = try stringValue(baseEval(frame), at)
                let i = try intValue(indexEval(frame), at)
                guard i >= 0, i < text.count else { throw ScriptError(.stringIndexOutOfBounds, at: at) }
                return .character(text[text.index(text.startIndex, offsetBy: i)])
            }
        }
        guard case .array(let element) = base.type else {
            throw error(
                "value of type '\(base.type)' has no subscripts", subscriptCall.calledExpression, id: .noSubscript)
        }
        let index = try subscriptIndex(subscriptCall)
        if let fast = try elementRead(subscriptCall, element: element, index: index) { return fast }
        let baseEval = base.eval
        let at = loc(subscriptCall.leftSquare)
        return Typed(type: element) { frame in
            guard case .array(let elements) = try baseEval(frame) else {
                throw ScriptError(.internalError("not an array"), at: at)
            }
            let i = try index(frame)
            guard i >= 0, i < elements.count else {
                throw ScriptError(.indexOutOfRange(index: i, count: elements.count), at: at)
            }
            return elements[i]
        }
    }
}

/// Reads of array elements where they are stored, made by lowering: whether the arrays' layout
/// was verified (`ArrayStorageLayout.isVerified`) is read once, when the reading code is lowered,
/// not at every element (a lazy global's check cost 2.5% of `nbody`).
struct ElementAccess {
    let layoutVerified = ArrayStorageLayout.isVerified

    /// `a[i]` read from the slot holding `a`.
    @inline(__always)
    func read(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ at: SourceLoc) throws -> Value {
        try read(slot, i, at) { $0.pointee }
    }

    /// Applies `read` to element `i` of the array in `slot`, where it is stored: neither the
    /// array nor the element is copied out (`a[i][k] * b[k][j]` retained and released both rows
    /// before).
    @inline(__always)
    func read<Result>(
        _ slot: UnsafeMutablePointer<Value>, _ i: Int, _ at: SourceLoc,
        _ read: (UnsafeMutablePointer<Value>) throws -> Result
    ) throws -> Result {
        guard case .array = slot.pointee else { throw mismatch(slot.pointee, "Array", at) }
        guard ValuePayload.isAvailable else {
            guard case .array(let elements) = slot.pointee, i >= 0, i < elements.count else {
                throw ScriptError(.indexOutOfRange(index: i, count: arrayCount(slot.pointee)), at: at)
            }
            var element = elements[i]
            return try read(&element)
        }
        let elements = slot.arrayPayload
        if layoutVerified {
            let (base, count) = elements.unretainedElements
            guard i >= 0, i < count else { throw ScriptError(.indexOutOfRange(index: i, count: count), at: at) }
            return try read(base + i)
        }
        let count = elements.pointee.count
        guard i >= 0, i < count else { throw ScriptError(.indexOutOfRange(index: i, count: count), at: at) }
        return try elements.pointee.withUnsafeBufferPointer { buffer in
            try read(UnsafeMutablePointer(mutating: buffer.baseAddress.unsafelyUnwrapped + i))
        }
    }

    /// `a[i].x` read from the slot holding `a`: stored property `field` of element `i`.
    @inline(__always)
    func readField(
        _ slot: UnsafeMutablePointer<Value>, _ i: Int, _ field: Int, _ at: SourceLoc, _ fieldAt: SourceLoc
    ) throws -> Value {
        try read(slot, i, at) { try fieldValue(in: $0, field, fieldAt) }
    }
}

/// The number of elements of an array value (0 for other values).
private func arrayCount(_ value: Value) -> Int {
    if case .array(let elements) = value { return elements.count }
    return 0
}

/// Modifies one element of an array in place.
@inline(__always)
func modifyElement(
    _ container: inout Value, index: Int, at: SourceLoc, _ body: (inout Value) throws -> Value
) throws -> Value {
    try modifyArrayElement(&container, index, at: at, body)
}

/// A path step with its index or key evaluated.
enum ResolvedStep {
    case index(Int)
    case field(Int)
    case tupleElement(Int)
    case key(Value)
    case keyDefault(Value, Value)
    case unwrap
    case chainUnwrap
    case accessor(getter: FunctionInfo, setter: FunctionInfo, arguments: [Value], context: RuntimeContext)
    case observed(index: Int, willSet: FunctionInfo?, didSet: FunctionInfo?, context: RuntimeContext)
}

func resolve(_ steps: [Lowerer.PathStep], _ frame: Frame, _ at: SourceLoc) throws -> [ResolvedStep] {
    try steps.map { step in
        switch step {
        case .index(let eval): .index(try eval(frame))
        case .field(let index): .field(index)
        case .tupleElement(let index): .tupleElement(index)
        case .key(let eval): .key(try eval(frame))
        case .keyDefault(let key, let fallback): .keyDefault(try key(frame), try fallback(frame))
        case .unwrap: .unwrap
        case .chainUnwrap: .chainUnwrap
        case .accessor(let getter, let setter, let arguments, let context):
            .accessor(getter: getter, setter: setter, arguments: try arguments.map { try $0(frame) }, context: context)
        case .observed(let index, let willSet, let didSet, let context):
            .observed(index: index, willSet: willSet, didSet: didSet, context: context)
        }
    }
}

/// Applies `body` to element `index` of the array `container`, in place when the array is
/// uniquely referenced (it is moved out of the enum while `body` runs, then put back).
@inline(__always)
func modifyArrayElement(
    _ container: inout Value, _ index: Int, at: SourceLoc, _ body: (inout Value) throws -> Value
) throws -> Value {
    guard case .array(var elements) = container else { throw mismatch(container, "Array", at) }
    container = .void
    defer { container = .array(elements) }
    guard index >= 0, index < elements.count else {
        throw ScriptError(.indexOutOfRange(index: index, count: elements.count), at: at)
    }
    return try body(&elements[index])
}

/// Applies `body` to stored property `index` of the struct or object `container` (an object is
/// a reference: its field is modified where it is).
@inline(__always)
func modifyStoredField(
    _ container: inout Value, _ index: Int, at: SourceLoc, _ body: (inout Value) throws -> Value
) throws -> Value {
    // `if case`, not `switch`: a `switch` keeps its subject alive until its end, so `fields`
    // would be shared and copied on every update (`nbody`: every `bodies[i].vx -= …`).
    if case .record(let type, var fields) = container {
        container = .void
        defer { container = .record(type, fields) }
        return try body(&fields[index])
    }
    guard case .object(let object) = container else { throw mismatch(container, "struct", at) }
    return try body(&object.fieldAddress(index).pointee)
}

/// Applies `body` to element `index` of the tuple `container`.
@inline(__always)
func modifyTupleElement(
    _ container: inout Value, _ index: Int, at: SourceLoc, _ body: (inout Value) throws -> Value
) throws -> Value {
    guard case .tuple(var elements, let labels) = container else { throw mismatch(container, "tuple", at) }
    container = .void
    defer { container = .tuple(elements, labels: labels) }
    return try body(&elements[index])
}

/// Modifies the place at `path` inside `container` in place (copy on write where shared).
func modifyPath(
    _ container: inout Value, path: ArraySlice<ResolvedStep>, at: SourceLoc, _ body: (inout Value) throws -> Value
) throws -> Value {
    guard let step = path.first else { return try body(&container) }
    let rest = path.dropFirst()
    switch step {
    case .index(let index):
        return try modifyArrayElement(&container, index, at: at) { try modifyPath(&$0, path: rest, at: at, body) }
    case .field(let index):
        return try modifyStoredField(&container, index, at: at) { try modifyPath(&$0, path: rest, at: at, body) }
    case .tupleElement(let index):
        return try modifyTupleElement(&container, index, at: at) { try modifyPath(&$0, path: rest, at: at, body) }
    case .key(let key), .keyDefault(let key, _):
        guard case .dictionary(var box) = container else { throw mismatch(container, "Dictionary", at) }
        container = .void
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
        defer { container = .dictionary(box) }
        if case .keyDefault(_, let fallback) = step {
            return try box.update(key) { slot in
                var current = slot.take() ?? fallback  // moved, so `current` is its only owner
                defer { slot = current }
                return try modifyPath(&current, path: rest, at: at, body)
            }
        }
        return try box.update(key) { slot in
            var current: Value = slot.take().map { .some($0) } ?? .null
            defer { slot = current.wrapped }
            return try modifyPath(&current, path: rest, at: at, body)
        }
    case .unwrap, .chainUnwrap:
        guard var inner = container.wrapped else {
            if case .chainUnwrap = step { throw OptionalChainNil() }
            throw ScriptError(.unexpectedNil, at: at)
        }
        container = .void
        defer { container = .some(inner) }
        return try modifyPath(&inner, path: rest, at: at, body)
    case .accessor(let getter, let setter, let arguments, let context):
        let receiver = [container] + arguments
        var current = try callFunction(getter, parent: nil, arguments: receiver, context: context, at: at)
        let result = try modifyPath(&current, path: rest, at: at, body)
        let updated = try callSetter(setter, arguments: receiver + [current], context: context, at: at)
        // A value (a struct, or an array or number whose extension declares the subscript) gets
        // the setter's `self`; an object was changed where it is.
        if case .object = container {} else { container = updated }
        return result
    case .observed(let index, let willSet, let didSet, let context):
        let old = try fieldValue(container, index, at)
        var new = old
        let result = try modifyPath(&new, path: rest, at: at, body)
        if let willSet { container = try callSetter(willSet, arguments: [container, new], context: context, at: at) }
        if case .record(let type, var fields) = container {  // `if case`: see `modifyStoredField`
            container = .void
            fields[index] = new
            container = .record(type, fields)
        } else if case .object(let object) = container {
            object[field: index] = new
        } else {
            throw mismatch(container, "struct", at)
        }
        if let didSet { container = try callSetter(didSet, arguments: [container, old], context: context, at: at) }
        return result
    }
}

/// Runs a setter (`self` in slot 0) and returns `self` as the setter left it.
func callSetter(_ info: FunctionInfo, arguments: [Value], context: RuntimeContext, at: SourceLoc) throws -> Value {
    // Copied, not moved: a closure made in the setter may still read `self` from the frame.
    try runWithSelf(info, arguments, name: info.name, context: context, at: at) { $0.slots[0] }
}

/// Runs `info`'s body in a frame holding `arguments` (`self` first), one call deeper, then
/// `result` on that frame (setters and initializers read `self` back from slot 0). The frame
/// goes back to the function's pool, or, when a closure made in the body still holds it, is
/// remembered so the session clears it at the end (`FunctionInfo.noteEscaped`). A runtime
/// error gets `name called at line:column` on its call stack.
func runWithSelf(
    _ info: FunctionInfo, _ arguments: [Value], name: String, context: RuntimeContext, at: SourceLoc,
    result: (Frame) throws -> Value
) throws -> Value {
    try runWithSelf(
        info, name: name, context: context, at: at,
        arguments: { callee in for index in arguments.indices { callee.slots[index] = arguments[index] } },
        result: result)
}

/// `runWithSelf` whose caller writes the arguments into the callee's frame (`self` in slot 0):
/// a construction such as `Node(left: l, right: r)` builds no array of its arguments.
func runWithSelf(
    _ info: FunctionInfo, name: String, context: RuntimeContext, at: SourceLoc, arguments: (Frame) throws -> Void,
    result: (Frame) throws -> Value
) throws -> Value {
    var callee = info.acquireFrame()
    defer { info.releaseFrame(&callee) }
    try arguments(callee)
    try FunctionEntry(info: info, context: context, at: at, name: name).prologue { _ = try info.body(callee) }
    return try result(callee)
}
