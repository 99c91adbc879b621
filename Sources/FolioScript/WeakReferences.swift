import SwiftSyntax

/// `weak var tenant: Tenant?` and `unowned let customer: Customer` in a class: references that do
/// not keep their object alive, as Swift's ARC defines them. The interpreter's references are
/// Swift references (an `Instance` is freed, and its `deinit` run, when the last `Value`
/// holding it goes), so a weak property holds a Swift `weak` reference: it reads `nil` once the
/// object's last strong reference is gone, and an `unowned` one traps when read after that.
///
/// The property is a computed one over a hidden stored field (`__weak_tenant`) holding a
/// `WeakReference`, so that every path that reads or writes a property (members, key paths,
/// optional chains, initializers) goes through its getter and setter unchanged.
final class WeakReference {
    weak var object: Instance?

    init(_ object: Instance) { self.object = object }
}

extension Lowerer {
    /// `weak` or `unowned` (`unowned(safe)`, `unowned(unsafe)`) on `variable`, if any.
    func referenceOwnership(_ variable: VariableDeclSyntax) -> String? {
        for modifier in variable.modifiers {
            switch modifier.name.tokenKind {
            case .keyword(.weak): return "weak"
            case .keyword(.unowned): return "unowned"
            default: continue
            }
        }
        return nil
    }

    /// Declares the `weak` or `unowned` property `variable` in `info` (a class).
    func declareReferenceProperty(_ variable: VariableDeclSyntax, ownership: String, in info: TypeInfo) throws
        -> [Exec]
    {
        guard info.kind == .classType else {
            throw error(
                "'\(ownership)' properties are supported in classes only in notes (not in \(info.kind == .structType ? "structures" : "this type"))",
                variable, id: .unsupportedFeature)
        }
        guard variable.bindings.count == 1, let binding = variable.bindings.first,
            let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
            let annotation = binding.typeAnnotation?.type
        else {
            throw error(
                "a \(ownership) property must declare a single name with its type", variable, id: .invalidOwnership)
        }
        if binding.accessorBlock != nil {
            throw error(
                "\(ownership) properties with observers or accessors are not supported in notes yet", binding,
                id: .unsupportedDeclaration)
        }
        let declared = try type(annotation)
        let referent: ScriptType
        let isOptional: Bool
        if case .optional(let wrapped) = declared {
            (referent, isOptional) = (wrapped, true)
        } else {
            (referent, isOptional) = (declared, false)
        }
        if ownership == "weak", !isOptional {
            throw error("'weak' variable should have optional type '\(declared)?'", annotation, id: .invalidOwnership)
        }
        guard case .named(let referentInfo) = referent,
            referentInfo.kind == .classType || referentInfo.kind == .protocolType
        else {
            throw error(
                "'\(ownership)' may only be applied to class and class-bound protocol types, not '\(referent)'",
                annotation, id: .invalidOwnership)
        }
        let storage = "__\(ownership)_\(name)"
        let synthesized = try synthesizedMembers("var \(storage): \(referent)? = nil", at: binding)
        var execs: [Exec] = []
        for member in synthesized.members { execs += try synthesized.lowerer.declareMember(member, in: info) }
        guard let index = info.fieldIndex[storage] else {
            throw error("cannot declare this \(ownership) property", binding, id: .invalidOwnership)
        }
        let at = loc(binding)
        let isUnowned = ownership == "unowned"
        if let value = binding.initializer?.value {
            // `weak var x: T? = nil`: the initial value, stored through the setter below.
            let initial = try convert(
                try lower(value, expected: declared), to: declared,
                "cannot convert value of type $A to specified type $E",
                value)
            if initial.constant.map({ if case .null = $0 { true } else { false } }) != true {
                throw error(
                    "an initial value other than nil for a \(ownership) property is not supported yet", value,
                    id: .unsupportedFeature)
            }
        }
        let getter = FunctionInfo(name: name, labels: [], parameterTypes: [], returnType: declared, loc: at)
        getter.owner = info
        getter.slotCount = 1
        getter.body = { frame in
            guard case .object(let owner) = frame.slots[0] else { throw mismatch(frame.slots[0], "class", at) }
            let stored = owner[field: index]
            guard case .native(let box as WeakReference) = stored else {
                // Never set (Swift's definite initialization makes that unobservable, but an
                // assignment in `init` may read the property first) or set to nil.
                frame.returnValue = .null
                return .returned
            }
            guard let object = box.object else {
                if isUnowned {
                    throw ScriptError(
                        "Fatal error: Attempted to read an unowned reference but the object was already deallocated",
                        id: .danglingUnownedReference, at: at)
                }
                frame.returnValue = .null
                return .returned
            }
            frame.returnValue = isOptional ? .some(.object(object)) : .object(object)
            return .returned
        }
        let setter = FunctionInfo(name: name, labels: [nil], parameterTypes: [declared], returnType: .void, loc: at)
        setter.owner = info
        setter.slotCount = 2
        setter.body = { frame in
            guard case .object(let owner) = frame.slots[0] else { throw mismatch(frame.slots[0], "class", at) }
            owner[field: index] = frame.slots[1].instanceOrWrappedInstance.map { .native(WeakReference($0)) } ?? .null
            return .normal
        }
        var computed = TypeInfo.Computed(type: declared, getter: getter)
        computed.setter = setter
        info.computed[name] = computed
        return execs
    }
}
