import SwiftSyntax

/// `lazy var importer = DataImporter()` in a class: the initial value is computed on the first
/// read, not when the instance is made, as Swift does.
///
/// The property is desugared as Swift source (like a property wrapper, see
/// `declareWrappedProperty`): a stored `__lazy_importer: DataImporter? = nil` and a computed
/// `importer` whose getter stores the value the first time and whose setter replaces it. A
/// structure's lazy property would need a mutating getter, which the interpreter does not have:
/// it is refused with a clear message rather than computed at the wrong time.
extension Lowerer {
    /// Whether `variable` is declared `lazy`.
    func isLazy(_ variable: VariableDeclSyntax) -> Bool {
        variable.modifiers.contains { $0.name.tokenKind == .keyword(.lazy) }
    }

    /// Declares the lazy property `variable` in `info` (a class).
    func declareLazyProperty(_ variable: VariableDeclSyntax, in info: TypeInfo) throws -> [Exec] {
        guard variable.bindingSpecifier.tokenKind == .keyword(.var) else {
            throw error("'lazy' cannot be used on a let", variable.bindingSpecifier, id: .invalidDeclaration)
        }
        guard variable.bindings.count == 1, let binding = variable.bindings.first,
            let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
        else {
            throw error("a lazy property must declare a single name", variable, id: .invalidDeclaration)
        }
        guard let initial = binding.initializer?.value else {
            throw error("lazy properties must have an initializer", binding, id: .invalidDeclaration)
        }
        if binding.accessorBlock != nil {
            throw error("lazy properties must not have observers", binding, id: .invalidDeclaration)
        }
        if variable.modifiers.contains(where: {
            $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class)
        }) {
            throw error("'lazy' cannot be used on an already-lazy global", variable, id: .invalidDeclaration)
        }
        guard info.kind == .classType else {
            throw error(
                "lazy properties of \(info.kind == .enumType ? "enumerations" : "structures") are not supported in notes yet (a lazy property of a class is)",
                variable, id: .unsupportedDeclaration)
        }
        let typeText: String
        if let annotation = binding.typeAnnotation?.type {
            typeText = annotation.trimmedDescription
        } else {
            // The type of the initial value, lowered as the body of a method of the instance
            // (it may use `self`) that infers its result type; the probe is then dropped.
            let probe = FunctionInfo(name: name, labels: [], parameterTypes: [], returnType: .void, loc: loc(binding))
            probe.owner = info
            let statements = CodeBlockItemListSyntax([CodeBlockItemSyntax(item: .expr(initial))])
            do {
                try lowerBody(
                    info: probe, parameterNames: [], parameterNodes: [], statements: statements,
                    end: variable.bindingSpecifier, selfType: info.selfType, infersReturn: true)
            } catch {
                throw self.error(
                    "lazy property '\(name)' needs an explicit type here (its initial value cannot be typed before the note's functions and the class's later members are declared)",
                    binding, id: .cannotInferType)
            }
            typeText = probe.returnType.description
        }
        let storage = "__lazy_\(name)"
        let source = """
            var \(storage): Optional<\(typeText)> = nil
            var \(name): \(typeText) {
                get {
                    if let value = \(storage) { return value }
                    let value: \(typeText) = \(initial.trimmedDescription)
                    \(storage) = value
                    return value
                }
                set { \(storage) = newValue }
            }
            """
        let synthesized = try synthesizedMembers(source, at: binding)
        var execs: [Exec] = []
        for member in synthesized.members { execs += try synthesized.lowerer.declareMember(member, in: info) }
        return execs
    }
}
