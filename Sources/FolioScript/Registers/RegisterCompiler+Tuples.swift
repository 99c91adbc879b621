import SwiftSyntax

/// Tuples of scalars in register form (`RegisterTuple`): one register per element, as a struct
/// (`return (mean, sd)`, `let (x, v) = step(x, v)`, `t.0`, `t.mean`); a tuple crosses to the
/// closures as their `.tuple` value, with the labels of its declared type.
extension RegisterCompiler {
    /// The type of a tuple literal of two or more elements (each typed by the expected
    /// element's type), labelled as written or as expected; nil for any other expression.
    func inferTuple(_ expr: ExprSyntax, expected: RegisterType?) throws -> RegisterType? {
        guard let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count >= 2 else { return nil }
        var expectedTuple: RegisterTuple?
        if case .tuple(let wanted)? = expected, wanted.elements.count == tuple.elements.count { expectedTuple = wanted }
        var types: [RegisterType] = []
        for (index, element) in tuple.elements.enumerated() {
            let type = try infer(element.expression, expected: expectedTuple?.elements[index])
            guard type.isScalar else { throw Unsupported() }
            types.append(type)
        }
        var labels = tuple.elements.map { $0.label?.text }
        if labels.allSatisfy({ $0 == nil }), let expectedTuple { labels = expectedTuple.labels }
        return .tuple(RegisterTuple(elements: types, labels: labels))
    }

    /// The element `member` reads (`t.0`, `t.mean`) and its type, when its base is a tuple.
    func tupleElement(_ member: MemberAccessExprSyntax) throws -> (index: Int, type: RegisterType)? {
        guard let base = member.base, member.declName.argumentNames == nil,
            case .tuple(let tuple) = try infer(base, expected: nil),
            let index = tuple.element(member.declName.baseName.text)
        else { return nil }
        return (index, tuple.elements[index])
    }

    /// `t.0`, `t.mean`: a register of the tuple's.
    func tupleElementRead(_ member: MemberAccessExprSyntax, into dest: Int32?) throws -> Int32? {
        guard let base = member.base, let (index, _) = try tupleElement(member),
            case .tuple(let tuple) = try infer(base, expected: nil)
        else { return nil }
        let first = try tupleExpression(base, tuple, into: nil)
        return move(first + Int32(index), into: dest)
    }

    /// Emits a tuple expression into consecutive registers: `dest` when given, else a local's
    /// own or new ones. Returns the first.
    func tupleExpression(_ expr: ExprSyntax, _ tuple: RegisterTuple, into dest: Int32?) throws -> Int32 {
        let width = Int32(tuple.elements.count)
        if let operand = try flattenedOperand(expr, .tuple(tuple), into: dest) { return operand }
        guard let literal = expr.as(TupleExprSyntax.self), literal.elements.count == tuple.elements.count else {
            throw Unsupported()
        }
        // Into new registers first: an element may read `dest` (`t = (t.1, t.0)`).
        let first = try temporaries(width)
        for (index, element) in literal.elements.enumerated() {
            _ = try expression(element.expression, tuple.elements[index], into: first + Int32(index))
        }
        return moveRecord(first, width, into: dest)
    }

    /// `let (a, b) = tuple` (`_` skips an element): the names are the tuple's registers.
    func tupleDeclaration(_ pattern: TuplePatternSyntax, _ initial: ExprSyntax) throws {
        guard case .tuple(let tuple) = try infer(initial, expected: nil), tuple.elements.count == pattern.elements.count
        else { throw Unsupported() }
        let first = try temporaries(Int32(tuple.elements.count))
        _ = try tupleExpression(initial, tuple, into: first)
        for (index, element) in pattern.elements.enumerated() {
            if element.pattern.is(WildcardPatternSyntax.self) { continue }
            guard element.label == nil, let name = element.pattern.as(IdentifierPatternSyntax.self) else {
                throw Unsupported()
            }
            scopes[scopes.count - 1][name.identifier.text] = Local(
                register: first + Int32(index), type: tuple.elements[index])
        }
    }
}
