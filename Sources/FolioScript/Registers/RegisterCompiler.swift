import SwiftSyntax

/// Compiles a function whose parameters, locals and result are `Int`, `Double`, `Bool`,
/// structs and tuples of them, references to `final` classes (optional or not) or arrays of
/// these (or that returns nothing), or a method of such a struct or class, into register form
/// (RegisterCode.swift), from its syntax, after the lowering accepted it.
///
/// The lowering has checked every name and type; this pass only has to agree with it on the
/// forms it accepts, and gives up (nil) on anything else, so a function it does not take
/// keeps its lowered closures. It takes: literals, locals and parameters, a function's reads
/// of global `let` constants of these types, arithmetic, comparisons, `!`, `&&`, `||`, `?:`,
/// `Double(_:)` and `Int(_:)`, the standard math functions, calls of functions already in
/// register form (and of the function itself), array elements (`a[i]`, `m[i][j]`), `count`,
/// `append`, `[T](repeating:count:)`, `[]` and array literals; closure literals passed to
/// `map`, `filter`, `reduce`, `forEach`, `contains(where:)`, `allSatisfy`, `sorted(by:)` and
/// `sort(by:)` (`RegisterCompiler+Closures.swift`); a struct's memberwise initializer, stored
/// properties (`p.x`, `xs[i].x`, and `x` for `self.x` in a method), methods and static
/// operators in register form, `inout` structs and arrays (`&xs`, a `mutating` method's
/// receiver); a class's storing initializer, its stored properties read and written, `nil`,
/// `if let`, `guard let`, `while let`, `!`, `== nil` and `===` on references; tuple literals,
/// elements (`t.0`, `t.mean`) and `let (a, b) = …`; `let` and `var`, `=` and compound
/// assignment (to elements and properties too), `if`, `guard`, `while`, `for-in` over an `Int`
/// range or an array (and its `enumerated()`), with or without `where`, `break`, `continue`
/// and `return`.
final class RegisterCompiler {
    struct Unsupported: Error {}

    /// A parameter or local: a scalar's register, or an array's value slot.
    struct Local {
        let register: Int32
        let type: RegisterType
    }

    struct Loop {
        var breaks: [Int] = []
        var continues: [Int] = []
    }

    let lowerer: Lowerer
    let info: FunctionInfo
    let function: RegisterFunction
    var code: [RegisterInstruction] = []
    var locations: [SourceLoc] = []
    /// Where the second subscript of `m[i][j]` is written (the first is in `locations`).
    var columnLocations: [SourceLoc] = []
    /// Constants' bits, by register number before the constants are placed (`-1 - index`).
    var constants: [Int] = []
    var callees: [(RegisterFunction, FunctionEntry)] = []
    /// For each callee, its arguments in value slots.
    var slotArguments: [[SlotArgument]] = []
    /// For each callee, the structs it passes `inout` in registers.
    var copyBacks: [[RegisterCopyBack]] = []
    /// The struct types `makeRecord` builds.
    var records: [RegisterRecord] = []
    /// The instances `construct` builds.
    var constructions: [(RegisterConstruction, [RegisterConstructionStore])] = []
    var unaryMath: [(Double) -> Double] = []
    var binaryMath: [(Double, Double) -> Double] = []
    var errors: [ScriptError] = []
    /// The closures inlined so far (`RegisterCompiler+Closures.swift`).
    var closureRegions: [RegisterClosureRegion] = []
    /// The comparators `sortElements` sorts by.
    var sortComparators: [RegisterSortComparator] = []
    /// For each closure being inlined, innermost last: where its `return` goes.
    var closureExits: [ClosureExit] = []
    var scopes: [[String: Local]] = [[:]]
    var loops: [Loop] = []
    var nextRegister: Int32
    var highestRegister: Int32
    /// Value slots, as registers: parameters first (an array parameter stays in its own).
    var nextSlot: Int32
    var highestSlot: Int32 = 0
    /// Scalar registers assigned anywhere (a top-level loop writes those globals back).
    var assigned: Set<Int32> = []
    /// For a top-level loop, the statement (hidden globals are declared at it); nil in a
    /// function.
    var topLevelStatement: Syntax?
    /// For a method, the type of `self`: its struct (in registers) or its `final` class (a
    /// reference); its members' names are not the note's globals.
    var owner: RegisterType?

    init(lowerer: Lowerer, info: FunctionInfo, function: RegisterFunction) {
        self.lowerer = lowerer
        self.info = info
        self.function = function
        nextRegister = Int32(function.parameterCount)
        highestRegister = nextRegister
        nextSlot = Int32(function.parameters.count)
    }

    /// `decl` in register form, or nil when it uses anything this pass does not take. A method
    /// qualifies when its type is a struct of scalars (`RegisterRecord`): `self` is then its
    /// parameter 0, as in the lowered frames (copied back for a `mutating` one).
    static func compile(_ decl: FunctionDeclSyntax, info: FunctionInfo, lowerer: Lowerer) -> RegisterFunction? {
        let returnsVoid = info.returnType == .void
        guard lowerer.context.compilesRegisterForm,
            let resultType = returnsVoid ? RegisterType.int : RegisterType(info.returnType),
            lowerer.currentType === info.owner,
            // A generic function's specialization (its types bound) is compiled like any other.
            decl.genericParameterClause == nil || !lowerer.genericBindings.isEmpty,
            decl.genericWhereClause == nil || !lowerer.genericBindings.isEmpty, decl.signature.effectSpecifiers == nil,
            decl.attributes.isEmpty, info.variadic == nil, !info.isRequirement,
            !info.autoclosureParameters.contains(true), let body = decl.body
        else { return nil }
        var owner: RegisterType?
        if let type = info.owner {
            guard let selfType = RegisterType.ofSelf(type) else { return nil }
            owner = selfType
        }
        let parameters = decl.signature.parameterClause.parameters
        guard parameters.count == info.parameterTypes.count else { return nil }
        var types: [RegisterType] = []
        var names: [String] = []
        var isInout: [Bool] = []
        if let owner, !info.isStatic {
            types.append(owner)
            names.append("self")
            isInout.append(info.isMutating)
        }
        for (index, type) in info.parameterTypes.enumerated() {
            // An `inout` struct or array is copied back from the callee; a scalar is not taken.
            let isInoutParameter = info.inoutParameters.indices.contains(index) && info.inoutParameters[index]
            guard let registerType = RegisterType(type),
                !(isInoutParameter && (registerType.isScalar || registerType.isTuple))
            else {
                return nil
            }
            types.append(registerType)
            isInout.append(isInoutParameter)
            let parameter = parameters[parameters.index(parameters.startIndex, offsetBy: index)]
            names.append((parameter.secondName ?? parameter.firstName).text)
        }
        let layout = RegisterParameter.layout(types, isInout: isInout)
        let function = RegisterFunction(
            name: info.name, parameters: layout, resultType: resultType, returnsVoid: returnsVoid,
            context: lowerer.context, globals: lowerer.globals.frame.slots)
        let compiler = RegisterCompiler(lowerer: lowerer, info: info, function: function)
        compiler.owner = owner
        for (index, (name, parameter)) in zip(names, layout).enumerated() {
            // An array's is its slot, the parameter's own in the lowered frame.
            let register = parameter.type.isSlot ? Int32(index) : parameter.register
            compiler.scopes[0][name] = Local(register: register, type: parameter.type)
            if parameter.type.isSlot { compiler.highestSlot = Int32(index + 1) }
        }
        do {
            try compiler.functionBody(body.statements, end: body.rightBrace, resultType: resultType)
        } catch {
            return nil
        }
        return compiler.finish()
    }

    func finish() -> RegisterFunction? {
        let parameterCount = Int32(function.parameterCount)
        let constantCount = Int32(constants.count)
        let frameSize = Int(highestRegister + constantCount)
        guard frameSize <= RegisterFunction.maximumFrameSize else { return nil }
        func place(_ register: Int32) -> Int32 {
            if register < 0 { return parameterCount - 1 - register }
            return register < parameterCount ? register : register + constantCount
        }
        let usesSlots = highestSlot > 0
        let placed = code.map { instruction in
            var instruction = instruction
            var roles = instruction.op.registerOperands
            if instruction.op == .call || instruction.op == .callWithFrame {
                let callee = callees[Int(instruction.c)].0
                let calleeUsesSlots = callee === function ? usesSlots : callee.usesSlots
                if calleeUsesSlots || !copyBacks[Int(instruction.c)].isEmpty { instruction.op = .callWithFrame }
                roles.a = !callee.resultType.isSlot
            }
            if instruction.op == .element2 {
                instruction.d = UInt16(Self.registerOperand(place(Int32(Int16(bitPattern: instruction.d)))))
            }
            if roles.a { instruction.a = place(instruction.a) }
            if roles.b { instruction.b = place(instruction.b) }
            if instruction.op.registerC { instruction.c = place(instruction.c) }
            return instruction
        }
        info.slotCount = max(info.slotCount, Int(highestSlot))
        let placedCopyBacks = copyBacks.map { copies in
            copies.map { copy in
                var copy = copy
                copy.caller = place(copy.caller)
                return copy
            }
        }
        function.finish(
            code: placed, locations: locations, columnLocations: columnLocations, constants: constants,
            frameSize: frameSize, callees: callees,
            slotArguments: slotArguments, copyBacks: placedCopyBacks, records: records,
            constructions: constructions.map { construction, stores in
                (
                    construction,
                    stores.map { store in
                        var store = store
                        if !store.inSlot { store.operand = place(store.operand) }
                        return store
                    }
                )
            }, usesSlots: usesSlots,
            unaryMath: unaryMath,
            binaryMath: binaryMath,
            errors: errors, closureRegions: closureRegions,
            sortComparators: sortComparators.map { comparator in
                var comparator = comparator
                comparator.first = place(comparator.first)
                return comparator
            })
        return function
    }

    // MARK: - Emitting

    @discardableResult
    func emit(
        _ op: RegisterOp, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, kind: ScalarKind = .int, d: Int = 0,
        at node: (some SyntaxProtocol)?, column: TokenSyntax? = nil
    ) -> Int {
        code.append(RegisterInstruction(op, a, b, c, kind: kind, d: UInt16(d)))
        let location = node.map { lowerer.loc($0) } ?? locations.last ?? SourceLoc(line: 0, column: 0)
        locations.append(location)
        columnLocations.append(column.map { lowerer.loc($0) } ?? location)
        return code.count - 1
    }

    @discardableResult
    func emit(_ op: RegisterOp, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0) -> Int {
        emit(op, a, b, c, at: Optional<Syntax>.none)
    }

    /// Points the jump at `index` to the next instruction.
    func patch(_ index: Int) {
        if code[index].op.isTestAndJump || code[index].op == .unwrapOrJump || code[index].op == .unwrapFieldOrJump {
            code[index].c = Int32(code.count)
        } else {
            code[index].b = Int32(code.count)
        }
    }

    func temporary() throws -> Int32 {
        let register = nextRegister
        nextRegister += 1
        highestRegister = max(highestRegister, nextRegister)
        guard highestRegister < Int32(RegisterFunction.maximumFrameSize) else { throw Unsupported() }
        return register
    }

    /// A new value slot (for an array): in a function, a slot of its frame; in a top-level
    /// loop, a hidden global.
    func temporarySlot() throws -> Int32 {
        let slot = nextSlot
        nextSlot += 1
        highestSlot = max(highestSlot, nextSlot)
        guard highestSlot < Int32(RegisterFunction.maximumFrameSize) else { throw Unsupported() }
        guard let topLevelStatement else { return slot }
        let shared = lowerer.globals.registerSlots
        if Int(slot) < shared.count { return Int32(shared[Int(slot)]) }
        let hidden = try lowerer.declare(
            "_register \(shared.count)", type: .array(.void), mutable: true, node: topLevelStatement)
        lowerer.globals.registerSlots.append(hidden.slot)
        return Int32(hidden.slot)
    }

    /// A register (a constant's negative number too, before placing) as operand `d`: a frame
    /// has fewer than 2¹⁵ registers.
    static func registerOperand(_ register: Int32) -> Int {
        Int(UInt16(bitPattern: Int16(truncatingIfNeeded: register)))
    }

    func constant(_ bits: Int) -> Int32 {
        if let index = constants.firstIndex(of: bits) { return -1 - Int32(index) }
        constants.append(bits)
        return -Int32(constants.count)
    }

    func error(_ error: ScriptError) -> Int32 {
        errors.append(error)
        return Int32(errors.count - 1)
    }

    func local(_ name: String) -> Local? {
        for scope in scopes.reversed() {
            if let local = scope[name] { return local }
        }
        return nil
    }

    /// The global constant `name` a function reads, when it is a `let` of a scalar type (`let dt =
    /// 0.01` above the function): read from its slot at each use, as the closures read it. A
    /// `let` is never assigned after its declaration runs, so no top-level loop holds it in a
    /// register meanwhile; a `var` global is not taken (a top-level loop in register form keeps
    /// the ones it assigns in registers while it calls functions). Not in a method, where a
    /// name may be one of the type's members (a computed property hides a global).
    func readableGlobal(_ name: String) -> (slot: Int32, type: RegisterType)? {
        guard topLevelStatement == nil, info.owner == nil, let variable = lowerer.lookup(name), variable.isGlobal,
            variable.function == nil, !variable.mutable, !variable.accessed, let type = RegisterType(variable.type),
            type.isScalar
        else { return nil }
        return (Int32(variable.slot), type)
    }

    /// Whether `slot` is a variable's (a parameter, a local, a global a top-level loop names),
    /// not a temporary.
    func isVariableSlot(_ slot: Int32) -> Bool {
        scopes.contains { scope in scope.values.contains { $0.type.isSlot && $0.register == slot } }
    }

    func scoped(_ body: () throws -> Void) rethrows {
        scopes.append([:])
        defer { scopes.removeLast() }
        try body()
    }
}

extension RegisterOp {
    /// Whether operands `a` and `b` name registers (not a value slot, a jump target or a table
    /// entry). A call's `a` depends on its callee's result (`finish`).
    var registerOperands: (a: Bool, b: Bool) {
        switch self {
        case .jump, .tickAndJump, .fail, .emptyArray, .returnArray, .moveArray, .appendArray, .repeatingArray,
            .arrayElement, .clear, .construct, .objectField, .null, .wrapSome, .unwrapOrJump, .unwrapOrTrap,
            .setObjectFieldBits, .setObjectFieldSlot, .enterClosure, .leaveClosure, .sortElements, .unwrapFieldOrJump:
            (false, false)
        case .jumpIfFalse, .jumpIfTrue, .return, .element, .element2, .count, .elementField, .elementRecord,
            .returnRecord, .global, .objectFieldBits, .isNil, .identical:
            (true, false)
        case .setElement, .setElement2, .append, .repeating, .setElementField, .makeRecord: (false, true)
        default: (true, true)
        }
    }

    /// Whether this is a comparison and jump (whose target is operand `c`).
    var isTestAndJump: Bool {
        switch self {
        case .jumpUnlessIntLess, .jumpUnlessIntLessOrEqual, .jumpUnlessIntGreater, .jumpUnlessIntGreaterOrEqual,
            .jumpUnlessIntEqual, .jumpUnlessIntNotEqual, .jumpUnlessDoubleLess, .jumpUnlessDoubleLessOrEqual,
            .jumpUnlessDoubleGreater, .jumpUnlessDoubleGreaterOrEqual, .jumpUnlessDoubleEqual,
            .jumpUnlessDoubleNotEqual:
            true
        default: false
        }
    }

    /// Whether operand `c` names a register.
    var registerC: Bool {
        switch self {
        case .loopStep, .identical: false
        case .setObjectFieldBits: true
        case .element, .element2, .arrayElement, .setElement, .setElement2, .repeating, .repeatingArray,
            .elementField, .setElementField, .elementRecord, .copyResult:
            true
        case .intAddWrapping, .intSubtractWrapping, .intMultiplyWrapping, .intAnd, .intOr, .intXor, .intShiftLeft,
            .intShiftRight, .intMin, .intMax, .doubleMin, .doubleMax:
            true
        case .intAdd, .intSubtract, .intMultiply, .intDivide, .intRemainder, .doubleAdd, .doubleSubtract,
            .doubleMultiply, .doubleDivide, .doubleAddProduct, .doubleSubtractProduct, .intLess, .intLessOrEqual,
            .intGreater,
            .intGreaterOrEqual, .intEqual,
            .intNotEqual, .doubleLess, .doubleLessOrEqual, .doubleGreater, .doubleGreaterOrEqual, .doubleEqual,
            .doubleNotEqual:
            true
        default: false
        }
    }
}

extension FunctionInfo {
    /// Makes every lowered call of this function run `function`: its bodies (boxed, unboxed
    /// and expression) read the arguments from the frame the caller filled.
    func runInRegisterForm(_ function: RegisterFunction) {
        registerFunction = function
        if function.returnsVoid {
            body = { frame in
                _ = try function.run(from: frame)
                return .normal
            }
            expressionBody = { frame in
                _ = try function.run(from: frame)
                return .void
            }
            return
        }
        body = { frame in
            frame.returnValue = function.result(try function.run(from: frame), in: frame)
            return .returned
        }
        expressionBody = { frame in function.result(try function.run(from: frame), in: frame) }
        switch function.resultType {
        case .int: intBody = { frame in try function.run(from: frame) }
        case .double: doubleBody = { frame in RegisterFunction.double(try function.run(from: frame)) }
        case .bool: boolExpressionBody = { frame in try function.run(from: frame) != 0 }
        case .array, .record, .object, .optional, .tuple: break
        }
    }
}
