import SwiftSyntax

extension Lowerer {
    /// Methods of dictionaries (`mapValues`, `filter`, `removeValue(forKey:)`, `updateValue(_:forKey:)`…).
    ///
    /// Returns nil when the name is not a method of this family, so that `extendedMethod`'s
    /// caller can try the remaining resolutions.
    func dictionaryMethod(_ site: MethodCallSite, key: ScriptType, value: ScriptType) throws -> Typed? {
        let (name, labels, exprs, at, baseExpr, base, invoke) = (
            site.name, site.labels, site.exprs, site.at, site.baseExpr, site.base, ClosureCaller(at: site.at)
        )
        let pair = ScriptType.tuple([key, value], labels: ["key", "value"])
        func entries(_ v: Value) throws -> [Value] {
            let box = try dictValue(v, at)
            return zip(box.keys, box.values).map { .tuple([$0, $1], labels: ["key", "value"]) }
        }
        switch (name, labels) {
        case ("removeValue", ["forKey"]):
            let target = try place(baseExpr)
            let keyEval = try argument(exprs[0], key).eval
            return Typed(
                type: .optional(value),
                eval: mutation(target, operand: keyEval, at: at) { slot, k in
                    try withUniqueDictionary(&slot, at: at) { box in box.remove(k).map { .some($0) } ?? .null }
                })
        case ("updateValue", [nil, "forKey"]):
            let target = try place(baseExpr)
            let v = try argument(exprs[0], value).eval
            let k = try argument(exprs[1], key).eval
            let both: Eval = { frame in .tuple([try v(frame), try k(frame)], labels: nil) }
            return Typed(
                type: .optional(value),
                eval: mutation(target, operand: both, at: at) { slot, both in
                    guard case .tuple(let parts, _) = both else { throw mismatch(both, "(value, key)", at) }
                    return try withUniqueDictionary(&slot, at: at) { box in
                        let old = box[parts[1]]
                        box.set(parts[1], parts[0])
                        return old.map { .some($0) } ?? .null
                    }
                })
        case ("removeAll", []):
            let target = try place(baseExpr)
            return Typed(
                type: .void,
                eval: mutation(target, operand: nil, at: at) { slot, _ in
                    slot = .dictionary(DictBox())
                    return .void
                })
        case ("mapValues", [nil]):
            let f = try site.closure(0, [value], nil)
            return site.method(.dictionary(key, site.resultOf(f)), f) { receiver, f in
                let box = try dictValue(receiver, at)
                let result = DictBox()
                for (k, v) in zip(box.keys, box.values) { result.set(k, try invoke.call(f, v)) }
                return .dictionary(result)
            }
        case ("filter", [nil]):
            let f = try site.closure(0, [pair], .bool)
            return site.method(base.type, f) { receiver, f in
                let box = try dictValue(receiver, at)
                let result = DictBox()
                for (k, v) in zip(box.keys, box.values)
                where try invoke.test(f, [.tuple([k, v], labels: ["key", "value"])]) { result.set(k, v) }
                return .dictionary(result)
            }
        case ("sorted", ["by"]):
            let f = try site.closure(0, [pair, pair], .bool)
            return site.method(.array(pair), f) { receiver, f in
                .array(try entries(receiver).sorted(by: try invoke.comparator(f)))
            }
        case ("map", [nil]):
            let f = try site.closure(0, [pair], nil)
            return site.method(.array(site.resultOf(f)), f) { receiver, f in
                .array(try entries(receiver).map(try invoke.unary(f)))
            }
        case ("forEach", [nil]):
            let f = try site.closure(0, [pair], .void)
            return site.method(.void, f) { receiver, f in
                for entry in try entries(receiver) { _ = try invoke.call(f, entry) }
                return .void
            }
        case ("contains", ["where"]):
            let f = try site.closure(0, [pair], .bool)
            return site.method(.bool, f) { receiver, f in
                .bool(try entries(receiver).contains(where: try invoke.predicate(f)))
            }
        case ("min", ["by"]), ("max", ["by"]):
            let f = try site.closure(0, [pair, pair], .bool)
            let isMin = name == "min"
            return site.method(.optional(pair), f) { receiver, f in
                let values = try entries(receiver)
                let best =
                    isMin
                    ? try values.min(by: try invoke.comparator(f)) : try values.max(by: try invoke.comparator(f))
                return best.map { .some($0) } ?? .null
            }
        default:
            return nil
        }
    }
}
