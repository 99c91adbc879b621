import SwiftSyntax

extension Lowerer {
    /// Mutating array methods on a variable or an element (`a.append(x)`, `grid[i].append(x)`).
    func mutatingMethod(
        _ baseExpr: ExprSyntax, _ name: String, labels: [String?], exprs: [ExprSyntax], call: FunctionCallExprSyntax,
        at: SourceLoc
    ) throws -> Typed? {
        let mutatingNames: Set<String> = [
            "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "shuffle", "sort", "reverse",
            "popLast",
            "swapAt", "reserveCapacity",
        ]
        guard mutatingNames.contains(name), !(name == "sort" && !labels.isEmpty) else { return nil }
        if let reference = baseExpr.as(DeclReferenceExprSyntax.self), let variable = lookup(reference.baseName.text),
            !variable.mutable
        {
            throw error(
                .letConstant(reference.baseName.text, .mutatingMember),
                baseExpr)
        }
        let target = try place(baseExpr)
        guard case .array(let element) = target.type else {
            throw error(noMember(of: target.type, name), call)
        }
        let context = self.context
        func mutate(
            _ result: ScriptType, _ operand: Eval?, _ body: @escaping (inout [Value], Value) throws -> Value
        ) -> Typed {
            Typed(
                type: result,
                eval: mutation(target, operand: operand, at: at) { slot, operand in
                    guard case .array(var elements) = slot else { throw mismatch(slot, "Array", at) }
                    slot = .void
                    defer { slot = .array(elements) }
                    return try body(&elements, operand)
                })
        }
        switch (name, labels) {
        case ("reserveCapacity", [nil]):
            // Storage is Swift's own array's: reserving changes nothing a program can print.
            return mutate(.void, try argument(exprs[0], .int).eval) { elements, value in
                elements.reserveCapacity(min(try intValue(value, at), elements.count))
                return .void
            }
        case ("append", [nil]):
            return mutate(.void, try argument(exprs[0], element).eval) { elements, value in
                try checkCollectionSize(
                    elements.count + 1, elementBytes: MemoryLayout<Value>.stride, "an array", within: context, at: at)
                elements.append(value)
                return .void
            }
        case ("append", ["contentsOf"]):
            return mutate(.void, try argument(exprs[0], .array(element)).eval) { elements, value in
                let addition = try arrayValue(value, at)
                try checkCollectionSize(
                    elements.count + addition.count, elementBytes: MemoryLayout<Value>.stride, "an array",
                    within: context, at: at)
                elements.append(contentsOf: addition)
                return .void
            }
        case ("insert", [nil, "at"]):
            let value = try argument(exprs[0], element).eval
            let index = try argument(exprs[1], .int).eval
            let pair: Eval = { frame in .array([try value(frame), try index(frame)]) }
            return mutate(.void, pair) { elements, pair in
                let parts = try arrayValue(pair, at)
                let i = try intValue(parts[1], at)
                guard i >= 0, i <= elements.count else { throw ScriptError(.arrayIndexOutOfRange, at: at) }
                elements.insert(parts[0], at: i)
                return .void
            }
        case ("remove", ["at"]):
            return mutate(element, try argument(exprs[0], .int).eval) { elements, index in
                let i = try intValue(index, at)
                guard i >= 0, i < elements.count else { throw ScriptError(.standardIndexOutOfRange, at: at) }
                return elements.remove(at: i)
            }
        case ("popLast", []):
            return mutate(.optional(element), nil) { elements, _ in
                elements.popLast().map { .some($0) } ?? .null
            }
        case ("removeLast", []):
            return mutate(element, nil) { elements, _ in
                guard !elements.isEmpty else {
                    throw ScriptError(.emptyCollection(end: "last"), at: at)
                }
                return elements.removeLast()
            }
        case ("removeFirst", []):
            return mutate(element, nil) { elements, _ in
                guard !elements.isEmpty else {
                    throw ScriptError(.emptyCollection(end: "first"), at: at)
                }
                return elements.removeFirst()
            }
        case ("removeAll", []):
            return mutate(.void, nil) { elements, _ in
                elements.removeAll()
                return .void
            }
        case ("removeAll", ["where"]),
            ("removeAll", [nil]) where exprs[0].is(ClosureExprSyntax.self):
            // `xs.removeAll(where: { $0 < 0 })`, `xs.removeAll { $0 < 0 }`: in place, in order.
            let predicate = try lower(exprs[0], expected: .function([element], .bool))
            guard predicate.type == .function([element], .bool) else {
                throw error(
                    .cannotConvertArgument(from: "\(predicate.type)", to: "(\(element)) -> Bool"),
                    exprs[0])
            }
            let invoke = ClosureCaller(at: at)
            return mutate(.void, predicate.eval) { elements, predicate in
                try elements.removeAll(where: try invoke.predicate(predicate))
                return .void
            }
        case ("shuffle", []):
            return mutate(.void, nil) { elements, _ in
                elements.shuffle(using: &context.stream)
                return .void
            }
        case ("sort", []) where element.isComparable:
            return mutate(.void, nil) { elements, _ in
                elements.sort(by: Builtins.less)
                return .void
            }
        case ("reverse", []):
            return mutate(.void, nil) { elements, _ in
                elements.reverse()
                return .void
            }
        case ("swapAt", [nil, nil]):
            let first = try argument(exprs[0], .int).eval
            let second = try argument(exprs[1], .int).eval
            let pair: Eval = { frame in .tuple([try first(frame), try second(frame)], labels: nil) }
            return mutate(.void, pair) { elements, pair in
                guard case .tuple(let parts, _) = pair else { throw mismatch(pair, "tuple", at) }
                let i = try intValue(parts[0], at)
                let j = try intValue(parts[1], at)
                guard elements.indices.contains(i), elements.indices.contains(j) else {
                    throw ScriptError(.standardIndexOutOfRange, at: at)
                }
                elements.swapAt(i, j)
                return .void
            }
        default:
            throw error(noMethod(of: target.type, name, labels, inNotesYet: true), call)
        }
    }
}
