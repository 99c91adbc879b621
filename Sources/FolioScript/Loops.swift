import SwiftSyntax

/// `for-in` loops: integer ranges and strides run as native counters (no range value is built);
/// arrays iterate over a copy, as in Swift.
extension Lowerer {
    private enum Plan {
        case intRange(lower: Eval, upper: Eval, closed: Bool)
        case stride(start: Eval, end: Eval, step: Eval, through: Bool, bound: ScriptType)
        /// `for (i, x) in array.enumerated()` and `for (a, b) in zip(s, t)`: the two values are
        /// written to their variables directly (no array of tuples is built).
        case pairs(PairSource, first: String?, second: String?, firstType: ScriptType)
        case generic(Eval)
    }

    /// Where the pairs of a `.pairs` loop come from.
    private enum PairSource {
        /// The offsets and elements of an array.
        case enumerated(Eval)
        /// The elements of two sequences, up to the shorter one's end.
        case zip(Eval, Eval)
        /// `zip(start..., s)`: the integers from `start`, paired with the elements of `s`.
        case counting(from: Eval, Eval)
    }

    func lowerFor(_ stmt: ForStmtSyntax, label: Int?) throws -> Exec {
        if stmt.tryKeyword != nil || stmt.awaitKeyword != nil {
            throw error("`for try` and `for await` are not supported in notes", stmt, id: .unsupportedConcurrency)
        }
        if let overUserSequence = try userSequenceLoop(stmt, label: label) { return overUserSequence }
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
        let (plan, element) = try forPlan(stmt, fresh: fresh)
        if case .pairs = plan { complexPattern = nil }
        return try withScope {
            let address: (Frame) -> UnsafeMutablePointer<Value>
            var firstAddress: ((Frame) -> UnsafeMutablePointer<Value>)?
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
                if case .pairs(_, let firstName, let secondName, let firstType) = plan {
                    // The second value's variable (or a hidden one for `_`) is `address`; the
                    // first's is written by the loop through `firstAddress`.
                    address = self.address(
                        try declare(
                            secondName ?? "_ for \(sequenceLoc.line):\(sequenceLoc.column)", type: element,
                            mutable: false, node: stmt.pattern))
                    firstAddress = self.address(
                        try declare(
                            firstName ?? "_ for first \(sequenceLoc.line):\(sequenceLoc.column)", type: firstType,
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
                return intRangeLoop(
                    lowerEval, upperEval, closed: closed, address: address, body: body, context: context, at: at,
                    sequenceLoc: sequenceLoc)
            case .stride(let startEval, let endEval, let stepEval, let through, let bound):
                return strideLoop(
                    startEval, endEval, stepEval, through: through, bound: bound, address: address, body: body,
                    context: context, at: at, sequenceLoc: sequenceLoc)
            case .pairs(let source, _, _, _):
                guard let firstAddress else { throw error(.internalError("no variable for the pair"), stmt) }
                return pairsLoop(
                    source, firstAddress: firstAddress, address: address, body: body, context: context, at: at,
                    sequenceLoc: sequenceLoc)
            case .generic(let eval):
                return genericLoop(
                    eval, address: address, body: body, context: context, at: at, sequenceLoc: sequenceLoc)
            }
        }
    }

    /// What the loop runs over (a native counter, a stride, pairs or any sequence), and its element type.
    private func forPlan(_ stmt: ForStmtSyntax, fresh: Bool) throws -> (Plan, ScriptType) {
        let plan: Plan
        let element: ScriptType
        if !fresh, stmt.caseKeyword == nil, recorder == nil, let names = pairPattern(stmt.pattern),
            let (source, firstType, secondType) = try pairSource(stmt.sequence)
        {
            plan = .pairs(source, first: names.0, second: names.1, firstType: firstType)
            element = secondType
        } else if let infix = stmt.sequence.as(InfixOperatorExprSyntax.self),
            let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "...",
            recorder == nil
        {
            let (lower, upper) = try unify(infix.leftOperand, infix.rightOperand, hint: .int)
            guard lower.type == .int, upper.type == .int else {
                let bound = lower.type == upper.type ? lower.type : .int
                throw error(
                    "for-in loop requires '\(ScriptType.range(bound, closed: op == "..."))' to conform to 'Sequence'",
                    stmt.sequence, id: .missingConformance)
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
                throw error(
                    "for-in loop requires '\(typed.type)' to conform to 'Sequence'", stmt.sequence,
                    id: .missingConformance)
            }
            plan = .generic(typed.eval)
            element = elementType
        }
        return (plan, element)
    }

    /// The run loop of `for i in a..<b` and `for i in a...b`: a native counter.
    private func intRangeLoop(
        _ lowerEval: @escaping Eval, _ upperEval: @escaping Eval, closed: Bool,
        address: @escaping (Frame) -> UnsafeMutablePointer<Value>, body: @escaping Exec, context: RuntimeContext,
        at: SourceLoc, sequenceLoc: SourceLoc
    ) -> Exec {
        return { frame in
            let lower = try intValue(lowerEval(frame), sequenceLoc)
            let upper = try intValue(upperEval(frame), sequenceLoc)
            guard lower <= upper else {
                throw ScriptError(.rangeBoundsOutOfOrder, at: sequenceLoc)
            }
            let slot = address(frame)
            if !closed && lower == upper { return .normal }
            let last = closed ? upper : upper - 1
            var i = lower
            while true {
                slot.pointee = .int(i)
                if let exit = loopExit(try body(frame)) { return exit }
                if i == last { return .normal }
                try context.tick(at)
                i += 1
            }
        }
    }

    /// The run loop of `stride(from:to:by:)` and `stride(from:through:by:)`, of integers or doubles.
    private func strideLoop(
        _ startEval: @escaping Eval, _ endEval: @escaping Eval, _ stepEval: @escaping Eval, through: Bool,
        bound: ScriptType,
        address: @escaping (Frame) -> UnsafeMutablePointer<Value>, body: @escaping Exec, context: RuntimeContext,
        at: SourceLoc, sequenceLoc: SourceLoc
    ) -> Exec {
        if bound == .int {
            return { frame in
                let start = try intValue(startEval(frame), sequenceLoc)
                let end = try intValue(endEval(frame), sequenceLoc)
                let step = try intValue(stepEval(frame), sequenceLoc)
                guard step != 0 else { throw ScriptError(.zeroStride, at: sequenceLoc) }
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
            guard step != 0 else { throw ScriptError(.zeroStride, at: sequenceLoc) }
            let slot = address(frame)
            var values = DoubleStride(start: start, end: end, step: step, through: through)
            while let value = values.next() {
                slot.pointee = .double(value)
                if let exit = loopExit(try body(frame)) { return exit }
                try context.tick(at)
            }
            return .normal
        }
    }

    /// The run loop of a `.pairs` plan: both values written to their variables directly.
    private func pairsLoop(
        _ source: PairSource, firstAddress: @escaping (Frame) -> UnsafeMutablePointer<Value>,
        address: @escaping (Frame) -> UnsafeMutablePointer<Value>, body: @escaping Exec, context: RuntimeContext,
        at: SourceLoc, sequenceLoc: SourceLoc
    ) -> Exec {
        return { frame in
            var firsts: [Value]?
            var start = 0
            let seconds: [Value]
            switch source {
            case .enumerated(let eval):
                seconds = try arrayValue(eval(frame), sequenceLoc)
            case .counting(let from, let right):
                start = try intValue(from(frame), sequenceLoc)
                var rights: [Value] = []
                try forEachElement(of: try right(frame), at: sequenceLoc) {
                    rights.append($0)
                    return true
                }
                seconds = rights
            case .zip(let left, let right):
                var lefts: [Value] = []
                try forEachElement(of: try left(frame), at: sequenceLoc) {
                    lefts.append($0)
                    return true
                }
                var rights: [Value] = []
                try forEachElement(of: try right(frame), at: sequenceLoc) {
                    rights.append($0)
                    return true
                }
                let count = min(lefts.count, rights.count)
                firsts = lefts
                seconds = Array(rights.prefix(count))
            }
            let slot = address(frame)
            let firstSlot = firstAddress(frame)
            for (offset, value) in seconds.enumerated() {
                if let firsts {
                    firstSlot.pointee = firsts[offset]
                } else {
                    let (first, overflow) = start.addingReportingOverflow(offset)
                    if overflow {
                        throw ScriptError(
                            "Range end index has no valid successor", id: .indexOutOfRange, at: sequenceLoc)
                    }
                    firstSlot.pointee = .int(first)
                }
                slot.pointee = value
                if let exit = loopExit(try body(frame)) { return exit }
                try context.tick(at)
            }
            return .normal
        }
    }

    /// The run loop of any other sequence, element by element.
    private func genericLoop(
        _ eval: @escaping Eval,
        address: @escaping (Frame) -> UnsafeMutablePointer<Value>, body: @escaping Exec, context: RuntimeContext,
        at: SourceLoc, sequenceLoc: SourceLoc
    ) -> Exec {
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

    /// The source of a loop over pairs, with the types of the pairs' two values, when the
    /// sequence is `array.enumerated()` or the builtin `zip(s, t)`.
    private func pairSource(_ sequence: ExprSyntax) throws -> (PairSource, ScriptType, ScriptType)? {
        guard let call = sequence.as(FunctionCallExprSyntax.self), call.trailingClosure == nil else { return nil }
        if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self),
            reference.baseName.text == "zip", reference.argumentNames == nil, lookup("zip") == nil,
            globals.functions["zip"] == nil, call.arguments.count == 2,
            call.arguments.allSatisfy({ $0.label == nil })
        {
            let arguments = Array(call.arguments)
            if let postfix = arguments[0].expression.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..."
            {
                let start = try lower(postfix.expression, expected: .int)
                try require(start, is: .int, "zip over a one-sided range needs 'Int' bounds in notes", postfix)
                let right = try lower(arguments[1].expression, expected: nil)
                guard let rightElement = right.type.sequenceElement else {
                    throw error("zip needs two sequences", call, id: .wrongArgumentCount)
                }
                return (.counting(from: start.eval, right.eval), .int, rightElement)
            }
            let left = try lower(arguments[0].expression, expected: nil)
            let right = try lower(arguments[1].expression, expected: nil)
            guard let leftElement = left.type.sequenceElement, let rightElement = right.type.sequenceElement else {
                throw error("zip needs two sequences", call, id: .wrongArgumentCount)
            }
            return (.zip(left.eval, right.eval), leftElement, rightElement)
        }
        guard call.arguments.isEmpty, let member = call.calledExpression.as(MemberAccessExprSyntax.self),
            member.declName.baseName.text == "enumerated", member.declName.argumentNames == nil,
            let base = member.base
        else { return nil }
        guard case .array = try lowerTypeOnly(base) else { return nil }
        let typed = try lower(base, expected: nil)
        guard case .array(let element) = typed.type else { return nil }
        return (.enumerated(typed.eval), .int, element)
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
    case .record(let type, _) where type.info.genericOrigin == "ArraySlice":
        let (elements, start, end) = try sliceParts(sequence, loc)
        for element in elements[start..<end] where try !body(element) { return }
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
        throw ScriptError(.internalError("value is not a sequence"), at: loc)
    }
}

/// What a loop does after one run of its body: nil to go on (`continue` included), or the flow
/// the whole loop returns (`.normal` after `break`; a `return` or a labelled jump passes out).
@inline(__always)
func loopExit(_ flow: Flow) -> Flow? {
    switch flow {
    case .normal, .continueLoop: nil
    case .breakLoop: .normal
    default: flow
    }
}

/// `loopExit` for a loop that handles its own label (`while`, `repeat`): a `break` or
/// `continue` naming it ends or continues this loop; one naming an outer loop passes out.
@inline(__always)
func loopExit(_ flow: Flow, label: Int) -> Flow? {
    switch flow {
    case .normal, .continueLoop: nil
    case .breakLoop: .normal
    case .returned: .returned
    case .breakLabel(let id): id == label ? .normal : flow
    case .continueLabel(let id): id == label ? nil : flow
    }
}
