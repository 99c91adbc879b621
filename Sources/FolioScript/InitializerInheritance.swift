/// Swift's automatic initializer inheritance for classes: a subclass that declares no designated
/// initializer inherits all its superclass's initializers; one that provides every designated
/// initializer of its superclass (declared, overridden, even as a `convenience` override, or
/// itself inherited) inherits the superclass's convenience initializers too. An inherited
/// convenience initializer's `self.init(…)` then runs the subclass's version (see the dynamic
/// delegation in `Members.swift`).
extension TypeInfo {
    /// The initializers a class can be constructed with: its own, then the inherited ones that
    /// its own do not replace.
    var availableInitializers: [FunctionInfo] {
        guard let superclass else { return initializers }
        let inherited = superclass.availableInitializers
        let ownDesignated = initializers.filter { !$0.isConvenience }
        let candidates: [FunctionInfo]
        if ownDesignated.isEmpty {
            candidates = inherited
        } else if inherited.filter({ !$0.isConvenience }).allSatisfy({ designated in
            initializers.contains { $0.hasSignature(of: designated) }
        }) {
            candidates = inherited.filter(\.isConvenience)
        } else {
            candidates = []
        }
        return initializers
            + candidates.filter { candidate in !initializers.contains { $0.hasSignature(of: candidate) } }
    }
}

extension TypeInfo {
    /// A struct whose initializers are all declared in extensions keeps its memberwise (and
    /// default) initializer, as in Swift.
    var keepsMemberwiseInitializer: Bool {
        kind == .structType && initializers.allSatisfy { extensionInitializers.contains(ObjectIdentifier($0)) }
    }
}

extension FunctionInfo {
    /// Whether this function has `other`'s labels and parameter types (an override's signature).
    func hasSignature(of other: FunctionInfo) -> Bool {
        labels == other.labels && parameterTypes == other.parameterTypes
    }
}
