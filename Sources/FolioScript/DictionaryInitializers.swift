import SwiftSyntax

/// `Dictionary(grouping:by:)`, `Dictionary(uniqueKeysWithValues:)` and
/// `Dictionary(_:uniquingKeysWith:)`, with the standard library's semantics (a duplicate key in
/// `uniqueKeysWithValues` traps; groups keep the sequence's order).
extension Lowerer {
    func dictionaryInitializer(_ call: FunctionCallExprSyntax, expected: ScriptType?) throws -> Typed {
        let arguments = allArguments(call)
        let labels = arguments.map(\.label)
        let at = loc(call)
        var expectedKey: ScriptType?
        var expectedValue: ScriptType?
        if case .dictionary(let key, let value)? = expected {
            expectedKey = key
            expectedValue = value
        }
        func apply(_ function: Value, _ arguments: [Value]) throws -> Value {
            guard case .function(let closure) = function else {
                throw ScriptError(.internalError("not a function"), at: at)
            }
            return try closure.invoke(arguments)
        }
        switch labels {
        case ["grouping", "by"], ["grouping", nil]:
            var sourceHint: ScriptType?
            if case .array(let element)? = expectedValue { sourceHint = .array(element) }
            let source = try lower(arguments[0].expr, expected: sourceHint)
            guard let element = source.type.sequenceElement else {
                throw error(
                    "cannot group a value of type '\(source.type)' (it is not a sequence)", arguments[0].expr,
                    id: .invalidArgument)
            }
            let key = try lower(arguments[1].expr, expected: .function([element], expectedKey ?? .nilLiteral))
            guard case .function(let parameters, let keyType) = key.type, parameters == [element] else {
                throw error(
                    .cannotConvertArgument(from: "\(key.type)", to: "(\(element)) -> Key"),
                    arguments[1].expr)
            }
            guard keyType.isHashable else {
                throw error(.notHashable(type: "\(keyType)"), arguments[1].expr)
            }
            let (sourceEval, keyEval) = (source.eval, key.eval)
            return Typed(type: .dictionary(keyType, .array(element))) { frame in
                let function = try keyEval(frame)
                let groups = DictBox()
                var members: [[Value]] = []
                try forEachElement(of: try sourceEval(frame), at: at) { item in
                    let k = try apply(function, [item])
                    if let i = groups.index[k] {
                        members[i].append(item)
                    } else {
                        groups.set(k, .void)
                        members.append([item])
                    }
                    return true
                }
                for (i, group) in members.enumerated() { groups.values[i] = .array(group) }
                return .dictionary(groups)
            }
        case ["uniqueKeysWithValues"], [nil, "uniquingKeysWith"]:
            var sourceHint: ScriptType?
            if let expectedKey, let expectedValue {
                sourceHint = .array(.tuple([expectedKey, expectedValue], labels: [nil, nil]))
            }
            let source = try lower(arguments[0].expr, expected: sourceHint)
            guard case .tuple(let parts, _)? = source.type.sequenceElement, parts.count == 2 else {
                throw error(
                    "'Dictionary(\(labelList(labels)))' needs a sequence of (key, value) pairs, not '\(source.type)'",
                    arguments[0].expr, id: .invalidArgument)
            }
            let (keyType, valueType) = (parts[0], parts[1])
            guard keyType.isHashable else {
                throw error(.notHashable(type: "\(keyType)"), arguments[0].expr)
            }
            let sourceEval = source.eval
            var combine: Eval?
            if labels.count == 2 {
                let typed = try lower(arguments[1].expr, expected: .function([valueType, valueType], valueType))
                guard typed.type == .function([valueType, valueType], valueType) else {
                    throw error(
                        .cannotConvertArgument(
                            from: "\(typed.type)", to: "(\(valueType), \(valueType)) -> \(valueType)"),
                        arguments[1].expr)
                }
                combine = typed.eval
            }
            return Typed(type: .dictionary(keyType, valueType)) { frame in
                let function = try combine?(frame)
                let result = DictBox()
                try forEachElement(of: try sourceEval(frame), at: at) { pair in
                    guard case .tuple(let kv, _) = pair, kv.count == 2 else { throw mismatch(pair, "(key, value)", at) }
                    if let old = result[kv[0]] {
                        guard let function else {
                            throw ScriptError(
                                "Fatal error: Duplicate values for key: '\(kv[0].formatted)'", id: .preconditionFailure,
                                at: at)
                        }
                        result.set(kv[0], try apply(function, [old, kv[1]]))
                    } else {
                        result.set(kv[0], kv[1])
                    }
                    return true
                }
                return .dictionary(result)
            }
        default:
            throw error(
                "this Dictionary initializer is not supported in notes (have '\(labelList(labels))'; use grouping:by:, uniqueKeysWithValues: or _:uniquingKeysWith:)",
                call, id: .unsupportedFeature)
        }
    }
}
