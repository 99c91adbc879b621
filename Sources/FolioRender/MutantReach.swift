import SwiftSyntax

/// Which tokens of a verifying block can reach one of its checks, by a conservative dataflow
/// over the block's statements (`folio mutate`). A mutant whose token cannot reach a check or
/// anything outside the block — the data of a figure computed next to the checks — changes the
/// page but not a ✓, and is reported as such instead of as a survivor.
///
/// The analysis works on statements: every statement of the block, and the statements inside
/// the bodies of `for`, `while`, `repeat`, `if`, `guard`, `switch` and `do` (a closure or a
/// function is part of the statement that contains it). A statement *assigns* every name it
/// declares, assigns (`=`, `+=`, …, `&x`) or calls a method on (`xs.append(…)`; `map`, `sum` and
/// the other methods of ``pureMethods`` excepted), and *uses* every
/// name it mentions; a control statement uses only the names of its header (condition,
/// sequence) and assigns everything its body assigns. A name *reaches a check* when a statement
/// with a `#expect`/`#require` uses it, when another block mentions it (an inline value only
/// shows a number, like a `print`),
/// or when a statement that uses it assigns a name that reaches a check. Random draws count as
/// using and assigning one shared name (the block's stream), and a statement that leaves its
/// loop (`break`, `continue`, `return`, `throw`) assigns what the loop assigns; a statement that
/// mentions a function or closure of the block assigns what its declaration assigns. Every rule
/// errs towards "reaches": a name mentioned anywhere counts as used, a method call counts as
/// changing its receiver. (A function of another block that assigns this block's variables is
/// not followed; notes do not write each other's state.)
struct MutantReach {
    /// The stand-in name of the block's random stream.
    static let randomStream = "$random"
    /// Names of the calls that draw from the random stream.
    static let randomCalls: Set<String> = [
        "random", "normal", "uniform", "randomElement", "shuffled", "shuffle", "bernoulli", "gumbel",
        "categorical", "multinomial", "dropout", "randomNormal", "randomUniform", "sample",
    ]

    /// One statement of the analysis.
    struct Statement {
        /// The statement's syntax.
        var node: Syntax
        /// For a control statement, the ranges of its bodies (tokens there belong to inner
        /// statements); empty for a plain statement.
        var bodies: [Range<AbsolutePosition>]
        /// Names it uses.
        var uses: Set<String>
        /// Names it assigns.
        var assigns: Set<String>
        /// Whether it is a plain statement containing a check.
        var isCheck: Bool
    }

    private var statements: [Statement] = []
    private var reaching: Set<String> = []

    /// The flow of `tree`, a verifying block; `external` holds every name mentioned by the
    /// note's other blocks.
    init(tree: SourceFileSyntax, external: Set<String>) {
        collect(tree.statements, enclosingLoopAssigns: nil)
        propagateCalls()
        var reaching = external
        for statement in statements where statement.isCheck {
            reaching.formUnion(statement.uses)
        }
        var changed = true
        while changed {
            changed = false
            for statement in statements where !statement.assigns.isDisjoint(with: reaching) {
                let before = reaching.count
                reaching.formUnion(statement.uses)
                changed = changed || reaching.count != before
            }
        }
        self.reaching = reaching
    }

    /// Whether a change of `token` can change what a check of the block or anything outside it
    /// sees. Tokens outside every statement count as reaching.
    func reachesCheck(_ token: TokenSyntax) -> Bool {
        let position = token.positionAfterSkippingLeadingTrivia
        // The innermost statement whose own tokens (not its bodies') contain the token.
        var innermost: Statement?
        for statement in statements where statement.node.range.contains(position) {
            if statement.bodies.contains(where: { $0.contains(position) }) { continue }
            if let current = innermost, current.node.totalLength.utf8Length <= statement.node.totalLength.utf8Length {
                continue
            }
            innermost = statement
        }
        guard let statement = innermost else { return true }
        return statement.isCheck || !statement.assigns.isDisjoint(with: reaching)
    }

    /// A statement that mentions a function or closure declared in the block assigns what the
    /// declaration assigns (a call runs its body there).
    private mutating func propagateCalls() {
        var byName: [String: Set<String>] = [:]
        for statement in statements {
            guard let item = statement.node.as(CodeBlockItemSyntax.self), case .decl(let decl) = item.item,
                Self.declaresCallable(decl)
            else { continue }
            // A call runs the body; it does not redefine the function itself.
            let names = MutantDefinitions.declaredNames(of: item.item)
            for name in names {
                byName[name, default: []].formUnion(statement.assigns.subtracting(names))
            }
        }
        var changed = true
        while changed {
            changed = false
            for index in statements.indices {
                for name in statements[index].uses {
                    guard let more = byName[name], !more.isSubset(of: statements[index].assigns) else { continue }
                    statements[index].assigns.formUnion(more)
                    changed = true
                }
            }
        }
    }

    /// Whether `decl` declares something a later statement can call: a function, or a variable
    /// holding a closure.
    static func declaresCallable(_ decl: DeclSyntax) -> Bool {
        if decl.is(FunctionDeclSyntax.self) { return true }
        guard let variable = decl.as(VariableDeclSyntax.self) else { return false }
        return variable.bindings.contains { $0.initializer?.value.is(ClosureExprSyntax.self) == true }
    }

    /// Adds the statements of `list` (and of the bodies of its control statements) and returns
    /// the names they assign. `enclosingLoopAssigns` is what the enclosing loop's body assigns,
    /// for statements that leave it.
    @discardableResult
    private mutating func collect(_ list: CodeBlockItemListSyntax, enclosingLoopAssigns: Set<String>?) -> Set<String> {
        var assigned: Set<String> = []
        for item in list {
            let node = Syntax(item)
            let lists = Self.bodyLists(of: node)
            if lists.isEmpty {
                var statement = Self.plainStatement(node)
                if Self.leavesScope(node), let loop = enclosingLoopAssigns {
                    statement.assigns.formUnion(loop)
                }
                statements.append(statement)
                assigned.formUnion(statement.assigns)
            } else {
                // Everything the body assigns, computed first so that a `break` inside can
                // take it over.
                let wholeAssigns = Self.assignedNames(in: node)
                let isLoop = Self.isLoop(node)
                var bodyAssigns: Set<String> = []
                for body in lists {
                    bodyAssigns.formUnion(
                        collect(body, enclosingLoopAssigns: isLoop ? wholeAssigns : enclosingLoopAssigns))
                }
                var header: Set<String> = []
                var draws = false
                for token in node.tokens(viewMode: .sourceAccurate)
                where !lists.contains(where: { $0.range.contains(token.position) }) {
                    if let name = Self.referencedName(token) { header.insert(name) }
                    if Self.drawsRandom(token) { draws = true }
                }
                var assigns = wholeAssigns.union(bodyAssigns).subtracting(Self.loopVariables(of: node))
                if draws {
                    header.insert(Self.randomStream)
                    assigns.insert(Self.randomStream)
                }
                statements.append(
                    Statement(node: node, bodies: lists.map(\.range), uses: header, assigns: assigns, isCheck: false))
                assigned.formUnion(assigns)
            }
        }
        return assigned
    }

    /// A statement without bodies: uses and assigns everything in it.
    static func plainStatement(_ node: Syntax) -> Statement {
        var uses: Set<String> = []
        var draws = false
        var isCheck = false
        for token in node.tokens(viewMode: .sourceAccurate) {
            if let name = referencedName(token) { uses.insert(name) }
            if drawsRandom(token) { draws = true }
            if MutantSearch.isInsideCheck(token) { isCheck = true }
        }
        var assigns = assignedNames(in: node)
        if draws {
            uses.insert(randomStream)
            assigns.insert(randomStream)
        }
        return Statement(node: node, bodies: [], uses: uses, assigns: assigns, isCheck: isCheck)
    }

    /// The statement lists directly controlled by `node` when it is a control statement (the
    /// bodies of `for`, `while`, `if`, …, not of closures or functions inside it).
    static func bodyLists(of node: Syntax) -> [CodeBlockItemListSyntax] {
        guard let item = node.as(CodeBlockItemSyntax.self) else { return [] }
        var inner = Syntax(item.item)
        if let statement = inner.as(ExpressionStmtSyntax.self) { inner = Syntax(statement.expression) }
        let isControl =
            inner.is(ForStmtSyntax.self) || inner.is(WhileStmtSyntax.self) || inner.is(RepeatStmtSyntax.self)
            || inner.is(GuardStmtSyntax.self) || inner.is(DoStmtSyntax.self) || inner.is(IfExprSyntax.self)
            || inner.is(SwitchExprSyntax.self)
        guard isControl else { return [] }
        var lists: [CodeBlockItemListSyntax] = []
        func visit(_ node: Syntax) {
            for child in node.children(viewMode: .sourceAccurate) {
                if let list = child.as(CodeBlockItemListSyntax.self) {
                    lists.append(list)
                } else if !child.is(ClosureExprSyntax.self) && !child.is(FunctionDeclSyntax.self) {
                    visit(child)
                }
            }
        }
        visit(inner)
        return lists
    }

    /// The names a `for` loop binds in its pattern (`i` in `for i in …`): they live only in the
    /// loop, so assigning them reaches nothing outside it.
    static func loopVariables(of node: Syntax) -> Set<String> {
        guard let item = node.as(CodeBlockItemSyntax.self), let loop = item.item.as(ForStmtSyntax.self) else {
            return []
        }
        return Set(
            loop.pattern.tokens(viewMode: .sourceAccurate).compactMap { token in
                if case .identifier(let text) = token.tokenKind { return text }
                return nil
            })
    }

    /// Whether `node` is a loop (a `break` or `continue` inside it changes what it assigns).
    static func isLoop(_ node: Syntax) -> Bool {
        guard let item = node.as(CodeBlockItemSyntax.self) else { return false }
        let inner = Syntax(item.item)
        return inner.is(ForStmtSyntax.self) || inner.is(WhileStmtSyntax.self) || inner.is(RepeatStmtSyntax.self)
    }

    /// Whether `node` contains `break`, `continue`, `return` or `throw` outside any closure or
    /// function of its own.
    static func leavesScope(_ node: Syntax) -> Bool {
        for token in node.tokens(viewMode: .sourceAccurate) {
            switch token.tokenKind {
            case .keyword(.break), .keyword(.continue), .keyword(.return), .keyword(.throw):
                var parent = token.parent
                var nested = false
                while let current = parent, current.id != node.id {
                    if current.is(ClosureExprSyntax.self) || current.is(FunctionDeclSyntax.self) {
                        nested = true
                        break
                    }
                    parent = current.parent
                }
                if !nested { return true }
            default:
                continue
            }
        }
        return false
    }

    /// The name `token` refers to, when it is an identifier used as a value or a type.
    static func referencedName(_ token: TokenSyntax) -> String? {
        guard case .identifier(let text) = token.tokenKind, let parent = token.parent else { return nil }
        return parent.is(DeclReferenceExprSyntax.self) || parent.is(IdentifierTypeSyntax.self) ? text : nil
    }

    /// Whether `token` names a call that draws random numbers.
    static func drawsRandom(_ token: TokenSyntax) -> Bool {
        guard case .identifier(let text) = token.tokenKind else { return false }
        return randomCalls.contains(text)
    }

    /// Every name `node` declares or may change: declared variables, functions and types, the
    /// targets of assignments and compound assignments, `&x` arguments, and the receivers of
    /// method calls and subscripts that are assigned.
    static func assignedNames(in node: Syntax) -> Set<String> {
        var names: Set<String> = []
        for token in node.tokens(viewMode: .sourceAccurate) {
            guard case .identifier(let text) = token.tokenKind, let parent = token.parent else { continue }
            // A `for` loop's variable lives only in its loop (`for i in …` inside a chart's
            // builder does not assign the `i` of a checked loop).
            if parent.is(IdentifierPatternSyntax.self), parent.parent?.is(ForStmtSyntax.self) == true { continue }
            if parent.is(IdentifierPatternSyntax.self) || parent.is(FunctionDeclSyntax.self)
                || parent.is(StructDeclSyntax.self) || parent.is(ClassDeclSyntax.self)
                || parent.is(EnumDeclSyntax.self)
            {
                names.insert(text)
                continue
            }
            // A capitalised name is a type (`Tensor.normal(…)` does not change `Tensor`).
            guard let reference = parent.as(DeclReferenceExprSyntax.self), text.first?.isUppercase != true else {
                continue
            }
            if isChanged(Syntax(reference)) { names.insert(text) }
        }
        return names
    }

    /// Methods of arrays and tensors that return a new value and leave their receiver alone; a
    /// call of any other method counts as changing its receiver.
    static let pureMethods: Set<String> = [
        "map", "filter", "reduce", "compactMap", "flatMap", "sum", "mean", "max", "min", "sorted", "reversed",
        "enumerated", "prefix", "suffix", "dropFirst", "dropLast", "contains", "allSatisfy", "firstIndex",
        "lastIndex", "joined", "reshaped", "transposed", "variance", "standardError", "argmax", "argmin",
        "logSumExp", "squeezed", "expanded", "clipped", "rounded", "squareRoot", "count", "index",
    ]

    /// Whether the reference `node` is the base of something assigned, passed `inout`, or the
    /// receiver of a method call (which may mutate it).
    static func isChanged(_ node: Syntax) -> Bool {
        var current = node
        while let parent = current.parent {
            if parent.is(InOutExprSyntax.self) { return true }
            if let member = parent.as(MemberAccessExprSyntax.self), member.base?.id == current.id {
                if let call = member.parent?.as(FunctionCallExprSyntax.self), call.calledExpression.id == member.id {
                    return !pureMethods.contains(member.declName.baseName.text)
                }
                current = parent
                continue
            }
            if let subscriptCall = parent.as(SubscriptCallExprSyntax.self),
                subscriptCall.calledExpression.id == current.id
            {
                current = parent
                continue
            }
            if parent.is(ForceUnwrapExprSyntax.self) || parent.is(OptionalChainingExprSyntax.self)
                || parent.is(TupleExprSyntax.self) || parent.is(LabeledExprListSyntax.self)
                || parent.is(LabeledExprSyntax.self)
            {
                current = parent
                continue
            }
            if let sequence = parent.as(ExprListSyntax.self) {
                let elements = Array(sequence)
                guard let index = elements.firstIndex(where: { $0.id == current.id }), index + 1 < elements.count
                else { return false }
                let next = elements[index + 1]
                if next.is(AssignmentExprSyntax.self) { return true }
                if let op = next.as(BinaryOperatorExprSyntax.self) {
                    let text = op.operator.text
                    return text.hasSuffix("=") && !["==", "!=", "<=", ">=", "===", "!=="].contains(text)
                }
                return false
            }
            return false
        }
        return false
    }
}
