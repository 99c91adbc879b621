import SwiftParser
import SwiftSyntax

/// Property wrappers (`@propertyWrapper struct Clamped { … }`, `@Clamped(0...10) var level = 5`),
/// declared as Swift defines them: the property becomes a stored `_level` holding the wrapper,
/// made by `Clamped(wrappedValue: 5, 0...10)`; `level` reads and writes `_level.wrappedValue`;
/// `$level` reads `_level.projectedValue` when the wrapper has one.
///
/// The three members are written as Swift source and lowered by a lowerer of their own whose
/// positions map to the property's line, so an error in them points at the property.
extension Lowerer {
    /// The attribute of `variable` that names a property wrapper of the note, if any.
    func propertyWrapperAttribute(_ variable: VariableDeclSyntax) -> AttributeSyntax? {
        for element in variable.attributes {
            guard let attribute = element.as(AttributeSyntax.self) else { continue }
            let name = attribute.attributeName.as(IdentifierTypeSyntax.self)?.name.text ?? ""
            if globals.types[name]?.isPropertyWrapper == true || globals.genericTypes[name]?.isPropertyWrapper == true {
                return attribute
            }
        }
        return nil
    }

    /// The one name a variable or property with the wrapper `attribute` declares, its binding, the
    /// wrapper's type name and the wrapper initializer's arguments (`wrappedValue:` from the
    /// initial value first, then the attribute's own): what a wrapped property and a wrapped
    /// local or global variable are both lowered from.
    func wrapperDeclaration(_ decl: VariableDeclSyntax, attribute: AttributeSyntax, noun: String) throws -> (
        name: String, binding: PatternBindingSyntax, wrapper: String, arguments: [String]
    ) {
        guard decl.bindings.count == 1, let binding = decl.bindings.first,
            let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
        else {
            throw error("a \(noun) with a wrapper must declare a single name", decl, id: .invalidPropertyWrapper)
        }
        if binding.accessorBlock != nil {
            throw error(
                "property '\(name)' with attached wrapper cannot have accessors", binding, id: .invalidPropertyWrapper)
        }
        var arguments: [String] = []
        if let initial = binding.initializer?.value { arguments.append("wrappedValue: \(initial.trimmedDescription)") }
        if case .argumentList(let list)? = attribute.arguments {
            arguments += list.map { $0.with(\.trailingComma, nil).trimmedDescription }
        }
        return (name, binding, attribute.attributeName.trimmedDescription, arguments)
    }

    /// The type of a wrapped property or variable, as Swift source: its annotation, else the
    /// type of the wrapper's `wrappedValue`.
    func wrappedValueType(_ wrapperInfo: TypeInfo, declared binding: PatternBindingSyntax, attribute: AttributeSyntax)
        throws -> String
    {
        if let annotation = binding.typeAnnotation?.type { return annotation.trimmedDescription }
        if let computed = wrapperInfo.computedProperty("wrappedValue") { return computed.type.description }
        if let index = wrapperInfo.fieldIndex["wrappedValue"] { return wrapperInfo.fields[index].type.description }
        throw error(
            "property wrapper type '\(wrapperInfo.name)' does not contain a 'wrappedValue' property", attribute,
            id: .invalidPropertyWrapper)
    }

    /// The type of the wrapper's `projectedValue` (what `$x` reads), if it has one.
    func projectedValueType(_ wrapperInfo: TypeInfo) -> ScriptType? {
        wrapperInfo.computedProperty("projectedValue")?.type
            ?? wrapperInfo.fieldIndex["projectedValue"].map { wrapperInfo.fields[$0].type }
    }

    /// Declares `variable`, a property with the wrapper `attribute`, in `info`.
    func declareWrappedProperty(_ variable: VariableDeclSyntax, attribute: AttributeSyntax, in info: TypeInfo) throws
        -> [Exec]
    {
        let (name, binding, wrapper, arguments) = try wrapperDeclaration(
            variable, attribute: attribute, noun: "property")
        let storage = "var _\(name) = \(wrapper)(\(arguments.joined(separator: ", ")))"
        let storageLowerer = try synthesizedMembers(storage, at: binding)
        var execs: [Exec] = []
        for member in storageLowerer.members { execs += try storageLowerer.lowerer.declareMember(member, in: info) }
        guard let storageIndex = info.fieldIndex["_\(name)"],
            case .named(let wrapperInfo) = info.fields[storageIndex].type
        else {
            throw error("'\(wrapper)' is not a property wrapper type", attribute, id: .invalidPropertyWrapper)
        }
        let wrappedType = try wrappedValueType(wrapperInfo, declared: binding, attribute: attribute)
        var accessors =
            "var \(name): \(wrappedType) { get { _\(name).wrappedValue } set { _\(name).wrappedValue = newValue } }"
        if let projectedType = projectedValueType(wrapperInfo) {
            accessors += "\nvar \(Self.projectionPrefix)\(name): \(projectedType) { _\(name).projectedValue }"
        }
        let accessorLowerer = try synthesizedMembers(accessors, at: binding)
        for member in accessorLowerer.members { execs += try accessorLowerer.lowerer.declareMember(member, in: info) }
        if let projection = info.computed.removeValue(forKey: "\(Self.projectionPrefix)\(name)") {
            info.computed["$\(name)"] = projection
        }
        return execs
    }

    /// The name the projection is declared under before it becomes `$name` (Swift source
    /// cannot declare `$name` itself).
    private static let projectionPrefix = "__projected_"

    /// Parses `source` as members of a type and returns them with a lowerer (sharing this one's
    /// type being declared) whose positions map to `node`'s line; its bodies are lowered with
    /// this lowerer's (see `auxiliaryLowerers`).
    func synthesizedMembers(_ source: String, at node: some SyntaxProtocol) throws -> (
        lowerer: Lowerer, members: [DeclSyntax]
    ) {
        let tree = Parser.parse(source: "struct _Synthesized {\n\(source)\n}")
        guard !tree.hasError,
            let folded = BlockParser.operatorTable().foldAll(tree, errorHandler: { _ in }).as(SourceFileSyntax.self),
            let item = folded.statements.first, case .decl(let decl) = item.item,
            let group = decl.as(StructDeclSyntax.self)
        else {
            throw error("cannot declare this wrapped property", node, id: .invalidPropertyWrapper)
        }
        let at = loc(node)
        let mapper = SourceMapper(
            converter: SourceLocationConverter(fileName: "", tree: folded), line: at.line - 1, column: at.column)
        let lowerer = Lowerer(globals: globals, context: context, mapper: mapper, bindings: bindings)
        lowerer.currentType = currentType
        lowerer.genericBindings = genericBindings
        auxiliaryLowerers.append(lowerer)
        return (lowerer, group.memberBlock.members.map(\.decl))
    }
}
