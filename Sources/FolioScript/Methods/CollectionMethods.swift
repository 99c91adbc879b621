import SwiftSyntax

extension Lowerer {
    /// Methods of arrays and sets that transform or order the elements (`map`, `filter`,
    /// `reduce`, `sorted`, `min`…), with Swift's names and labels; the others are
    /// `collectionQueryMethod`'s.
    func collectionMethod(_ site: MethodCallSite, element: ScriptType) throws -> Typed? {
        let eval = site.base.eval
        let at = site.at
        let invoke = ClosureCaller(at: site.at)
        let isSet = site.receiverIsSet(of: element)
        switch (site.name, site.labels) {
        case ("map", [nil]):
            let f = try site.closure(0, [element], nil)
            return site.method(.array(site.resultOf(f)), f) { receiver, f in
                .array(try collectionElements(receiver, at).map(try invoke.unary(f)))
            }
        case ("compactMap", [nil]):
            let f = try site.closure(0, [element], nil)
            guard case .optional(let wrapped) = site.resultOf(f) else {
                return site.method(.array(site.resultOf(f)), f) { receiver, f in
                    .array(try collectionElements(receiver, at).map(try invoke.unary(f)))
                }
            }
            return site.method(.array(wrapped), f) { receiver, f in
                .array(
                    try collectionElements(receiver, at).compactMap {
                        try invoke.call(f, $0).wrapped
                    })
            }
        case ("flatMap", [nil]):
            let f = try site.closure(0, [element], nil)
            guard case .array(let inner) = site.resultOf(f) else {
                throw error("flatMap needs a closure returning an array", site.exprs[0], id: .invalidArgument)
            }
            return site.method(.array(inner), f) { receiver, f in
                .array(try collectionElements(receiver, at).flatMap { try arrayValue(invoke.call(f, $0), at) })
            }
        case ("filter", [nil]):
            let f = try site.closure(0, [element], .bool)
            return site.method(.array(element), f) { receiver, f in
                .array(try collectionElements(receiver, at).filter(try invoke.predicate(f)))
            }
        case ("forEach", [nil]):
            let f = try site.closure(0, [element], .void)
            return site.method(.void, f) { receiver, f in
                let body = try invoke.unary(f)
                for x in try collectionElements(receiver, at) { _ = try body(x) }
                return .void
            }
        case ("reduce", [nil, nil]):
            let kind = literalKind(site.exprs[0])
            var initial = try lower(site.exprs[0], expected: kind != nil ? element : site.expected)
            if initial.type == .nilLiteral { throw error(.nilRequiresContextualType, site.exprs[0]) }
            if let expected = site.expected, let converted = conversion(initial, to: expected) { initial = converted }
            let accumulator = initial.type
            let f = try site.closure(1, [accumulator, element], accumulator)
            let start = initial.eval
            return Typed(type: accumulator) { frame in
                let receiver = try eval(frame)
                var result = try start(frame)
                let function = try f.eval(frame)
                let combine = try invoke.binary(function)
                for x in try collectionElements(receiver, at) { result = try combine(result, x) }
                return result
            }
        case ("reduce", ["into", nil]):
            var hint = site.expected
            if hint == nil, let annotated = inoutClosureAccumulatorType(site.exprs[1]) { hint = annotated }
            var initial = try lower(site.exprs[0], expected: hint)
            if let hint, let converted = conversion(initial, to: hint) { initial = converted }
            let accumulator = initial.type
            let accumulate = try lowerInoutClosure(site.exprs[1], accumulator: accumulator, element: element)
            let start = initial.eval
            let context = self.context
            return Typed(type: accumulator) { frame in
                let receiver = try eval(frame)
                var result = try start(frame)
                let parent = accumulate.parent(frame)
                for x in try collectionElements(receiver, at) {
                    try accumulate.call(&result, x, parent: parent, context: context)
                }
                return result
            }
        case ("sorted", ["by"]), ("sort", ["by"]):
            let f = try site.closure(0, [element, element], .bool)
            let order = standardOrder(of: site.exprs[0], element: element)
            if site.name == "sort" {
                // The mutation is made here, where the variable's frame is known (made while
                // the block ran, a function's local was looked for frames away: a crash); the
                // comparator is its operand.
                let sortInPlace = mutation(try place(site.baseExpr), operand: f.eval, at: at) { slot, function in
                    guard case .array(var values) = slot else { throw mismatch(slot, "Array", at) }
                    slot = .void
                    defer { slot = .array(values) }
                    try sortScalars(&values, element, by: function, order: order, invoke: invoke, at: at)
                    return .void
                }
                return Typed(type: .void, eval: sortInPlace)
            }
            return site.method(.array(element), f) { receiver, f in
                var values = try collectionElements(receiver, at)
                try sortScalars(&values, element, by: f, order: order, invoke: invoke, at: at)
                return .array(values)
            }
        case ("sorted", []) where isSet && element.isComparable:
            return site.method(.array(element)) { .array(try collectionElements($0, at).sorted(by: Builtins.less)) }
        case ("min", ["by"]), ("max", ["by"]):
            let f = try site.closure(0, [element, element], .bool)
            let isMin = site.name == "min"
            return site.method(.optional(element), f) { receiver, f in
                let values = try collectionElements(receiver, at)
                let best =
                    isMin
                    ? try values.min(by: try invoke.comparator(f)) : try values.max(by: try invoke.comparator(f))
                return best.map { .some($0) } ?? .null
            }
        case ("min", []) where element.isComparable, ("max", []) where element.isComparable:
            let isMin = site.name == "min"
            return site.method(.optional(element)) { receiver in
                let values = try collectionElements(receiver, at)
                let best = isMin ? values.min(by: Builtins.less) : values.max(by: Builtins.less)
                return best.map { .some($0) } ?? .null
            }
        default:
            if let index = try arrayIndexMethod(site, element: element) { return index }
            return try collectionQueryMethod(site, element: element)
        }
    }

    /// Methods of arrays and sets that search, slice or combine them (`contains`, `first(where:)`,
    /// `prefix`, `split`, `union`, `insert`…). Nil when the name is not a collection method.
    func collectionQueryMethod(_ site: MethodCallSite, element: ScriptType) throws -> Typed? {
        if let method = try collectionSearchMethod(site, element: element) { return method }
        if let method = try collectionSliceMethod(site, element: element) { return method }
        return try setQueryMethod(site, element: element)
    }

    /// `contains(where:)`, `allSatisfy`, `first(where:)`, `firstIndex(of:)`, `count(where:)`…
    private func collectionSearchMethod(_ site: MethodCallSite, element: ScriptType) throws -> Typed? {
        let at = site.at
        let invoke = ClosureCaller(at: site.at)
        switch (site.name, site.labels) {
        case ("contains", ["where"]), ("allSatisfy", [nil]):
            let f = try site.closure(0, [element], .bool)
            let all = site.name == "allSatisfy"
            return site.method(.bool, f) { receiver, f in
                let values = try collectionElements(receiver, at)
                return .bool(
                    all
                        ? try values.allSatisfy(try invoke.predicate(f))
                        : try values.contains(where: try invoke.predicate(f)))
            }
        case ("first", ["where"]), ("last", ["where"]):
            let f = try site.closure(0, [element], .bool)
            let isFirst = site.name == "first"
            return site.method(.optional(element), f) { receiver, f in
                let values = try collectionElements(receiver, at)
                let found =
                    isFirst
                    ? try values.first(where: try invoke.predicate(f)) : try values.last(where: try invoke.predicate(f))
                return found.map { .some($0) } ?? .null
            }
        case ("firstIndex", ["where"]), ("lastIndex", ["where"]):
            let f = try site.closure(0, [element], .bool)
            let isFirst = site.name == "firstIndex"
            return site.method(.optional(.int), f) { receiver, f in
                let values = try collectionElements(receiver, at)
                let found =
                    isFirst
                    ? try values.firstIndex(where: try invoke.predicate(f))
                    : try values.lastIndex(where: try invoke.predicate(f))
                return found.map { .some(.int($0)) } ?? .null
            }
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            let value = try argument(site.exprs[0], element)
            let isFirst = site.name == "firstIndex"
            return site.method(.optional(.int), value) { receiver, value in
                let values = try collectionElements(receiver, at)
                let found =
                    isFirst ? values.firstIndex { $0.isEqual(to: value) } : values.lastIndex { $0.isEqual(to: value) }
                return found.map { .some(.int($0)) } ?? .null
            }
        case ("count", ["where"]):
            let f = try site.closure(0, [element], .bool)
            return site.method(.int, f) { receiver, f in
                .int(try collectionElements(receiver, at).filter(try invoke.predicate(f)).count)
            }
        default:
            return nil
        }
    }

    /// `enumerated`, `randomElement`, `prefix`, `dropFirst`, `split`, `joined`, `starts(with:)`…
    private func collectionSliceMethod(_ site: MethodCallSite, element: ScriptType) throws -> Typed? {
        let at = site.at
        let context = self.context
        let invoke = ClosureCaller(at: site.at)
        let isSet = site.receiverIsSet(of: element)
        switch (site.name, site.labels) {
        case ("enumerated", []):
            return site.method(.array(.tuple([.int, element], labels: ["offset", "element"]))) { receiver in
                .array(
                    try collectionElements(receiver, at).enumerated().map {
                        .tuple([.int($0.offset), $0.element], labels: ["offset", "element"])
                    })
            }
        case ("randomElement", []):
            return site.method(.optional(element)) { receiver in
                try collectionElements(receiver, at).randomElement(using: &context.stream).map { .some($0) } ?? .null
            }
        case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", [nil]), ("dropLast", [nil]):
            let count = try argument(site.exprs[0], .int)
            let name = site.name
            return site.method(.array(element), count) { receiver, count in
                let values = try collectionElements(receiver, at)
                let n = try intValue(count, at)
                guard n >= 0 else {
                    throw ScriptError(
                        "Can't take a prefix of negative length from a collection", id: .preconditionFailure, at: at)
                }
                switch name {
                case "prefix": return .array(Array(values.prefix(n)))
                case "suffix": return .array(Array(values.suffix(n)))
                case "dropFirst": return .array(Array(values.dropFirst(n)))
                default: return .array(Array(values.dropLast(n)))
                }
            }
        case ("prefix", ["while"]), ("drop", ["while"]):
            let f = try site.closure(0, [element], .bool)
            let isPrefix = site.name == "prefix"
            return site.method(.array(element), f) { receiver, f in
                let values = try collectionElements(receiver, at)
                return .array(
                    Array(
                        isPrefix
                            ? try values.prefix(while: try invoke.predicate(f))
                            : try values.drop(while: try invoke.predicate(f))))
            }
        case ("dropFirst", []), ("dropLast", []):
            let isFirst = site.name == "dropFirst"
            return site.method(.array(element)) {
                .array(
                    isFirst
                        ? Array(try collectionElements($0, at).dropFirst())
                        : Array(try collectionElements($0, at).dropLast()))
            }
        case ("split", ["separator"]) where element.isEquatable:
            let separator = try argument(site.exprs[0], element)
            return site.method(.array(.array(element)), separator) { receiver, separator in
                .array(
                    try collectionElements(receiver, at).split { $0.isEqual(to: separator) }.map { .array(Array($0)) })
            }
        case ("joined", []) where element.sequenceElement != nil && !isSet:
            guard case .array(let inner) = element else { return nil }
            return site.method(.array(inner)) {
                .array(try collectionElements($0, at).flatMap { try arrayValue($0, at) })
            }
        case ("starts", ["with"]) where element.isEquatable && !isSet,
            ("elementsEqual", [nil]) where element.isEquatable && !isSet:
            // `xs.starts(with: prefix)`, `xs.elementsEqual(ys)`: element by element.
            let other = try argument(site.exprs[0], .array(element))
            let startsWith = site.name == "starts"
            return site.method(.bool, other) { receiver, other in
                let mine = try collectionElements(receiver, at)
                let theirs = try arrayValue(other, at)
                let equal: (Value, Value) -> Bool = { $0.isEqual(to: $1) }
                return .bool(startsWith ? mine.starts(with: theirs, by: equal) : mine.elementsEqual(theirs, by: equal))
            }
        default:
            return nil
        }
    }

    /// Set algebra and membership: `union`, `isSubset(of:)`, `insert`, `remove`…
    private func setQueryMethod(_ site: MethodCallSite, element: ScriptType) throws -> Typed? {
        let at = site.at
        let isSet = site.receiverIsSet(of: element)
        switch (site.name, site.labels) {
        case ("contains", [nil]) where isSet:
            let value = try argument(site.exprs[0], element)
            return site.method(.bool, value) { receiver, value in .bool(try setValue(receiver, at).contains(value)) }
        case ("union", [nil]), ("intersection", [nil]), ("subtracting", [nil]), ("symmetricDifference", [nil]):
            guard isSet else { return nil }
            let other = try lower(site.exprs[0], expected: site.base.type)
            guard other.type.sequenceElement == element else {
                throw error(
                    .cannotConvertArgument(from: "\(other.type)", to: "\(site.base.type)"), site.exprs[0])
            }
            let name = site.name
            return site.method(site.base.type, other) { receiver, other in
                let a = try setValue(receiver, at)
                let b = SetBox(try collectionElements(other, at))
                let result = SetBox()
                switch name {
                case "union": for x in a.elements + b.elements { result.insert(x) }
                case "intersection": for x in a.elements where b.contains(x) { result.insert(x) }
                case "subtracting": for x in a.elements where !b.contains(x) { result.insert(x) }
                default:
                    for x in a.elements where !b.contains(x) { result.insert(x) }
                    for x in b.elements where !a.contains(x) { result.insert(x) }
                }
                return .set(result)
            }
        case ("isSubset", ["of"]), ("isSuperset", ["of"]), ("isDisjoint", ["with"]):
            guard isSet else { return nil }
            let other = try lower(site.exprs[0], expected: site.base.type)
            let name = site.name
            return site.method(.bool, other) { receiver, other in
                let a = try setValue(receiver, at)
                let b = SetBox(try collectionElements(other, at))
                switch name {
                case "isSubset": return .bool(a.elements.allSatisfy { b.contains($0) })
                case "isSuperset": return .bool(b.elements.allSatisfy { a.contains($0) })
                default: return .bool(!a.elements.contains { b.contains($0) })
                }
            }
        case ("insert", [nil]), ("remove", [nil]):
            guard isSet else { return nil }
            let target = try place(site.baseExpr)
            let value = try argument(site.exprs[0], element)
            // As in Swift: `insert` returns `(inserted:memberAfterInsert:)` and `remove` the
            // removed member or nil; both are `@discardableResult`, so a call as a statement
            // simply drops the value.
            if site.name == "insert" {
                let labels: [String?] = ["inserted", "memberAfterInsert"]
                return Typed(
                    type: .tuple([.bool, element], labels: labels),
                    eval: mutation(target, operand: value.eval, at: at) { slot, value in
                        try withUniqueSet(&slot, at: at) { box in
                            let (inserted, member) = box.insertReportingMember(value)
                            return .tuple([.bool(inserted), member], labels: labels)
                        }
                    })
            }
            return Typed(
                type: .optional(element),
                eval: mutation(target, operand: value.eval, at: at) { slot, value in
                    try withUniqueSet(&slot, at: at) { box in box.remove(value).map { .some($0) } ?? .null }
                })
        case ("reversed", []) where isSet:
            return site.method(.array(element)) { .array(try collectionElements($0, at).reversed()) }
        default:
            return nil
        }
    }
}

/// The elements of an array or a set value, in order.
func collectionElements(_ value: Value, _ at: SourceLoc) throws -> [Value] {
    if case .set(let box) = value { return box.elements }
    return try arrayValue(value, at)
}
