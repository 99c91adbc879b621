import SwiftSyntax

/// A lowered, statically typed expression.
struct Typed {
    let type: ScriptType
    let eval: Eval
    /// The value, when the expression is a constant (lets operators specialize).
    var constant: Value? = nil
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

    /// Nested scopes of the current function (or of top-level statements), innermost last.
    /// An empty stack at top level means the note's global scope.
    var scopes: [[String: Variable]] = []
    /// The function being lowered, if any.
    var function: FunctionState?
    /// How many loops enclose the statement being lowered.
    var loopDepth = 0
    /// Set while lowering a check's condition: records sub-expression values.
    var recorder: CheckRecorder?

    final class FunctionState {
        let info: FunctionInfo
        var nextSlot: Int

        init(info: FunctionInfo, nextSlot: Int) {
            self.info = info
            self.nextSlot = nextSlot
        }
    }

    init(globals: GlobalScope, context: RuntimeContext, mapper: SourceMapper) {
        self.globals = globals
        self.context = context
        self.mapper = mapper
    }

    func loc(_ node: some SyntaxProtocol) -> SourceLoc { mapper.loc(node) }

    func error(_ message: String, _ node: some SyntaxProtocol) -> ScriptError {
        ScriptError(message, at: loc(node))
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
                throw error("invalid redeclaration of '\(name)'", node)
            }
            let variable = Variable(slot: function.nextSlot, type: type, mutable: mutable, isGlobal: false)
            function.nextSlot += 1
            function.info.slotCount = max(function.info.slotCount, function.nextSlot)
            scopes[scopes.count - 1][name] = variable
            return variable
        }
        guard globals.slotCount < GlobalScope.capacity else {
            throw error("too many variables in one note (limit \(GlobalScope.capacity))", node)
        }
        let variable = Variable(slot: globals.slotCount, type: type, mutable: mutable, isGlobal: true)
        if scopes.isEmpty {
            if globals.variables[name] != nil || globals.functions[name] != nil {
                throw error("invalid redeclaration of '\(name)'", node)
            }
            globals.variables[name] = variable
        } else {
            if scopes[scopes.count - 1][name] != nil {
                throw error("invalid redeclaration of '\(name)'", node)
            }
            scopes[scopes.count - 1][name] = variable
        }
        globals.slotCount += 1
        return variable
    }

    /// Reads a variable's slot.
    func reader(_ variable: Variable) -> Eval {
        if variable.isGlobal {
            let pointer = globals.frame.slots + variable.slot
            return { _ in pointer.pointee }
        }
        let slot = variable.slot
        return { frame in frame.slots[slot] }
    }

    /// The address of a variable's slot in a frame.
    func address(_ variable: Variable) -> (Frame) -> UnsafeMutablePointer<Value> {
        if variable.isGlobal {
            let pointer = globals.frame.slots + variable.slot
            return { _ in pointer }
        }
        let slot = variable.slot
        return { frame in frame.slots + slot }
    }

    func withScope<T>(_ body: () throws -> T) rethrows -> T {
        scopes.append([:])
        defer { scopes.removeLast() }
        return try body()
    }

    // MARK: - Types

    func type(_ syntax: TypeSyntax) throws -> ScriptType {
        if let identifier = syntax.as(IdentifierTypeSyntax.self) {
            let name = identifier.name.text
            if let arguments = identifier.genericArgumentClause?.arguments {
                if name == "Array", arguments.count == 1, let first = arguments.first,
                    case .type(let element) = first.argument
                {
                    return .array(try type(element))
                }
                throw error("type '\(syntax.trimmedDescription)' is not supported yet", syntax)
            }
            switch name {
            case "Int": return .int
            case "Double": return .double
            case "Bool": return .bool
            case "String": return .string
            case "Void": return .void
            case "Float", "Float16", "Float32", "Float64", "CGFloat", "Int8", "Int16", "Int32", "Int64",
                "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Character":
                throw error("type '\(name)' is not supported yet (use Int, Double, Bool or String)", syntax)
            default:
                throw error("cannot find type '\(name)' in scope", syntax)
            }
        }
        if let array = syntax.as(ArrayTypeSyntax.self) {
            return .array(try type(array.element))
        }
        if syntax.is(OptionalTypeSyntax.self) || syntax.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            throw error("optionals are not supported yet", syntax)
        }
        if let tuple = syntax.as(TupleTypeSyntax.self), tuple.elements.isEmpty {
            return .void
        }
        if syntax.is(DictionaryTypeSyntax.self) {
            throw error("dictionaries are not supported yet", syntax)
        }
        if syntax.is(TupleTypeSyntax.self) {
            throw error("tuples are not supported yet", syntax)
        }
        throw error("type '\(syntax.trimmedDescription)' is not supported yet", syntax)
    }

    /// Checks that a value of type `actual` can be used where `expected` is required.
    func require(_ typed: Typed, is expected: ScriptType, _ what: String, _ node: some SyntaxProtocol) throws {
        if typed.type != expected {
            throw error("\(what.replacingOccurrences(of: "$A", with: "'\(typed.type)'").replacingOccurrences(of: "$E", with: "'\(expected)'"))", node)
        }
    }

    // MARK: - Top level

    /// Lowers the items of a block at the note's top level.
    ///
    /// Functions are declared first (so that a block can call a function declared further
    /// down, and functions can call each other), then every statement is lowered in order.
    /// `lastValue` receives the value of a trailing non-`Void` expression.
    func lowerTopLevel(_ items: CodeBlockItemListSyntax, displaysLastValue: Bool) throws -> [Exec] {
        var pending: [(FunctionDeclSyntax, FunctionInfo)] = []
        for item in items {
            if case .decl(let decl) = item.item, let declaration = decl.as(FunctionDeclSyntax.self) {
                pending.append((declaration, try declareFunction(declaration)))
            }
        }
        var execs: [Exec] = []
        let lastIndex = items.indices.last
        for index in items.indices {
            let item = items[index]
            if case .decl(let decl) = item.item, let declaration = decl.as(FunctionDeclSyntax.self),
                let info = pending.first(where: { $0.0.id == declaration.id })?.1
            {
                try lowerFunctionBody(declaration, info: info)
                continue
            }
            if index == lastIndex, displaysLastValue, case .expr(let expr) = item.item,
                isValueExpression(expr)
            {
                let typed = try lower(expr, expected: nil)
                if typed.type != .void {
                    let eval = typed.eval
                    let context = self.context
                    execs.append { frame in
                        let value = try eval(frame)
                        context.outputs.append(.value(value.formatted))
                        return .normal
                    }
                    continue
                }
                execs.append { frame in _ = try typed.eval(frame); return .normal }
                continue
            }
            execs.append(try lowerItem(item))
        }
        return execs
    }

    private func isValueExpression(_ expr: ExprSyntax) -> Bool {
        !(expr.is(IfExprSyntax.self) || expr.is(SwitchExprSyntax.self) || expr.is(MacroExpansionExprSyntax.self))
    }

    // MARK: - Statements

    func lowerItems(_ items: CodeBlockItemListSyntax) throws -> Exec {
        let execs = try withScope { try items.map { try lowerItem($0) } }
        return sequence(execs)
    }

    func sequence(_ execs: [Exec]) -> Exec {
        switch execs.count {
        case 0: return { _ in .normal }
        case 1: return execs[0]
        case 2:
            let first = execs[0]
            let second = execs[1]
            return { frame in
                let flow = try first(frame)
                if case .normal = flow { return try second(frame) }
                return flow
            }
        default:
            return { frame in
                for exec in execs {
                    let flow = try exec(frame)
                    if case .normal = flow { continue }
                    return flow
                }
                return .normal
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
        if expr.is(SwitchExprSyntax.self) { throw error("`switch` is not supported yet", expr) }
        let typed = try lower(expr, expected: nil)
        let eval = typed.eval
        return { frame in _ = try eval(frame); return .normal }
    }

    func lowerDecl(_ decl: DeclSyntax) throws -> Exec {
        if let variable = decl.as(VariableDeclSyntax.self) { return try lowerVariable(variable) }
        if decl.is(ImportDeclSyntax.self) { return { _ in .normal } }
        if let macro = decl.as(MacroExpansionDeclSyntax.self) {
            return try lowerMacro(name: macro.macroName, arguments: macro.arguments, node: Syntax(macro))
        }
        if let function = decl.as(FunctionDeclSyntax.self) {
            _ = function
            throw error("nested functions are not supported yet", decl)
        }
        let keyword: String
        var future = true
        switch decl.kind {
        case .classDecl: keyword = "class"
        case .structDecl: keyword = "struct"
        case .enumDecl: keyword = "enum"
        case .protocolDecl: keyword = "protocol"
        case .extensionDecl: keyword = "extension"
        case .typeAliasDecl: keyword = "typealias"
        case .actorDecl: keyword = "actor"; future = false
        case .operatorDecl: keyword = "operator"; future = false
        case .precedenceGroupDecl: keyword = "precedencegroup"; future = false
        case .macroDecl: keyword = "macro"; future = false
        default: keyword = decl.firstToken(viewMode: .sourceAccurate)?.text ?? "declaration"
        }
        throw error(future ? "`\(keyword)` is not supported yet" : "`\(keyword)` is not supported in notes", decl)
    }

    func lowerStmt(_ stmt: StmtSyntax) throws -> Exec {
        if let expression = stmt.as(ExpressionStmtSyntax.self) { return try lowerExprStatement(expression.expression) }
        if let forStmt = stmt.as(ForStmtSyntax.self) { return try lowerFor(forStmt) }
        if let whileStmt = stmt.as(WhileStmtSyntax.self) { return try lowerWhile(whileStmt) }
        if let repeatStmt = stmt.as(RepeatStmtSyntax.self) { return try lowerRepeat(repeatStmt) }
        if let guardStmt = stmt.as(GuardStmtSyntax.self) { return try lowerGuard(guardStmt) }
        if let breakStmt = stmt.as(BreakStmtSyntax.self) {
            if breakStmt.label != nil { throw error("labeled `break` is not supported yet", stmt) }
            guard loopDepth > 0 else { throw error("'break' is only allowed inside a loop, if, do, or switch", stmt) }
            return { _ in .breakLoop }
        }
        if let continueStmt = stmt.as(ContinueStmtSyntax.self) {
            if continueStmt.label != nil { throw error("labeled `continue` is not supported yet", stmt) }
            guard loopDepth > 0 else { throw error("'continue' is only allowed inside a loop", stmt) }
            return { _ in .continueLoop }
        }
        if let returnStmt = stmt.as(ReturnStmtSyntax.self) { return try lowerReturn(returnStmt) }
        let keyword = stmt.firstToken(viewMode: .sourceAccurate)?.text ?? "statement"
        throw error("`\(keyword)` is not supported yet", stmt)
    }

    func lowerVariable(_ decl: VariableDeclSyntax) throws -> Exec {
        let mutable = decl.bindingSpecifier.tokenKind == .keyword(.var)
        if !decl.attributes.isEmpty { throw error("attributes are not supported in notes", decl.attributes) }
        var execs: [Exec] = []
        for binding in decl.bindings {
            if binding.accessorBlock != nil { throw error("computed variables are not supported yet", binding) }
            guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
                if binding.pattern.is(TuplePatternSyntax.self) {
                    throw error("tuple destructuring is not supported yet", binding.pattern)
                }
                throw error("this pattern is not supported yet", binding.pattern)
            }
            let name = pattern.identifier.text
            let annotated = try binding.typeAnnotation.map { try type($0.type) }
            var initial: Typed?
            if let value = binding.initializer?.value {
                let typed = try lower(value, expected: annotated)
                if let annotated {
                    try require(typed, is: annotated, "cannot convert value of type $A to specified type $E", value)
                }
                initial = typed
            }
            guard let variableType = annotated ?? initial?.type else {
                throw error("type annotation missing in pattern", binding)
            }
            if variableType == .void, initial != nil {
                throw error("a variable of type '()' is not useful here", binding)
            }
            let variable = try declare(name, type: variableType, mutable: mutable || initial == nil, node: pattern)
            let address = address(variable)
            if let initial {
                let eval = initial.eval
                execs.append { frame in
                    let value = try eval(frame)
                    address(frame).pointee = value
                    return .normal
                }
            } else {
                execs.append { frame in address(frame).pointee = .void; return .normal }
            }
        }
        return sequence(execs)
    }

    // MARK: Functions

    func declareFunction(_ decl: FunctionDeclSyntax) throws -> FunctionInfo {
        guard function == nil, scopes.isEmpty else { throw error("nested functions are not supported yet", decl) }
        if decl.genericParameterClause != nil { throw error("generic functions are not supported yet", decl) }
        if decl.signature.effectSpecifiers != nil { throw error("`throws` and `async` are not supported yet", decl.signature) }
        var labels: [String?] = []
        var types: [ScriptType] = []
        for parameter in decl.signature.parameterClause.parameters {
            if parameter.defaultValue != nil { throw error("default arguments are not supported yet", parameter) }
            if parameter.ellipsis != nil { throw error("variadic parameters are not supported yet", parameter) }
            if let attributed = parameter.type.as(AttributedTypeSyntax.self) {
                throw error("`\(attributed.specifiers.trimmedDescription)` parameters are not supported yet", parameter)
            }
            let first = parameter.firstName.text
            labels.append(first == "_" ? nil : first)
            types.append(try type(parameter.type))
        }
        let returnType = try decl.signature.returnClause.map { try type($0.type) } ?? .void
        let name = decl.name.text
        if globals.variables[name] != nil { throw error("invalid redeclaration of '\(name)'", decl.name) }
        let info = FunctionInfo(name: name, labels: labels, parameterTypes: types, returnType: returnType, loc: loc(decl.name))
        var overloads = globals.functions[name] ?? []
        if overloads.contains(where: { $0.labels == labels && $0.parameterTypes == types }) {
            throw error("invalid redeclaration of '\(info.signature)'", decl.name)
        }
        overloads.append(info)
        globals.functions[name] = overloads
        return info
    }

    func lowerFunctionBody(_ decl: FunctionDeclSyntax, info: FunctionInfo) throws {
        guard let body = decl.body else { throw error("expected '{' in body of function declaration", decl) }
        let savedScopes = scopes
        let savedLoops = loopDepth
        let state = FunctionState(info: info, nextSlot: 0)
        function = state
        scopes = [[:]]
        loopDepth = 0
        defer {
            function = nil
            scopes = savedScopes
            loopDepth = savedLoops
        }
        for parameter in decl.signature.parameterClause.parameters {
            let name = (parameter.secondName ?? parameter.firstName).text
            let index = state.nextSlot
            _ = try declare(name == "_" ? "_\(index)" : name, type: info.parameterTypes[index], mutable: false, node: parameter)
        }
        info.slotCount = max(info.slotCount, state.nextSlot)
        // A single-expression body returns its value.
        if info.returnType != .void, body.statements.count == 1, let only = body.statements.first,
            case .expr(let expr) = only.item, isValueExpression(expr)
        {
            let typed = try lower(expr, expected: info.returnType)
            try require(typed, is: info.returnType, "cannot convert return expression of type $A to return type $E", expr)
            let eval = typed.eval
            info.body = { frame in
                frame.returnValue = try eval(frame)
                return .returned
            }
            return
        }
        let exec = try lowerItems(body.statements)
        let returnType = info.returnType
        let name = info.name
        let end = loc(body.rightBrace)
        info.body = { frame in
            let flow = try exec(frame)
            if returnType != .void, case .normal = flow {
                throw ScriptError("missing return in global function '\(name)' expected to return '\(returnType)'", at: end)
            }
            return flow
        }
    }

    func lowerReturn(_ stmt: ReturnStmtSyntax) throws -> Exec {
        guard let function else { throw error("return invalid outside of a func", stmt) }
        let returnType = function.info.returnType
        guard let expression = stmt.expression else {
            if returnType != .void {
                throw error("non-void function should return a value", stmt)
            }
            return { frame in frame.returnValue = .void; return .returned }
        }
        let typed = try lower(expression, expected: returnType)
        if returnType == .void, typed.type != .void {
            throw error("unexpected non-void return value in void function", expression)
        }
        try require(typed, is: returnType, "cannot convert return expression of type $A to return type $E", expression)
        let eval = typed.eval
        return { frame in
            frame.returnValue = try eval(frame)
            return .returned
        }
    }

    // MARK: Control flow

    func condition(_ conditions: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        var evals: [Eval] = []
        for element in conditions {
            guard case .expression(let expr) = element.condition else {
                throw error("`if let`, `case` and availability conditions are not supported yet", element)
            }
            let typed = try lower(expr, expected: .bool)
            try require(typed, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'", expr)
            evals.append(typed.eval)
        }
        let where0 = loc(conditions)
        if evals.count == 1 {
            let eval = evals[0]
            return { frame in try boolValue(eval(frame), where0) }
        }
        return { frame in
            for eval in evals where try !boolValue(eval(frame), where0) { return false }
            return true
        }
    }

    func lowerIf(_ ifExpr: IfExprSyntax) throws -> Exec {
        let test = try condition(ifExpr.conditions)
        let then = try lowerItems(ifExpr.body.statements)
        let otherwise: Exec
        switch ifExpr.elseBody {
        case .ifExpr(let next)?: otherwise = try lowerIf(next)
        case .codeBlock(let block)?: otherwise = try lowerItems(block.statements)
        case nil: otherwise = { _ in .normal }
        }
        return { frame in try test(frame) ? then(frame) : otherwise(frame) }
    }

    func lowerGuard(_ stmt: GuardStmtSyntax) throws -> Exec {
        let test = try condition(stmt.conditions)
        let body = try lowerItems(stmt.body.statements)
        let at = loc(stmt.body.rightBrace)
        return { frame in
            if try test(frame) { return .normal }
            let flow = try body(frame)
            if case .normal = flow {
                throw ScriptError("'guard' body must not fall through", at: at)
            }
            return flow
        }
    }

    func loopBody(_ block: CodeBlockSyntax) throws -> Exec {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try lowerItems(block.statements)
    }

    func lowerWhile(_ stmt: WhileStmtSyntax) throws -> Exec {
        let test = try condition(stmt.conditions)
        let body = try loopBody(stmt.body)
        let context = self.context
        let at = loc(stmt.whileKeyword)
        return { frame in
            while try test(frame) {
                let flow = try body(frame)
                switch flow {
                case .breakLoop: return .normal
                case .returned: return .returned
                default: break
                }
                try context.tick(at)
            }
            return .normal
        }
    }

    func lowerRepeat(_ stmt: RepeatStmtSyntax) throws -> Exec {
        let body = try loopBody(stmt.body)
        let typed = try lower(stmt.condition, expected: .bool)
        try require(typed, is: .bool, "cannot convert value of type $A to expected condition type 'Bool'", stmt.condition)
        let test = typed.eval
        let context = self.context
        let at = loc(stmt.repeatKeyword)
        return { frame in
            repeat {
                let flow = try body(frame)
                switch flow {
                case .breakLoop: return .normal
                case .returned: return .returned
                default: break
                }
                try context.tick(at)
            } while try boolValue(test(frame), at)
            return .normal
        }
    }
}
