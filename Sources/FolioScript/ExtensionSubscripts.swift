import SwiftSyntax

extension Lowerer {
    /// The type whose declared subscripts a subscript call on a value of `type` uses: a type of
    /// the note with subscripts, or the note's extension of a builtin type that declares one
    /// (`extension Int { subscript(digitIndex: Int) -> Int }`, `extension String { subscript(i:
    /// Int) -> Character }`) taking the call's labels and argument types.
    ///
    /// An array's own `a[i]` and `a[range]` stay the array's unless the extension's subscript
    /// has labels (`a[safe: i]`), since Swift's own subscript is the one an unlabeled index
    /// names. Inside an extension of `String`, `self[i]` is the string's own subscript: string
    /// indices are character offsets in notes, and there `i` is a `String.Index` in Swift.
    func subscriptOwner(_ type: ScriptType, _ subscriptCall: SubscriptCallExprSyntax) throws -> TypeInfo? {
        if case .named(let info) = type { return info.subscripts.isEmpty ? nil : info }
        switch type {
        case .int, .double, .float, .bool, .character, .fixedInt, .string, .array: break
        default: return nil
        }
        if type == .string, currentType?.extendedBuiltin == .string { return nil }
        let labels = subscriptCall.arguments.map { $0.label?.text }
        if case .array = type, labels == [nil] { return nil }
        guard let info = try builtinExtension(type, member: "subscript"),
            let declared = info.subscriptDecl(labels: labels)
        else { return nil }
        for (argument, parameter) in zip(subscriptCall.arguments, declared.getter.parameterTypes) {
            let given = try lowerTypeOnly(argument.expression)
            guard given == parameter || given.isConvertible(to: parameter) else { return nil }
        }
        return info
    }

    /// A subscript call that leaves out defaulted parameters (`box[key: "a"]` for
    /// `subscript(key: String, default d: Int = 0)`): the subscript and its arguments, the
    /// defaults filled in; `nil` when no subscript needs a default for these labels.
    func subscriptWithDefaults(_ info: TypeInfo, _ arguments: [LabeledExprSyntax]) throws -> (
        TypeInfo.Subscript, [Eval]
    )? {
        let labels = arguments.map { $0.label?.text }
        if info.subscriptDecl(labels: labels) != nil { return nil }
        var current: TypeInfo? = info
        while let type = current {
            for declared in type.subscripts where declared.labels.count > labels.count {
                if let evals = try filledArguments(declared, arguments) { return (declared, evals) }
            }
            current = type.superclass
        }
        return nil
    }

    /// The arguments of `declared` for a call that gives `arguments` in order and leaves the
    /// rest to their defaults, or `nil` if they do not fit.
    private func filledArguments(_ declared: TypeInfo.Subscript, _ arguments: [LabeledExprSyntax]) throws -> [Eval]? {
        let getter = declared.getter
        var position = 0
        var plan: [(index: Int, expr: ExprSyntax)] = []
        for index in declared.labels.indices {
            if position < arguments.count, arguments[position].label?.text == declared.labels[index] {
                plan.append((index, arguments[position].expression))
                position += 1
            } else if getter.defaults.indices.contains(index), let fallback = getter.defaults[index] {
                plan.append((index, fallback.expr))
            } else {
                return nil
            }
        }
        guard position == arguments.count else { return nil }
        return try plan.map { try argument($0.expr, getter.parameterTypes[$0.index]).eval }
    }
}
