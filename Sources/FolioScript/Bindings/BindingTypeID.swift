/// The identity of a type in the ``BindingTable``: a registered builtin type (`Tensor`,
/// `Chart`) by its `TypeInfo` object, a standard type (`Double`, `[Double]`) by its structure,
/// never by the text it prints as.
///
/// Two types are the same key exactly when `ScriptType.==` says they are the same type; the
/// hash follows the structure, with no string built (the printed name was the key before, and
/// a note's own `struct Chart` then found the bound `Chart`'s members).
struct BindingTypeID: Hashable {
    /// The type this identifies.
    let type: ScriptType

    init(_ type: ScriptType) {
        self.type = type
    }

    static func == (lhs: BindingTypeID, rhs: BindingTypeID) -> Bool {
        lhs.type == rhs.type
    }

    func hash(into hasher: inout Hasher) {
        Self.combine(type, into: &hasher)
    }

    /// Hashes what `ScriptType.==` compares: tuple labels are left out, as `==` ignores them.
    private static func combine(_ type: ScriptType, into hasher: inout Hasher) {
        switch type {
        case .int: hasher.combine(0)
        case .fixedInt(let kind):
            hasher.combine(1)
            hasher.combine(kind)
        case .double: hasher.combine(2)
        case .float: hasher.combine(3)
        case .bool: hasher.combine(4)
        case .string: hasher.combine(5)
        case .character: hasher.combine(6)
        case .void: hasher.combine(7)
        case .array(let element):
            hasher.combine(8)
            combine(element, into: &hasher)
        case .range(let bound, let closed):
            hasher.combine(closed ? 9 : 10)
            combine(bound, into: &hasher)
        case .stride(let bound, let through):
            hasher.combine(through ? 11 : 12)
            combine(bound, into: &hasher)
        case .optional(let wrapped):
            hasher.combine(13)
            combine(wrapped, into: &hasher)
        case .tuple(let elements, _):
            hasher.combine(14)
            hasher.combine(elements.count)
            for element in elements { combine(element, into: &hasher) }
        case .dictionary(let key, let value):
            hasher.combine(15)
            combine(key, into: &hasher)
            combine(value, into: &hasher)
        case .set(let element):
            hasher.combine(16)
            combine(element, into: &hasher)
        case .function(let parameters, let result):
            hasher.combine(17)
            hasher.combine(parameters.count)
            for parameter in parameters { combine(parameter, into: &hasher) }
            combine(result, into: &hasher)
        case .named(let info): hasher.combine(ObjectIdentifier(info))
        case .error: hasher.combine(18)
        case .nilLiteral: hasher.combine(19)
        case .metatype(let base):
            hasher.combine(20)
            combine(base, into: &hasher)
        }
    }
}
