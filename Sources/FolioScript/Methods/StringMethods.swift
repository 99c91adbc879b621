import SwiftSyntax

extension Lowerer {
    /// Methods of strings (`split`, `hasPrefix`, `replacingOccurrences`, `components`…).
    ///
    /// Returns nil when the name is not a method of this family, so that `extendedMethod`'s
    /// caller can try the remaining resolutions.
    func stringMethod(_ site: MethodCallSite) throws -> Typed? {
        if let method = try stringSearchMethod(site) { return method }
        return try stringSequenceMethod(site)
    }

    /// `split`, indices, `firstIndex(of:)`, `components`, `contains`, `replacingOccurrences`, `trimmingCharacters`.
    private func stringSearchMethod(_ site: MethodCallSite) throws -> Typed? {
        let (name, labels, exprs, eval, at) = (site.name, site.labels, site.exprs, site.base.eval, site.at)
        switch (name, labels) {
        case ("split", ["separator"]):
            let separator = try argument(exprs[0], .character)
            return site.method(.array(.string), separator) { receiver, separator in
                let c = try characterValue(separator, at)
                return .array(ASCIIText.split(try stringValue(receiver, at), separator: c).map { .string($0) })
            }
        case ("split", [nil]):
            return nil
        case ("index", ["after"]), ("index", ["before"]):
            let step = name == "index" && labels == ["after"] ? 1 : -1
            return site.method(.int, try argument(exprs[0], .int)) { receiver, index in
                let i = try intValue(index, at) + step
                guard i >= 0, i <= (try stringValue(receiver, at).count) else {
                    throw ScriptError(.stringIndexOutOfBounds, at: at)
                }
                return .int(i)
            }
        case ("distance", ["from", "to"]):
            // Indices are character offsets in notes.
            let start = try argument(exprs[0], .int).eval
            let end = try argument(exprs[1], .int).eval
            return Typed(type: .int) { frame in
                _ = try eval(frame)
                return .int(try intValue(end(frame), at) - intValue(start(frame), at))
            }
        case ("index", [nil, "offsetBy"]):
            let start = try argument(exprs[0], .int).eval
            let offset = try argument(exprs[1], .int).eval
            return Typed(type: .int) { frame in
                let count = try stringValue(eval(frame), at).count
                let i = try intValue(start(frame), at) + intValue(offset(frame), at)
                guard i >= 0, i <= count else { throw ScriptError(.stringIndexOutOfBounds, at: at) }
                return .int(i)
            }
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            let isFirst = name == "firstIndex"
            return site.method(.optional(.int), try argument(exprs[0], .character)) { receiver, needle in
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
            let omitting =
                try labels.last == "omittingEmptySubsequences"
                ? argument(exprs[exprs.count - 1], .bool).eval : { _ in .bool(true) }
            return Typed(type: .array(.string)) { frame in
                let text = try stringValue(eval(frame), at)
                let c = try characterValue(separator(frame), at)
                let limit = try intValue(maxSplits(frame), at)
                guard limit >= 0 else {
                    throw ScriptError("Must take zero or more splits", id: .preconditionFailure, at: at)
                }
                let parts = text.split(
                    separator: c, maxSplits: limit, omittingEmptySubsequences: try boolValue(omitting(frame), at))
                return .array(parts.map { .string(String($0)) })
            }
        case ("components", ["separatedBy"]):
            let separator = try argument(exprs[0], .string)
            return site.method(.array(.string), separator) { receiver, separator in
                .array(
                    try stringValue(receiver, at).components(separatedBy: stringValue(separator, at)).map {
                        .string($0)
                    })
            }
        case ("contains", [nil]):
            let needle = try lower(exprs[0], expected: .string)
            if needle.type == .character {
                return site.method(.bool, needle) { receiver, needle in
                    .bool(try stringValue(receiver, at).contains(characterValue(needle, at)))
                }
            }
            let converted = try convert(
                needle, to: .string, "cannot convert value of type $A to expected argument type $E", exprs[0])
            return site.method(.bool, converted) { receiver, needle in
                .bool(try stringValue(receiver, at).contains(stringValue(needle, at)))
            }
        case ("replacingOccurrences", ["of", "with"]):
            let a = try argument(exprs[0], .string).eval
            let b = try argument(exprs[1], .string).eval
            return Typed(type: .string) { frame in
                .string(
                    try stringValue(eval(frame), at).replacingOccurrences(
                        of: stringValue(a(frame), at), with: stringValue(b(frame), at)))
            }
        case ("trimmingCharacters", ["in"]):
            let set = try characterSet(exprs[0])
            return Typed(type: .string) { frame in
                .string(try stringValue(eval(frame), at).trimmingCharacters(in: set(frame)))
            }
        default:
            return nil
        }
    }

    /// `reversed`, the character sequence methods (`map`, `filter`…), `prefix`, `dropFirst`, mutations, `append`.
    private func stringSequenceMethod(_ site: MethodCallSite) throws -> Typed? {
        let (name, labels, exprs, eval, at, baseExpr, arguments, node, expected, invoke, context) = (
            site.name, site.labels, site.exprs, site.base.eval, site.at, site.baseExpr, site.arguments, site.node,
            site.expected, ClosureCaller(at: site.at), self.context
        )
        switch (name, labels) {
        case ("reversed", []):
            return site.method(.string) { .string(String(try stringValue($0, at).reversed())) }
        case ("map", [nil]), ("filter", [nil]), ("forEach", [nil]), ("contains", ["where"]), ("allSatisfy", [nil]),
            ("compactMap", [nil]), ("first", ["where"]), ("reduce", [nil, nil]), ("sorted", []), ("enumerated", []),
            ("sorted", ["by"]), ("count", ["where"]), ("min", []), ("max", []):
            let characters = Typed(type: .array(.character)) { frame in
                .array(try stringValue(eval(frame), at).map { .character($0) })
            }
            if name == "filter" {
                let f = try site.closure(0, [.character], .bool)
                return site.method(.string, f) { receiver, f in
                    .string(String(try stringValue(receiver, at).filter { try invoke.test(f, [.character($0)]) }))
                }
            }
            if name == "sorted", labels.isEmpty {
                return Typed(type: .array(.character)) { frame in
                    .array(try stringValue(eval(frame), at).sorted().map { .character($0) })
                }
            }
            return try extendedMethod(
                characters, baseExpr: baseExpr, name, arguments: arguments, node: node, expected: expected)
        case ("prefix", [nil]), ("suffix", [nil]), ("dropFirst", [nil]), ("dropLast", [nil]):
            let count = try argument(exprs[0], .int)
            return site.method(.string, count) { receiver, count in
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
            let f = try site.closure(0, [.character], .bool)
            let isPrefix = name == "prefix"
            return site.method(.string, f) { receiver, f in
                let text = try stringValue(receiver, at)
                let test: (Character) throws -> Bool = { try invoke.test(f, [.character($0)]) }
                return .string(String(isPrefix ? try text.prefix(while: test) : try text.drop(while: test)))
            }
        case ("dropFirst", []), ("dropLast", []):
            let isFirst = name == "dropFirst"
            return site.method(.string) {
                .string(String(isFirst ? try stringValue($0, at).dropFirst() : try stringValue($0, at).dropLast()))
            }
        case ("insert", [nil, "at"]), ("insert", ["contentsOf", "at"]), ("remove", ["at"]), ("removeSubrange", [nil]),
            ("removeFirst", []), ("removeLast", []), ("removeAll", []):
            return try stringMutation(site)
        case ("append", [nil]):
            let target = try place(baseExpr)
            let operand = try lower(exprs[0], expected: .string)
            return Typed(
                type: .void,
                eval: mutation(target, operand: operand.eval, at: at) { slot, new in
                    guard case .string(var text) = slot else { throw mismatch(slot, "String", at) }
                    slot = .void
                    if case .character(let c) = new {
                        text.append(c)
                    } else {
                        let addition = try stringValue(new, at)
                        try checkCollectionSize(
                            text.utf8.count + addition.utf8.count, elementBytes: 1, "a string", within: context, at: at)
                        text += addition
                    }
                    slot = .string(text)
                    return .void
                })
        default:
            return nil
        }
    }

    /// `s.insert("!", at: i)`, `s.insert(contentsOf: " there", at: i)`, `s.remove(at: i)`,
    /// `s.removeSubrange(i..<j)`, `removeFirst()`, `removeLast()`, `removeAll()`: a string
    /// variable changed in place, its indices being character offsets (see `startIndex`).
    private func stringMutation(_ site: MethodCallSite) throws -> Typed {
        let (at, name, labels) = (site.at, site.name, site.labels)
        let target = try place(site.baseExpr)
        guard target.type == .string else {
            throw error(
                "cannot use mutating member '\(name)' on a value of type '\(target.type)'", site.node, id: .cannotAssign
            )
        }
        var operands: [EvalBox] = []
        var resultType: ScriptType = .void
        switch (name, labels) {
        case ("insert", _):
            operands.append(EvalBox(try lower(site.exprs[0], expected: labels[0] == nil ? .character : .string).eval))
            operands.append(EvalBox(try argument(site.exprs[1], .int).eval))
        case ("remove", _):
            operands.append(EvalBox(try argument(site.exprs[0], .int).eval))
            resultType = .character
        case ("removeSubrange", _):
            operands.append(EvalBox(try argument(site.exprs[0], .range(.int, closed: false)).eval))
        case ("removeFirst", _), ("removeLast", _):
            resultType = .character
        default:
            break
        }
        let result = UncheckedBox<Value>(.void)
        let arguments: Eval = { frame in .tuple(try operands.values(frame), labels: operands.map { _ in nil }) }
        let change = mutation(target, operand: arguments, at: at) { slot, packed in
            guard case .string(var text) = slot, case .tuple(let values, _) = packed else {
                throw mismatch(slot, "String", at)
            }
            slot = .void
            func index(_ value: Value, allowsEnd: Bool) throws -> String.Index {
                let offset = try intValue(value, at)
                guard offset >= 0, offset < text.count || (allowsEnd && offset == text.count) else {
                    throw ScriptError(.stringIndexOutOfBounds, at: at)
                }
                return text.index(text.startIndex, offsetBy: offset)
            }
            switch name {
            case "insert":
                let position = try index(values[1], allowsEnd: true)
                if case .character(let character) = values[0] {
                    text.insert(character, at: position)
                } else {
                    text.insert(contentsOf: try stringValue(values[0], at), at: position)
                }
            case "remove":
                result.value = .character(text.remove(at: try index(values[0], allowsEnd: false)))
            case "removeSubrange":
                guard case .range(let range) = values[0] else { throw mismatch(values[0], "Range", at) }
                let lower = try index(range.lower, allowsEnd: true)
                let upper = try index(range.upper, allowsEnd: true)
                guard lower <= upper else { throw ScriptError(.stringIndexOutOfBounds, at: at) }
                text.removeSubrange(lower..<upper)
            case "removeFirst", "removeLast":
                guard !text.isEmpty else {
                    throw ScriptError(.emptyCollection(end: name == "removeFirst" ? "first" : "last"), at: at)
                }
                result.value = .character(name == "removeFirst" ? text.removeFirst() : text.removeLast())
            default:
                text.removeAll()
            }
            slot = .string(text)
            return .void
        }
        return Typed(type: resultType) { frame in
            _ = try change(frame)
            return result.value
        }
    }

    /// Methods of characters (`uppercased`, `lowercased`).
    ///
    /// Returns nil when the name is not a method of this family, so that `extendedMethod`'s
    /// caller can try the remaining resolutions.
    func characterMethod(_ site: MethodCallSite) throws -> Typed? {
        let (name, labels, at) = (site.name, site.labels, site.at)
        switch (name, labels) {
        case ("uppercased", []): return site.method(.string) { .string(try characterValue($0, at).uppercased()) }
        case ("lowercased", []): return site.method(.string) { .string(try characterValue($0, at).lowercased()) }
        default: return nil
        }
    }
}
