import SwiftSyntax

/// Closures in register form. A closure literal passed to `map`, `filter`, `reduce`,
/// `forEach`, `contains(where:)` or `allSatisfy` on an array or an `Int` range is inlined: its
/// body is compiled into the caller's code and runs in the caller's frame once per element. Its
/// parameters are registers of that frame, and what it captures is the caller's own registers,
/// read and written in place, as a closure that cannot escape the call captures them.
/// `reduce(0, +)` takes a standard operator instead of a closure.
///
/// Each run of the body is still a call: one deeper, a tick of the clock, and "closure called
/// at" in the stack trace of an error leaving it (`enterClosure`, `RegisterClosureRegion`).
/// The array is the one the method was called on, copied when the call starts (Swift calls
/// the method on the value); the result is built apart and stored when the call ends.
/// `sorted(by:)` and `sort(by:)` compile the comparator as a subroutine instead (the extension
/// at the end of this file).
extension RegisterCompiler {
    /// A method whose closure argument is inlined.
    enum ClosureMethod: String {
        case map, filter, reduce, forEach, contains, allSatisfy, sorted, sort
    }

    /// Where an inlined closure's `return` goes: its result's register (nil for `Void`) and
    /// the jumps to patch to its end.
    struct ClosureExit {
        let result: Int32?
        let type: RegisterType?
        var jumps: [Int] = []
    }

    /// A call of a method whose closure register form inlines, read from the syntax.
    struct ClosureCall {
        let method: ClosureMethod
        /// The array, or `Int` range, the method is called on.
        let receiver: ExprSyntax
        /// The receiver's elements' type.
        let element: RegisterType
        /// The closure literal, or nil where `reduce` is passed an operator.
        let closure: ClosureExprSyntax?
        /// The operator passed instead (where the closures report its traps).
        let operatorReference: DeclReferenceExprSyntax?
        /// `reduce`'s initial value.
        let initial: ExprSyntax?
        /// The closure's result type (the accumulator's for `reduce`; nil for `forEach`).
        let result: RegisterType?

        /// The type of the call's value.
        var type: RegisterType? {
            switch method {
            case .map: result.map { .array($0) }
            case .filter: .array(element)
            case .reduce: result
            case .contains, .allSatisfy: .bool
            case .sorted: .array(element)
            case .forEach, .sort: nil
            }
        }
    }

    /// `call` as a method call with a closure that register form inlines, or nil when it is
    /// not one (another method, a receiver that is not an array). `expected` is the type the
    /// context wants.
    func closureCall(_ call: FunctionCallExprSyntax, expected: RegisterType?) throws -> ClosureCall? {
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base,
            member.declName.argumentNames == nil,
            let method = ClosureMethod(rawValue: member.declName.baseName.text)
        else { return nil }
        var arguments = call.arguments.map { (label: $0.label?.text, expression: $0.expression) }
        if let trailing = call.trailingClosure {
            let label: String? =
                switch method {
                case .contains: "where"
                case .sorted, .sort: "by"
                default: nil
                }
            arguments.append((label: label, expression: ExprSyntax(trailing)))
        }
        let labels = arguments.map(\.label)
        switch method {
        case .reduce: guard labels == [nil, nil] else { return nil }
        case .contains: guard labels == ["where"] else { return nil }
        case .sorted, .sort: guard labels == ["by"] else { return nil }
        default: guard labels == [nil] else { return nil }
        }
        guard call.additionalTrailingClosures.isEmpty, arrayMethodsAreStandard else { throw Unsupported() }
        let element: RegisterType
        if rangeBounds(base) != nil {
            element = .int
        } else {
            guard case .array(let type) = try infer(base, expected: nil) else { return nil }
            element = type
        }
        guard element != .bool || method != .reduce else { throw Unsupported() }
        let function = unparenthesized(arguments[arguments.count - 1].expression)
        let closure = function.as(ClosureExprSyntax.self)
        let operatorReference = function.as(DeclReferenceExprSyntax.self)
        let takesOperator = method == .reduce || ((method == .sorted || method == .sort) && element.isScalar)
        guard closure != nil || (takesOperator && operatorReference != nil) else { throw Unsupported() }
        var initial: ExprSyntax?
        var result: RegisterType?
        switch method {
        case .map:
            guard let closure else { throw Unsupported() }
            result = try closureResultType(closure, parameters: [element])
            if let expected, expected != .array(result ?? .int) { throw Unsupported() }
        case .filter, .contains, .allSatisfy: result = .bool
        case .sorted, .sort:
            // Sorted as `Int`s or `Double`s, or as structs by a comparator of their properties.
            switch element {
            case .int, .double, .record: result = .bool
            default: throw Unsupported()
            }
            if method == .sort {
                guard let name = base.as(DeclReferenceExprSyntax.self), local(name.baseName.text) != nil else {
                    throw Unsupported()
                }
            }
            if let name = operatorReference?.baseName.text {
                // `sorted(by: >)`: one of the standard comparisons.
                try requireStandard(name)
                guard ScalarOrder(name) != nil else { throw Unsupported() }
            }
        case .forEach: result = nil
        case .reduce:
            let start = arguments[0].expression
            // A literal takes the elements' type, as the lowering types it; anything else its own.
            let accumulator = isNumericLiteral(start) ? element : try infer(start, expected: nil)
            guard accumulator.isScalar, try infer(start, expected: accumulator) == accumulator,
                expected == nil || expected == accumulator
            else { throw Unsupported() }
            initial = start
            result = accumulator
            if let name = operatorReference?.baseName.text {
                try requireStandard(name)
                guard accumulator == element, arithmetic(name, accumulator) != nil else { throw Unsupported() }
            }
        }
        return ClosureCall(
            method: method, receiver: base, element: element, closure: closure, operatorReference: operatorReference,
            initial: initial, result: result)
    }

    /// Whether the note leaves arrays' methods as the standard library has them (no extension
    /// of arrays or sequences that could declare one of the same name).
    private var arrayMethodsAreStandard: Bool {
        let globals = lowerer.globals
        return globals.genericArrayExtensions.isEmpty
            && !globals.extensions.keys.contains {
                $0.hasPrefix("[") || ["Array", "Sequence", "Collection"].contains($0)
            }
    }

    /// The bounds of `a..<b` or `a...b` over `Int`s (parenthesized or not), whether the range
    /// is closed, and its operator (where the closures report bounds out of order).
    func rangeBounds(_ expr: ExprSyntax) -> (lower: ExprSyntax, upper: ExprSyntax, closed: Bool, op: ExprSyntax)? {
        guard let range = unparenthesized(expr).as(InfixOperatorExprSyntax.self),
            let op = range.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "...",
            (try? infer(range.leftOperand, expected: .int)) == .int,
            (try? infer(range.rightOperand, expected: .int)) == .int
        else { return nil }
        return (range.leftOperand, range.rightOperand, op == "...", range.operator)
    }

    /// The names a closure gives its parameters (`$0`, `$1` when it names none; nil for `_`),
    /// `count` of them of types `types`; Unsupported for a capture list, an attribute, an
    /// effect or an annotation of another type.
    private func closureParameterNames(_ closure: ClosureExprSyntax, _ types: [RegisterType]) throws -> [String?] {
        guard let signature = closure.signature else { return types.indices.map { "$\($0)" } }
        guard signature.capture == nil, signature.attributes.isEmpty, signature.effectSpecifiers == nil else {
            throw Unsupported()
        }
        var names: [String?] = []
        switch signature.parameterClause {
        case .simpleInput(let list)?:
            names = list.map { $0.name.text == "_" ? nil : $0.name.text }
        case .parameterClause(let clause)?:
            for (parameter, type) in zip(clause.parameters, types) {
                if let annotation = parameter.type {
                    guard let declared = registerType(annotation), declared == type else { throw Unsupported() }
                }
                let name = (parameter.secondName ?? parameter.firstName).text
                names.append(name == "_" ? nil : name)
            }
            guard clause.parameters.count == types.count else { throw Unsupported() }
        case nil:
            return types.indices.map { "$\($0)" }
        }
        guard names.count == types.count else { throw Unsupported() }
        return names
    }

    /// The type a closure returns, given its parameters' types: its return clause's, else its
    /// single expression's.
    private func closureResultType(_ closure: ClosureExprSyntax, parameters: [RegisterType]) throws -> RegisterType {
        let names = try closureParameterNames(closure, parameters)
        if let returnClause = closure.signature?.returnClause {
            guard let type = registerType(returnClause.type) else { throw Unsupported() }
            return type
        }
        guard closure.statements.count == 1, let only = closure.statements.first, case .expr(let expr) = only.item,
            !isAssignment(expr)
        else { throw Unsupported() }
        scopes.append([:])
        defer { scopes.removeLast() }
        for (name, type) in zip(names, parameters) {
            // Only the types matter here: nothing is emitted.
            if let name { scopes[scopes.count - 1][name] = Local(register: 0, type: type) }
        }
        return try infer(expr, expected: nil)
    }

    /// Emits `call`'s closure method, its value (if any) in `dest` or a new register or slot.
    func emitClosureCall(_ call: ClosureCall, into dest: Int32?) throws -> Int32 {
        if call.method == .sorted || call.method == .sort { return try emitSort(call, into: dest) }
        let mark = (nextRegister, nextSlot)
        // The value is built apart and stored at the end: the closure may read `dest`'s variable.
        var value: Int32 = 0
        switch call.method {
        case .map, .filter:
            value = try temporarySlot()
            emit(.emptyArray, value)
        case .reduce:
            value = try temporary()
            _ = try expression(call.initial.unsafelyUnwrapped, call.result ?? .int, into: value)
        case .contains, .allSatisfy:
            value = try temporary()
        case .forEach, .sorted, .sort:
            break
        }
        var exits: [Int] = []
        try elementLoop(call) { element in
            switch call.method {
            case .map:
                let result = try inlineClosure(call, arguments: [element], resultType: call.result)
                try emitAppend(result, call.result ?? .int, to: value, at: call.closure)
            case .filter:
                let keep = try inlineClosure(call, arguments: [element], resultType: .bool)
                let skip = emit(.jumpIfFalse, keep)
                try emitAppend(element, call.element, to: value, at: call.closure)
                patch(skip)
            case .reduce:
                if let reference = call.operatorReference,
                    let operation = arithmetic(reference.baseName.text, call.element)
                {
                    emit(operation, value, value, element, at: reference)
                } else {
                    let next = try inlineClosure(call, arguments: [value, element], resultType: call.result)
                    _ = move(next, into: value)
                }
            case .contains, .allSatisfy:
                let test = try inlineClosure(call, arguments: [element], resultType: .bool)
                exits.append(emit(call.method == .contains ? .jumpIfTrue : .jumpIfFalse, test))
            case .forEach:
                _ = try inlineClosure(call, arguments: [element], resultType: nil)
            case .sorted, .sort:
                throw Unsupported()  // (`emitSort`)
            }
        } afterLoop: {
            guard call.method == .contains || call.method == .allSatisfy else { return }
            // Every element seen: `contains` found none, `allSatisfy` failed none.
            emit(.move, value, constant(call.method == .contains ? 0 : 1))
            let end = emit(.jump)
            for exit in exits { patch(exit) }
            emit(.move, value, constant(call.method == .contains ? 1 : 0))
            patch(end)
        }
        (nextRegister, nextSlot) = mark
        guard let type = call.type else { return 0 }
        guard let dest else {
            // The value stays where it was built (the first register or slot taken above).
            if type.isSlot { nextSlot = mark.1 + 1 } else { nextRegister = mark.0 + 1 }
            return value
        }
        if type.isSlot {
            emit(.moveArray, dest, value)
            emit(.clear, value)
            return dest
        }
        return move(value, into: dest)
    }

    /// A loop over the receiver's elements (a copy of the array taken first, or the range's
    /// `Int`s), emitting `body` with the element's register (or slot) each time, then
    /// `afterLoop` where the loop ends (before the copy is let go, so that a jump out of the
    /// body can land there too).
    private func elementLoop(
        _ call: ClosureCall, _ body: (Int32) throws -> Void, afterLoop: () throws -> Void
    ) throws {
        let counter = try temporary()
        let last = try temporary()
        var copy: Int32?
        var empty: Int?
        if let (lower, upper, closed, op) = rangeBounds(call.receiver) {
            _ = try expression(lower, .int, into: counter)
            _ = try expression(upper, .int, into: last)
            let outOfOrder = ScriptError(.rangeBoundsOutOfOrder, at: lowerer.loc(op))
            emit(.failIfGreater, counter, last, error(outOfOrder))
            if !closed { empty = emit(.jumpUnlessIntNotEqual, counter, last) }
        } else {
            let array = try temporarySlot()
            copy = array
            _ = try slotExpression(call.receiver, .array(call.element), into: array)
            emit(.count, last, array, at: call.receiver)
            emit(.move, counter, constant(0))
            empty = emit(.jumpUnlessIntLess, counter, last)
        }
        if empty != nil { emit(.intSubtract, last, last, constant(1), at: call.receiver) }
        let top = Int32(code.count)
        var element = counter
        if let copy {
            element = try call.element.isSlot ? temporarySlot() : temporaries(call.element.width)
            switch call.element {
            case .int, .double, .bool: emit(.element, element, copy, counter, at: call.receiver)
            case .record: emit(.elementRecord, element, copy, counter, d: Int(call.element.width), at: call.receiver)
            case .array, .object, .optional: emit(.arrayElement, element, copy, counter, at: call.receiver)
            case .tuple: throw Unsupported()
            }
        }
        try body(element)
        emit(.loopStep, counter, last, top, at: call.receiver)
        if let empty { patch(empty) }
        try afterLoop()
        if let copy {
            emit(.clear, copy)
            if call.element.isSlot { emit(.clear, element) }
        }
    }

    /// The call's closure inlined with its parameters in `arguments` (registers or slots, of the
    /// types the method passes); returns the register of its result (of `resultType`; unused
    /// for `Void`).
    private func inlineClosure(_ call: ClosureCall, arguments: [Int32], resultType: RegisterType?) throws -> Int32 {
        guard let closure = call.closure else { throw Unsupported() }
        var types: [RegisterType] = []
        switch call.method {
        case .reduce: types = [call.result ?? .int, call.element]
        default: types = [call.element]
        }
        let names = try closureParameterNames(closure, types)
        if let returnClause = closure.signature?.returnClause {
            guard let resultType, registerType(returnClause.type) == resultType else { throw Unsupported() }
        }
        let result = try resultType.map { $0.isSlot ? try temporarySlot() : try temporaries($0.width) }
        let enter = emit(.enterClosure, at: closure)
        let savedLoops = loops
        loops = []
        closureExits.append(ClosureExit(result: result, type: resultType))
        try scoped {
            for (name, (register, type)) in zip(names, zip(arguments, types)) {
                if let name { scopes[scopes.count - 1][name] = Local(register: register, type: type) }
            }
            try closureBody(closure, result: result, resultType: resultType)
        }
        let exit = closureExits.removeLast()
        loops = savedLoops
        for jump in exit.jumps { patch(jump) }
        let leave = emit(.leaveClosure, at: closure)
        closureRegions.append(RegisterClosureRegion(start: enter + 1, end: leave, at: lowerer.loc(closure)))
        return result ?? 0
    }

    /// The statements of an inlined closure: a single expression is its result; otherwise
    /// statements ending in the lowering's "missing return" error (a closure that returns a
    /// value) or at the end (one that returns nothing).
    private func closureBody(_ closure: ClosureExprSyntax, result: Int32?, resultType: RegisterType?) throws {
        let statements = closure.statements
        if let result, let resultType, statements.count == 1, let only = statements.first,
            case .expr(let expr) = only.item, !expr.is(IfExprSyntax.self), !expr.is(SwitchExprSyntax.self),
            !isAssignment(expr)
        {
            guard try infer(expr, expected: resultType) == resultType else { throw Unsupported() }
            _ = try expression(expr, resultType, into: result)
            return
        }
        try items(statements)
        guard let resultType else { return }
        let name: String
        switch resultType {
        case .int: name = "Int"
        case .double: name = "Double"
        case .bool: name = "Bool"
        default: throw Unsupported()
        }
        let missing = ScriptError(
            "missing return in closure 'closure' expected to return '\(name)'", id: .missingReturn,
            at: lowerer.loc(closure.rightBrace))
        emit(.fail, error(missing))
    }

    /// `return` in an inlined closure: its value into the closure's result, then its end.
    func closureReturn(_ returned: ReturnStmtSyntax) throws {
        guard let exit = closureExits.last else { throw Unsupported() }
        if let result = exit.result, let type = exit.type {
            guard let value = returned.expression, try infer(value, expected: type) == type else { throw Unsupported() }
            _ = try expression(value, type, into: result)
        } else if returned.expression != nil {
            throw Unsupported()
        }
        closureExits[closureExits.count - 1].jumps.append(emit(.jump))
    }
}

/// `sorted(by:)` and `sort(by:)` in register form: the comparator's body compiled into the
/// function as a subroutine (`RegisterSortComparator`), the sorting done by the standard
/// library's sort as the closures do it.
extension RegisterCompiler {
    /// Emits `sorted(by:)` (into `dest` or a new slot) or `sort(by:)` (on the local array).
    func emitSort(_ call: ClosureCall, into dest: Int32?) throws -> Int32 {
        let mark = (nextRegister, nextSlot)
        let target: Int32
        if call.method == .sort {
            guard let name = call.receiver.as(DeclReferenceExprSyntax.self), let local = local(name.baseName.text)
            else { throw Unsupported() }
            target = local.register
        } else {
            // A copy, sorted in place, then stored (the comparator may read `dest`'s variable).
            target = try temporarySlot()
            _ = try slotExpression(call.receiver, .array(call.element), into: target)
        }
        let comparator = try sortComparator(call)
        emit(.sortElements, target, 0, comparator, at: call.receiver)
        (nextRegister, nextSlot) = mark
        guard call.method == .sorted else { return 0 }
        guard let dest else {
            nextSlot = mark.1 + 1
            return target
        }
        emit(.moveArray, dest, target)
        emit(.clear, target)
        return dest
    }

    /// The number of the comparator of `call`'s closure: its body compiled as a subroutine
    /// (jumped over where it is written), its parameters in consecutive registers; a body that
    /// is one standard comparison of the two parameters is that comparison.
    private func sortComparator(_ call: ClosureCall) throws -> Int32 {
        guard let closure = call.closure else {
            guard let reference = call.operatorReference, let order = ScalarOrder(reference.baseName.text) else {
                throw Unsupported()
            }
            sortComparators.append(
                RegisterSortComparator(
                    order: order, element: call.element, entry: 0, first: 0, at: lowerer.loc(reference)))
            return Int32(sortComparators.count - 1)
        }
        let names = try closureParameterNames(closure, [call.element, call.element])
        let width = call.element.width
        let first = try temporaries(width * 2)
        let result = try temporary()
        let over = emit(.jump)
        let entry = code.count
        let savedLoops = loops
        loops = []
        closureExits.append(ClosureExit(result: result, type: .bool))
        try scoped {
            for (index, name) in names.enumerated() {
                guard let name else { continue }
                scopes[scopes.count - 1][name] = Local(register: first + Int32(index) * width, type: call.element)
            }
            try closureBody(closure, result: result, resultType: .bool)
        }
        let exit = closureExits.removeLast()
        loops = savedLoops
        for jump in exit.jumps { patch(jump) }
        emit(.return, result)
        patch(over)
        var order: ScalarOrder?
        if call.element.isScalar, code.count - entry == 2, let compare = code.dropLast().last, compare.a == result,
            let standard = ScalarOrder(compare.op)
        {
            if (compare.b, compare.c) == (first, first + 1) { order = standard }
            if (compare.b, compare.c) == (first + 1, first) { order = standard.reversed }
        }
        sortComparators.append(
            RegisterSortComparator(
                order: order, element: call.element, entry: entry, first: first, at: lowerer.loc(closure)))
        return Int32(sortComparators.count - 1)
    }
}
