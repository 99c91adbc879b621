import SwiftSyntax

/// A lowered, statically typed expression.
struct Typed {
    let type: ScriptType
    let eval: Eval
    /// The value, when the expression is a constant (lets operators specialize).
    var constant: Value? = nil
    /// The slot, when the expression reads a variable of the current frame (lets operators read
    /// it without a closure call).
    var localSlot: Int? = nil
    /// The same value as a plain `Int` (no `Value` boxing between arithmetic, comparisons and
    /// calls), when the expression has such a path.
    var int: IntEval? = nil
    /// The same value as a plain `Double`, when the expression has such a path.
    var double: DoubleEval? = nil
    /// The same value as a plain `Bool` (conditions test it without unwrapping a `Value`).
    var bool: BoolEval? = nil
    /// Where a reference to a declaration of type `T!` is: it is force-unwrapped where a `T`
    /// is needed (see `ImplicitlyUnwrappedOptionals.swift`).
    var implicitlyUnwrapped: SourceLoc? = nil
    /// The expression run as a statement, when that is cheaper than evaluating it and dropping
    /// its value (`x += e` needs no call that returns `.void` to a wrapper that drops it).
    var exec: Exec? = nil
}

extension Typed {
    /// A `Void` expression that is mostly used as a statement (`x = e`): one body, run by both
    /// `eval` and `exec`.
    init(statement body: @escaping (Frame) throws -> Void) {
        self.init(type: .void) { frame in
            try body(frame)
            return .void
        }
        exec = { frame in
            try body(frame)
            return .normal
        }
    }
}

/// A lowered statement in a statement list. A closure stored directly in an array is kept in
/// the array's generic representation and called through two reabstraction thunks on every
/// run (about a tenth of `floatloop_fn`'s time); inside a struct it keeps its own.
struct LoweredStatement {
    let run: Exec
}

/// Statements collected in order for `sequence`. Each is kept in a `LoweredStatement`: a
/// closure stored in an array is called through two reabstraction thunks (a `let` declaration
/// in nbody's inner loop paid 3% of the run for them).
struct StatementList {
    private(set) var statements: [LoweredStatement] = []

    init() {}

    init(_ first: @escaping Exec) { append(first) }

    mutating func append(_ run: @escaping Exec) { statements.append(LoweredStatement(run: run)) }
}

/// Lowers a block's syntax tree, once, into closures over frame slots.
///
/// Every name is resolved here (to a slot index, a function or a builtin), every expression
/// gets its static type here, and constructs outside the subset are reported here: nothing of
/// swift-syntax is left on the hot path.
final class Lowerer {
    let globals: GlobalScope
    let context: RuntimeContext
    let mapper: SourceMapper
    /// The engine, charts and builtin types bound into the DSL.
    let bindings: BindingTable

    /// The names in scope and the function that holds them.
    var lexical = LexicalContext()
    /// Where `break`, `continue` and labels lead.
    var control = ControlContext()
    /// Nested scopes of the current function (or of top-level statements), innermost last.
    var scopes: [[String: Variable]] {
        get { lexical.scopes }
        set { lexical.scopes = newValue }
    }
    /// The function being lowered, if any.
    var function: FunctionState? {
        get { lexical.function }
        set { lexical.function = newValue }
    }
    /// Set while lowering a check's condition: records sub-expression values.
    var recorder: CheckRecorder?
    /// Set while lowering the second and later patterns of a `case a, b:` (they bind the same names).
    var reuseBindings = false
    /// Member bodies declared by `declareTypes`, lowered by `lowerTypeMembers`.
    var pendingTypeDecls: [(TypeInfo, MemberBlockItemListSyntax)] = []
    var pendingMethods: [(TypeInfo, FunctionDeclSyntax, FunctionInfo)] = []
    var pendingInitializers: [(TypeInfo, InitializerDeclSyntax, FunctionInfo)] = []
    var pendingDeinitializers: [(TypeInfo, DeinitializerDeclSyntax, FunctionInfo)] = []
    var pendingAccessors: [(TypeInfo, PatternBindingSyntax, TypeInfo.Computed)] = []
    var pendingSubscripts: [(TypeInfo, SubscriptDeclSyntax, TypeInfo.Subscript)] = []
    /// Property observers to lower: the type, the field index, the accessor and its function.
    var pendingObservers: [(TypeInfo, Int, AccessorDeclSyntax, FunctionInfo)] = []
    /// The field whose observer is being lowered (assigning it there does not observe again).
    var observedField: (TypeInfo, Int)?

    /// The id the next labelled statement gets (unique within the block).
    var nextLabelID = 0
    /// The type whose members are being lowered (`Self`), if any.
    var currentType: TypeInfo?
    /// Set while lowering a `switch` used as an expression (see `BranchExpressions.swift`).
    var switchValueSink: SwitchValueSink?
    /// How many bodies (closures, nested functions, loop frames) were lowered so far: a body
    /// during whose lowering this grew may have its frames captured.
    var nestedBodies = 0
    /// The types the generic parameters in scope stand for while a specialization of a generic
    /// function or type is lowered (`T` is `Double`); see `Generics/`.
    var genericBindings: [String: ScriptType] = [:]
    /// Lowerers of members Folio wrote (a wrapped property's storage and accessors, see
    /// `PropertyWrappers.swift`), whose bodies `lowerTypeMembers` lowers with this one's.
    var auxiliaryLowerers: [Lowerer] = []
    /// Set while a protocol extension is lowered into a conforming type: members the type
    /// declares itself are kept, not replaced.
    var keepsExistingMembers = false
    /// Set while this lowerer declares an instance of a generic type (`Stack<Int>`).
    var instantiation: GenericInstantiation?
    /// What the local types declared in the bodies being lowered hid (`LocalTypes.swift`), put
    /// back when their body ends.
    var hiddenByLocalTypes: [LocalType] = []
    /// The statements of local type declarations declared ahead of their statement list.
    var preparedLocalTypes: [SyntaxIdentifier: Exec] = [:]

    final class FunctionState {
        let info: FunctionInfo
        var nextSlot: Int
        /// The frame's lexical level (globals are 0).
        let level: Int
        /// A closure without a declared result type: the first `return` decides it.
        var infersReturn = false
        var sawReturn = false
        /// A loop body with fresh bindings per iteration (see `LoopFrames.swift`); `enclosing`
        /// is the function its `return` leaves.
        var isLoopFrame = false
        var enclosing: FunctionState?

        init(info: FunctionInfo, nextSlot: Int, level: Int) {
            self.info = info
            self.nextSlot = nextSlot
            self.level = level
        }
    }

    /// The lexical level of the code being lowered (0 at top level).
    var currentLevel: Int { function?.level ?? 0 }

    init(globals: GlobalScope, context: RuntimeContext, mapper: SourceMapper, bindings: BindingTable) {
        self.globals = globals
        self.context = context
        self.mapper = mapper
        self.bindings = bindings
    }

    /// Set while lowering code that Folio wrote itself (see `FunctionReferences.swift`): every
    /// location is the user's expression it stands for.
    var fixedLocation: SourceLoc?

    /// Set while lowering a closure Folio rewrote from the note's (a result builder's): a node
    /// copied from the note is at its own place (see `ResultBuilders.swift`).
    var synthesizedLocations: SynthesizedLocations?

    func loc(_ node: some SyntaxProtocol) -> SourceLoc {
        if let fixedLocation { return fixedLocation }
        if let synthesizedLocations { return synthesizedLocations.loc(node.positionAfterSkippingLeadingTrivia) }
        return mapper.loc(node)
    }

    func error(_ message: String, _ node: some SyntaxProtocol, id: ScriptDiagnosticID) -> ScriptError {
        ScriptError(message, id: id, at: loc(node))
    }

    // MARK: - Scope

    func lookup(_ name: String) -> Variable? {
        for scope in scopes.reversed() {
            if let variable = scope[name] { return variable }
        }
        return globals.variables[name]
    }

    /// Declares a variable in the innermost scope and returns its slot.
    func declare(_ name: String, type: ScriptType, mutable: Bool, node: some SyntaxProtocol) throws -> Variable {
        if let function {
            if scopes[scopes.count - 1][name] != nil {
                throw error(.invalidRedeclaration(name), node)
            }
            let variable = Variable(
                slot: function.nextSlot, type: type, mutable: mutable, isGlobal: false, level: function.level)
            function.nextSlot += 1
            function.info.slotCount = max(function.info.slotCount, function.nextSlot)
            scopes[scopes.count - 1][name] = variable
            return variable
        }
        guard globals.slotCount < GlobalScope.capacity else {
            throw error("too many variables in one note (limit \(GlobalScope.capacity))", node, id: .variableLimit)
        }
        let variable = Variable(slot: globals.slotCount, type: type, mutable: mutable, isGlobal: true)
        if scopes.isEmpty {
            if globals.variables[name] != nil || globals.functions[name] != nil {
                throw error(.invalidRedeclaration(name), node)
            }
            globals.variables[name] = variable
        } else {
            if scopes[scopes.count - 1][name] != nil {
                throw error(.invalidRedeclaration(name), node)
            }
            scopes[scopes.count - 1][name] = variable
        }
        globals.slotCount += 1
        return variable
    }

    /// Reads a variable's slot.
    func reader(_ variable: Variable) -> Eval {
        if variable.accessed { return accessedReader(variable) }
        if variable.isGlobal {
            let pointer = globals.frame.slots + variable.slot
            return { _ in pointer.pointee }
        }
        let slot = variable.slot
        switch currentLevel - variable.level {
        case 0: return { frame in frame.slots[slot] }
        case 1: return { frame in frame.parent.unsafelyUnwrapped.slots[slot] }
        case let hops:
            return { frame in
                var current = frame
                for _ in 0..<hops { current = current.parent.unsafelyUnwrapped }
                return current.slots[slot]
            }
        }
    }

    /// The variable's slot when it belongs to the current frame (read and written without an
    /// address closure), else nil.
    func localSlot(of variable: Variable) -> Int? {
        !variable.isGlobal && variable.level == currentLevel ? variable.slot : nil
    }

    /// The address of a variable's slot in a frame.
    func address(_ variable: Variable) -> (Frame) -> UnsafeMutablePointer<Value> {
        if variable.isGlobal {
            let pointer = globals.frame.slots + variable.slot
            return { _ in pointer }
        }
        let slot = variable.slot
        switch currentLevel - variable.level {
        case 0: return { frame in frame.slots + slot }
        case 1: return { frame in frame.parent.unsafelyUnwrapped.slots + slot }
        case let hops:
            return { frame in
                var current = frame
                for _ in 0..<hops { current = current.parent.unsafelyUnwrapped }
                return current.slots + slot
            }
        }
    }

    /// The frame at lexical level `level` seen from the current code (the parent frame of a
    /// function declared there).
    func frameAt(level: Int) -> (Frame) -> Frame? {
        if level == 0 { return { _ in nil } }
        switch currentLevel - level {
        case 0: return { frame in frame }
        case 1: return { frame in frame.parent }
        case let hops:
            return { frame in
                var current = frame
                for _ in 0..<hops { current = current.parent.unsafelyUnwrapped }
                return current
            }
        }
    }

    func withScope<T>(_ body: () throws -> T) rethrows -> T {
        scopes.append([:])
        defer { scopes.removeLast() }
        return try body()
    }

    // MARK: - Types

    /// Checks that a value of type `actual` can be used where `expected` is required.
    func require(_ typed: Typed, is expected: ScriptType, _ what: String, _ node: some SyntaxProtocol) throws {
        if typed.type != expected {
            throw error(
                "\(what.replacingOccurrences(of: "$A", with: "'\(typed.type)'").replacingOccurrences(of: "$E", with: "'\(expected)'"))",
                node, id: .typeMismatch)
        }
    }

    /// Converts a value to the type the context needs, as Swift does implicitly: `T` to `T?`
    /// (wrapping), `nil` to any optional, a struct or class to a protocol it conforms to, a
    /// subclass to its superclass.
    func convert(_ typed: Typed, to target: ScriptType, _ what: String, _ node: some SyntaxProtocol) throws -> Typed {
        if let relabeled = relabeledTuple(typed, to: target) { return relabeled }
        if typed.type == target { return typed }
        if let converted = conversion(typed, to: target) { return converted }
        try require(typed, is: target, what, node)
        return typed
    }

    func conversion(_ typed: Typed, to target: ScriptType) -> Typed? {
        if let relabeled = relabeledTuple(typed, to: target) { return relabeled }
        if typed.type == target { return typed }
        if typed.type == .nilLiteral, case .optional = target {
            return Typed(type: target, eval: { _ in .null }, constant: .null)
        }
        if case .optional(let wrapped) = target, let inner = conversion(typed, to: wrapped) {
            let eval = inner.eval
            return Typed(type: target) { frame in .some(try eval(frame)) }
        }
        if typed.type.isConvertible(to: target) { return Typed(type: target, eval: typed.eval) }
        if case .array(let to) = target, let from = typed.type.arraySliceElement, from == to,
            let array = sliceAsArray(typed)
        {
            return array  // a slice where an array is expected (Swift asks for `Array(s)`)
        }
        if case .optional(let from) = typed.type, case .optional(let to) = target, from.isConvertible(to: to) {
            return Typed(type: target, eval: typed.eval)  // `Ear?` where a `Listener?` is expected
        }
        if case .array(let from) = typed.type, case .array(let to) = target, from.isConvertible(to: to) {
            return Typed(type: target, eval: typed.eval)
        }
        if let unwrapped = implicitlyUnwrapped(typed) { return conversion(unwrapped, to: target) }
        return nil
    }

    /// `(minimum, maximum)` where a `(minimum: T, maximum: T)` is expected: the tuple takes the
    /// target's labels (they print); `nil` unless both are tuples whose labels differ.
    func relabeledTuple(_ typed: Typed, to target: ScriptType) -> Typed? {
        guard case .tuple(let elements, let labels) = target, case .tuple(let from, let fromLabels) = typed.type,
            elements == from, labels != fromLabels, labels.contains(where: { $0 != nil })
        else { return nil }
        let eval = typed.eval
        let valueLabels: [String?]? = labels
        return Typed(type: target) { frame in
            let value = try eval(frame)
            guard case .tuple(let values, _) = value else { return value }
            return .tuple(values, labels: valueLabels)
        }
    }

    // MARK: - Top level

    /// Lowers the items of a block at the note's top level.
    ///
    /// Types and functions are declared first (so that a block can call a function declared
    /// further down, and functions can call each other), then every statement is lowered in
    /// order. `lastValue` receives the value of a trailing non-`Void` expression.
    func lowerTopLevel(_ items: CodeBlockItemListSyntax, displaysLastValue: Bool) throws -> [Exec] {
        var decls: [DeclSyntax] = []
        for item in items {
            if case .decl(let decl) = item.item { decls.append(decl) }
        }
        var execs: [Exec] = try declareTypes(decls)
        var pending: [SyntaxIdentifier: FunctionInfo] = [:]
        for decl in decls {
            if let declaration = decl.as(FunctionDeclSyntax.self) {
                if declaration.genericParameterClause != nil || opaqueStandardResult(declaration) != nil {
                    try declareGenericFunction(declaration)
                } else {
                    pending[declaration.id] = try declareFunction(declaration)
                }
            }
        }
        let lastIndex = items.indices.last
        var functionBodies: [(FunctionDeclSyntax, FunctionInfo)] = []
        // Independent errors are collected, as a compiler reports them, so one run shows
        // them all; a failed declaration stops the collection (what uses its names would only
        // repeat the error).
        var errors: [ScriptError] = []
        var stopped = false
        // The block's loops, by their position in `execs`.
        var loops: [(Int, StmtSyntax)] = []
        for index in items.indices {
            let item = items[index]
            if case .stmt(let stmt) = item.item, stmt.is(ForStmtSyntax.self) || stmt.is(WhileStmtSyntax.self) {
                loops.append((execs.count, stmt))
            }
            if case .decl(let decl) = item.item {
                if let declaration = decl.as(FunctionDeclSyntax.self) {
                    if let info = pending[declaration.id] { functionBodies.append((declaration, info)) }
                    continue
                }
                if isTypeDeclaration(decl) { continue }
            }
            do {
                execs.append(try lowerTopLevelItem(item, displaysValue: index == lastIndex && displaysLastValue))
            } catch let error as ScriptError {
                errors.append(error)
                if case .decl = item.item {
                    stopped = true
                    break
                }
            }
        }
        if !stopped {
            // Bodies of functions and of type members are lowered once every global of the
            // block is declared, so they can use globals declared after them (as in a Swift
            // main file); calls read a body only when they run. Each body's errors are its own.
            // Type members come first, so that functions calling a struct's methods find them in
            // register form (and again after, for members the functions' bodies declared).
            do { try lowerTypeMembers(decls) } catch let error as ScriptError { errors.append(error) }
            for (declaration, info) in functionBodies {
                do { try lowerFunctionBody(declaration, info: info) } catch let error as ScriptError {
                    errors.append(error)
                }
            }
            do { try lowerTypeMembers([]) } catch let error as ScriptError { errors.append(error) }
            // Now that the block's functions are in register form, its loops may call them.
            if errors.isEmpty {
                for (position, loop) in loops where position < execs.count {
                    if let compiled = RegisterCompiler.compileTopLevel(loop, lowerer: self) {
                        execs[position] = compiled
                    }
                }
            }
        }
        if errors.count == 1, let only = errors.first { throw only }
        if !errors.isEmpty {
            throw ScriptErrors(errors: errors.sorted { ($0.loc.line, $0.loc.column) < ($1.loc.line, $1.loc.column) })
        }
        return execs
    }

    /// One statement of a block's top level; the last one's value is displayed when
    /// `displaysValue` (a `Chart` or `Table` becomes an output).
    private func lowerTopLevelItem(_ item: CodeBlockItemSyntax, displaysValue: Bool) throws -> Exec {
        guard displaysValue, case .expr(let expr) = item.item, isValueExpression(expr) else {
            return try lowerItem(item)
        }
        let typed = try lower(expr, expected: nil)
        if let output = bindingStatement(typed, expr) { return output }
        let eval = typed.eval
        guard typed.type != .void else {
            return { frame in
                _ = try eval(frame)
                return .normal
            }
        }
        let context = self.context
        return { frame in
            let value = try eval(frame)
            context.outputs.append(.value(value.formatted))
            return .normal
        }
    }

    func isValueExpression(_ expr: ExprSyntax) -> Bool {
        !(expr.is(IfExprSyntax.self) || expr.is(SwitchExprSyntax.self) || expr.is(MacroExpansionExprSyntax.self))
    }

    // MARK: - Statements

    func lowerItems(_ items: CodeBlockItemListSyntax) throws -> Exec {
        let statements = try withScope { try lowerItemsInScope(items) }
        return sequence(statements)
    }

    /// Lowers statements in the current scope; local functions are declared first so they can
    /// call each other (and be called before their declaration).
    func lowerItemsInScope(_ items: CodeBlockItemListSyntax) throws -> [LoweredStatement] {
        var pending: [SyntaxIdentifier: FunctionInfo] = [:]
        try declareLocalTypes(
            items.compactMap { item -> DeclSyntax? in
                guard case .decl(let decl) = item.item,
                    decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(EnumDeclSyntax.self)
                else { return nil }
                return decl
            })
        for item in items {
            if case .decl(let decl) = item.item, let declaration = decl.as(FunctionDeclSyntax.self),
                declaration.genericParameterClause == nil  // a generic one: `declareLocalGenericFunction`
            {
                pending[declaration.id] = try declareLocalFunction(declaration)
            }
        }
        return try lowerItemList(Array(items)[...], pending: pending)
    }

    private func lowerItemList(_ list: ArraySlice<CodeBlockItemSyntax>, pending: [SyntaxIdentifier: FunctionInfo])
        throws -> [LoweredStatement]
    {
        var statements: [LoweredStatement] = []
        for index in list.indices {
            let item = list[index]
            if case .stmt(let stmt) = item.item, stmt.is(FallThroughStmtSyntax.self), index == list.indices.last,
                item.parent?.parent?.is(SwitchCaseSyntax.self) == true
            {
                continue  // The switch arm records that it falls through (see `lowerSwitch`).
            }
            if case .decl(let decl) = item.item, let declaration = decl.as(FunctionDeclSyntax.self),
                let info = pending[declaration.id]
            {
                try lowerFunctionBody(declaration, info: info)
                continue
            }
            if case .stmt(let stmt) = item.item, let deferStmt = stmt.as(DeferStmtSyntax.self) {
                // The rest of the list runs first, then the deferred statements.
                let rest = sequence(try lowerItemList(list[(index + 1)...], pending: pending))
                statements.append(LoweredStatement(run: try deferred(deferStmt, rest: rest)))
                return statements
            }
            statements.append(LoweredStatement(run: try lowerItem(item)))
        }
        return statements
    }

    /// Statements run one after the other (declarations lowered to several closures).
    func sequence(_ list: StatementList) -> Exec {
        sequence(list.statements)
    }

    /// A statement list run in order, stopping at the first that does not end normally.
    func sequence(_ statements: [LoweredStatement]) -> Exec {
        switch statements.count {
        case 0: return { _ in .normal }
        case 1: return statements[0].run
        case 2:
            let first = statements[0].run
            let second = statements[1].run
            return { frame in
                let flow = try first(frame)
                if case .normal = flow { return try second(frame) }
                return flow
            }
        case 3:
            let first = statements[0].run
            let second = statements[1].run
            let third = statements[2].run
            return { frame in
                var flow = try first(frame)
                guard case .normal = flow else { return flow }
                flow = try second(frame)
                guard case .normal = flow else { return flow }
                return try third(frame)
            }
        default:
            // Three statements, then the rest as one: a closure captured in a closure is called
            // as it is, where one taken from an array is retained and released around each
            // call (a sixth of `methods`' reference counting).
            let first = statements[0].run
            let second = statements[1].run
            let third = statements[2].run
            let rest = sequence(Array(statements[3...]))
            return { frame in
                var flow = try first(frame)
                guard case .normal = flow else { return flow }
                flow = try second(frame)
                guard case .normal = flow else { return flow }
                flow = try third(frame)
                guard case .normal = flow else { return flow }
                return try rest(frame)
            }
        }
    }

    func lowerItem(_ item: CodeBlockItemSyntax) throws -> Exec {
        switch item.item {
        case .decl(let decl): return try lowerDecl(decl)
        case .stmt(let stmt): return try lowerStmt(stmt)
        case .expr(let expr): return try lowerExprStatement(expr)
        }
    }

    func lowerExprStatement(_ expr: ExprSyntax) throws -> Exec {
        if let ifExpr = expr.as(IfExprSyntax.self) { return try lowerIf(ifExpr) }
        if let macro = expr.as(MacroExpansionExprSyntax.self) {
            return try lowerMacro(name: macro.macroName, arguments: macro.arguments, node: Syntax(macro))
        }
        if let switchExpr = expr.as(SwitchExprSyntax.self) { return try lowerSwitch(switchExpr, label: nil) }
        let typed = try lower(expr, expected: nil)
        if let output = bindingStatement(typed, expr) { return output }
        if let exec = typed.exec { return exec }
        let eval = typed.eval
        return { frame in
            _ = try eval(frame)
            return .normal
        }
    }

    func lowerVariable(_ decl: VariableDeclSyntax) throws -> Exec {
        let mutable = decl.bindingSpecifier.tokenKind == .keyword(.var)
        if let wrapped = try lowerWrappedVariable(decl) { return wrapped }
        if let reference = try lowerReferenceVariable(decl) { return reference }  // `weak var w = x`
        for attribute in decl.attributes {
            throw error(
                "attribute '\(attribute.trimmedDescription)' is not supported in notes", attribute,
                id: .unsupportedAttribute)
        }
        var execs = StatementList()
        for binding in decl.bindings {
            if binding.accessorBlock != nil {
                execs.append(try lowerAccessedVariable(binding, mutable: mutable))
                continue
            }
            let annotated = try annotationType(binding)
            guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
                guard let value = binding.initializer?.value else {
                    throw error("this pattern needs an initial value", binding.pattern, id: .invalidDeclaration)
                }
                var typed = try lower(value, expected: annotated)
                if let annotated {
                    typed = try convert(
                        typed, to: annotated, "cannot convert value of type $A to specified type $E", value)
                }
                let bind = try lowerPattern(binding.pattern, type: typed.type, mutable: mutable, binding: true)
                let eval = typed.eval
                let at = loc(binding.pattern)
                execs.append { frame in
                    guard try bind(frame, eval(frame)) else {
                        throw ScriptError("pattern did not match", id: .patternMismatch, at: at)
                    }
                    return .normal
                }
                continue
            }
            let name = pattern.identifier.text
            var initial: Typed?
            if let value = binding.initializer?.value {
                var typed = try lower(value, expected: annotated)
                if let annotated {
                    typed = try convert(
                        typed, to: annotated, "cannot convert value of type $A to specified type $E", value)
                }
                if typed.type == .nilLiteral { throw error(.nilRequiresContextualType, value) }
                initial = typed
            }
            guard let variableType = annotated ?? initial?.type else {
                throw error(.typeAnnotationMissing, binding)
            }
            if variableType == .void, initial != nil {
                throw error("a variable of type '()' is not useful here", binding, id: .invalidDeclaration)
            }
            var variable = try declare(name, type: variableType, mutable: mutable || initial == nil, node: pattern)
            if sharedAnnotation(binding)?.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) == true {
                variable = markImplicitlyUnwrapped(name, variable)
            }
            let address = address(variable)
            if let initial {
                let eval = initial.eval
                execs.append { frame in
                    let value = try eval(frame)
                    address(frame).pointee = value
                    return .normal
                }
            } else if case .optional = variableType, mutable {
                execs.append { frame in
                    address(frame).pointee = .null
                    return .normal
                }
            } else {
                execs.append { frame in
                    address(frame).pointee = .void
                    return .normal
                }
            }
        }
        return sequence(execs)
    }

    /// A binding's declared type. A bare `Set` (`let a: Set = [1, 2]`) takes its element type
    /// from the array literal, as Swift infers it.
    /// The type annotation that applies to `binding`: its own, or, for a name with neither an
    /// annotation nor a value, the next one's (`var x, y, z: Double` declares three `Double`s).
    func sharedAnnotation(_ binding: PatternBindingSyntax) -> TypeSyntax? {
        if let own = binding.typeAnnotation?.type { return own }
        guard binding.initializer == nil, binding.accessorBlock == nil,
            let list = binding.parent?.as(PatternBindingListSyntax.self)
        else { return nil }
        var found = false
        for other in list {
            if other.id == binding.id {
                found = true
            } else if found {
                if let annotation = other.typeAnnotation?.type { return annotation }
                if other.initializer != nil { return nil }
            }
        }
        return nil
    }

    func annotationType(_ binding: PatternBindingSyntax) throws -> ScriptType? {
        guard let annotation = sharedAnnotation(binding) else { return nil }
        if let identifier = annotation.as(IdentifierTypeSyntax.self), identifier.name.text == "Set",
            identifier.genericArgumentClause == nil
        {
            guard let value = binding.initializer?.value, case .array(let element) = try lowerTypeOnly(value) else {
                throw error(.genericParameterNotInferred("Element"), annotation)
            }
            return .set(element)
        }
        return try type(annotation)
    }

    // MARK: Functions

    struct Signature {
        var labels: [String?] = []
        var types: [ScriptType] = []
        var defaults: [ExprSyntaxBox?] = []
        var inouts: [Bool] = []
        var autoclosures: [Bool] = []
        var resultBuilders: [Int: String] = [:]
        var variadic: Int?
        var returnType: ScriptType = .void
        var isThrowing = false

        /// A subscript getter's signature made its setter's: the new value is one more
        /// unlabelled parameter, of the getter's type, and nothing is returned.
        var subscriptSetter: Signature {
            var setter = self
            setter.labels.append(nil)
            setter.types.append(returnType)
            setter.defaults.append(nil)
            setter.inouts.append(false)
            setter.returnType = .void
            return setter
        }
    }

    func signature(
        _ clause: FunctionParameterClauseSyntax, returnClause: ReturnClauseSyntax?,
        effects: FunctionEffectSpecifiersSyntax?
    ) throws -> Signature {
        var result = Signature()
        if let effects, effects.asyncSpecifier != nil { throw unsupported(.concurrency(keyword: "async"), effects) }
        // `throws(Never)` does not throw.
        result.isThrowing = effects?.throwsClause != nil && effects?.throwsClause?.type?.trimmedDescription != "Never"
        for (index, parameter) in clause.parameters.enumerated() {
            var parameterType = parameter.type
            var isInout = false
            var isAutoclosure = false
            if let attributed = parameterType.as(AttributedTypeSyntax.self) {
                if attributed.specifiers.contains(where: { $0.trimmedDescription == "inout" }) { isInout = true }
                isAutoclosure = attributed.attributes.contains {
                    $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "autoclosure"
                }
                if let builder = resultBuilderName(in: attributed.attributes) { result.resultBuilders[index] = builder }
                parameterType = attributed.baseType
            }
            if let builder = resultBuilderName(in: parameter.attributes) { result.resultBuilders[index] = builder }
            var type = try self.type(parameterType)
            if parameter.ellipsis != nil {
                result.variadic = index
                type = .array(type)
            }
            let first = parameter.firstName.text
            result.labels.append(first == "_" ? nil : first)
            result.types.append(type)
            result.defaults.append(parameter.defaultValue.map { ExprSyntaxBox(expr: $0.value) })
            result.inouts.append(isInout)
            if isAutoclosure {
                guard case .function(let parameters, _) = type, parameters.isEmpty else {
                    throw error(
                        "@autoclosure attribute only applies to function types with no parameters", parameter.type,
                        id: .invalidExpression)
                }
            }
            result.autoclosures.append(isAutoclosure)
        }
        result.returnType = try returnClause.map { try type($0.type) } ?? .void
        return result
    }

    func makeInfo(_ name: String, _ sig: Signature, loc: SourceLoc) -> FunctionInfo {
        let info = FunctionInfo(
            name: name, labels: sig.labels, parameterTypes: sig.types, returnType: sig.returnType, loc: loc)
        info.defaults = sig.defaults
        info.inoutParameters = sig.inouts
        info.autoclosureParameters = sig.autoclosures
        info.resultBuilderParameters = sig.resultBuilders
        info.variadic = sig.variadic
        info.isThrowing = sig.isThrowing
        return info
    }

    func declareFunction(_ decl: FunctionDeclSyntax) throws -> FunctionInfo {
        if decl.genericParameterClause != nil {
            throw error("generic functions are not supported in notes", decl, id: .unsupportedGenerics)
        }
        let sig = try signature(
            decl.signature.parameterClause, returnClause: decl.signature.returnClause,
            effects: decl.signature.effectSpecifiers)
        let name = decl.name.text
        if globals.variables[name] != nil { throw error(.invalidRedeclaration(name), decl.name) }
        let info = makeInfo(name, sig, loc: loc(decl.name))
        var overloads = globals.functions[name] ?? []
        if overloads.contains(where: { $0.labels == info.labels && $0.parameterTypes == info.parameterTypes }) {
            throw error(.invalidRedeclaration(info.signature), decl.name)
        }
        overloads.append(info)
        globals.functions[name] = overloads
        return info
    }

    /// A function declared inside a function or a local scope: a name in the current scope
    /// whose body runs with the declaring frame as its parent (capturing by reference).
    func declareLocalFunction(_ decl: FunctionDeclSyntax) throws -> FunctionInfo {
        if scopes.isEmpty && function == nil { return try declareFunction(decl) }
        if decl.genericParameterClause != nil {
            throw error(
                "local generic functions are not supported in notes (declare it at the top level)", decl,
                id: .unsupportedGenerics)
        }
        let sig = try signature(
            decl.signature.parameterClause, returnClause: decl.signature.returnClause,
            effects: decl.signature.effectSpecifiers)
        let name = decl.name.text
        let info = makeInfo(name, sig, loc: loc(decl.name))
        info.level = currentLevel + 1
        if scopes[scopes.count - 1][name] != nil { throw error(.invalidRedeclaration(name), decl.name) }
        scopes[scopes.count - 1][name] = Variable(
            slot: -1, type: .function(sig.types, sig.returnType), mutable: false, isGlobal: false, level: currentLevel,
            function: info)
        return info
    }

    /// Lowers a function's body in a fresh frame whose parameters are its first slots.
    func lowerFunctionBody(_ decl: FunctionDeclSyntax, info: FunctionInfo) throws {
        guard let body = decl.body else {
            throw error(.expectedBody("body of function declaration"), decl)
        }
        let names = decl.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text }
        try lowerBody(
            info: info, parameterNames: names,
            parameterNodes: Array(decl.signature.parameterClause.parameters.map { Syntax($0) }),
            statements: body.statements, end: body.rightBrace, selfType: nil)
        if let compiled = RegisterCompiler.compile(decl, info: info, lowerer: self) {
            info.runInRegisterForm(compiled)
        }
    }

    /// Lowers a body (function, method, initializer, closure) into `info.body`.
    /// With `selfType`, slot 0 is `self`.
    func lowerBody(
        info: FunctionInfo, parameterNames: [String], parameterNodes: [Syntax], statements: CodeBlockItemListSyntax,
        end: TokenSyntax, selfType: ScriptType?, selfMutable: Bool = false, infersReturn: Bool = false
    ) throws {
        let savedLexical = lexical
        let savedControl = control
        let savedRecorder = recorder
        let state = FunctionState(info: info, nextSlot: 0, level: info.level)
        state.infersReturn = infersReturn
        info.expressionBody = nil
        info.boolExpressionBody = nil
        info.intBody = nil
        info.doubleBody = nil
        context.functions.append(info)
        nestedBodies += 1
        let bodiesBefore = nestedBodies
        let outerScopes = savedLexical.function == nil && savedLexical.scopes.isEmpty ? [] : savedLexical.scopes
        lexical = LexicalContext(scopes: outerScopes + [[:]], function: state)
        control = ControlContext()
        recorder = nil
        let localTypesBefore = hiddenByLocalTypes.count
        defer {
            restoreTypesHidden(since: localTypesBefore)
            lexical = savedLexical
            control = savedControl
            recorder = savedRecorder
            info.framesMayEscape = nestedBodies != bodiesBefore
        }
        if let selfType {
            _ = try declare("self", type: selfType, mutable: selfMutable, node: end)
        }
        for (index, name) in parameterNames.enumerated() {
            let slot = state.nextSlot
            _ = try declare(
                name == "_" ? "_\(slot)" : name, type: info.parameterTypes[index],
                mutable: info.inoutParameters.indices.contains(index) && info.inoutParameters[index],
                node: parameterNodes.indices.contains(index) ? parameterNodes[index] : Syntax(end))
        }
        info.slotCount = max(info.slotCount, state.nextSlot)
        // The body is a scope of its own (it may shadow parameters: `guard let x = x`).
        scopes.append([:])
        // A single-expression body returns its value.
        if info.returnType != .void || infersReturn, statements.count == 1, let only = statements.first,
            let expr = itemExpression(only),
            (only.item.as(ExprSyntax.self) != nil && isValueExpression(expr))
                || (info.returnType != .void && !infersReturn && isBranchValueForm(expr))
        {
            var typed = try lower(expr, expected: infersReturn ? nil : info.returnType)
            if infersReturn {
                info.returnType = typed.type == .nilLiteral ? .void : typed.type
            } else if info.returnType != .void || typed.type == .void {
                typed = try convert(
                    typed, to: info.returnType, "cannot convert return expression of type $A to return type $E", expr)
            }
            let eval = typed.eval
            info.body = { frame in
                frame.returnValue = try eval(frame)
                return .returned
            }
            info.expressionBody = eval
            if info.returnType == .int, typed.type == .int, let int = typed.int { info.intBody = int }
            if info.returnType == .bool, typed.type == .bool { info.boolExpressionBody = typed.bool }
            if info.returnType == .double, typed.type == .double, let double = typed.double { info.doubleBody = double }
            return
        }
        let exec = sequence(try lowerItemsInScope(statements))
        if infersReturn && !state.sawReturn { info.returnType = .void }
        let returnType = info.returnType
        let name = info.name
        let kind =
            info.owner != nil
            ? "instance method"
            : info.name == "closure" ? "closure" : info.level == 1 ? "global function" : "local function"
        guard returnType != .void else {
            info.body = exec  // nothing to check at the end: no closure around the body
            return
        }
        let endLoc = loc(end)
        info.body = { frame in
            let flow = try exec(frame)
            if case .normal = flow {
                throw ScriptError(
                    "missing return in \(kind) '\(name)' expected to return '\(returnType)'", id: .missingReturn,
                    at: endLoc)
            }
            return flow
        }
    }

    func declareTypeAlias(_ alias: TypeAliasDeclSyntax) throws {
        if alias.genericParameterClause != nil {
            throw error("generic type aliases are not supported in notes", alias, id: .unsupportedGenerics)
        }
        let name = alias.name.text
        if globals.types[name] != nil { throw error(.invalidRedeclaration(name), alias.name) }
        globals.typeAliases[name] = try type(alias.initializer.value)
    }

    func lowerReturn(_ stmt: ReturnStmtSyntax) throws -> Exec {
        guard let function = enclosingFunction else {
            throw error("return invalid outside of a func", stmt, id: .invalidReturn)
        }
        if function.info.isFailable, let expression = stmt.expression, expression.is(NilLiteralExprSyntax.self) {
            return { frame in
                frame.returnValue = .null
                return .returned
            }
        }
        if function.infersReturn && !function.sawReturn {
            function.sawReturn = true
            if let expression = stmt.expression {
                let typed = try lower(expression, expected: nil)
                function.info.returnType = typed.type
                let eval = typed.eval
                return { frame in
                    frame.returnValue = try eval(frame)
                    return .returned
                }
            }
            function.info.returnType = .void
        }
        let returnType = function.info.returnType
        guard let expression = stmt.expression else {
            if returnType != .void {
                throw error("non-void function should return a value", stmt, id: .missingReturn)
            }
            return { frame in
                frame.returnValue = .void
                return .returned
            }
        }
        var typed = try lower(expression, expected: returnType)
        if returnType == .void, typed.type != .void {
            throw error("unexpected non-void return value in void function", expression, id: .invalidReturn)
        }
        typed = try convert(
            typed, to: returnType, "cannot convert return expression of type $A to return type $E", expression)
        let eval = typed.eval
        return { frame in
            frame.returnValue = try eval(frame)
            return .returned
        }
    }

    // MARK: Control flow

    /// Lowers the conditions of `if`, `guard` and `while`: Boolean expressions, `let x = opt`
    /// bindings (declared in the current scope) and `case` patterns.
    func condition(_ conditions: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        if conditions.count == 1, let only = conditions.first, case .expression(let expr) = only.condition {
            // The common case, tested through the expression's unboxed path.
            let typed = try lower(expr, expected: .bool)
            try require(typed, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'", expr)
            return typed.boolPath(loc(expr))
        }
        var tests: [(Frame) throws -> Bool] = []
        for element in conditions {
            switch element.condition {
            case .expression(let expr):
                let typed = try lower(expr, expected: .bool)
                try require(typed, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'", expr)
                tests.append(typed.boolPath(loc(expr)))
            case .optionalBinding(let binding):
                let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
                let valueExpr: ExprSyntax
                if let initializer = binding.initializer {
                    valueExpr = initializer.value
                } else if let name {
                    valueExpr = ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier(name)))
                } else {
                    throw error("this binding is not supported", binding, id: .unsupportedFeature)
                }
                var hint: ScriptType?
                if let annotation = binding.typeAnnotation { hint = .optional(try type(annotation.type)) }
                let typed =
                    binding.initializer == nil
                    ? try lowerShorthandBinding(name ?? "", node: binding) : try lower(valueExpr, expected: hint)
                guard case .optional(let wrapped) = typed.type else {
                    throw error(
                        "initializer for conditional binding must have Optional type, not '\(typed.type)'", valueExpr,
                        id: .optionalMisuse)
                }
                let eval = typed.eval
                let bind = try lowerPattern(
                    binding.pattern, type: wrapped, mutable: binding.bindingSpecifier.tokenKind == .keyword(.var),
                    binding: true)
                tests.append { frame in
                    guard let value = try eval(frame).wrapped else { return false }
                    return try bind(frame, value)
                }
            case .matchingPattern(let matching):
                let typed = try lower(matching.initializer.value, expected: nil)
                let eval = typed.eval
                let match = try lowerPattern(matching.pattern, type: typed.type, mutable: false, binding: false)
                tests.append { frame in try match(frame, eval(frame)) }
            case .availability(let availability):
                // A note runs on the platform `*` stands for: `#available(iOS 10, *)` holds and
                // `#unavailable(iOS 10)` does not, as compiled Swift on Linux decides.
                let holds = availability.availabilityKeyword.tokenKind == .poundAvailable
                tests.append { _ in holds }
            }
        }
        // Each test holds the next (`guard let a = x, let b = y`): closures read from an array
        // are retained and released around their calls (`bintree`).
        var combined: (Frame) throws -> Bool = { _ in true }
        for (index, test) in tests.enumerated().reversed() {
            if index == tests.count - 1 {
                combined = test
            } else {
                let next = combined
                combined = { frame in try test(frame) ? try next(frame) : false }
            }
        }
        return combined
    }

    /// `if let x {` : the variable `x` of the enclosing scope.
    private func lowerShorthandBinding(_ name: String, node: some SyntaxProtocol) throws -> Typed {
        guard let variable = lookup(name) else {
            // `if let delegate {` in a method: the property `self.delegate`.
            if lookup("self") != nil, let currentType,
                currentType.fieldIndex[name] != nil || currentType.computedProperty(name) != nil
            {
                let member = MemberAccessExprSyntax(
                    base: DeclReferenceExprSyntax(baseName: .keyword(.self)),
                    declName: DeclReferenceExprSyntax(
                        baseName: .identifier(name)))
                return try lower(ExprSyntax(member), expected: nil)
            }
            throw error(.cannotFindInScope(name), node)
        }
        if let function = variable.function {
            throw error("'\(function.name)' is not optional", node, id: .optionalMisuse)
        }
        return Typed(type: variable.type, eval: reader(variable))
    }

    func lowerIf(_ ifExpr: IfExprSyntax) throws -> Exec {
        let (test, then) = try withScope { (try condition(ifExpr.conditions), try lowerItems(ifExpr.body.statements)) }
        let otherwise: Exec
        switch ifExpr.elseBody {
        case .ifExpr(let next)?: otherwise = try lowerIf(next)
        case .codeBlock(let block)?: otherwise = try lowerItems(block.statements)
        case nil: otherwise = { _ in .normal }
        }
        return { frame in try test(frame) ? then(frame) : otherwise(frame) }
    }

    func lowerGuard(_ stmt: GuardStmtSyntax) throws -> Exec {
        let body = try lowerItems(stmt.body.statements)
        let test = try condition(stmt.conditions)
        let at = loc(stmt.body.rightBrace)
        return { frame in
            if try test(frame) { return .normal }
            let flow = try body(frame)
            if case .normal = flow {
                throw ScriptError("'guard' body must not fall through", id: .missingReturn, at: at)
            }
            return flow
        }
    }

    func loopBody(_ block: CodeBlockSyntax) throws -> Exec {
        let saved = control
        control.loopDepth += 1
        control.switchDepth = 0
        defer { control = saved }
        return try lowerItems(block.statements)
    }

    func lowerWhile(_ stmt: WhileStmtSyntax, label: Int?) throws -> Exec {
        var (test, body): ((Frame) throws -> Bool, Exec)
        if LoopCaptureScan.needsFreshFrame([Syntax(stmt.conditions), Syntax(stmt.body)]) {
            let ((innerTest, innerBody), info) = try inLoopFrame {
                (try condition(stmt.conditions), try loopBody(stmt.body))
            }
            test = { _ in true }
            body = freshFrame(info) { _, inner in try innerTest(inner) ? innerBody(inner) : .breakLoop }
        } else {
            (test, body) = try withScope { (try condition(stmt.conditions), try loopBody(stmt.body)) }
        }
        let context = self.context
        let at = loc(stmt.whileKeyword)
        let label = label ?? -1
        return { frame in
            while try test(frame) {
                if let exit = loopExit(try body(frame), label: label) { return exit }
                try context.tick(at)
            }
            return .normal
        }
    }

    func lowerRepeat(_ stmt: RepeatStmtSyntax, label: Int?) throws -> Exec {
        let body: Exec
        if LoopCaptureScan.needsFreshFrame([Syntax(stmt.body)]) {
            let (innerBody, info) = try inLoopFrame { try loopBody(stmt.body) }
            body = freshFrame(info) { _, inner in try innerBody(inner) }
        } else {
            body = try loopBody(stmt.body)
        }
        let typed = try lower(stmt.condition, expected: .bool)
        try require(
            typed, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'", stmt.condition)
        let test = typed.eval
        let context = self.context
        let at = loc(stmt.repeatKeyword)
        let label = label ?? -1
        return { frame in
            repeat {
                if let exit = loopExit(try body(frame), label: label) { return exit }
                try context.tick(at)
            } while try boolValue(test(frame), at)
            return .normal
        }
    }
}
