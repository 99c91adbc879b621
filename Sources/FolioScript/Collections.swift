import Foundation
import SwiftSyntax

/// Members of the types added on top of the first cut: closures' higher-order methods on
/// arrays, optionals, tuples, dictionaries, sets, strings and characters, and declared types.
extension Lowerer {
    /// Properties of the newer types; nil when `lowerMember` should go on with its own cases.
    func extendedMember(_ base: Typed, _ name: String, node: some SyntaxProtocol) throws -> Typed? {
        let eval = base.eval
        let at = loc(node)
        func property(_ type: ScriptType, _ body: @escaping (Value) throws -> Value) -> Typed {
            Typed(type: type) { frame in try body(try eval(frame)) }
        }
        switch base.type {
        case .tuple(let types, let labels):
            let index = Int(name) ?? labels.firstIndex(of: name) ?? -1
            guard types.indices.contains(index) else { throw error("value of tuple type '\(base.type)' has no member '\(name)'", node) }
            return property(types[index]) { value in
                guard case .tuple(let elements, _) = value else { throw mismatch(value, "tuple", at) }
                return elements[index]
            }
        case .named(let info):
            if info.kind == .builtin, let property = bindings.registry.properties[ObjectIdentifier(info)]?[name] {
                let get = property.get
                return Typed(type: property.type) { frame in try get(try eval(frame)) }
            }
            if let member = try namedMember(info, base: base, name: name, node: node) { return member }
            throw error("value of type '\(info.name)' has no member '\(name)'" + Suggestions.memberHint(info.name, name, isStatic: false, bindings: bindings), node)
        case .array(let element):
            switch name {
            case "first": return property(.optional(element)) { try arrayValue($0, at).first.map { .some($0) } ?? .null }
            case "last": return property(.optional(element)) { try arrayValue($0, at).last.map { .some($0) } ?? .null }
            default: return nil
            }
        case .dictionary(let key, let value):
            switch name {
            case "count": return property(.int) { .int(try dictValue($0, at).count) }
            case "isEmpty": return property(.bool) { .bool(try dictValue($0, at).count == 0) }
            case "keys": return property(.array(key)) { .array(try dictValue($0, at).keys) }
            case "values": return property(.array(value)) { .array(try dictValue($0, at).values) }
            default: return nil
            }
        case .set(let element):
            switch name {
            case "count": return property(.int) { .int(try setValue($0, at).elements.count) }
            case "isEmpty": return property(.bool) { .bool(try setValue($0, at).elements.isEmpty) }
            case "first": return property(.optional(element)) { try setValue($0, at).elements.first.map { .some($0) } ?? .null }
            default: return nil
            }
        case .string:
            switch name {
            case "first": return property(.optional(.character)) { try stringValue($0, at).first.map { .some(.character($0)) } ?? .null }
            case "last": return property(.optional(.character)) { try stringValue($0, at).last.map { .some(.character($0)) } ?? .null }
            // String indices are character offsets in notes (what they print is never needed).
            case "startIndex": return property(.int) { _ in .int(0) }
            case "endIndex": return property(.int) { .int(try stringValue($0, at).count) }
            default: return nil
            }
        case .character:
            switch name {
            case "isLetter": return property(.bool) { .bool(try characterValue($0, at).isLetter) }
            case "isNumber": return property(.bool) { .bool(try characterValue($0, at).isNumber) }
            case "isWhitespace": return property(.bool) { .bool(try characterValue($0, at).isWhitespace) }
            case "isUppercase": return property(.bool) { .bool(try characterValue($0, at).isUppercase) }
            case "isLowercase": return property(.bool) { .bool(try characterValue($0, at).isLowercase) }
            case "isPunctuation": return property(.bool) { .bool(try characterValue($0, at).isPunctuation) }
            case "wholeNumberValue":
                return property(.optional(.int)) { try characterValue($0, at).wholeNumberValue.map { .some(.int($0)) } ?? .null }
            case "asciiValue":
                return property(.optional(.int)) { try characterValue($0, at).asciiValue.map { .some(.int(Int($0))) } ?? .null }
            default: return nil
            }
        case .optional:
            throw error("value of optional type '\(base.type)' must be unwrapped to refer to member '\(name)'; use '?.' or '!'", node)
        default:
            return nil
        }
    }

    /// A call of a method of a declared type (`p.moved(by: 1)`, `counter.increment()`).
    func namedMethodCall(
        _ info: TypeInfo, base: Typed, baseExpr: ExprSyntax?, candidates: [FunctionInfo], arguments: [(label: String?, expr: ExprSyntax)],
        name: String, node: some SyntaxProtocol
    ) throws -> Typed {
        let labels = arguments.map(\.label)
        let matching = candidates.filter { $0.labels.count >= labels.count || $0.variadic != nil }
        guard let first = matching.first ?? candidates.first else { throw error("no method '\(name)'", node) }
        var selfWriteback: ((Frame, Value) throws -> Void)?
        if first.isMutating, info.kind != .classType {
            let target: Place
            if let baseExpr {
                target = try place(baseExpr)
            } else if let selfVariable = lookup("self") {
                guard selfVariable.mutable else {
                    throw error("cannot use mutating member on immutable value: 'self' is immutable", node)
                }
                target = Place(variable: selfVariable, path: [], type: .named(info))
            } else {
                throw error("cannot use mutating member here", node)
            }
            let at = loc(node)
            let box = UncheckedBox<Value>(.void)
            let writer = mutation(target, operand: { _ in box.value }, at: at) { slot, new in
                slot = new
                return .void
            }
            selfWriteback = { frame, value in
                box.value = value
                _ = try writer(frame)
            }
        }
        let needsDynamicDispatch = info.kind == .classType || info.kind == .protocolType
        if needsDynamicDispatch {
            let (method, evals, writebacks) = try resolveCallWithWritebacks(candidates, arguments: arguments, name: name, node: node)
            let eval = base.eval
            let context = self.context
            let at = loc(node)
            let methodLabels = method.labels
            return Typed(type: method.returnType) { frame in
                let receiver = try eval(frame)
                var target = method
                if let dynamic = typeInfo(of: receiver), dynamic !== method.owner,
                    let override = dynamic.method(name)?.first(where: { $0.labels == methodLabels })
                {
                    target = override
                }
                var values = [receiver]
                for eval in evals { values.append(try eval(frame)) }
                if writebacks.isEmpty {
                    return try callFunction(target, parent: nil, arguments: values, context: context, at: at)
                }
                // `inout` arguments: their final values are written back to the caller's places.
                return try runWithSelf(target, values, name: target.name, context: context, at: at) { callee in
                    for writeback in writebacks { try writeback.write(frame, callee.slots[writeback.index + 1]) }
                    return callee.returnValue
                }
            }
        }
        return try directCall(candidates, arguments: arguments, name: name, node: node, parent: { _ in nil }, selfValue: base.eval, selfWriteback: selfWriteback)
    }

    /// Method calls on the newer types; nil to fall back to the first cut's methods.
    func extendedMethod(
        _ base: Typed, baseExpr: ExprSyntax, _ name: String, arguments: [(label: String?, expr: ExprSyntax)], node: some SyntaxProtocol,
        expected: ScriptType?
    ) throws -> Typed? {
        var labels = arguments.map(\.label)
        let exprs = arguments.map(\.expr)
        if labels.last == Optional<String?>.some(nil), exprs.last?.is(ClosureExprSyntax.self) == true {
            // A trailing closure fills the closure parameter's label.
            if ["sorted", "sort", "min", "max"].contains(name), labels.count == 1 { labels = ["by"] }
            if ["contains", "first", "last", "firstIndex", "lastIndex", "count"].contains(name), labels.count == 1 { labels = ["where"] }
            if ["prefix", "drop"].contains(name), labels.count == 1 { labels = ["while"] }
        }
        let eval = base.eval
        let at = loc(node)
        let context = self.context
        func method(_ type: ScriptType, _ body: @escaping (Value) throws -> Value) -> Typed {
            Typed(type: type) { frame in try body(try eval(frame)) }
        }
        func method(_ type: ScriptType, _ argument: Typed, _ body: @escaping (Value, Value) throws -> Value) -> Typed {
            let argumentEval = argument.eval
            return Typed(type: type) { frame in
                let receiver = try eval(frame)
                return try body(receiver, try argumentEval(frame))
            }
        }
        /// A closure argument of type `(parameters) -> result` (`nil` result: inferred).
        func closure(_ index: Int, _ parameters: [ScriptType], _ result: ScriptType?) throws -> Typed {
            let typed = try lower(exprs[index], expected: .function(parameters, result ?? .nilLiteral))
            guard case .function(let have, _) = typed.type, have == parameters else {
                throw error("cannot convert value of type '\(typed.type)' to expected argument type '\(ScriptType.function(parameters, result ?? .void))'", exprs[index])
            }
            return typed
        }
        func resultOf(_ typed: Typed) -> ScriptType {
            if case .function(_, let result) = typed.type { return result }
            return .void
        }
        func call(_ value: Value, _ arguments: [Value]) throws -> Value {
            guard case .function(let closure) = value else { throw ScriptError("internal error: not a function", at: at) }
            return try closure.invoke(arguments)
        }
        func test(_ value: Value, _ arguments: [Value]) throws -> Bool {
            guard case .bool(let result) = try call(value, arguments) else { throw ScriptError("internal error: expected Bool", at: at) }
            return result
        }

        switch base.type {
        case .named(let info):
            if info.kind == .builtin {
                guard let match = bindings.registry.methods[ObjectIdentifier(info)]?[name]?.first(where: { $0.labels == labels }) else {
                    throw error("value of type '\(info.name)' has no method '\(name)(\(labelList(labels)))'" + Suggestions.memberHint(info.name, name, isStatic: false, bindings: bindings), node)
                }
                let evals = try zip(exprs, match.parameters).map { try argument($0.0, $0.1).eval }
                return Typed(type: match.result) { frame in
                    let receiver = try eval(frame)
                    return try match.body(receiver, try evals.map { try $0(frame) })
                }
            }
            if let candidates = info.method(name) {
                return try namedMethodCall(info, base: base, baseExpr: baseExpr, candidates: candidates, arguments: arguments, name: name, node: node)
            }
            if let computed = info.computedProperty(name), case .function = computed.type {
                return try callValue(computedGet(computed, base: base, name: name, at: at), arguments: exprs, node: node)
            }
            if let index = info.fieldIndex[name], case .function = info.fields[index].type {
                return try callValue(Typed(type: info.fields[index].type) { frame in try fieldValue(eval(frame), index, at) }, arguments: exprs, node: node)
            }
            throw error("value of type '\(info.name)' has no member '\(name)'" + Suggestions.memberHint(info.name, name, isStatic: false, bindings: bindings), node)

        case .array(let element), .set(let element):
            let isSet = base.type == .set(element)
            func elements(_ value: Value) throws -> [Value] {
                if case .set(let box) = value { return box.elements }
                return try arrayValue(value, at)
            }
            switch (name, labels) {
            case ("map", [nil]):
                let f = try closure(0, [element], nil)
                return method(.array(resultOf(f)), f) { receiver, f in .array(try elements(receiver).map { try call(f, [$0]) }) }
            case ("compactMap", [nil]):
                let f = try closure(0, [element], nil)
                guard case .optional(let wrapped) = resultOf(f) else {
                    return method(.array(resultOf(f)), f) { receiver, f in .array(try elements(receiver).map { try call(f, [$0]) }) }
                }
                return method(.array(wrapped), f) { receiver, f in
                    .array(try elements(receiver).compactMap { if case .some(let v) = try call(f, [$0]) { v } else { nil } })
                }
            case ("flatMap", [nil]):
                let f = try closure(0, [element], nil)
                guard case .array(let inner) = resultOf(f) else { throw error("flatMap needs a closure returning an array", exprs[0]) }
                return method(.array(inner), f) { receiver, f in
                    .array(try elements(receiver).flatMap { try arrayValue(call(f, [$0]), at) })
                }
            case ("filter", [nil]):
                let f = try closure(0, [element], .bool)
                return method(.array(element), f) { receiver, f in .array(try elements(receiver).filter { try test(f, [$0]) }) }
            case ("forEach", [nil]):
                let f = try closure(0, [element], .void)
                return method(.void, f) { receiver, f in
                    for x in try elements(receiver) { _ = try call(f, [x]) }
                    return .void
                }
            case ("reduce", [nil, nil]):
                let kind = literalKind(exprs[0])
                var initial = try lower(exprs[0], expected: kind != nil ? element : expected)
                if initial.type == .nilLiteral { throw error("'nil' requires a contextual type", exprs[0]) }
                if let expected, let converted = conversion(initial, to: expected) { initial = converted }
                let accumulator = initial.type
                let f = try closure(1, [accumulator, element], accumulator)
                let start = initial.eval
                return Typed(type: accumulator) { frame in
                    let receiver = try eval(frame)
                    var result = try start(frame)
                    let function = try f.eval(frame)
                    for x in try elements(receiver) { result = try call(function, [result, x]) }
                    return result
                }
            case ("reduce", ["into", nil]):
                var hint = expected
                if hint == nil, let annotated = inoutClosureAccumulatorType(exprs[1]) { hint = annotated }
                var initial = try lower(exprs[0], expected: hint)
                if let hint, let converted = conversion(initial, to: hint) { initial = converted }
                let accumulator = initial.type
                let accumulate = try lowerInoutClosure(exprs[1], accumulator: accumulator, element: element)
                let start = initial.eval
                let context = self.context
                return Typed(type: accumulator) { frame in
                    let receiver = try eval(frame)
                    var result = try start(frame)
                    let parent = accumulate.parent(frame)
                    for x in try elements(receiver) {
                        try accumulate.call(&result, x, parent: parent, context: context)
                    }
                    return result
                }
            case ("sorted", ["by"]), ("sort", ["by"]):
                let f = try closure(0, [element, element], .bool)
                if name == "sort" {
                    let target = try place(baseExpr)
                    let fe = f.eval
                    return Typed(type: .void) { frame in
                        let function = try fe(frame)
                        return try self.mutation(target, operand: nil, at: at) { slot, _ in
                            guard case .array(var values) = slot else { throw mismatch(slot, "Array", at) }
                            slot = .void
                            defer { slot = .array(values) }
                            try values.sort { try test(function, [$0, $1]) }
                            return .void
                        }(frame)
                    }
                }
                return method(.array(element), f) { receiver, f in .array(try elements(receiver).sorted { try test(f, [$0, $1]) }) }
            case ("sorted", []) where isSet && element.isComparable:
                return method(.array(element)) { .array(try elements($0).sorted(by: Builtins.less)) }
            case ("min", ["by"]), ("max", ["by"]):
                let f = try closure(0, [element, element], .bool)
                let isMin = name == "min"
                return method(.optional(element), f) { receiver, f in
                    let values = try elements(receiver)
                    let best = isMin ? try values.min { try test(f, [$0, $1]) } : try values.max { try test(f, [$0, $1]) }
                    return best.map { .some($0) } ?? .null
                }
            case ("min", []) where element.isComparable, ("max", []) where element.isComparable:
                let isMin = name == "min"
                return method(.optional(element)) { receiver in
                    let values = try elements(receiver)
                    let best = isMin ? values.min(by: Builtins.less) : values.max(by: Builtins.less)
                    return best.map { .some($0) } ?? .null
                }
            case ("contains", ["where"]), ("allSatisfy", [nil]):
                let f = try closure(0, [element], .bool)
                let all = name == "allSatisfy"
                return method(.bool, f) { receiver, f in
                    let values = try elements(receiver)
                    return .bool(all ? try values.allSatisfy { try test(f, [$0]) } : try values.contains { try test(f, [$0]) })
                }
            case ("first", ["where"]), ("last", ["where"]):
                let f = try closure(0, [element], .bool)
                let isFirst = name == "first"
                return method(.optional(element), f) { receiver, f in
                    let values = try elements(receiver)
                    let found = isFirst ? try values.first { try test(f, [$0]) } : try values.last { try test(f, [$0]) }
                    return found.map { .some($0) } ?? .null
                }
            case ("firstIndex", ["where"]), ("lastIndex", ["where"]):
                let f = try closure(0, [element], .bool)
                let isFirst = name == "firstIndex"
                return method(.optional(.int), f) { receiver, f in
                    let values = try elements(receiver)
                    let found = isFirst ? try values.firstIndex { try test(f, [$0]) } : try values.lastIndex { try test(f, [$0]) }
                    return found.map { .some(.int($0)) } ?? .null
                }
            case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
                let value = try argument(exprs[0], element)
                let isFirst = name == "firstIndex"
                return method(.optional(.int), value) { receiver, value in
                    let values = try elements(receiver)
                    let found = isFirst ? values.firstIndex { $0.isEqual(to: value) } : values.lastIndex { $0.isEqual(to: value) }
                    return found.map { .some(.int($0)) } ?? .null
                }
            case ("count", ["where"]):
                let f = try closure(0, [element], .bool)
                return method(.int, f) { receiver, f in .int(try elements(receiver).filter { try test(f, [$0]) }.count) }
            case ("enumerated", []):
                return method(.array(.tuple([.int, element], labels: ["offset", "element"]))) { receiver in
                    .array(try elements(receiver).enumerated().map { .tuple([.int($0.offset), $0.element], labels: ["offset", "element"]) })
                }
            case ("randomElement", []):
                return method(.optional(element)) { receiver in
                    try elements(receiver).randomElement(using: &context.stream).map { .some($0) } ?? .null
                }
            case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", [nil]), ("dropLast", [nil]):
                let count = try argument(exprs[0], .int)
                return method(.array(element), count) { receiver, count in
                    let values = try elements(receiver)
                    let n = try intValue(count, at)
                    guard n >= 0 else { throw ScriptError("Can't take a prefix of negative length from a collection", at: at) }
                    switch name {
                    case "prefix": return .array(Array(values.prefix(n)))
                    case "suffix": return .array(Array(values.suffix(n)))
                    case "dropFirst": return .array(Array(values.dropFirst(n)))
                    default: return .array(Array(values.dropLast(n)))
                    }
                }
            case ("prefix", ["while"]), ("drop", ["while"]):
                let f = try closure(0, [element], .bool)
                let isPrefix = name == "prefix"
                return method(.array(element), f) { receiver, f in
                    let values = try elements(receiver)
                    return .array(Array(isPrefix ? try values.prefix { try test(f, [$0]) } : try values.drop { try test(f, [$0]) }))
                }
            case ("dropFirst", []), ("dropLast", []):
                let isFirst = name == "dropFirst"
                return method(.array(element)) { .array(isFirst ? Array(try elements($0).dropFirst()) : Array(try elements($0).dropLast())) }
            case ("split", ["separator"]) where element.isEquatable:
                let separator = try argument(exprs[0], element)
                return method(.array(.array(element)), separator) { receiver, separator in
                    .array(try elements(receiver).split { $0.isEqual(to: separator) }.map { .array(Array($0)) })
                }
            case ("joined", []) where element.sequenceElement != nil && !isSet:
                guard case .array(let inner) = element else { return nil }
                return method(.array(inner)) { .array(try elements($0).flatMap { try arrayValue($0, at) }) }
            case ("contains", [nil]) where isSet:
                let value = try argument(exprs[0], element)
                return method(.bool, value) { receiver, value in .bool(try setValue(receiver, at).contains(value)) }
            case ("union", [nil]), ("intersection", [nil]), ("subtracting", [nil]), ("symmetricDifference", [nil]):
                guard isSet else { return nil }
                let other = try lower(exprs[0], expected: base.type)
                guard other.type.sequenceElement == element else {
                    throw error("cannot convert value of type '\(other.type)' to expected argument type '\(base.type)'", exprs[0])
                }
                return method(base.type, other) { receiver, other in
                    let a = try setValue(receiver, at)
                    let b = SetBox(try elements(other))
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
                let other = try lower(exprs[0], expected: base.type)
                return method(.bool, other) { receiver, other in
                    let a = try setValue(receiver, at)
                    let b = SetBox(try elements(other))
                    switch name {
                    case "isSubset": return .bool(a.elements.allSatisfy { b.contains($0) })
                    case "isSuperset": return .bool(b.elements.allSatisfy { a.contains($0) })
                    default: return .bool(!a.elements.contains { b.contains($0) })
                    }
                }
            case ("insert", [nil]), ("remove", [nil]):
                guard isSet else { return nil }
                let target = try place(baseExpr)
                let value = try argument(exprs[0], element)
                // As in Swift: `insert` returns `(inserted:memberAfterInsert:)` and `remove` the
                // removed member or nil; both are `@discardableResult`, so a call as a statement
                // simply drops the value.
                if name == "insert" {
                    let labels: [String?] = ["inserted", "memberAfterInsert"]
                    return Typed(type: .tuple([.bool, element], labels: labels), eval: mutation(target, operand: value.eval, at: at) { slot, value in
                        try withUniqueSet(&slot, at: at) { box in
                            let (inserted, member) = box.insertReportingMember(value)
                            return .tuple([.bool(inserted), member], labels: labels)
                        }
                    })
                }
                return Typed(type: .optional(element), eval: mutation(target, operand: value.eval, at: at) { slot, value in
                    try withUniqueSet(&slot, at: at) { box in box.remove(value).map { .some($0) } ?? .null }
                })
            case ("reversed", []) where isSet:
                return method(.array(element)) { .array(try elements($0).reversed()) }
            default:
                return nil
            }

        case .dictionary(let key, let value):
            let pair = ScriptType.tuple([key, value], labels: ["key", "value"])
            func entries(_ v: Value) throws -> [Value] {
                let box = try dictValue(v, at)
                return zip(box.keys, box.values).map { .tuple([$0, $1], labels: ["key", "value"]) }
            }
            switch (name, labels) {
            case ("removeValue", ["forKey"]):
                let target = try place(baseExpr)
                let keyEval = try argument(exprs[0], key).eval
                return Typed(type: .optional(value), eval: mutation(target, operand: keyEval, at: at) { slot, k in
                    try withUniqueDictionary(&slot, at: at) { box in box.remove(k).map { .some($0) } ?? .null }
                })
            case ("updateValue", [nil, "forKey"]):
                let target = try place(baseExpr)
                let v = try argument(exprs[0], value).eval
                let k = try argument(exprs[1], key).eval
                let both: Eval = { frame in .tuple([try v(frame), try k(frame)], labels: nil) }
                return Typed(type: .optional(value), eval: mutation(target, operand: both, at: at) { slot, both in
                    guard case .tuple(let parts, _) = both else { throw mismatch(both, "(value, key)", at) }
                    return try withUniqueDictionary(&slot, at: at) { box in
                        let old = box[parts[1]]
                        box.set(parts[1], parts[0])
                        return old.map { .some($0) } ?? .null
                    }
                })
            case ("removeAll", []):
                let target = try place(baseExpr)
                return Typed(type: .void, eval: mutation(target, operand: nil, at: at) { slot, _ in
                    slot = .dictionary(DictBox())
                    return .void
                })
            case ("mapValues", [nil]):
                let f = try closure(0, [value], nil)
                return method(.dictionary(key, resultOf(f)), f) { receiver, f in
                    let box = try dictValue(receiver, at)
                    let result = DictBox()
                    for (k, v) in zip(box.keys, box.values) { result.set(k, try call(f, [v])) }
                    return .dictionary(result)
                }
            case ("filter", [nil]):
                let f = try closure(0, [pair], .bool)
                return method(base.type, f) { receiver, f in
                    let box = try dictValue(receiver, at)
                    let result = DictBox()
                    for (k, v) in zip(box.keys, box.values) where try test(f, [.tuple([k, v], labels: ["key", "value"])]) { result.set(k, v) }
                    return .dictionary(result)
                }
            case ("sorted", ["by"]):
                let f = try closure(0, [pair, pair], .bool)
                return method(.array(pair), f) { receiver, f in .array(try entries(receiver).sorted { try test(f, [$0, $1]) }) }
            case ("map", [nil]):
                let f = try closure(0, [pair], nil)
                return method(.array(resultOf(f)), f) { receiver, f in .array(try entries(receiver).map { try call(f, [$0]) }) }
            case ("forEach", [nil]):
                let f = try closure(0, [pair], .void)
                return method(.void, f) { receiver, f in
                    for entry in try entries(receiver) { _ = try call(f, [entry]) }
                    return .void
                }
            case ("contains", ["where"]):
                let f = try closure(0, [pair], .bool)
                return method(.bool, f) { receiver, f in .bool(try entries(receiver).contains { try test(f, [$0]) }) }
            case ("min", ["by"]), ("max", ["by"]):
                let f = try closure(0, [pair, pair], .bool)
                let isMin = name == "min"
                return method(.optional(pair), f) { receiver, f in
                    let values = try entries(receiver)
                    let best = isMin ? try values.min { try test(f, [$0, $1]) } : try values.max { try test(f, [$0, $1]) }
                    return best.map { .some($0) } ?? .null
                }
            default:
                return nil
            }

        case .optional(let wrapped):
            switch (name, labels) {
            case ("map", [nil]), ("flatMap", [nil]):
                let f = try closure(0, [wrapped], nil)
                let result = resultOf(f)
                let flattens = name == "flatMap" && result.isOptional
                return method(flattens ? result : .optional(result), f) { receiver, f in
                    guard case .some(let x) = receiver else { return .null }
                    let mapped = try call(f, [x])
                    return flattens ? mapped : .some(mapped)
                }
            default:
                throw error("value of optional type '\(base.type)' must be unwrapped to refer to member '\(name)'; use '?.' or '!'", node)
            }

        case .string:
            switch (name, labels) {
            case ("split", ["separator"]):
                let separator = try argument(exprs[0], .character)
                return method(.array(.string), separator) { receiver, separator in
                    let c = try characterValue(separator, at)
                    return .array(try stringValue(receiver, at).split(separator: c).map { .string(String($0)) })
                }
            case ("split", [nil]):
                return nil
            case ("index", ["after"]), ("index", ["before"]):
                let step = name == "index" && labels == ["after"] ? 1 : -1
                return method(.int, try argument(exprs[0], .int)) { receiver, index in
                    let i = try intValue(index, at) + step
                    guard i >= 0, i <= (try stringValue(receiver, at).count) else { throw ScriptError("String index is out of bounds", at: at) }
                    return .int(i)
                }
            case ("index", [nil, "offsetBy"]):
                let start = try argument(exprs[0], .int).eval
                let offset = try argument(exprs[1], .int).eval
                return Typed(type: .int) { frame in
                    let count = try stringValue(eval(frame), at).count
                    let i = try intValue(start(frame), at) + intValue(offset(frame), at)
                    guard i >= 0, i <= count else { throw ScriptError("String index is out of bounds", at: at) }
                    return .int(i)
                }
            case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
                let isFirst = name == "firstIndex"
                return method(.optional(.int), try argument(exprs[0], .character)) { receiver, needle in
                    let characters = Array(try stringValue(receiver, at))
                    let c = try characterValue(needle, at)
                    let found = isFirst ? characters.firstIndex(of: c) : characters.lastIndex(of: c)
                    return found.map { .some(.int($0)) } ?? .null
                }
            case ("components", ["separatedBy"]) where isCharacterSetExpression(exprs[0]):
                let set = try characterSet(exprs[0])
                return Typed(type: .array(.string)) { frame in
                    .array(try stringValue(eval(frame), at).components(separatedBy: set(frame)).map { .string($0) })
                }
            case ("split", ["separator", "maxSplits", "omittingEmptySubsequences"]), ("split", ["separator", "maxSplits"]),
                ("split", ["separator", "omittingEmptySubsequences"]):
                let separator = try argument(exprs[0], .character).eval
                let maxSplits = try labels.contains("maxSplits") ? argument(exprs[1], .int).eval : { _ in .int(Int.max) }
                let omitting = try labels.last == "omittingEmptySubsequences" ? argument(exprs[exprs.count - 1], .bool).eval : { _ in .bool(true) }
                return Typed(type: .array(.string)) { frame in
                    let text = try stringValue(eval(frame), at)
                    let c = try characterValue(separator(frame), at)
                    let limit = try intValue(maxSplits(frame), at)
                    guard limit >= 0 else { throw ScriptError("Must take zero or more splits", at: at) }
                    let parts = text.split(separator: c, maxSplits: limit, omittingEmptySubsequences: try boolValue(omitting(frame), at))
                    return .array(parts.map { .string(String($0)) })
                }
            case ("components", ["separatedBy"]):
                let separator = try argument(exprs[0], .string)
                return method(.array(.string), separator) { receiver, separator in
                    .array(try stringValue(receiver, at).components(separatedBy: stringValue(separator, at)).map { .string($0) })
                }
            case ("contains", [nil]):
                let needle = try lower(exprs[0], expected: .string)
                if needle.type == .character {
                    return method(.bool, needle) { receiver, needle in .bool(try stringValue(receiver, at).contains(characterValue(needle, at))) }
                }
                let converted = try convert(needle, to: .string, "cannot convert value of type $A to expected argument type $E", exprs[0])
                return method(.bool, converted) { receiver, needle in .bool(try stringValue(receiver, at).contains(stringValue(needle, at))) }
            case ("replacingOccurrences", ["of", "with"]):
                let a = try argument(exprs[0], .string).eval
                let b = try argument(exprs[1], .string).eval
                return Typed(type: .string) { frame in
                    .string(try stringValue(eval(frame), at).replacingOccurrences(of: stringValue(a(frame), at), with: stringValue(b(frame), at)))
                }
            case ("trimmingCharacters", ["in"]):
                let set = try characterSet(exprs[0])
                return Typed(type: .string) { frame in .string(try stringValue(eval(frame), at).trimmingCharacters(in: set(frame))) }
            case ("reversed", []):
                return method(.string) { .string(String(try stringValue($0, at).reversed())) }
            case ("map", [nil]), ("filter", [nil]), ("forEach", [nil]), ("contains", ["where"]), ("allSatisfy", [nil]),
                ("compactMap", [nil]), ("first", ["where"]), ("reduce", [nil, nil]), ("sorted", []), ("enumerated", []),
                ("sorted", ["by"]), ("count", ["where"]), ("min", []), ("max", []):
                let characters = Typed(type: .array(.character)) { frame in
                    .array(try stringValue(eval(frame), at).map { .character($0) })
                }
                if name == "filter" {
                    let f = try closure(0, [.character], .bool)
                    return method(.string, f) { receiver, f in
                        .string(String(try stringValue(receiver, at).filter { try test(f, [.character($0)]) }))
                    }
                }
                if name == "sorted", labels.isEmpty {
                    return Typed(type: .array(.character)) { frame in
                        .array(try stringValue(eval(frame), at).sorted().map { .character($0) })
                    }
                }
                return try extendedMethod(characters, baseExpr: baseExpr, name, arguments: arguments, node: node, expected: expected)
            case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", [nil]), ("dropLast", [nil]):
                let count = try argument(exprs[0], .int)
                return method(.string, count) { receiver, count in
                    let text = try stringValue(receiver, at)
                    let n = try intValue(count, at)
                    switch name {
                    case "prefix": return .string(String(text.prefix(n)))
                    case "suffix": return .string(String(text.suffix(n)))
                    case "dropFirst": return .string(String(text.dropFirst(n)))
                    default: return .string(String(text.dropLast(n)))
                    }
                }
            case ("prefix", ["while"]), ("drop", ["while"]):
                let f = try closure(0, [.character], .bool)
                let isPrefix = name == "prefix"
                return method(.string, f) { receiver, f in
                    let text = try stringValue(receiver, at)
                    let test: (Character) throws -> Bool = { try test(f, [.character($0)]) }
                    return .string(String(isPrefix ? try text.prefix(while: test) : try text.drop(while: test)))
                }
            case ("dropFirst", []), ("dropLast", []):
                let isFirst = name == "dropFirst"
                return method(.string) { .string(String(isFirst ? try stringValue($0, at).dropFirst() : try stringValue($0, at).dropLast())) }
            case ("append", [nil]):
                let target = try place(baseExpr)
                let operand = try lower(exprs[0], expected: .string)
                return Typed(type: .void, eval: mutation(target, operand: operand.eval, at: at) { slot, new in
                    guard case .string(var text) = slot else { throw mismatch(slot, "String", at) }
                    slot = .void
                    if case .character(let c) = new { text.append(c) } else {
                        let addition = try stringValue(new, at)
                        try checkCollectionSize(text.utf8.count + addition.utf8.count, elementBytes: 1, "a string", at: at)
                        text += addition
                    }
                    slot = .string(text)
                    return .void
                })
            default:
                return nil
            }

        case .character:
            switch (name, labels) {
            case ("uppercased", []): return method(.string) { .string(try characterValue($0, at).uppercased()) }
            case ("lowercased", []): return method(.string) { .string(try characterValue($0, at).lowercased()) }
            default: return nil
            }

        case .function:
            if name == "callAsFunction" { return try callValue(base, arguments: exprs, node: node) }
            return nil

        case .range, .stride:
            guard let element = base.type.sequenceElement,
                ["map", "filter", "reduce", "forEach", "compactMap", "flatMap", "allSatisfy", "sorted", "reversed",
                 "first", "min", "max", "enumerated"].contains(name), !(name == "contains")
            else { return nil }
            let elements = Typed(type: .array(element)) { frame in
                var values: [Value] = []
                try forEachElement(of: try eval(frame), at: at) { values.append($0); return true }
                return .array(values)
            }
            if name == "reversed" || (name == "sorted" && labels.isEmpty) {
                return nil
            }
            return try extendedMethod(elements, baseExpr: baseExpr, name, arguments: arguments, node: node, expected: expected)

        default:
            return nil
        }
    }

    /// `reduce(into:)`'s closure `{ acc, x in acc += x }`: lowered as a body with a mutable
    /// first parameter, run by `InoutAccumulator.call`.
    func lowerInoutClosure(_ expr: ExprSyntax, accumulator: ScriptType, element: ScriptType) throws -> InoutAccumulator {
        guard let closure = expr.as(ClosureExprSyntax.self) else {
            return try inoutFunctionValue(expr, accumulator: accumulator, element: element)
        }
        var names: [String] = ["$0", "$1"]
        if let signature = closure.signature, case .simpleInput(let list)? = signature.parameterClause {
            names = list.map(\.name.text)
        } else if let signature = closure.signature, case .parameterClause(let clause)? = signature.parameterClause {
            names = clause.parameters.map { ($0.secondName ?? $0.firstName).text }
        }
        guard names.count == 2 else { throw error("reduce(into:) needs a closure with two parameters", expr) }
        let info = FunctionInfo(name: "closure", labels: [nil, nil], parameterTypes: [accumulator, element], returnType: .void, loc: loc(closure))
        info.level = currentLevel + 1
        info.inoutParameters = [true, false]
        try lowerBody(info: info, parameterNames: names, parameterNodes: [Syntax(closure), Syntax(closure)], statements: closure.statements, end: closure.rightBrace, selfType: nil)
        return InoutAccumulator(info: info, parent: { $0 }, at: loc(closure))
    }
}

/// The closure (or function) of a `reduce(into:)`, called once per element with the
/// accumulator moved into its frame and back, so the accumulator stays uniquely referenced
/// and changes in place (no copy of a dictionary per element).
struct InoutAccumulator {
    let info: FunctionInfo
    /// The frame the body's frame hangs from, given the frame `reduce` runs in.
    let parent: (Frame) -> Frame?
    let at: SourceLoc

    /// Runs the body on `accumulator` and `element`. The frame goes back to the function's
    /// pool, or, when a closure made inside the body still holds it, is remembered so the
    /// session clears it at the end (`FunctionInfo.noteEscaped`).
    func call(_ accumulator: inout Value, _ element: Value, parent: Frame?, context: RuntimeContext) throws {
        var callee = info.acquireFrame()
        defer { info.releaseFrame(&callee) }
        callee.parent = parent
        swap(&callee.slots[0], &accumulator)
        callee.slots[1] = element
        try context.tick(at)
        defer { swap(&callee.slots[0], &accumulator) }
        _ = try info.body(callee)
    }
}

extension Lowerer {
    /// The accumulator type written on a `reduce(into:)` closure: `{ (c: inout [Int: Int], x: Int) in … }`.
    func inoutClosureAccumulatorType(_ expr: ExprSyntax) -> ScriptType? {
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            let info = lookup(name)?.function ?? (lookup(name) == nil ? globals.functions[name]?.first { $0.inoutParameters.first == true } : nil)
            if let info, info.parameterTypes.count == 2 { return info.parameterTypes[0] }
            return nil
        }
        guard let closure = expr.as(ClosureExprSyntax.self),
            case .parameterClause(let clause)? = closure.signature?.parameterClause,
            let first = clause.parameters.first, let annotation = first.type
        else { return nil }
        return try? type(annotation)
    }

    /// `reduce(into: x, accumulate)` with a function `func accumulate(_ a: inout A, _ x: E)`.
    func inoutFunctionValue(_ expr: ExprSyntax, accumulator: ScriptType, element: ScriptType) throws -> InoutAccumulator {
        var info: FunctionInfo?
        var parent: (Frame) -> Frame? = { _ in nil }
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if let variable = lookup(name), let local = variable.function {
                info = local
                parent = frameAt(level: local.level - 1)
            } else if lookup(name) == nil, let candidates = globals.functions[name] {
                info = candidates.first { $0.parameterTypes == [accumulator, element] }
            }
        }
        guard let info, info.parameterTypes == [accumulator, element], info.inoutParameters.first == true else {
            throw error("reduce(into:) needs a closure literal or a function '(inout \(accumulator), \(element)) -> Void' in notes", expr)
        }
        return InoutAccumulator(info: info, parent: parent, at: loc(expr))
    }
}

func dictValue(_ value: Value, _ loc: SourceLoc) throws -> DictBox {
    if case .dictionary(let box) = value { return box }
    throw mismatch(value, "Dictionary", loc)
}

func setValue(_ value: Value, _ loc: SourceLoc) throws -> SetBox {
    if case .set(let box) = value { return box }
    throw mismatch(value, "Set", loc)
}

func characterValue(_ value: Value, _ loc: SourceLoc) throws -> Character {
    if case .character(let c) = value { return c }
    throw mismatch(value, "Character", loc)
}

/// Runs `body` on the set held in `slot`, copied first only when another value shares it. The
/// slot lets go of the set meanwhile, so an unshared set changes in place.
func withUniqueSet(_ slot: inout Value, at: SourceLoc, _ body: (SetBox) throws -> Value) throws -> Value {
    guard case .set(var box) = slot else { throw mismatch(slot, "Set", at) }
    slot = .void
    if !isKnownUniquelyReferenced(&box) { box = box.copy() }
    defer { slot = .set(box) }
    return try body(box)
}

/// ``withUniqueSet(_:at:_:)`` for a dictionary.
func withUniqueDictionary(_ slot: inout Value, at: SourceLoc, _ body: (DictBox) throws -> Value) throws -> Value {
    guard case .dictionary(var box) = slot else { throw mismatch(slot, "Dictionary", at) }
    slot = .void
    if !isKnownUniquelyReferenced(&box) { box = box.copy() }
    defer { slot = .dictionary(box) }
    return try body(box)
}
