/// The run loop of functions in register form (RegisterCode.swift).
extension RegisterFunction {
    /// Runs the function in the frame whose registers start at `r` and value slots at `s`
    /// (arguments first), and returns the result's bits, or an array result's slot.
    ///
    /// Traps are the closures' errors at the same places (RegisterCompiler keeps each
    /// instruction's source location); a call does what `FunctionEntry.prologue` does (the
    /// depth limit, the clock, the stack trace).
    ///
    /// From `entry` other than 0, runs the instructions from there (a closure's body compiled
    /// as a subroutine of the function) until a `return`, in a frame already running.
    func run(_ r: UnsafeMutablePointer<Int>, _ s: UnsafeMutablePointer<Value>, from entry: Int = 0) throws -> Int {
        // A loop, not `update(from:count:)`: a function has a few constants, and memmove's
        // call cost more than the copy (fib).
        var k = entry == 0 ? 0 : constantCount
        while k < constantCount {
            r[parameterCount &+ k] = constants[k]
            k &+= 1
        }
        let code = self.code
        var pc = entry
        do {
            while true {
                let i = code[pc]
                pc &+= 1
                let (a, b, c) = (Int(i.a), Int(i.b), Int(i.c))
                switch i.op {
                case .move: r[a] = r[b]
                case .intAdd: r[a] = try IntAdd.apply(r[b], r[c], locations[pc &- 1])
                case .intSubtract: r[a] = try IntSubtract.apply(r[b], r[c], locations[pc &- 1])
                case .intMultiply: r[a] = try IntMultiply.apply(r[b], r[c], locations[pc &- 1])
                case .intDivide: r[a] = try Self.divide(r[b], r[c], locations[pc &- 1])
                case .intRemainder: r[a] = try Self.remainder(r[b], r[c], locations[pc &- 1])
                case .intNegate: r[a] = try IntSubtract.apply(0, r[b], locations[pc &- 1])
                case .intAddWrapping: r[a] = r[b] &+ r[c]
                case .intSubtractWrapping: r[a] = r[b] &- r[c]
                case .intMultiplyWrapping: r[a] = r[b] &* r[c]
                case .intAnd: r[a] = r[b] & r[c]
                case .intOr: r[a] = r[b] | r[c]
                case .intXor: r[a] = r[b] ^ r[c]
                case .intShiftLeft: r[a] = r[b] << r[c]
                case .intShiftRight: r[a] = r[b] >> r[c]
                case .intMin: r[a] = Swift.min(r[b], r[c])
                case .intMax: r[a] = Swift.max(r[b], r[c])
                case .doubleMin: r[a] = Self.bits(Swift.min(Self.double(r[b]), Self.double(r[c])))
                case .doubleMax: r[a] = Self.bits(Swift.max(Self.double(r[b]), Self.double(r[c])))
                case .doubleAdd: r[a] = Self.bits(Self.double(r[b]) + Self.double(r[c]))
                case .doubleSubtract: r[a] = Self.bits(Self.double(r[b]) - Self.double(r[c]))
                case .doubleMultiply: r[a] = Self.bits(Self.double(r[b]) * Self.double(r[c]))
                case .doubleDivide: r[a] = Self.bits(Self.double(r[b]) / Self.double(r[c]))
                case .doubleAddProduct: r[a] = Self.bits(Self.double(r[a]) + Self.double(r[b]) * Self.double(r[c]))
                case .doubleSubtractProduct: r[a] = Self.bits(Self.double(r[a]) - Self.double(r[b]) * Self.double(r[c]))
                case .doubleNegate: r[a] = Self.bits(-Self.double(r[b]))
                case .intLess: r[a] = r[b] < r[c] ? 1 : 0
                case .intLessOrEqual: r[a] = r[b] <= r[c] ? 1 : 0
                case .intGreater: r[a] = r[b] > r[c] ? 1 : 0
                case .intGreaterOrEqual: r[a] = r[b] >= r[c] ? 1 : 0
                case .intEqual: r[a] = r[b] == r[c] ? 1 : 0
                case .intNotEqual: r[a] = r[b] != r[c] ? 1 : 0
                case .doubleLess: r[a] = Self.double(r[b]) < Self.double(r[c]) ? 1 : 0
                case .doubleLessOrEqual: r[a] = Self.double(r[b]) <= Self.double(r[c]) ? 1 : 0
                case .doubleGreater: r[a] = Self.double(r[b]) > Self.double(r[c]) ? 1 : 0
                case .doubleGreaterOrEqual: r[a] = Self.double(r[b]) >= Self.double(r[c]) ? 1 : 0
                case .doubleEqual: r[a] = Self.double(r[b]) == Self.double(r[c]) ? 1 : 0
                case .doubleNotEqual: r[a] = Self.double(r[b]) != Self.double(r[c]) ? 1 : 0
                case .not: r[a] = r[b] == 0 ? 1 : 0
                case .intToDouble: r[a] = Self.bits(Double(r[b]))
                case .doubleToInt: r[a] = try truncatedToInt(Self.double(r[b]), locations[pc &- 1])
                case .unaryMath: r[a] = Self.bits(unaryMath[c](Self.double(r[b])))
                case .binaryMath: r[a] = Self.bits(binaryMath[c](Self.double(r[b]), Self.double(r[b &+ 1])))
                case .jump: pc = b
                case .jumpIfFalse: if r[a] == 0 { pc = b }
                case .jumpIfTrue: if r[a] != 0 { pc = b }
                case .tickAndJump:
                    try context._withUnsafeGuaranteedRef { try $0.tick(locations[pc &- 1]) }
                    pc = b
                case .loopStep:
                    if r[a] != r[b] {
                        try context._withUnsafeGuaranteedRef { try $0.tick(locations[pc &- 1]) }
                        r[a] &+= 1
                        pc = c
                    }
                case .jumpUnlessIntLess: if !(r[a] < r[b]) { pc = c }
                case .jumpUnlessIntLessOrEqual: if !(r[a] <= r[b]) { pc = c }
                case .jumpUnlessIntGreater: if !(r[a] > r[b]) { pc = c }
                case .jumpUnlessIntGreaterOrEqual: if !(r[a] >= r[b]) { pc = c }
                case .jumpUnlessIntEqual: if r[a] != r[b] { pc = c }
                case .jumpUnlessIntNotEqual: if r[a] == r[b] { pc = c }
                case .jumpUnlessDoubleLess: if !(Self.double(r[a]) < Self.double(r[b])) { pc = c }
                case .jumpUnlessDoubleLessOrEqual: if !(Self.double(r[a]) <= Self.double(r[b])) { pc = c }
                case .jumpUnlessDoubleGreater: if !(Self.double(r[a]) > Self.double(r[b])) { pc = c }
                case .jumpUnlessDoubleGreaterOrEqual: if !(Self.double(r[a]) >= Self.double(r[b])) { pc = c }
                case .jumpUnlessDoubleEqual: if !(Self.double(r[a]) == Self.double(r[b])) { pc = c }
                case .jumpUnlessDoubleNotEqual: if !(Self.double(r[a]) != Self.double(r[b])) { pc = c }
                case .call: r[a] = try call(c, frame: r + b, slots: s, at: pc &- 1)
                case .return: return r[a]
                case .fail: throw errors[a]
                case .failIfGreater: if r[a] > r[b] { throw errors[c] }
                case .intAbs:
                    if r[b] == .min { throw ScriptError(.arithmeticOverflow, at: locations[pc &- 1]) }
                    r[a] = Swift.abs(r[b])
                case .element: r[a] = try Self.bits(try element(s + b, r[c], locations[pc &- 1]))
                case .element2:
                    let row = try element(s + b, r[c], locations[pc &- 1])
                    r[a] = try Self.bits(try element(row, r[Int(i.d)], columnLocations[pc &- 1]))
                case .arrayElement: s[a] = try elements.read(s + b, r[c], locations[pc &- 1])
                case .setElement: try setElement(s + a, r[b], Self.value(r[c], i.kind), at: pc &- 1)
                case .setElement2: try setElement2(s + a, r[b], r[b &+ 1], Self.value(r[c], i.kind), at: pc &- 1)
                case .count: r[a] = try count(s + b, locations[pc &- 1])
                case .append: try append(Self.value(r[b], i.kind), to: s + a, at: pc &- 1)
                case .appendArray: try append(s[b], to: s + a, at: pc &- 1)
                case .repeating: s[a] = try repeating(Self.value(r[b], i.kind), count: r[c], at: pc &- 1)
                case .repeatingArray: s[a] = try repeating(s[b], count: r[c], at: pc &- 1)
                case .emptyArray: s[a] = .array([])
                case .moveArray: s[a] = s[b]
                case .callWithFrame: try callWithFrame(c, result: a, registers: r, base: b, slots: s, at: pc &- 1)
                case .returnArray: return a
                case .clear: s[a] = .void
                case .elementField:
                    let at = locations[pc &- 1]
                    r[a] = try fieldBits(try element(s + b, r[c], at), Int(i.d), at)
                case .setElementField:
                    try setElementField(s + a, r[b], Int(i.d), Self.value(r[c], i.kind), locations[pc &- 1])
                case .makeRecord: s[a] = Self.makeRecord(records[Int(i.d)], r + b)
                case .elementRecord:
                    let at = locations[pc &- 1]
                    try Self.unpackFields(try element(s + b, r[c], at), into: r + a, Int(i.d), at)
                case .returnRecord: return a
                case .copyResult:
                    let returned = r + b + r[c]
                    for k in 0..<Int(i.d) { r[a &+ k] = returned[k] }
                case .global:
                    if case .void = globals[b] { throw ScriptError(.uninitializedVariable, at: locations[pc &- 1]) }
                    r[a] = try Self.bits(globals + b)
                case .construct: s[a] = Self.construct(constructions[c], constructionStores.row(c), r, s)
                case .objectField: s[a] = try fieldValue(in: s + b, Int(i.d), locations[pc &- 1])
                case .objectFieldBits: r[a] = try Self.bits(try fieldValue(in: s + b, Int(i.d), locations[pc &- 1]))
                case .null: s[a] = .null
                case .wrapSome: s[a] = .some(s[b])
                case .unwrapOrJump: if !Self.unwrap(s + b, into: s + a) { pc = c }
                case .unwrapOrTrap:
                    if !Self.unwrap(s + b, into: s + a) { throw ScriptError(.unexpectedNil, at: locations[pc &- 1]) }
                case .unwrapFieldOrJump:
                    if try !unwrapField(s + b, Int(i.d), into: s + a, locations[pc &- 1]) { pc = c }
                case .isNil: r[a] = s[b].wrapped == nil ? 1 : 0
                case .identical: r[a] = Self.identical(s + b, s + c) ? 1 : 0
                case .setObjectFieldBits:
                    try Self.setObjectField(s + a, Int(i.d), Self.value(r[c], i.kind), locations[pc &- 1])
                case .setObjectFieldSlot: try Self.setObjectField(s + a, Int(i.d), s[c], locations[pc &- 1])
                case .enterClosure: try enterClosure(at: locations[pc &- 1])
                case .leaveClosure: context._withUnsafeGuaranteedRef { $0.depth &-= 1 }
                case .sortElements: try sortElements(s + a, sortComparators[c], r, s, at: locations[pc &- 1])
                }
            }
        } catch {
            throw closureRegions.isEmpty ? error : leavingClosures(error, failing: pc &- 1, entry: entry)
        }
    }

    /// `s[a][i] = value` on the array in `slot`.
    private func setElement(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ value: Value, at pc: Int) throws {
        _ = try modifyArrayElement(&slot.pointee, i, at: locations[pc]) { element in
            element = value
            return .void
        }
    }

    /// `s[a][i][j] = value` on the array of arrays in `slot`.
    private func setElement2(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ j: Int, _ value: Value, at pc: Int)
        throws
    {
        _ = try modifyArrayElement(&slot.pointee, i, at: locations[pc]) { row in
            try modifyArrayElement(&row, j, at: columnLocations[pc]) { element in
                element = value
                return .void
            }
        }
    }

    /// An inlined closure's call begins, as `FunctionEntry.prologue` begins a call: one deeper
    /// (within the limit), then the clock (a closure's own errors here are not traced).
    @inline(__always)
    private func enterClosure(at: SourceLoc) throws {
        try context._withUnsafeGuaranteedRef { context in
            context.depth &+= 1
            if context.depth > context.maxDepth {
                context.depth &-= 1
                throw FunctionEntry.depthExceeded(in: context, at: at)
            }
            do {
                try context.tick(at)
            } catch {
                context.depth &-= 1
                throw error
            }
        }
    }

    /// `error`, thrown by instruction `failing`, on its way out of the inlined closures whose
    /// bodies hold it and that this run entered (after `entry`), innermost first: each call
    /// ends (one shallower) and is added to the stack trace, as a called closure's would be.
    @inline(never)
    private func leavingClosures(_ error: any Error, failing: Int, entry: Int) -> any Error {
        var error = error
        for region in closureRegions where region.start > entry && region.start <= failing && failing < region.end {
            context._withUnsafeGuaranteedRef { $0.depth &-= 1 }
            error = FunctionEntry.traced(error, name: "closure", at: region.at)
        }
        return error
    }

    /// A call from a function in register form: `FunctionEntry.prologue`'s steps, in its
    /// order, around the callee's run (in the caller's slots when it has none of its own).
    @inline(__always)
    private func call(
        _ index: Int, frame: UnsafeMutablePointer<Int>, slots: UnsafeMutablePointer<Value>, at pc: Int
    ) throws -> Int {
        try context._withUnsafeGuaranteedRef { context in
            context.depth &+= 1
            defer { context.depth &-= 1 }
            if context.depth > context.maxDepth { throw callEntries[index].depthExceeded() }
            try context.tick(locations[pc])
            do {
                return try callees[index]._withUnsafeGuaranteedRef { try $0.run(frame, slots) }
            } catch {
                throw callEntries[index].traced(error)
            }
        }
    }

    /// A call of a function with value slots: a stack frame of the callee's takes the array
    /// arguments; an array result moves into the caller's slot `result`, a scalar one into
    /// register `result`.
    private func callWithFrame(
        _ index: Int, result: Int, registers r: UnsafeMutablePointer<Int>, base: Int,
        slots: UnsafeMutablePointer<Value>, at pc: Int
    ) throws {
        let info = calleeInfos[index]
        let ref = info._withUnsafeGuaranteedRef { $0.pushStackFrame() }
        defer { info._withUnsafeGuaranteedRef { $0.popStackFrame(ref) } }
        let calleeSlots = ref._withUnsafeGuaranteedRef { $0.slots }
        let arguments = slotArguments.row(index)
        for argument in arguments {
            if argument.isInout || argument.isTemporary {
                swap(&calleeSlots[argument.callee], &slots[argument.caller])
            } else {
                calleeSlots[argument.callee] = slots[argument.caller]
            }
        }
        // Before the frame is popped (defers run last first), by an error too.
        defer {
            for argument in arguments where argument.isInout {
                slots[argument.caller] = calleeSlots[argument.callee]
                calleeSlots[argument.callee] = .void
            }
            for copy in copyBacks.row(index) {
                for k in 0..<Int(copy.width) { r[Int(copy.caller) &+ k] = r[base &+ Int(copy.callee) &+ k] }
            }
        }
        let returned = try call(index, frame: r + base, slots: calleeSlots, at: pc)
        if !callees[index]._withUnsafeGuaranteedRef({ $0.resultType.isSlot }) {
            r[result] = returned
        } else if arguments.contains(where: { $0.isInout && $0.callee == returned }) {
            slots[result] = calleeSlots[returned]  // it goes back to the caller's variable too
        } else {
            // Moved out: the frame is cleared when the call ends.
            swap(&slots[result], &calleeSlots[returned])
        }
    }

    /// The bits of the scalar value at `address`.
    @inline(__always)
    static func bits(_ address: UnsafeMutablePointer<Value>) throws -> Int {
        switch address.pointee {
        case .int(let n): return n
        case .double(let x): return bits(x)
        case .bool(let flag): return flag ? 1 : 0
        default:
            throw ScriptError(.internalError("a register holds \(address.pointee)"), at: SourceLoc(line: 0, column: 0))
        }
    }

    /// The bits of a scalar value.
    @inline(__always)
    static func bits(_ value: Value) throws -> Int {
        switch value {
        case .int(let n): return n
        case .double(let x): return bits(x)
        case .bool(let flag): return flag ? 1 : 0
        default: throw ScriptError(.internalError("a register holds \(value)"), at: SourceLoc(line: 0, column: 0))
        }
    }

    /// The value of a scalar's bits.
    @inline(__always)
    static func value(_ bits: Int, _ kind: ScalarKind) -> Value {
        switch kind {
        case .int: .int(bits)
        case .double: .double(double(bits))
        case .bool: .bool(bits != 0)
        }
    }

    /// The address of element `i` of the array in `slot`, where it is stored (valid while the
    /// slot holds the array). Without the verified layout, a copy of the element in
    /// `elementCopy` (so the function's own reads then copy).
    @inline(__always)
    private func element(_ slot: UnsafeMutablePointer<Value>, _ i: Int, _ at: SourceLoc) throws
        -> UnsafeMutablePointer<Value>
    {
        guard readsInPlace, case .array = slot.pointee else {
            elementCopy.pointee = try elements.read(slot, i, at)
            return elementCopy
        }
        let (base, count) = slot.arrayPayload.unretainedElements
        guard i >= 0, i < count else { throw ScriptError(.indexOutOfRange(index: i, count: count), at: at) }
        return base + i
    }

    /// The bits of stored property `field` of the struct at `record` (an element where it is
    /// stored, or a slot).
    @inline(__always)
    private func fieldBits(_ record: UnsafeMutablePointer<Value>, _ field: Int, _ at: SourceLoc) throws -> Int {
        guard readsInPlace, case .record = record.pointee else {
            return try Self.bits(try fieldValue(in: record, field, at))
        }
        return try Self.bits(record.recordFieldsPayload.unretainedElements.base + field)
    }

    /// Stored property `field` of the struct at `record` (an array's element) set to `value`,
    /// in place (its properties are copied first only when another value shares them).
    @inline(__always)
    private func setField(_ record: UnsafeMutablePointer<Value>, _ field: Int, _ value: Value, _ at: SourceLoc) throws {
        guard ValuePayload.isAvailable, case .record = record.pointee else {
            _ = try modifyStoredField(&record.pointee, field, at: at) { stored in
                stored = value
                return .void
            }
            return
        }
        record.recordFieldsPayload.pointee[field] = value
    }

    /// `xs[i].x = value` on the array in `slot`, in place: no move of the array or of the
    /// element out of their values (copy-on-write copies only what is shared).
    @inline(__always)
    private func setElementField(
        _ slot: UnsafeMutablePointer<Value>, _ i: Int, _ field: Int, _ value: Value, _ at: SourceLoc
    ) throws {
        guard ValuePayload.isAvailable, case .array = slot.pointee else {
            _ = try modifyArrayElement(&slot.pointee, i, at: at) { element in
                try modifyStoredField(&element, field, at: at) { stored in
                    stored = value
                    return .void
                }
            }
            return
        }
        try slot.arrayPayload.pointee.withUnsafeMutableBufferPointer { elements in
            guard i >= 0, i < elements.count else {
                throw ScriptError(.indexOutOfRange(index: i, count: elements.count), at: at)
            }
            try setField(elements.baseAddress.unsafelyUnwrapped + i, field, value, at)
        }
    }

    /// The value of type `type` (a scalar, a struct or a tuple) in the registers from `first`.
    static func pack(_ first: UnsafeMutablePointer<Int>, _ type: RegisterType) -> Value {
        switch type {
        case .int, .double, .bool: value(first.pointee, type.kind)
        case .record(let record): makeRecord(record, first)
        case .tuple(let tuple):
            .tuple(
                tuple.elements.indices.map { value(first[$0], tuple.elements[$0].kind) },
                labels: tuple.labels.allSatisfy { $0 == nil } ? nil : tuple.labels)
        case .array, .object, .optional: .void
        }
    }

    /// The value in `slot` (a scalar, a struct or a tuple of type `type`) into the registers
    /// from `first`; nothing yet (a global not yet set) is zeros.
    static func unpack(_ slot: UnsafeMutablePointer<Value>, _ type: RegisterType, into first: UnsafeMutablePointer<Int>)
        throws
    {
        if case .void = slot.pointee {
            for k in 0..<Int(type.width) { first[k] = 0 }
            return
        }
        switch type {
        case .int, .double, .bool: first.pointee = try bits(slot)
        case .record: try unpackFields(slot, into: first, Int(type.width), SourceLoc(line: 0, column: 0))
        case .tuple: try unpackElements(slot, into: first, Int(type.width))
        case .array, .object, .optional: break
        }
    }

    /// The `count` elements of the tuple in `slot` into the registers from `first`.
    static func unpackElements(_ slot: UnsafeMutablePointer<Value>, into first: UnsafeMutablePointer<Int>, _ count: Int)
        throws
    {
        guard case .tuple(let elements, _) = slot.pointee, elements.count == count else {
            throw mismatch(slot.pointee, "tuple", SourceLoc(line: 0, column: 0))
        }
        for k in 0..<count { first[k] = try bits(elements[k]) }
    }

    /// The `count` stored properties of the struct at `record` (a slot, an array's element)
    /// into the registers from `first`, read where they are stored.
    @inline(__always)
    static func unpackFields(
        _ record: UnsafeMutablePointer<Value>, into first: UnsafeMutablePointer<Int>, _ count: Int, _ at: SourceLoc
    ) throws {
        for k in 0..<count { first[k] = try bits(try fieldValue(in: record, k, at)) }
    }

    /// The struct `record`'s memberwise initializer makes of the registers from `first`.
    private static func makeRecord(_ record: RegisterRecord, _ first: UnsafeMutablePointer<Int>) -> Value {
        var fields: [Value] = []
        fields.reserveCapacity(record.fields.count)
        for (index, type) in record.fields.enumerated() { fields.append(Self.value(first[index], type.kind)) }
        return .record(RecordType(record.info), fields)
    }

    /// `xs.count` of the array in `slot`.
    @inline(__always)
    private func count(_ slot: UnsafeMutablePointer<Value>, _ at: SourceLoc) throws -> Int {
        if readsInPlace, case .array = slot.pointee { return slot.arrayPayload.unretainedElements.count }
        // The payload view only where its layout is verified; else the array, copied out.
        guard case .array(let elements) = slot.pointee else { throw mismatch(slot.pointee, "Array", at) }
        return elements.count
    }

    /// `xs.append(x)`, within the session's size limit, as the lowered `append` does.
    private func append(_ element: Value, to slot: UnsafeMutablePointer<Value>, at pc: Int) throws {
        let at = locations[pc]
        if ValuePayload.isAvailable, case .array = slot.pointee {
            // In place: no move of the array out of its value and back (robbins_fn 0.9×).
            let count = slot.arrayPayload.pointee.count
            try context._withUnsafeGuaranteedRef { context in
                try checkCollectionSize(
                    count + 1, elementBytes: MemoryLayout<Value>.stride, "an array", within: context, at: at)
            }
            slot.arrayPayload.pointee.append(element)
            return
        }
        guard case .array(var elements) = slot.pointee else { throw mismatch(slot.pointee, "Array", at) }
        slot.pointee = .void
        defer { slot.pointee = .array(elements) }
        try context._withUnsafeGuaranteedRef { context in
            try checkCollectionSize(
                elements.count + 1, elementBytes: MemoryLayout<Value>.stride, "an array", within: context, at: at)
        }
        elements.append(element)
    }

    /// `Array(repeating:count:)`, with its trap and the session's size limit.
    private func repeating(_ element: Value, count: Int, at pc: Int) throws -> Value {
        let at = locations[pc]
        guard count >= 0 else {
            throw ScriptError("Can't construct Array with count < 0", id: .preconditionFailure, at: at)
        }
        try context._withUnsafeGuaranteedRef { context in
            try checkCollectionSize(
                count, elementBytes: MemoryLayout<Value>.stride, "Array(repeating:count:)", within: context, at: at)
        }
        return .array(Array(repeating: element, count: count))
    }

    @inline(__always) static func double(_ bits: Int) -> Double { Double(bitPattern: UInt64(bitPattern: Int64(bits))) }
    @inline(__always) static func bits(_ x: Double) -> Int { Int(Int64(bitPattern: x.bitPattern)) }

    /// `Int` division as Swift traps it.
    @inline(__always)
    static func divide(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        if b == 0 { throw ScriptError(.divisionByZero, at: at) }
        let (v, o) = a.dividedReportingOverflow(by: b)
        if o { throw ScriptError(.arithmeticOverflow, at: at) }
        return v
    }

    /// `Int` remainder as Swift traps it.
    @inline(__always)
    static func remainder(_ a: Int, _ b: Int, _ at: SourceLoc) throws -> Int {
        if b == 0 { throw ScriptError("division by zero in remainder operation", id: .divisionByZero, at: at) }
        let (v, o) = a.remainderReportingOverflow(dividingBy: b)
        if o { throw ScriptError("arithmetic overflow in remainder operation", id: .arithmeticOverflow, at: at) }
        return v
    }

    /// Runs the function from a lowered call, whose frame holds the arguments as values
    /// (`FunctionEntry` has done the prologue). An `inout` struct (a `mutating` method's
    /// `self`) is packed back into its slot when the run ends, by an error too, for the
    /// caller's write-back.
    func run(from frame: Frame) throws -> Int {
        let registers = context._withUnsafeGuaranteedRef { $0.registers.bottom(depth: $0.maxDepth) }
        // Scalars, structs and tuples into their registers; arrays and references stay in
        // their slots.
        for (index, parameter) in parameters.enumerated() {
            try Self.unpack(frame.slots + index, parameter.type, into: registers + Int(parameter.register))
        }
        let packsBack = parameters.contains { $0.isInout && !$0.type.isSlot }
        guard packsBack else { return try run(registers, frame.slots) }
        defer {
            for (index, parameter) in parameters.enumerated() where parameter.isInout && !parameter.type.isSlot {
                frame.slots[index] = Self.pack(registers + Int(parameter.register), parameter.type)
            }
        }
        return try run(registers, frame.slots)
    }

    /// The result of a run in `frame`, as a value.
    func result(_ returned: Int, in frame: Frame) -> Value {
        switch resultType {
        case .int, .double, .bool: return Self.value(returned, resultType.kind)
        case .record, .tuple:
            let registers = context._withUnsafeGuaranteedRef { $0.registers.bottom(depth: $0.maxDepth) }
            return Self.pack(registers + returned, resultType)
        case .array, .object, .optional: return frame.slots[returned]
        }
    }

    /// A new instance of `construction`'s class, its stored properties the arguments in
    /// registers `r` and slots `s` (as the closures' storing initializer fills them).
    static func construct(
        _ construction: RegisterConstruction, _ stores: UnsafeMutableBufferPointer<RegisterConstructionStore>,
        _ r: UnsafeMutablePointer<Int>, _ s: UnsafeMutablePointer<Value>
    ) -> Value {
        let instance = construction.info._withUnsafeGuaranteedRef { info in
            Instance.make(type: info, fieldCount: construction.fieldCount) { fields in
                for store in stores {
                    let operand = Int(store.operand)
                    if store.inSlot {
                        // A temporary of the construction's own: moved, not copied.
                        swap(&fields[store.field], &s[operand])
                    } else {
                        fields[store.field] = value(r[operand], store.kind)
                    }
                }
            }
        }
        return .object(instance)
    }

    /// The reference the optional at `optional` holds, into `destination`; false (and nothing
    /// written) when it is nil.
    @inline(__always)
    static func unwrap(_ optional: UnsafeMutablePointer<Value>, into destination: UnsafeMutablePointer<Value>) -> Bool {
        guard let wrapped = optional.pointee.wrapped else { return false }
        destination.pointee = wrapped
        return true
    }

    /// The reference optional property `field` of the instance in `object` holds, read where
    /// it is stored, into `destination`; false (and nothing written) when it is nil.
    @inline(__always)
    private func unwrapField(
        _ object: UnsafeMutablePointer<Value>, _ field: Int, into destination: UnsafeMutablePointer<Value>,
        _ at: SourceLoc
    ) throws -> Bool {
        guard ValuePayload.isAvailable, case .object = object.pointee else {
            guard let wrapped = try fieldValue(in: object, field, at).wrapped else { return false }
            destination.pointee = wrapped
            return true
        }
        return object.objectPayload._withUnsafeGuaranteedRef { instance in
            let stored = instance.fieldAddress(field)
            if case .someObject(let reference) = stored.pointee {
                destination.pointee = .object(reference)
                return true
            }
            guard let wrapped = stored.pointee.wrapped else { return false }
            destination.pointee = wrapped
            return true
        }
    }

    /// Whether two references (optional or not) are the same instance, or both nil: `===` as
    /// the closures have it.
    static func identical(_ left: UnsafeMutablePointer<Value>, _ right: UnsafeMutablePointer<Value>) -> Bool {
        if let a = left.pointee.instanceOrWrappedInstance, let b = right.pointee.instanceOrWrappedInstance {
            return a === b
        }
        if case .null = left.pointee, case .null = right.pointee { return true }
        return false
    }

    /// Stored property `field` of the instance in `slot` set to `value`, where it is stored.
    static func setObjectField(_ slot: UnsafeMutablePointer<Value>, _ field: Int, _ value: Value, _ at: SourceLoc)
        throws
    {
        guard case .object(let instance) = slot.pointee else { throw mismatch(slot.pointee, "object", at) }
        instance[field: field] = value
    }
}
