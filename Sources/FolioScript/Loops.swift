import SwiftSyntax

/// `for-in` loops: integer ranges and strides run as native counters (no range value is built);
/// arrays iterate over a copy, as in Swift.
extension Lowerer {
    private enum Plan {
        case intRange(lower: Eval, upper: Eval, closed: Bool)
        case stride(start: Eval, end: Eval, step: Eval, through: Bool, bound: ScriptType)
        /// `for (i, x) in array.enumerated()`: the index and the element are written to their
        /// two variables directly (no array of `(offset, element)` tuples is built).
        case enumerated(Eval, index: String?, element: String?)
        case generic(Eval)
    }

    func lowerFor(_ stmt: ForStmtSyntax, label: Int?) throws -> Exec {
        if stmt.tryKeyword != nil || stmt.awaitKeyword != nil {
            throw error("`for try` and `for await` are not supported in notes", stmt)
        }
        let name: String?
        var complexPattern: PatternSyntax?
        if let identifier = stmt.pattern.as(IdentifierPatternSyntax.self), stmt.caseKeyword == nil {
            name = identifier.identifier.text
        } else if stmt.pattern.is(WildcardPatternSyntax.self) {
            name = nil
        } else {
            name = nil
            complexPattern = stmt.pattern
        }
        let sequenceLoc = loc(stmt.sequence)
        let fresh = LoopCaptureScan.needsFreshFrame([
            Syntax(stmt.pattern), stmt.whereClause.map(Syntax.init), Syntax(stmt.body),
        ])
        let plan: Plan
        let element: ScriptType
        if !fresh, stmt.caseKeyword == nil, recorder == nil, let names = pairPattern(stmt.pattern),
            let base = try enumeratedArray(stmt.sequence)
        {
            guard case .array(let elementType) = base.type else { throw error("internal error: not an array", stmt) }
            plan = .enumerated(base.eval, index: names.0, element: names.1)
            element = elementType
            complexPattern = nil
        } else if let infix = stmt.sequence.as(InfixOperatorExprSyntax.self),
            let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "...",
            recorder == nil
        {
            let (lower, upper) = try unify(infix.leftOperand, infix.rightOperand, hint: .int)
            guard lower.type == .int, upper.type == .int else {
                let bound = lower.type == upper.type ? lower.type : .int
                throw error(
                    "for-in loop requires '\(ScriptType.range(bound, closed: op == "..."))' to conform to 'Sequence'",
                    stmt.sequence)
            }
            plan = .intRange(lower: lower.eval, upper: upper.eval, closed: op == "...")
            element = .int
        } else if let call = stmt.sequence.as(FunctionCallExprSyntax.self),
            call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "stride",
            lookup("stride") == nil, globals.functions["stride"] == nil
        {
            let parts = try strideParts(call)
            plan = .stride(
                start: parts.start.eval, end: parts.end.eval, step: parts.step.eval, through: parts.through,
                bound: parts.bound)
            element = parts.bound
        } else {
            let typed = try lower(stmt.sequence, expected: nil)
            guard let elementType = typed.type.sequenceElement else {
                throw error("for-in loop requires '\(typed.type)' to conform to 'Sequence'", stmt.sequence)
            }
            plan = .generic(typed.eval)
            element = elementType
        }
        return try withScope {
            let address: (Frame) -> UnsafeMutablePointer<Value>
            var indexAddress: ((Frame) -> UnsafeMutablePointer<Value>)?
            var body: Exec
            if fresh {
                // The sequence writes each element to a hidden slot of the current frame; a
                // fresh frame per iteration binds the pattern (see `LoopFrames.swift`).
                let scratch = try declare(
                    "_ for \(sequenceLoc.line):\(sequenceLoc.column)", type: element, mutable: false, node: stmt.pattern
                )
                address = self.address(scratch)
                let outer = address
                let (step, info) = try inLoopFrame { () throws -> (Frame, Frame) throws -> Flow in
                    var bind: ((Frame, Value) throws -> Bool)?
                    if let complexPattern {
                        bind = try lowerPattern(
                            complexPattern, type: element, mutable: false, binding: stmt.caseKeyword == nil)
                    } else if let name {
                        let inner = self.address(try declare(name, type: element, mutable: false, node: stmt.pattern))
                        bind = { frame, value in
                            inner(frame).pointee = value
                            return true
                        }
                    }
                    let iteration = try forIterationBody(stmt, label: label)
                    return { frame, inner in
                        if let bind, try !bind(inner, outer(frame).pointee) { return .normal }
                        return try iteration(inner)
                    }
                }
                body = freshFrame(info, step)
            } else {
                var patternMatch: Matcher?
                if case .enumerated(_, let indexName, let elementName) = plan {
                    // The element's variable (or a hidden one for `_`) is `address`; the index's
                    // is written by the loop through `indexAddress`.
                    address = self.address(
                        try declare(
                            elementName ?? "_ for \(sequenceLoc.line):\(sequenceLoc.column)", type: element,
                            mutable: false, node: stmt.pattern))
                    indexAddress = self.address(
                        try declare(
                            indexName ?? "_ for index \(sequenceLoc.line):\(sequenceLoc.column)", type: .int,
                            mutable: false, node: stmt.pattern))
                } else if let complexPattern {
                    let scratch = try declare(
                        "_ for \(sequenceLoc.line):\(sequenceLoc.column)", type: element, mutable: false,
                        node: stmt.pattern)
                    address = self.address(scratch)
                    patternMatch = try lowerPattern(
                        complexPattern, type: element, mutable: false, binding: stmt.caseKeyword == nil)
                } else if let name {
                    address = self.address(try declare(name, type: element, mutable: false, node: stmt.pattern))
                } else {
                    let scratch = try declare(
                        "_ for \(sequenceLoc.line):\(sequenceLoc.column)", type: element, mutable: false,
                        node: stmt.pattern)
                    address = self.address(scratch)
                }
                body = try forIterationBody(stmt, label: label)
                if let patternMatch {
                    let inner = body
                    let slotAddress = address
                    body = { frame in try patternMatch(frame, slotAddress(frame).pointee) ? inner(frame) : .normal }
                }
            }
            let context = self.context
            let at = loc(stmt.forKeyword)
            switch plan {
            case .intRange(let lowerEval, let upperEval, let closed):
                return { frame in
                    let lower = try intValue(lowerEval(frame), sequenceLoc)
                    let upper = try intValue(upperEval(frame), sequenceLoc)
                    guard lower <= upper else {
                        throw ScriptError("Range requires lowerBound <= upperBound", at: sequenceLoc)
                    }
                    let slot = address(frame)
                    if !closed && lower == upper { return .normal }
                    let last = closed ? upper : upper - 1
                    var i = lower
                    while true {
                        slot.pointee = .int(i)
                        let flow = try body(frame)
                        switch flow {
                        case .normal, .continueLoop: break
                        case .breakLoop: return .normal
                        default: return flow
                        }
                        if i == last { return .normal }
                        try context.tick(at)
                        i += 1
                    }
                }
            case .stride(let startEval, let endEval, let stepEval, let through, let bound):
                if bound == .int {
                    return { frame in
                        let start = try intValue(startEval(frame), sequenceLoc)
                        let end = try intValue(endEval(frame), sequenceLoc)
                        let step = try intValue(stepEval(frame), sequenceLoc)
                        guard step != 0 else { throw ScriptError("Stride size must not be zero", at: sequenceLoc) }
                        let slot = address(frame)
                        var current = start
                        while through
                            ? (step > 0 ? current <= end : current >= end) : (step > 0 ? current < end : current > end)
                        {
                            slot.pointee = .int(current)
                            let flow = try body(frame)
                            switch flow {
                            case .breakLoop: return .normal
                            case .returned: return .returned
                            default: break
                            }
                            try context.tick(at)
                            let (next, overflow) = current.addingReportingOverflow(step)
                            if overflow { return .normal }
                            current = next
                        }
                        return .normal
                    }
                }
                return { frame in
                    let start = try doubleValue(startEval(frame), sequenceLoc)
                    let end = try doubleValue(endEval(frame), sequenceLoc)
                    let step = try doubleValue(stepEval(frame), sequenceLoc)
                    guard step != 0 else { throw ScriptError("Stride size must not be zero", at: sequenceLoc) }
                    let slot = address(frame)
                    var values = DoubleStride(start: start, end: end, step: step, through: through)
                    while let value = values.next() {
                        slot.pointee = .double(value)
                        let flow = try body(frame)
                        switch flow {
                        case .normal, .continueLoop: break
                        case .breakLoop: return .normal
                        default: return flow
                        }
                        try context.tick(at)
                    }
                    return .normal
                }
            case .enumerated(let eval, _, _):
                guard let indexAddress else { throw error("internal error: no index variable", stmt) }
                return { frame in
                    let elements = try arrayValue(eval(frame), sequenceLoc)
                    let slot = address(frame)
                    let indexSlot = indexAddress(frame)
                    for (offset, value) in elements.enumerated() {
                        indexSlot.pointee = .int(offset)
                        slot.pointee = value
                        let flow = try body(frame)
                        switch flow {
                        case .normal, .continueLoop: break
                        case .breakLoop: return .normal
                        default: return flow
                        }
                        try context.tick(at)
                    }
                    return .normal
                }
            case .generic(let eval):
                return { frame in
                    let sequence = try eval(frame)
                    let slot = address(frame)
                    var flowResult = Flow.normal
                    try forEachElement(of: sequence, at: sequenceLoc) { value in
                        slot.pointee = value
                        let flow = try body(frame)
                        switch flow {
                        case .normal, .continueLoop: break
                        case .breakLoop: return false
                        default:
                            flowResult = flow
                            return false
                        }
                        try context.tick(at)
                        return true
                    }
                    return flowResult
                }
            }
        }
    }

    /// The two names of a `(a, b)` pattern of identifiers or `_` (nil for `_`).
    private func pairPattern(_ pattern: PatternSyntax) -> (String?, String?)? {
        guard let tuple = pattern.as(TuplePatternSyntax.self), tuple.elements.count == 2 else { return nil }
        var names: [String?] = []
        for element in tuple.elements {
            guard element.label == nil else { return nil }
            if let identifier = element.pattern.as(IdentifierPatternSyntax.self) {
                names.append(identifier.identifier.text)
            } else if element.pattern.is(WildcardPatternSyntax.self) {
                names.append(nil)
            } else {
                return nil
            }
        }
        return (names[0], names[1])
    }

    /// The array of `array.enumerated()`, lowered, when the sequence is that call on an array.
    private func enumeratedArray(_ sequence: ExprSyntax) throws -> Typed? {
        guard let call = sequence.as(FunctionCallExprSyntax.self), call.arguments.isEmpty,
            call.trailingClosure == nil,
            let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.declName.baseName.text == "enumerated", member.declName.argumentNames == nil,
            let base = member.base
        else { return nil }
        guard case .array = try lowerTypeOnly(base) else { return nil }
        let typed = try lower(base, expected: nil)
        guard case .array = typed.type else { return nil }
        return typed
    }

    /// The `where` clause and body of a `for` loop, for one iteration (label handled).
    private func forIterationBody(_ stmt: ForStmtSyntax, label: Int?) throws -> Exec {
        var filter: ((Frame) throws -> Bool)?
        if let whereClause = stmt.whereClause {
            let typed = try lower(whereClause.condition, expected: .bool)
            try require(
                typed, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'",
                whereClause.condition)
            let eval = typed.eval
            let at = loc(whereClause.condition)
            filter = { frame in try boolValue(eval(frame), at) }
        }
        let rawBody = try loopBody(stmt.body)
        let label = label ?? -1
        let labeledBody: Exec =
            label < 0
            ? rawBody
            : { frame in
                switch try rawBody(frame) {
                case .breakLabel(label): return .breakLoop
                case .continueLabel(label): return .continueLoop
                case let flow: return flow
                }
            }
        if let filter {
            return { frame in try filter(frame) ? labeledBody(frame) : .normal }
        }
        return labeledBody
    }
}

/// Swift's `StrideTo`/`StrideThrough` iteration for `Double`: the `i`-th value is
/// `start.addingProduct(Double(i), step)` (no accumulated rounding), and `through` returns the
/// end exactly once when it is reached.
struct DoubleStride {
    let start: Double
    let end: Double
    let step: Double
    let through: Bool
    var index = 0
    var current: Double
    var didReturnEnd = false

    init(start: Double, end: Double, step: Double, through: Bool) {
        self.start = start
        self.end = end
        self.step = step
        self.through = through
        self.current = start
    }

    mutating func next() -> Double? {
        let result = current
        if through {
            if step > 0 ? result >= end : result <= end {
                if result == end && !didReturnEnd {
                    didReturnEnd = true
                    return result
                }
                return nil
            }
        } else if step > 0 ? result >= end : result <= end {
            return nil
        }
        index += 1
        current = start.addingProduct(Double(index), step)
        return result
    }
}

/// Calls `body` with each element of an array, `Int` range or stride until it returns false.
func forEachElement(of sequence: Value, at loc: SourceLoc, _ body: (Value) throws -> Bool) throws {
    switch sequence {
    case .array(let elements):
        for element in elements where try !body(element) { return }
    case .range(let box):
        let lower = try intValue(box.lower, loc)
        let upper = try intValue(box.upper, loc)
        if box.closed {
            for i in lower...upper where try !body(.int(i)) { return }
        } else {
            for i in lower..<upper where try !body(.int(i)) { return }
        }
    case .stride(let box):
        if case .int(let start) = box.start {
            let end = try intValue(box.end, loc)
            let step = try intValue(box.step, loc)
            if box.through {
                for i in Swift.stride(from: start, through: end, by: step) where try !body(.int(i)) { return }
            } else {
                for i in Swift.stride(from: start, to: end, by: step) where try !body(.int(i)) { return }
            }
        } else {
            var values = DoubleStride(
                start: try doubleValue(box.start, loc), end: try doubleValue(box.end, loc),
                step: try doubleValue(box.step, loc), through: box.through)
            while let value = values.next() {
                if try !body(.double(value)) { return }
            }
        }
    case .set(let box):
        for element in box.elements where try !body(element) { return }
    case .string(let text):
        for character in text where try !body(.character(character)) { return }
    case .dictionary(let box):
        for (key, value) in zip(box.keys, box.values) where try !body(.tuple([key, value], labels: ["key", "value"])) {
            return
        }
    default:
        throw ScriptError("internal error: value is not a sequence", at: loc)
    }
}
