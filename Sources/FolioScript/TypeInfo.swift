import SwiftSyntax

/// A struct, enum, class or protocol declared in a note (or a builtin type registered by
/// another module): everything lowering needs to resolve members to indices.
final class TypeInfo {
    enum Kind { case structType, enumType, classType, protocolType, builtin }

    struct Field {
        let name: String
        var type: ScriptType
        let mutable: Bool
        /// The default value's lowered expression, if the declaration has one.
        var initial: Eval?
        /// Whether `initial` is the `nil` an optional `var` without a default starts at: it runs
        /// nothing, so a construction that stores the property anyway may skip it.
        var initialIsImplicitNil = false
        /// `willSet` (self, newValue) and `didSet` (self, oldValue) observers.
        var willSet: FunctionInfo? = nil
        var didSet: FunctionInfo? = nil
    }

    struct Case {
        let name: String
        var payload: [ScriptType]
        var labels: [String?]
        var rawValue: Value?
    }

    /// A computed property: a getter (self in slot 0) and an optional setter (self, newValue).
    struct Computed {
        let type: ScriptType
        let getter: FunctionInfo
        var setter: FunctionInfo?
    }

    /// A `subscript` declaration: a getter (self, indices) and an optional setter
    /// (self, indices, newValue); `labels` are the call-site labels (none unless declared).
    struct Subscript {
        let labels: [String?]
        let type: ScriptType
        let getter: FunctionInfo
        var setter: FunctionInfo?
    }

    let name: String
    let kind: Kind
    /// The type's `subscript` declarations.
    var subscripts: [Subscript] = []
    /// For an extension of a builtin type (`extension Double`): that type.
    var extendedBuiltin: ScriptType?
    /// `Outer.Inner` for a nested type: how compiled Swift names it in `String(reflecting:)`.
    var qualifiedName: String?
    /// The name after the module in `String(reflecting:)`.
    var reflectedName: String { qualifiedName ?? name }
    /// For an instance of a generic type of the note (`Stack<Int>`): the generic type's name
    /// (`Stack`) and the type arguments (`[Int]`).
    var genericOrigin: String?
    var genericArguments: [ScriptType] = []
    /// Member types: `typealias Item = Int` in a type; in a protocol, a placeholder per
    /// associated type (`Container.Item`).
    var memberTypes: [String: ScriptType] = [:]
    /// A protocol's type aliases that name `Self` (`typealias Edge = GraphEdge<Self>`), each
    /// resolved again in every conforming type (see `ProtocolSelfAliases.swift`).
    var selfTypeAliases: [String: (decl: TypeAliasDeclSyntax, mapper: SourceMapper)] = [:]
    /// The names of `memberTypes` that are a protocol's `Self` aliases resolved for this type.
    var resolvedSelfAliases: Set<String> = []
    /// A protocol's associated types, in declaration order.
    var associatedTypeNames: [String] = []
    /// A protocol's extensions, each with the mapper of its block (see `ProtocolExtensions.swift`).
    var protocolExtensions: [(decl: ExtensionDeclSyntax, mapper: SourceMapper)] = []
    /// The protocol extensions already lowered into this type.
    var appliedProtocolExtensions: Set<SyntaxIdentifier> = []
    /// Declared with `@resultBuilder`.
    var isResultBuilder = false
    /// Declared with `@propertyWrapper`.
    var isPropertyWrapper = false
    /// Generic methods (`func map<U>(…)`), specialized per substitution when called.
    var genericMethods: [String: [GenericFunction]] = [:]
    /// The type of `self` in the type's members.
    var selfType: ScriptType { extendedBuiltin ?? .named(self) }
    var fields: [Field] = []
    var fieldIndex: [String: Int] = [:]
    /// Generic subscripts, specialized per substitution when called.
    var genericSubscripts: [GenericSubscript] = []
    /// A protocol's subscript requirements: their labels and result types.
    var subscriptRequirements: [(labels: [String?], type: ScriptType)] = []
    /// For a protocol of the note: the protocols arrays' elements must meet for arrays to
    /// conform to it (`extension Array: Container {}`; see `ArrayConformances.swift`).
    var arrayConformance: [String]?
    /// Stored properties declared `T!` (see `ImplicitlyUnwrappedOptionals.swift`).
    var implicitlyUnwrappedFields: Set<String> = []
    var cases: [Case] = []
    var caseIndex: [String: Int] = [:]
    var rawType: ScriptType?
    /// Instance methods by name (overloads by labels); `self` is parameter 0.
    var methods: [String: [FunctionInfo]] = [:]
    /// Static methods by name.
    var staticMethods: [String: [FunctionInfo]] = [:]
    var computed: [String: Computed] = [:]
    var staticComputed: [String: Computed] = [:]
    /// Static stored properties: global slots.
    var staticVariables: [String: Variable] = [:]
    var initializers: [FunctionInfo] = []
    /// Initializers declared in extensions (a struct keeps its memberwise initializer beside them).
    var extensionInitializers: Set<ObjectIdentifier> = []
    var superclass: TypeInfo?
    /// A class declared `final`: its instances are of exactly this class (register form takes
    /// them knowing no subclass's `deinit` or overrides can come with them).
    var isFinal = false
    var conformances: Set<String> = []
    /// Protocols: the requirements' names (methods and properties).
    var requirements: Set<String> = []
    /// Protocols: the types of required properties.
    var requiredProperties: [String: ScriptType] = [:]
    /// Builds `description` for `print` and interpolation (CustomStringConvertible).
    var describe: ((Value) throws -> String)?
    /// Builds `debugDescription` (CustomDebugStringConvertible): `String(reflecting:)`, and
    /// `print` when the type has no `description`.
    var debugDescribe: ((Value) throws -> String)?
    /// For an extension of an array type: the generic array extensions already lowered into it
    /// (see `GenericArrayExtension`).
    var instantiatedExtensions: Set<Int> = []
    /// Precomputed values of payload-free enum cases.
    var caseValues: [Value] = []

    /// Drops what the type refers to (its members, and through its fields' types possibly
    /// itself) when the session that declared it ends, so reference cycles do not leak it.
    func tearDown() {
        subscripts = []
        extendedBuiltin = nil
        fields = []
        cases = []
        rawType = nil
        methods = [:]
        staticMethods = [:]
        computed = [:]
        staticComputed = [:]
        initializers = []
        superclass = nil
        requiredProperties = [:]
        describe = nil
        debugDescribe = nil
        caseValues = []
        // A static property of the type's own type (`static let origin = Vec(x: 0)`) refers
        // back to it through its `Variable.type`.
        staticVariables = [:]
    }

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The protocols the type and its superclasses conform to.
    var allConformances: Set<String> {
        conformances.union(superclass?.allConformances ?? [])
    }

    func conforms(_ protocolName: String) -> Bool {
        if conformances.contains(protocolName) || protocolName == "Any" { return true }
        if protocolName == "AnyObject" { return kind == .classType }
        if protocolName.contains(" & ") {
            // `Location & Named`: a class (or a subclass of it) and protocols.
            return protocolName.components(separatedBy: " & ").allSatisfy { part in
                conforms(part) || isNamedOrInherits(part)
            }
        }
        return superclass?.conforms(protocolName) ?? false
    }

    /// Whether this type or one of its superclasses is named `name`.
    func isNamedOrInherits(_ name: String) -> Bool {
        var current: TypeInfo? = self
        while let type = current {
            if type.name == name { return true }
            current = type.superclass
        }
        return false
    }

    func isSubclass(of other: TypeInfo) -> Bool {
        var current: TypeInfo? = self
        while let type = current {
            if type === other { return true }
            current = type.superclass
        }
        return false
    }

    /// Looks a method up along the superclass chain.
    func method(_ name: String) -> [FunctionInfo]? {
        var current: TypeInfo? = self
        while let type = current {
            if let found = type.methods[name] { return found }
            current = type.superclass
        }
        return nil
    }

    func computedProperty(_ name: String) -> Computed? {
        var current: TypeInfo? = self
        while let type = current {
            if let found = type.computed[name] { return found }
            current = type.superclass
        }
        return nil
    }

    /// The subscript whose labels match, along the superclass chain.
    /// The class's `deinit` (self in slot 0), and the session it runs in.
    var deinitializer: FunctionInfo?
    weak var deinitContext: RuntimeContext?

    /// `static subscript` declarations (`Planet[4]`).
    var staticSubscripts: [Subscript] = []

    func subscriptDecl(labels: [String?]) -> Subscript? {
        var current: TypeInfo? = self
        while let type = current {
            if let found = type.subscripts.first(where: { $0.labels == labels }) { return found }
            current = type.superclass
        }
        return nil
    }

    /// The type's `debugDescription` along the superclass chain, when the type conforms to
    /// `CustomDebugStringConvertible` (Swift uses it only then).
    var debugDescriptionHook: ((Value) throws -> String)? {
        var current: TypeInfo? = self
        var conforms = false
        var found: ((Value) throws -> String)?
        while let type = current {
            conforms = conforms || type.conformances.contains("CustomDebugStringConvertible")
            if found == nil { found = type.debugDescribe }
            current = type.superclass
        }
        return conforms ? found : nil
    }

    /// What `print` and interpolation use: `description`, else `debugDescription`.
    var printHook: ((Value) throws -> String)? { descriptionHook ?? debugDescriptionHook }

    /// What `String(reflecting:)` (an element in a collection) uses: `debugDescription`, else
    /// `description`.
    var reflectingHook: ((Value) throws -> String)? { debugDescriptionHook ?? descriptionHook }

    /// The type's description hook along the superclass chain.
    var descriptionHook: ((Value) throws -> String)? {
        var current: TypeInfo? = self
        while let type = current {
            if let hook = type.describe { return hook }
            current = type.superclass
        }
        return nil
    }
}

extension TypeInfo {
    /// Takes the members an extension of a standard type declared (methods, computed
    /// properties, static methods, subscripts, generic subscripts) from `previous`: an extension
    /// is lowered into a fresh copy, so that a block that fails to lower leaves the old one.
    func copyExtensionMembers(from previous: TypeInfo) {
        methods = previous.methods
        computed = previous.computed
        staticMethods = previous.staticMethods
        subscripts = previous.subscripts
        genericSubscripts = previous.genericSubscripts
    }
}
