import SwiftSyntax

/// `weak var w = object` and `unowned let owner = object` as local or global variables: the
/// variable does not keep its object alive, as Swift's ARC defines it. A `weak` variable reads
/// `nil` once the object's last strong reference is gone; an `unowned` one traps when read after
/// that. The variable is an accessed one (see `AccessedVariables.swift`): its slot holds a
/// getter and a setter over a Swift `weak` reference.
final class WeakSlot {
    weak var object: Instance?
}

extension Lowerer {
    /// Lowers `decl` when it is a `weak` or `unowned` variable; nil otherwise.
    func lowerReferenceVariable(_ decl: VariableDeclSyntax) throws -> Exec? {
        guard let ownership = referenceOwnership(decl) else { return nil }
        let mutable = decl.bindingSpecifier.tokenKind == .keyword(.var)
        var execs = StatementList()
        for binding in decl.bindings {
            guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                binding.accessorBlock == nil
            else {
                throw error(
                    "'\(ownership)' must be applied to a single stored variable", binding, id: .invalidOwnership)
            }
            let annotated = try annotationType(binding)
            let initial = try binding.initializer.map { try lower($0.value, expected: annotated) }
            guard var type = annotated ?? initial?.type else {
                throw error(.typeAnnotationMissing, binding)
            }
            if ownership == "weak" {
                guard mutable else {
                    throw error(
                        "'weak' must be a mutable variable, because it may change at runtime", decl,
                        id: .invalidOwnership)
                }
                guard type.isOptional else {
                    throw error("'weak' variable should have optional type '\(type)?'", binding, id: .invalidOwnership)
                }
            } else if case .optional(let wrapped) = type, annotated == nil {
                type = wrapped  // `unowned let x = optionalValue` is refused by Swift
            }
            var object = type
            if case .optional(let wrapped) = object { object = wrapped }
            guard case .named(let info) = object, info.kind == .classType else {
                throw error(
                    "'\(ownership)' may only be applied to class and class-bound protocol types, not '\(type)'",
                    binding, id: .invalidOwnership
                )
            }
            let value = try initial.map {
                try convert($0, to: type, "cannot convert value of type $A to specified type $E", binding)
            }
            var variable = try declare(name, type: type, mutable: mutable, node: binding.pattern)
            variable.accessed = true
            if scopes.isEmpty, function == nil {
                globals.variables[name] = variable
            } else {
                scopes[scopes.count - 1][name] = variable
            }
            let address = address(
                Variable(
                    slot: variable.slot, type: type, mutable: mutable, isGlobal: variable.isGlobal,
                    level: variable.level))
            let isWeak = ownership == "weak"
            let at = loc(binding.pattern)
            let eval = value?.eval
            execs.append { frame in
                let slot = WeakSlot()
                func store(_ value: Value) {
                    slot.object = value.instanceOrWrappedInstance
                }
                if let eval { store(try eval(frame)) }
                let getter = Closure(name: name) { _ in
                    if let live = slot.object { return isWeak ? .some(.object(live)) : .object(live) }
                    if isWeak { return .null }
                    throw ScriptError(
                        "attempted to read an unowned reference but the object was already deallocated",
                        id: .danglingUnownedReference, at: at)
                }
                let setter = Closure(name: name) { arguments in
                    store(arguments[0])
                    return .void
                }
                address(frame).pointee = .tuple([.function(getter), .function(setter)], labels: nil)
                return .normal
            }
        }
        return sequence(execs)
    }
}
