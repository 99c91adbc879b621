/// The run loop of functions in register form (RegisterCode.swift).
extension RegisterFunction {
    /// Runs the function in the frame at `r`, whose first registers hold the arguments, and
    /// returns the result's bits.
    ///
    /// Traps are the closures' errors at the same places (RegisterCompiler keeps each
    /// instruction's source location); a call does what `FunctionEntry.prologue` does (the
    /// depth limit, the clock, the stack trace).
    func run(_ r: UnsafeMutablePointer<Int>) throws -> Int {
        // A loop, not `update(from:count:)`: a function has a few constants, and memmove's
        // call cost more than the copy (fib).
        var k = 0
        while k < constantCount {
            r[parameterCount &+ k] = constants[k]
            k &+= 1
        }
        let code = self.code
        var pc = 0
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
            case .doubleAdd: r[a] = Self.bits(Self.double(r[b]) + Self.double(r[c]))
            case .doubleSubtract: r[a] = Self.bits(Self.double(r[b]) - Self.double(r[c]))
            case .doubleMultiply: r[a] = Self.bits(Self.double(r[b]) * Self.double(r[c]))
            case .doubleDivide: r[a] = Self.bits(Self.double(r[b]) / Self.double(r[c]))
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
            case .call: r[a] = try call(c, frame: r + b, at: pc &- 1)
            case .return: return r[a]
            case .fail: throw errors[a]
            case .failIfGreater: if r[a] > r[b] { throw errors[c] }
            }
        }
    }

    /// A call from a function in register form: `FunctionEntry.prologue`'s steps, in its
    /// order, around the callee's run.
    @inline(__always)
    private func call(_ index: Int, frame: UnsafeMutablePointer<Int>, at pc: Int) throws -> Int {
        try context._withUnsafeGuaranteedRef { context in
            context.depth &+= 1
            defer { context.depth &-= 1 }
            if context.depth > context.maxDepth { throw callEntries[index].depthExceeded() }
            try context.tick(locations[pc])
            do {
                return try callees[index]._withUnsafeGuaranteedRef { try $0.run(frame) }
            } catch {
                throw callEntries[index].traced(error)
            }
        }
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
    /// (`FunctionEntry` has done the prologue).
    func run(from frame: Frame) throws -> Int {
        let registers = context._withUnsafeGuaranteedRef { $0.registers.bottom(depth: $0.maxDepth) }
        for index in 0..<parameterCount {
            switch frame.slots[index] {
            case .int(let n): registers[index] = n
            case .double(let x): registers[index] = Self.bits(x)
            case .bool(let flag): registers[index] = flag ? 1 : 0
            default:
                throw ScriptError(.internalError("a register function's argument is not a scalar"), at: locations[0])
            }
        }
        return try run(registers)
    }

    /// The result's bits as a value of the function's result type.
    func value(_ bits: Int) -> Value {
        switch resultType {
        case .int: .int(bits)
        case .double: .double(Self.double(bits))
        case .bool: .bool(bits != 0)
        }
    }
}
