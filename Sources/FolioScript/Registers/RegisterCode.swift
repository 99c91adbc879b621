/// The register form of a scalar function: instructions over a frame of unboxed 64-bit
/// registers, run by `RegisterFunction.run` (RegisterMachine.swift) instead of the lowered
/// closures.
///
/// A function qualifies when everything it touches is an `Int`, a `Double` or a `Bool`: its
/// parameters, its locals, its result and the functions it calls (RegisterCompiler.swift says
/// exactly what is accepted). Such a function needs no `Value`s, no frame object and no
/// reference counting: a call is a pointer bump over the register stack, which is what makes
/// recursive and loop-heavy numeric code cheap (fib(32) 0.61× the closures' CPU; see
/// ARCHITECTURE.md, "How the interpreter is made fast").

/// What an instruction does. Operands are register numbers relative to the frame (`a` is the
/// destination) unless a case says otherwise.
enum RegisterOp: UInt8 {
    /// `a = b`.
    case move
    /// `a = b op c` on `Int`s, trapping as Swift does (overflow, division by zero).
    case intAdd, intSubtract, intMultiply, intDivide, intRemainder
    /// `a = -b` on an `Int` (traps on `Int.min`).
    case intNegate
    /// `a = b op c` on `Int`s that cannot trap: `&+`, `&-`, `&*`, `&`, `|`, `^`, `<<`, `>>`
    /// (Swift's smart shifts).
    case intAddWrapping, intSubtractWrapping, intMultiplyWrapping, intAnd, intOr, intXor, intShiftLeft, intShiftRight
    /// `a = min(b, c)`, `a = max(b, c)`, as Swift's `min` and `max` choose.
    case intMin, intMax, doubleMin, doubleMax
    /// `a = b op c` on `Double`s.
    case doubleAdd, doubleSubtract, doubleMultiply, doubleDivide
    /// `a = a + b * c` and `a = a - b * c` on `Double`s, rounded after the product and after the
    /// sum (`s += x * y`, `v.x -= dx * m`).
    case doubleAddProduct, doubleSubtractProduct
    /// `a = -b` on a `Double`.
    case doubleNegate
    /// `a = (b op c)` on `Int`s (and `Bool`s, stored as 0 and 1, for `==` and `!=`).
    case intLess, intLessOrEqual, intGreater, intGreaterOrEqual, intEqual, intNotEqual
    /// `a = (b op c)` on `Double`s.
    case doubleLess, doubleLessOrEqual, doubleGreater, doubleGreaterOrEqual, doubleEqual, doubleNotEqual
    /// `a = !b`.
    case not
    /// `a = Double(b)`.
    case intToDouble
    /// `a = Int(b)`, trapping on a `Double` that is not finite or out of range.
    case doubleToInt
    /// `a = f(b)` with `f` the function's unary math function number `c` (`sqrt`, `exp`, …).
    case unaryMath
    /// `a = f(b, b + 1)` with `f` the function's binary math function number `c` (`pow`, …).
    case binaryMath
    /// Go to instruction `b`.
    case jump
    /// Go to instruction `b` when `a` is false (0).
    case jumpIfFalse
    /// Go to instruction `b` when `a` is true (1).
    case jumpIfTrue
    /// A `while` loop's backward jump to instruction `b`, after the clock and the memory watch
    /// (as every loop iteration reads them).
    case tickAndJump
    /// The end of a counting loop's iteration: done when counter `a` equals last value `b`;
    /// otherwise the clock, `a += 1` and back to instruction `c`.
    case loopStep
    /// Go to instruction `c` unless `b` and `a` compare as the case says (a condition's test
    /// and branch in one instruction).
    case jumpUnlessIntLess, jumpUnlessIntLessOrEqual, jumpUnlessIntGreater, jumpUnlessIntGreaterOrEqual
    case jumpUnlessIntEqual, jumpUnlessIntNotEqual
    case jumpUnlessDoubleLess, jumpUnlessDoubleLessOrEqual, jumpUnlessDoubleGreater, jumpUnlessDoubleGreaterOrEqual
    case jumpUnlessDoubleEqual, jumpUnlessDoubleNotEqual
    /// `a = callee c(arguments in b, b + 1, …)`: the callee's frame starts at register `b`.
    case call
    /// Returns register `a`.
    case `return`
    /// Throws the function's prepared error number `a` (a missing return, a range whose
    /// bounds are out of order).
    case fail
    /// Throws the function's prepared error number `c` when `a > b` (a `for-in` range's bounds).
    case failIfGreater
    /// `a = abs(b)` on an `Int` (traps on `Int.min`).
    case intAbs

    // Arrays live in the frame's value slots (`s`), not in registers.

    /// `a = s[b][c]`, an element of an array of scalars.
    case element
    /// `a = s[b][c][d]`, an element of an array of arrays of scalars (`d` a register too: the
    /// indices are read where they are, with no moves into consecutive registers: matmul_fn
    /// 0.8×).
    case element2
    /// `s[a] = s[b][c]`, an array element of an array of arrays.
    case arrayElement
    /// `s[a][b] = c`, of scalar kind `kind`.
    case setElement
    /// `s[a][b][b + 1] = c`, of scalar kind `kind`.
    case setElement2
    /// `a = s[b].count`.
    case count
    /// `s[a].append(b)`, of scalar kind `kind`.
    case append
    /// `s[a].append(s[b])`.
    case appendArray
    /// `s[a] = Array(repeating: b, count: c)`, of scalar kind `kind`.
    case repeating
    /// `s[a] = Array(repeating: s[b], count: c)`.
    case repeatingArray
    /// `s[a] = []`.
    case emptyArray
    /// `s[a] = s[b]`.
    case moveArray
    /// `a = callee c(arguments)` where the callee has value slots: its frame is a stack frame
    /// whose slots take the array arguments (call site `c` lists them), its registers start at
    /// `b`; an array result goes to slot `a`.
    case callWithFrame
    /// Returns the array in slot `a`.
    case returnArray
    /// `s[a] = nothing`: a loop's copy of its array, let go when the loop ends (as Swift's
    /// iterator is), so that changing the array after the loop does not copy it.
    case clear

    // Structs of scalars (`RegisterRecord`) live in registers, one per stored property, and
    // are packed into `.record` values only where a value slot holds them (an array's element).

    /// `a = s[b][c].d`, stored property `d` of an array's element, read where it is stored.
    case elementField
    /// `s[a][b].d = c`, of scalar kind `kind`, written in place.
    case setElementField
    /// `a, a + 1, … = s[b][c]`: the stored properties of an array's element (`d` of them).
    case elementRecord
    /// `s[a] = record d(b, b + 1, …)`: the function's record type number `d`, packed.
    case makeRecord
    /// Returns the struct in registers `a, a + 1, …` (the caller copies them out).
    case returnRecord
    /// `a, a + 1, … = the struct a callee whose frame starts at `b` returned at its register
    /// `c` holds` (`d` registers).
    case copyResult
    /// `a = the scalar global in slot b of the globals' frame`: a `let` constant a function
    /// reads (an error when its declaration has not run yet, as in the closures).
    case global

    // Class instances (`RegisterClass`) live in value slots as the closures' `.object` values.

    /// `s[a] = a new instance of construction `c`` (its class, and where each stored
    /// property's argument is).
    case construct
    /// `s[a] = s[b].d`, stored property `d` of an instance, a reference or an optional one.
    case objectField
    /// `a = s[b].d`, a scalar stored property of an instance.
    case objectFieldBits
    /// `s[a] = nil`.
    case null
    /// `s[a] = Optional.some(s[b])`.
    case wrapSome
    /// `s[a] = s[b]!` when `s[b]` is not nil; otherwise go to instruction `c` (`if let`,
    /// `guard let`, `while let`).
    case unwrapOrJump
    /// `s[a] = s[b]!`, the closures' error when it is nil.
    case unwrapOrTrap
    /// `a = (s[b] == nil)`.
    case isNil
    /// `a = (s[b] === s[c])`: the same instance, or both nil.
    case identical
    /// `s[a] = s[b].d!`, an optional reference property read where it is stored and unwrapped
    /// (one retain, not one for the read and one for the unwrap: bintree's `guard let left =
    /// node.left`), or go to instruction `c` when it is nil.
    case unwrapFieldOrJump
    /// `s[a].d = c`, a scalar of kind `kind`, in the instance where it is stored.
    case setObjectFieldBits
    /// `s[a].d = s[c]`, a reference or an optional one.
    case setObjectFieldSlot

    // A closure literal passed to `map`, `filter`, `reduce`… is inlined: its body runs in the
    // caller's frame, between these two, once per element (`RegisterClosureRegion`).

    /// A call of an inlined closure begins: one call deeper and a tick of the clock, as
    /// `FunctionEntry.prologue` does for the closure written at this instruction's location.
    case enterClosure
    /// The call of an inlined closure ends.
    case leaveClosure
    /// `s[a]` sorted in place by comparator `c` (`RegisterSortComparator`).
    case sortElements
}

/// How `sortElements` orders an array: by one standard comparison of its elements (for a
/// comparator that is nothing else, `{ $0 > $1 }`: `sortScalars`' shortcut), or by running the
/// comparator's body, compiled into the function as a subroutine, with the two elements in its
/// registers.
struct RegisterSortComparator {
    /// The standard comparison the comparator is, or nil to run its subroutine.
    let order: ScalarOrder?
    /// The elements' type: `Int`, `Double` or a struct of scalars.
    let element: RegisterType
    /// The subroutine's first instruction.
    let entry: Int
    /// The register of the first element's (first) scalar; the second's follow it.
    var first: Int32
    /// Where the closure is written.
    let at: SourceLoc
}

extension ScalarOrder {
    /// The order of a comparison instruction, or nil.
    init?(_ op: RegisterOp) {
        switch op {
        case .intLess, .doubleLess: self = .less
        case .intGreater, .doubleGreater: self = .greater
        case .intLessOrEqual, .doubleLessOrEqual: self = .lessOrEqual
        case .intGreaterOrEqual, .doubleGreaterOrEqual: self = .greaterOrEqual
        default: return nil
        }
    }
}

/// The instructions of an inlined closure's body, from after its `enterClosure` up to its
/// `leaveClosure`: an error thrown there leaves the closure's call as it leaves a called
/// closure, one call shallower and with "closure called at …" in its stack trace.
struct RegisterClosureRegion {
    let start: Int
    let end: Int
    /// Where the closure is written.
    let at: SourceLoc
}

/// How a scalar is stored as a value (`RegisterInstruction.kind`).
enum ScalarKind: UInt8 {
    case int, double, bool
}

/// One instruction: an operation and up to three operands.
struct RegisterInstruction {
    var op: RegisterOp
    /// The scalar kind of an array store or construction (in the padding after `op`).
    var kind: ScalarKind = .int
    /// A stored property's number, or a record type's (in the padding too: the instruction
    /// stays 16 bytes).
    var d: UInt16 = 0
    var a: Int32
    var b: Int32
    var c: Int32

    init(
        _ op: RegisterOp, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, kind: ScalarKind = .int, d: UInt16 = 0
    ) {
        self.op = op
        self.kind = kind
        self.d = d
        self.a = a
        self.b = b
        self.c = c
    }
}

/// What a local or a temporary holds, as the compiler tracks it: a scalar (in a register,
/// as bits), a struct of scalars (in consecutive registers, one per stored property), or an
/// array, a class instance or an optional one (in a value slot).
indirect enum RegisterType: Equatable {
    case int, double, bool
    case array(RegisterType)
    case record(RegisterRecord)
    /// A reference to an instance of the class.
    case object(RegisterClass)
    /// `Optional` of a reference to an instance of the class (`Node?`).
    case optional(RegisterClass)
    /// A tuple of scalars, in consecutive registers (one per element), as a struct.
    case tuple(RegisterTuple)

    /// Whether the type is one scalar (one register).
    var isScalar: Bool {
        switch self {
        case .int, .double, .bool: true
        case .array, .record, .object, .optional, .tuple: false
        }
    }

    /// The type of `self` in a method of `info`: a struct of scalars or a `final` class, or nil.
    static func ofSelf(_ info: TypeInfo) -> RegisterType? {
        RegisterRecord(info).map { .record($0) } ?? RegisterClass(info).map { .object($0) }
    }

    /// Whether the type is a tuple (in registers, one per element).
    var isTuple: Bool {
        if case .tuple = self { return true }
        return false
    }

    /// Whether the type lives in a value slot (an array, an object), not in registers.
    var isSlot: Bool {
        switch self {
        case .array, .object, .optional: true
        case .int, .double, .bool, .record, .tuple: false
        }
    }

    /// The registers a value of the type takes: one per stored property for a struct, one
    /// otherwise (an array's is unused: it has a slot).
    var width: Int32 {
        switch self {
        case .record(let record): Int32(record.fields.count)
        case .tuple(let tuple): Int32(tuple.elements.count)
        case .int, .double, .bool, .array, .object, .optional: 1
        }
    }

    /// How a scalar of this type is stored as a value.
    var kind: ScalarKind {
        switch self {
        case .int, .array, .record, .object, .optional, .tuple: .int
        case .double: .double
        case .bool: .bool
        }
    }

    /// The register type of a script type, or nil for any other type.
    init?(_ type: ScriptType) {
        switch type {
        case .int: self = .int
        case .double: self = .double
        case .bool: self = .bool
        case .array(let element):
            // An array of tuples is not taken (its elements would be unpacked as structs).
            guard let element = RegisterType(element), !element.isTuple else { return nil }
            self = .array(element)
        case .tuple(let elements, let labels):
            let types = elements.compactMap(RegisterType.init)
            guard types.count == elements.count, types.count >= 2, types.allSatisfy(\.isScalar) else { return nil }
            self = .tuple(RegisterTuple(elements: types, labels: labels))
        case .named(let info):
            if let record = RegisterRecord(info) {
                self = .record(record)
            } else if let type = RegisterClass(info) {
                self = .object(type)
            } else {
                return nil
            }
        case .optional(.named(let info)):
            guard let type = RegisterClass(info) else { return nil }
            self = .optional(type)
        default: return nil
        }
    }
}

/// A struct of the note whose stored properties are all `Int`, `Double` or `Bool`, without
/// observers: register form keeps it in registers, one per property, and reads and writes an
/// array's element where it is stored (`bodies[i].vx -= …`), the `.record` value the closures
/// keep.
struct RegisterRecord: Equatable {
    /// The type; not retained, as `RecordType` does not retain it (the session keeps it).
    unowned(unsafe) let info: TypeInfo
    /// The stored properties' types, in declaration order.
    let fields: [RegisterType]

    init?(_ info: TypeInfo) {
        guard info.kind == .structType, !info.fields.isEmpty else { return nil }
        var fields: [RegisterType] = []
        for field in info.fields {
            guard field.willSet == nil, field.didSet == nil, let type = RegisterType(field.type), type.isScalar else {
                return nil
            }
            fields.append(type)
        }
        self.info = info
        self.fields = fields
    }

    /// Whether `Type(a: …, b: …)` is its memberwise initializer with every property an argument,
    /// in order: the struct declares no initializer and no property has a default.
    func isMemberwise(labels: [String?]) -> Bool {
        info.initializers.isEmpty && info.fields.allSatisfy { $0.initial == nil }
            && labels == info.fields.map(\.name)
    }

    static func == (lhs: RegisterRecord, rhs: RegisterRecord) -> Bool { lhs.info === rhs.info }
}

/// A tuple of scalars (`(mean: Double, sd: Double)`): register form keeps it in registers, one
/// per element, as a struct. Two tuple types are the same type when their elements are, as the
/// lowering has it; the labels are those a value gets when it is packed (a function's result
/// carries its declared labels, as the closures relabel it).
struct RegisterTuple: Equatable {
    let elements: [RegisterType]
    let labels: [String?]

    /// The element `name` names (`0`, `1`, … or a label), or nil.
    func element(_ name: String) -> Int? {
        if let index = Int(name), elements.indices.contains(index) { return index }
        return labels.firstIndex(of: name)
    }

    static func == (lhs: RegisterTuple, rhs: RegisterTuple) -> Bool { lhs.elements == rhs.elements }
}

/// A class of the note that register form takes: its instances stay the closures' `.object`
/// values in value slots (reference counted as Swift's are), built by an initializer that only
/// stores its parameters and read by stored property (`node.left`), as the closures build and
/// read them. Only a `final` root class without a `deinit`: when an object is freed then
/// depends on which slots hold it, and register form's temporaries are not the closures', so
/// no `deinit` may run for it (a subclass's could).
struct RegisterClass: Equatable {
    /// The type; not retained (the session keeps it).
    unowned(unsafe) let info: TypeInfo

    init?(_ info: TypeInfo) {
        guard info.kind == .classType, info.isFinal, info.superclass == nil, info.deinitializer == nil else {
            return nil
        }
        self.info = info
    }

    /// The stored property `name` when it is a scalar, a reference or an optional reference
    /// (what a read puts in a register or a slot as it is).
    func field(_ name: String) -> (index: Int, type: RegisterType)? {
        guard let index = info.fieldIndex[name], let type = RegisterType(info.fields[index].type) else { return nil }
        switch type {
        case .int, .double, .bool, .object, .optional: return (index, type)
        case .array, .record, .tuple: return nil
        }
    }

    /// The initializer `Name(labels…)` calls and, per parameter, the stored property it is
    /// stored in, when it only stores its parameters, one per property, and no property has a
    /// default value other than an optional `var`'s implicit `nil` (the closures' own shortcut,
    /// `StoringInitializers.swift`).
    func storingInitializer(labels: [String?]) -> (initializer: FunctionInfo, fields: [Int])? {
        guard info.fields.allSatisfy({ $0.initial == nil || $0.initialIsImplicitNil }) else { return nil }
        let matching = info.initializers.filter { $0.labels == labels }
        guard matching.count == 1, let initializer = matching.first, initializer.owner === info,
            let fields = initializer.storedParameterFields, fields.count == info.fields.count
        else { return nil }
        return (initializer, fields)
    }

    static func == (lhs: RegisterClass, rhs: RegisterClass) -> Bool { lhs.info === rhs.info }
}

/// What `construct` builds: an instance of `info` with `fieldCount` stored properties, its
/// arguments the function's construction stores of the same number (trivial: the run loop
/// reads it without reference counting).
struct RegisterConstruction {
    let info: Unmanaged<TypeInfo>
    let fieldCount: Int
}

/// Where a construction's argument is (register or slot `operand`, a scalar of kind `kind`)
/// and the stored property it goes to.
struct RegisterConstructionStore {
    let field: Int
    var operand: Int32
    let inSlot: Bool
    let kind: ScalarKind
}

/// A function in register form, with everything its instructions refer to.
///
/// Its frame is `frameSize` registers: the parameters first, then the constants (copied in
/// on entry), then locals and temporaries. Tables are plain pointers, read without
/// reference counting on every instruction that uses them.
final class RegisterFunction {
    /// The largest frame a function may have in register form (the register stack holds
    /// `maxDepth + 1` of them).
    static let maximumFrameSize = 128

    let name: String
    /// The parameters, in order: where each one's value is.
    let parameters: [RegisterParameter]
    /// The registers the parameters take (the constants follow them).
    let parameterCount: Int
    /// The result's type (`Int`, the bits 0, for a function that returns nothing).
    let resultType: RegisterType
    /// Whether the function returns nothing (`Void`): it is called as a statement only.
    let returnsVoid: Bool
    /// The frame's size in registers.
    private(set) var frameSize = 0
    /// The instructions (valid after `finish`).
    private(set) var code = UnsafeMutablePointer<RegisterInstruction>.allocate(capacity: 1)
    /// How many instructions there are.
    private(set) var codeCount = 0
    /// Where each instruction is written, for its error and the clock's.
    private(set) var locations = UnsafeMutablePointer<SourceLoc>.allocate(capacity: 1)
    /// Where the second subscript of `m[i][j]` is written (its own trap's location).
    private(set) var columnLocations = UnsafeMutablePointer<SourceLoc>.allocate(capacity: 1)
    /// Constant bits copied into registers `parameterCount…` on entry.
    private(set) var constants = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private(set) var constantCount = 0
    /// The callees of `call` instructions, unretained (a function may call itself); the
    /// retained ones are kept in `calleeOwners`.
    private(set) var callees = UnsafeMutablePointer<Unmanaged<RegisterFunction>>.allocate(capacity: 1)
    /// How each call is traced in an error's stack ("fib called at 2:40").
    private(set) var callEntries: [FunctionEntry] = []
    /// For each call, its arguments kept in value slots (arrays, structs).
    private(set) var slotArguments = RegisterTable<SlotArgument>()
    /// For each call, the structs it passes `inout` in registers.
    private(set) var copyBacks = RegisterTable<RegisterCopyBack>()
    /// The struct types `makeRecord` builds, by number.
    private(set) var records: [RegisterRecord] = []
    /// The instances `construct` builds, by number.
    private(set) var constructions = UnsafeMutablePointer<RegisterConstruction>.allocate(capacity: 1)
    /// Per construction, where its arguments go.
    private(set) var constructionStores = RegisterTable<RegisterConstructionStore>()
    /// Per callee, the function it is (what `callWithFrame` pushes a frame of), unretained:
    /// `callEntries` keeps it.
    private(set) var calleeInfos = UnsafeMutablePointer<Unmanaged<FunctionInfo>>.allocate(capacity: 1)
    /// Whether the function keeps arrays in value slots (then its calls need a frame).
    private(set) var usesSlots = false
    /// Reads array elements where they are stored (the general path).
    let elements = ElementAccess()
    /// Whether arrays' elements are read where they are stored, by address (`Value`'s and
    /// arrays' layouts verified): `m[i][j]` through `ElementAccess`'s closures cost twice as
    /// much (matmul).
    let readsInPlace = ValuePayload.isAvailable && ArrayStorageLayout.isVerified
    /// Where an element is copied when `readsInPlace` is false.
    let elementCopy = UnsafeMutablePointer<Value>.allocate(capacity: 1)
    private var calleeOwners: [RegisterFunction] = []
    private(set) var unaryMath: [(Double) -> Double] = []
    private(set) var binaryMath: [(Double, Double) -> Double] = []
    /// Errors thrown by `fail` and `failIfGreater`.
    private(set) var errors: [ScriptError] = []
    /// The inlined closures' bodies, innermost (latest start) first.
    private(set) var closureRegions: [RegisterClosureRegion] = []
    /// The comparators of `sortElements`, by number.
    private(set) var sortComparators: [RegisterSortComparator] = []
    /// The context whose depth, clock and register stack the calls use, unretained: the
    /// context outlives every function lowered in it (a strong read retained it per call).
    let context: Unmanaged<RuntimeContext>
    /// The globals' frame, whose `let` constants the function reads (`global`); it lives as
    /// long as the session, and its storage never moves.
    let globals: UnsafeMutablePointer<Value>

    init(
        name: String, parameters: [RegisterParameter], resultType: RegisterType, returnsVoid: Bool = false,
        context: RuntimeContext, globals: UnsafeMutablePointer<Value>
    ) {
        self.name = name
        self.parameters = parameters
        self.parameterCount = Int(parameters.last.map { $0.register + $0.type.width } ?? 0)
        self.resultType = resultType
        self.returnsVoid = returnsVoid
        self.context = Unmanaged.passUnretained(context)
        self.globals = globals
        elementCopy.initialize(to: .void)
    }

    deinit {
        code.deallocate()
        locations.deallocate()
        columnLocations.deallocate()
        constants.deallocate()
        callees.deallocate()
        constructions.deallocate()
        calleeInfos.deallocate()
        slotArguments.deallocate()
        copyBacks.deallocate()
        constructionStores.deallocate()
        elementCopy.deinitialize(count: 1)
        elementCopy.deallocate()
    }

    /// Installs the compiled body.
    func finish(
        code instructions: [RegisterInstruction], locations sourceLocations: [SourceLoc],
        columnLocations secondLocations: [SourceLoc], constants bits: [Int],
        frameSize: Int, callees functions: [(RegisterFunction, FunctionEntry)],
        slotArguments: [[SlotArgument]], copyBacks: [[RegisterCopyBack]], records: [RegisterRecord],
        constructions: [(RegisterConstruction, [RegisterConstructionStore])], usesSlots: Bool,
        unaryMath: [(Double) -> Double], binaryMath: [(Double, Double) -> Double], errors: [ScriptError],
        closureRegions: [RegisterClosureRegion], sortComparators: [RegisterSortComparator]
    ) {
        self.copyBacks.replace(with: copyBacks)
        self.slotArguments.replace(with: slotArguments)
        self.records = records
        Self.replace(&self.constructions, with: constructions.map(\.0))
        constructionStores.replace(with: constructions.map(\.1))
        self.usesSlots = usesSlots
        Self.replace(&code, with: instructions)
        codeCount = instructions.count
        Self.replace(&locations, with: sourceLocations)
        Self.replace(&columnLocations, with: secondLocations)
        Self.replace(&constants, with: bits)
        constantCount = bits.count
        callees.deallocate()
        callees = .allocate(capacity: max(1, functions.count))
        for (index, (callee, _)) in functions.enumerated() {
            (callees + index).initialize(to: Unmanaged.passUnretained(callee))
        }
        calleeOwners = functions.map(\.0).filter { $0 !== self }
        callEntries = functions.map(\.1)
        Self.replace(&calleeInfos, with: callEntries.map { Unmanaged.passUnretained($0.info) })
        self.frameSize = frameSize
        self.unaryMath = unaryMath
        self.binaryMath = binaryMath
        self.errors = errors
        self.closureRegions = closureRegions.sorted { $0.start > $1.start }
        self.sortComparators = sortComparators
    }
}

extension RegisterFunction {
    /// The instructions, as an array (what tests read to see the compiled form).
    var instructions: [RegisterInstruction] { Array(UnsafeBufferPointer(start: code, count: codeCount)) }

    /// Frees the trivial values `table` holds and makes it a copy of `values`.
    fileprivate static func replace<Element>(_ table: inout UnsafeMutablePointer<Element>, with values: [Element]) {
        table.deallocate()
        table = .allocate(capacity: max(1, values.count))
        table.initialize(from: values, count: values.count)
    }
}

/// A parameter of a function in register form: its type, its first register (a struct takes
/// one per stored property; an array has slot `index` and an unused register), and whether it
/// is `inout` (a `mutating` method's `self` is): a struct's registers are then packed back into
/// the lowered frame's slot when the function returns or throws.
struct RegisterParameter {
    let type: RegisterType
    let register: Int32
    let isInout: Bool

    /// The layout of parameters of `types`, in order.
    static func layout(_ types: [RegisterType], isInout: [Bool]) -> [RegisterParameter] {
        var register: Int32 = 0
        return types.enumerated().map { index, type in
            defer { register += type.width }
            return RegisterParameter(
                type: type, register: register, isInout: isInout.indices.contains(index) && isInout[index])
        }
    }
}

/// A struct a call passes `inout` in registers: the callee's parameter registers (from its
/// frame's start) are copied back into the caller's when the call ends, by an error too (as
/// Swift writes an `inout` argument back, and as the closures do).
struct RegisterCopyBack {
    var caller: Int32
    let callee: Int32
    let width: Int32
}

/// An argument a call passes in a value slot (an array, an object): the caller's slot and the
/// callee's. An `inout` one is moved into the callee's frame and back when the call ends (by an
/// error too): Swift's copy-in copy-out, without a copy, since the caller cannot reach the
/// variable during the call (Swift's exclusivity rule). A temporary (a call's result, a
/// property read) is moved in too, and not copied back: nothing reads it after the call.
struct SlotArgument {
    let caller: Int
    let callee: Int
    let isInout: Bool
    var isTemporary = false
}

/// The registers of the calls in register form, one block per context: a call's frame
/// starts where its caller put the arguments, so a call allocates nothing.
final class RegisterStack {
    private var base: UnsafeMutablePointer<Int>?
    private var capacity = 0

    /// The bottom of a stack deep enough for `depth` frames of the largest size.
    func bottom(depth: Int) -> UnsafeMutablePointer<Int> {
        let needed = (depth + 2) * RegisterFunction.maximumFrameSize
        if let base, capacity >= needed { return base }
        base?.deallocate()
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: needed)
        base = grown
        capacity = needed
        return grown
    }

    deinit { base?.deallocate() }
}
