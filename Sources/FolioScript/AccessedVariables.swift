import SwiftParser
import SwiftSyntax

/// Computed and observed variables outside types (`var doubled: Int { get { … } set { … } }`,
/// `var total = 0 { didSet { … } }` as globals or locals) and property wrappers on local
/// variables (`@SmallNumber var n = 0` in a function), as Swift defines them.
///
/// Each is written as Swift source, lowered in place by this lowerer (so the accessors are
/// closures over the enclosing scope, as Swift's are): a slot holding the tuple of a getter and
/// a setter closure, plus, for an observed variable, the storage `__name_storage`, and for a
/// wrapped one, the wrapper `_name`. The name is then bound to a `Variable` marked `accessed`:
/// reading it calls the getter (`accessedReader`), assigning it (`=`, `+=`, a mutating method,
/// `&x`) goes through the getter and setter (`accessedPlace`). Inside an observer the name is
/// the storage itself, so an observer's own assignment is not observed, as in Swift.
extension Lowerer {
    /// Reads an accessed variable: calls its getter.
    func accessedReader(_ variable: Variable) -> Eval {
        let at = fixedLocation ?? SourceLoc(line: 0, column: 0)
        var raw = variable
        raw.accessed = false
        let accessors = reader(raw)
        return { frame in
            guard case .tuple(let parts, _) = try accessors(frame), case .function(let getter) = parts[0] else {
                throw ScriptError(.uninitializedVariable, at: at)
            }
            return try getter.invoke([])
        }
    }

    /// The place an assignment to an accessed variable modifies: its value, read by the getter
    /// and written back by the setter.
    func accessedPlace(_ variable: Variable, node: some SyntaxProtocol) throws -> Place {
        guard variable.mutable else {
            throw error(
                "cannot assign to value: '\(node.trimmedDescription)' is a get-only property", node, id: .cannotAssign)
        }
        var raw = variable
        raw.accessed = false
        let at = loc(node)
        let getter = FunctionInfo(
            name: node.trimmedDescription, labels: [], parameterTypes: [], returnType: variable.type, loc: at)
        getter.slotCount = 1
        getter.body = { frame in
            guard case .tuple(let parts, _) = frame.slots[0], case .function(let get) = parts[0] else {
                throw mismatch(frame.slots[0], "accessors", at)
            }
            frame.returnValue = try get.invoke([])
            return .returned
        }
        let setter = FunctionInfo(
            name: node.trimmedDescription, labels: [nil], parameterTypes: [variable.type], returnType: .void, loc: at)
        setter.slotCount = 2
        setter.body = { frame in
            guard case .tuple(let parts, _) = frame.slots[0], case .function(let set) = parts[1] else {
                throw mismatch(frame.slots[0], "accessors", at)
            }
            _ = try set.invoke([frame.slots[1]])
            return .normal
        }
        return Place(
            variable: nil, root: reader(raw),
            path: [.accessor(getter: getter, setter: setter, arguments: [], context: context)], type: variable.type)
    }

    /// `var x: T { … }` or `var x = v { willSet { … } didSet { … } }` outside a type.
    func lowerAccessedVariable(_ binding: PatternBindingSyntax, mutable: Bool) throws -> Exec {
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
            let block = binding.accessorBlock
        else {
            throw error("a computed variable must declare a single name", binding.pattern, id: .invalidDeclaration)
        }
        guard mutable else {
            throw error("'let' declarations cannot be computed properties", binding, id: .invalidDeclaration)
        }
        let annotation = binding.typeAnnotation?.type.trimmedDescription
        switch block.accessors {
        case .getter(let statements):
            guard let annotation else {
                throw error("computed variable must have an explicit type", binding, id: .cannotInferType)
            }
            if binding.initializer != nil {
                throw error(
                    "variable with getter/setter cannot have an initial value", binding, id: .invalidDeclaration)
            }
            return try declareAccessed(
                name, type: annotation, getter: statements.trimmedDescription, setter: nil, storage: nil, at: binding)
        case .accessors(let list):
            var get: String?
            var set: (parameter: String, body: String)?
            var willSet: (parameter: String, body: String)?
            var didSet: (parameter: String, body: String)?
            for accessor in list {
                let body = accessor.body?.statements.trimmedDescription ?? ""
                let parameter = accessor.parameters?.name.text
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get): get = body
                case .keyword(.set): set = (parameter ?? "newValue", body)
                case .keyword(.willSet): willSet = (parameter ?? "newValue", body)
                case .keyword(.didSet): didSet = (parameter ?? "oldValue", body)
                default:
                    throw error(.unsupportedAccessor(accessor.accessorSpecifier.text), accessor)
                }
            }
            if let get {
                guard let annotation else {
                    throw error("computed variable must have an explicit type", binding, id: .cannotInferType)
                }
                if willSet != nil || didSet != nil {
                    throw error("'willSet' cannot be provided together with a getter", binding, id: .invalidDeclaration)
                }
                let setter = set.map { "{ (\($0.parameter): \(annotation)) -> Void in\n\($0.body)\n}" }
                return try declareAccessed(
                    name, type: annotation, getter: get, setter: setter, storage: nil, at: binding)
            }
            guard let initial = binding.initializer?.value else {
                throw error("an observed variable needs an initial value in notes", binding, id: .invalidDeclaration)
            }
            let type: String
            if let annotation {
                type = annotation
            } else {
                type = try lower(initial, expected: nil).type.description
            }
            let storage = "__\(name)_storage"
            let newName = willSet?.parameter ?? "newValue"
            var setter = "{ (\(newName): \(type)) -> Void in\n"
            if let willSet { setter += willSet.body + "\n" }
            setter += "let \(didSet?.parameter ?? "oldValue") = \(storage)\n\(storage) = \(newName)\n"
            if let didSet { setter += didSet.body + "\n" }
            setter += "}"
            return try declareAccessed(
                name, type: type, getter: storage, setter: setter,
                storage: "var \(storage): \(type) = \(initial.trimmedDescription)", at: binding)
        }
    }

    /// `@Wrapper var x = v` (or `@Wrapper(arguments) var x: T`) in a function or at the top level:
    /// the wrapper `_x`, the accessed `x` reading and writing `_x.wrappedValue`, and `$x`
    /// reading `_x.projectedValue` when the wrapper has one. Nil for a variable without a wrapper.
    func lowerWrappedVariable(_ decl: VariableDeclSyntax) throws -> Exec? {
        guard let attribute = propertyWrapperAttribute(decl) else { return nil }
        let (name, binding, wrapper, arguments) = try wrapperDeclaration(decl, attribute: attribute, noun: "variable")
        guard case .named(let wrapperInfo)? = globals.types[wrapper].map({ ScriptType.named($0) }) else {
            throw error(
                "property wrappers of generic types on variables are not supported in notes yet", attribute,
                id: .unsupportedGenerics)
        }
        let wrappedType = try wrappedValueType(wrapperInfo, declared: binding, attribute: attribute)
        let storage = "var _\(name) = \(wrapper)(\(arguments.joined(separator: ", ")))"
        var execs = StatementList(
            try declareAccessed(
                name, type: wrappedType, getter: "_\(name).wrappedValue",
                setter: "{ (newValue: \(wrappedType)) -> Void in _\(name).wrappedValue = newValue }", storage: storage,
                at: binding))
        if let projectedType = projectedValueType(wrapperInfo) {
            execs.append(
                try declareAccessed(
                    "$\(name)", type: projectedType.description, getter: "_\(name).projectedValue", setter: nil,
                    storage: nil, at: binding))
        }
        return sequence(execs)
    }

    /// Lowers `storage` (a declaration, if any) and the accessors' tuple, then binds `name` to
    /// an accessed variable over the tuple; while the setter is lowered, `name` is the storage.
    private func declareAccessed(
        _ name: String, type: String, getter: String, setter: String?, storage: String?, at node: PatternBindingSyntax
    ) throws -> Exec {
        let hidden = "__\(name.replacingOccurrences(of: "$", with: "projected_"))_accessors"
        let setterText = setter ?? "{ (_: \(type)) -> Void in }"
        let savedLocation = fixedLocation
        fixedLocation = loc(node)
        defer { fixedLocation = savedLocation }
        var execs = StatementList()
        if let storage {
            for item in try synthesizedStatements(storage, name: name, at: node) { execs.append(try lowerItem(item)) }
            if let declared = lookup("__\(name)_storage") { bind(name, declared) }  // an observer's own name
        }
        let accessors =
            "let \(hidden): (() -> \(type), (\(type)) -> Void) = ({ () -> \(type) in\n\(getter)\n}, \(setterText))"
        for item in try synthesizedStatements(accessors, name: name, at: node) { execs.append(try lowerItem(item)) }
        guard let tuple = lookup(hidden), case .tuple(let parts, _) = tuple.type,
            case .function(_, let valueType) = parts[0]
        else {
            throw error("cannot declare the accessors of '\(name)'", node, id: .invalidDeclaration)
        }
        bind(
            name,
            Variable(
                slot: tuple.slot, type: valueType, mutable: setter != nil, isGlobal: tuple.isGlobal, level: tuple.level,
                accessed: true))
        return sequence(execs)
    }

    /// `source` parsed as statements, operators folded.
    private func synthesizedStatements(_ source: String, name: String, at node: some SyntaxProtocol) throws
        -> CodeBlockItemListSyntax
    {
        let tree = Parser.parse(source: source)
        guard !tree.hasError,
            let folded = BlockParser.operatorTable().foldAll(tree, errorHandler: { _ in }).as(SourceFileSyntax.self)
        else {
            throw error("cannot declare the accessors of '\(name)'", node, id: .invalidDeclaration)
        }
        return folded.statements
    }

    /// Binds `name` to `variable` in the innermost scope (or the note's globals at the top level).
    private func bind(_ name: String, _ variable: Variable) {
        if function == nil, scopes.isEmpty {
            globals.variables[name] = variable
        } else {
            scopes[scopes.count - 1][name] = variable
        }
    }
}
