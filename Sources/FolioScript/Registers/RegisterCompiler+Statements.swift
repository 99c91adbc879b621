import SwiftSyntax

/// Statements in register form: what a function body's items become.
extension RegisterCompiler {
    /// The body: a single expression is the result (as the lowering's expression body);
    /// otherwise statements, ending in the lowering's "missing return" error.
    func functionBody(_ statements: CodeBlockItemListSyntax, end: TokenSyntax, resultType: RegisterType) throws {
        if function.returnsVoid {
            try scoped { try items(statements) }
            emit(.return, constant(0))
            return
        }
        if statements.count == 1, let only = statements.first, case .expr(let expr) = only.item,
            !expr.is(IfExprSyntax.self), !expr.is(SwitchExprSyntax.self), !isAssignment(expr)
        {
            guard try infer(expr, expected: resultType) == resultType else { throw Unsupported() }
            try returnValue(expr, resultType)
            return
        }
        try scoped { try items(statements) }
        let kind = info.owner != nil ? "instance method" : info.level == 1 ? "global function" : "local function"
        let missing = ScriptError(
            "missing return in \(kind) '\(info.name)' expected to return '\(info.returnType)'", id: .missingReturn,
            at: lowerer.loc(end))
        emit(.fail, error(missing))
    }

    /// Returns `expr`, of type `type`: a scalar `c ? a : b` returns from each branch (no move
    /// into a common register and jump to one `return`: fib 0.9×).
    private func returnValue(_ expr: ExprSyntax, _ type: RegisterType) throws {
        guard type.isScalar, let ternary = unparenthesized(expr).as(TernaryExprSyntax.self) else {
            return emitReturn(type, try expression(expr, type, into: nil))
        }
        let otherwise = try jumpUnless(ternary.condition)
        try returnValue(ternary.thenExpression, type)
        patch(otherwise)
        try returnValue(ternary.elseExpression, type)
    }

    /// Returns the value of type `type` in `register` (a struct's first, an array's slot).
    private func emitReturn(_ type: RegisterType, _ register: Int32) {
        switch type {
        case .int, .double, .bool: emit(.return, register)
        case .record, .tuple: emit(.returnRecord, register)
        case .array, .object, .optional: emit(.returnArray, register)
        }
    }

    func items(_ statements: CodeBlockItemListSyntax) throws {
        for item in statements {
            let mark = (nextRegister, nextSlot)
            switch item.item {
            case .decl(let decl):
                guard let variable = decl.as(VariableDeclSyntax.self) else { throw Unsupported() }
                try declaration(variable)
                continue  // its registers stay
            case .stmt(let stmt):
                try statement(stmt)
                if stmt.is(GuardStmtSyntax.self) { continue }  // what it binds stays
            case .expr(let expr):
                try expressionStatement(expr)
            }
            (nextRegister, nextSlot) = mark
        }
    }

    private func block(_ block: CodeBlockSyntax) throws {
        let mark = (nextRegister, nextSlot)
        try scoped { try items(block.statements) }
        (nextRegister, nextSlot) = mark
    }

    func statement(_ stmt: StmtSyntax) throws {
        if let expression = stmt.as(ExpressionStmtSyntax.self) {
            try expressionStatement(expression.expression)
        } else if let returned = stmt.as(ReturnStmtSyntax.self), !closureExits.isEmpty {
            try closureReturn(returned)
        } else if let returned = stmt.as(ReturnStmtSyntax.self), function.returnsVoid {
            guard returned.expression == nil else { throw Unsupported() }
            emit(.return, constant(0))
        } else if let returned = stmt.as(ReturnStmtSyntax.self) {
            let type = function.resultType
            guard let value = returned.expression, try infer(value, expected: type) == type else { throw Unsupported() }
            try returnValue(value, type)
        } else if let loop = stmt.as(WhileStmtSyntax.self) {
            try whileLoop(loop)
        } else if let loop = stmt.as(ForStmtSyntax.self) {
            try forLoop(loop)
        } else if let guarded = stmt.as(GuardStmtSyntax.self) {
            var exits: [Int] = []
            for element in guarded.conditions {
                exits.append(try jumpUnless(element, binds: true))
            }
            let pass = emit(.jump)
            for exit in exits { patch(exit) }
            try block(guarded.body)
            patch(pass)
        } else if let exit = stmt.as(BreakStmtSyntax.self), exit.label == nil, !loops.isEmpty {
            loops[loops.count - 1].breaks.append(emit(.jump))
        } else if let next = stmt.as(ContinueStmtSyntax.self), next.label == nil, !loops.isEmpty {
            loops[loops.count - 1].continues.append(emit(.jump))
        } else {
            throw Unsupported()
        }
    }

    private func expressionStatement(_ expr: ExprSyntax) throws {
        if let branch = expr.as(IfExprSyntax.self) {
            try ifStatement(branch)
        } else if let infix = expr.as(InfixOperatorExprSyntax.self), isAssignment(expr) {
            try assignment(infix)
        } else if let call = expr.as(FunctionCallExprSyntax.self),
            let closureCall = try closureCall(call, expected: nil),
            closureCall.method == .forEach || closureCall.method == .sort
        {
            _ = try emitClosureCall(closureCall, into: nil)
        } else if let call = expr.as(FunctionCallExprSyntax.self), returnsNothing(call) {
            _ = try self.call(call, .int, into: nil)
        } else if let call = expr.as(FunctionCallExprSyntax.self) {
            try append(call)
        } else {
            throw Unsupported()
        }
    }

    /// Whether `call` calls a function or method in register form that returns nothing.
    private func returnsNothing(_ call: FunctionCallExprSyntax) -> Bool {
        switch try? callee(call, expected: nil) {
        case .function(let function, _)?, .method(let function, _, _)?: function.returnsVoid
        default: false
        }
    }

    func isAssignment(_ expr: ExprSyntax) -> Bool {
        guard let infix = expr.as(InfixOperatorExprSyntax.self) else { return false }
        if infix.operator.is(AssignmentExprSyntax.self) { return true }
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else { return false }
        return ["=", "+=", "-=", "*=", "/=", "%=", "&+=", "&-=", "&*=", "&=", "|=", "^=", "<<=", ">>="].contains(op)
    }

    /// The test of a condition of `if`, `while` or `guard` and a jump (to be patched) taken
    /// when it is false; it may bind an optional reference (`let left = node.left`), in the
    /// current scope.
    private func jumpUnless(_ element: ConditionElementSyntax, binds: Bool = false) throws -> Int {
        if binds, case .optionalBinding(let binding) = element.condition { return try bindingJump(binding) }
        guard case .expression(let expr) = element.condition, try infer(expr, expected: .bool) == .bool else {
            throw Unsupported()
        }
        return try jumpUnless(expr)
    }

    private func declaration(_ decl: VariableDeclSyntax) throws {
        guard decl.attributes.isEmpty, decl.modifiers.isEmpty else { throw Unsupported() }
        for binding in decl.bindings {
            if let tuple = binding.pattern.as(TuplePatternSyntax.self), let initial = binding.initializer?.value,
                binding.typeAnnotation == nil, binding.accessorBlock == nil
            {
                try tupleDeclaration(tuple, initial)
                continue
            }
            guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self),
                let initial = binding.initializer?.value,
                binding.accessorBlock == nil
            else { throw Unsupported() }
            var declared: RegisterType?
            if let annotation = binding.typeAnnotation {
                guard let type = registerType(annotation.type) else { throw Unsupported() }
                declared = type
            }
            let type = try infer(initial, expected: declared)
            guard declared == nil || declared == type else { throw Unsupported() }
            let register = try type.isSlot ? temporarySlot() : temporaries(type.width)
            _ = try expression(initial, type, into: register)
            if type.isSlot { nextSlot = register + 1 } else { nextRegister = register + type.width }
            scopes[scopes.count - 1][pattern.identifier.text] = Local(register: register, type: type)
        }
    }

    /// `Int`, `Double`, `Bool`, structs of them, classes, optional references and arrays of
    /// these, as a type annotation writes them.
    func registerType(_ type: TypeSyntax) -> RegisterType? {
        if let array = type.as(ArrayTypeSyntax.self) { return registerType(array.element).map { .array($0) } }
        if let tuple = type.as(TupleTypeSyntax.self), tuple.elements.count >= 2 {
            var elements: [RegisterType] = []
            for element in tuple.elements {
                guard let type = registerType(element.type), type.isScalar else { return nil }
                elements.append(type)
            }
            return .tuple(RegisterTuple(elements: elements, labels: tuple.elements.map { $0.firstName?.text }))
        }
        if let optional = type.as(OptionalTypeSyntax.self),
            case .object(let wrapped)? = registerType(optional.wrappedType)
        {
            return .optional(wrapped)
        }
        guard let name = type.as(IdentifierTypeSyntax.self), name.genericArgumentClause == nil else { return nil }
        return namedType(name.name.text)
    }

    private func assignment(_ infix: InfixOperatorExprSyntax) throws {
        if let subscriptCall = infix.leftOperand.as(SubscriptCallExprSyntax.self) {
            return try elementAssignment(subscriptCall, infix)
        }
        if let member = infix.leftOperand.as(MemberAccessExprSyntax.self) {
            return try fieldAssignment(member, infix)
        }
        guard let name = infix.leftOperand.as(DeclReferenceExprSyntax.self), name.argumentNames == nil else {
            throw Unsupported()
        }
        guard let target = local(name.baseName.text) else {
            return try implicitSelfFieldAssignment(name.baseName.text, infix)
        }
        try assign(to: target.register, target.type, infix)
    }

    /// `=` or a compound assignment to the local (or struct property) in `register`, of
    /// `type`: the value is evaluated before the register changes.
    func assign(to register: Int32, _ type: RegisterType, _ infix: InfixOperatorExprSyntax) throws {
        guard try infer(infix.rightOperand, expected: type) == type else { throw Unsupported() }
        if !type.isSlot { assigned.formUnion(register..<register + type.width) }
        if infix.operator.is(AssignmentExprSyntax.self) {
            _ = try expression(infix.rightOperand, type, into: register)
            return
        }
        guard type.isScalar, let token = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator else {
            throw Unsupported()
        }
        let op = String(token.text.dropLast())
        if op == "" {
            _ = try expression(infix.rightOperand, type, into: register)
            return
        }
        let operand = try compoundOperand(op, type, infix.rightOperand)
        try emitCompound(op, type, register, operand, at: token)
    }

    /// The right side of a compound assignment `x op= rhs`, evaluated: a value, or, for `+=`
    /// and `-=` of a product of `Double`s, its two factors, which `emitCompound` fuses with the
    /// operation (one instruction, rounded after the product and after the sum, as two are).
    enum CompoundOperand {
        case value(Int32)
        case product(Int32, Int32)
    }

    /// Evaluates the right side of `x op= rhs` (before the target is read, as Swift orders a
    /// compound assignment's accesses).
    func compoundOperand(_ op: String, _ type: RegisterType, _ rhs: ExprSyntax) throws -> CompoundOperand {
        if type == .double, op == "+" || op == "-", let product = unparenthesized(rhs).as(InfixOperatorExprSyntax.self),
            product.operator.as(BinaryOperatorExprSyntax.self)?.operator.text == "*",
            try operatorMethod(product) == nil, try infer(ExprSyntax(product), expected: .double) == .double
        {
            let left = try expression(product.leftOperand, .double, into: nil)
            let right = try expression(product.rightOperand, .double, into: nil)
            return .product(left, right)
        }
        return .value(try expression(rhs, type, into: nil))
    }

    /// `current = current op operand` (`compoundOperand`'s).
    func emitCompound(
        _ op: String, _ type: RegisterType, _ current: Int32, _ operand: CompoundOperand, at token: TokenSyntax
    ) throws {
        switch operand {
        case .value(let value):
            guard let operation = arithmetic(op, type) else { throw Unsupported() }
            emit(operation, current, current, value, at: token)
        case .product(let left, let right):
            emit(op == "+" ? .doubleAddProduct : .doubleSubtractProduct, current, left, right, at: token)
        }
    }

    private func ifStatement(_ branch: IfExprSyntax) throws {
        var exits: [Int] = []
        // What the conditions bind is in scope in the body only.
        let mark = (nextRegister, nextSlot)
        try scoped {
            for element in branch.conditions {
                exits.append(try jumpUnless(element, binds: true))
            }
            try block(branch.body)
        }
        (nextRegister, nextSlot) = mark
        guard let elseBody = branch.elseBody else {
            for exit in exits { patch(exit) }
            return
        }
        let end = emit(.jump)
        for exit in exits { patch(exit) }
        switch elseBody {
        case .ifExpr(let nested): try ifStatement(nested)
        case .codeBlock(let elseBlock): try block(elseBlock)
        }
        patch(end)
    }

    private func whileLoop(_ loop: WhileStmtSyntax) throws {
        let top = Int32(code.count)
        var exits: [Int] = []
        var targets = Loop()
        // What the conditions bind (`while let next = node.next`) is in scope in the body only.
        let mark = (nextRegister, nextSlot)
        try scoped {
            for element in loop.conditions {
                exits.append(try jumpUnless(element, binds: true))
            }
            loops.append(Loop())
            try block(loop.body)
            targets = loops.removeLast()
        }
        (nextRegister, nextSlot) = mark
        for next in targets.continues { patch(next) }
        emit(.tickAndJump, 0, top, at: loop.whileKeyword)
        for exit in exits + targets.breaks { patch(exit) }
    }

    /// `for i in a..<b` and `for i in a...b` over `Int`s, as the lowering's counting loop runs
    /// them: bounds checked once, the clock read between iterations.
    private func forLoop(_ loop: ForStmtSyntax) throws {
        guard loop.tryKeyword == nil, loop.awaitKeyword == nil, loop.caseKeyword == nil else { throw Unsupported() }
        if !unparenthesized(loop.sequence).is(InfixOperatorExprSyntax.self) { return try arrayLoop(loop) }
        guard let range = unparenthesized(loop.sequence).as(InfixOperatorExprSyntax.self),
            let op = range.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "...",
            try infer(range.leftOperand, expected: .int) == .int, try infer(range.rightOperand, expected: .int) == .int
        else { throw Unsupported() }
        let name: String?
        if let identifier = loop.pattern.as(IdentifierPatternSyntax.self) {
            name = identifier.identifier.text
        } else if loop.pattern.is(WildcardPatternSyntax.self) {
            name = nil
        } else {
            throw Unsupported()
        }
        let mark = nextRegister
        let lower = try temporary()
        _ = try expression(range.leftOperand, .int, into: lower)
        let last = try temporary()
        _ = try expression(range.rightOperand, .int, into: last)
        let outOfOrder = ScriptError(.rangeBoundsOutOfOrder, at: lowerer.loc(loop.sequence))
        emit(.failIfGreater, lower, last, error(outOfOrder))
        var empty: Int?
        if op == "..<" {
            empty = emit(.jumpUnlessIntNotEqual, lower, last)
            emit(.intSubtract, last, last, constant(1), at: loop.sequence)
        }
        let names = name.map { [$0: Local(register: lower, type: .int)] } ?? [:]
        try countingLoop(loop, counter: lower, last: last, empty: empty, names: names) {}
        nextRegister = mark
    }

    /// The body of a counting loop from `counter` to `last` (`empty` jumps past it), with
    /// `names` in scope and `prologue` emitted first in each iteration, then the loop's `where`
    /// clause.
    func countingLoop(
        _ loop: ForStmtSyntax, counter: Int32, last: Int32, empty: Int?, names: [String: Local],
        prologue: () throws -> Void
    ) throws {
        let top = Int32(code.count)
        try prologue()
        loops.append(Loop())
        scopes.append(names)
        // `where`: an iteration whose element fails it goes on to the next, as `continue`.
        if let clause = loop.whereClause {
            loops[loops.count - 1].continues.append(try jumpUnless(clause.condition))
        }
        try block(loop.body)
        scopes.removeLast()
        let targets = loops.removeLast()
        for next in targets.continues { patch(next) }
        emit(.loopStep, counter, last, top, at: loop.forKeyword)
        for exit in targets.breaks + (empty.map { [$0] } ?? []) { patch(exit) }
    }
}
