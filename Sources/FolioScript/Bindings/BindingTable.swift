/// Everything bound into the DSL from outside the interpreter: the engine's functions, methods
/// and types (`Tensor`, `exp`, `softmax`), the charts (`Chart`, `LineMark`), and any builtin
/// type a caller registers.
///
/// A table is built once and never changes after `init`; sessions share it and the lowering
/// reads it. Why a table and not a shared registry: a test (or an embedder) that adds a type
/// builds its own table and hands it to its own session, so nothing it registers leaks into
/// other sessions, and sessions on different threads read a table nobody writes.
///
/// Members are found by the identity of their type (``BindingTypeID``), through
/// ``members(of:)``; a name written in a note reaches a bound type only through
/// ``boundType(named:)``, so a note's own `struct Chart` never picks up the bound `Chart`'s
/// members.
final class BindingTable: @unchecked Sendable {
    // @unchecked: every stored property is a `let` filled in `init` and only read afterwards,
    // but the compiler cannot prove it. Making the overloads' closures `@Sendable` is not
    // enough (tried): they capture `Value`s (a defaulted parameter's value) and the table's
    // types are `ScriptType`s, and neither is `Sendable`: a `Value` holds closures and class
    // boxes, a `ScriptType` a `TypeInfo` (a class, mutable while a note's own types are
    // declared; a builtin one is never mutated after the table is built). Checked sendability
    // needs `Value` and `ScriptType` to be `Sendable` first.

    /// Free functions (`exp`, `softmax`, `gradient(at:of:)`), by name.
    let functions: [String: [Overload]]
    /// Builtin types and their registered members.
    let registry: BuiltinRegistry
    /// The members bound on each type.
    private let members: [BindingTypeID: BoundMembers]
    /// `Tensor`.
    let tensor: ScriptType
    /// What chart channels accept (`PlotValues`).
    let plot: ScriptType
    /// `Chart`, the value of a `Chart { … }` builder.
    let chart: ScriptType
    /// `Table`, the value of a `Table { … }` builder.
    let dataTable: ScriptType

    /// The standard bindings (engine and charts), plus whatever `extending` registers.
    init(extending: (Bindings) -> Void = { _ in }) {
        let engine = Bindings(registry: BuiltinRegistry())
        extending(engine)
        functions = engine.functions
        members = engine.members
        registry = engine.registry
        tensor = engine.tensor
        plot = engine.plot
        chart = engine.type("Chart")
        dataTable = engine.type("Table")
    }

    /// The table every session uses unless it is given another: built on first use, then only read.
    static let standard = BindingTable()

    /// What is bound on `type` (`Tensor`'s methods, `Double.rounded(to:)`): the one lookup of a
    /// type's members, done while lowering, never per iteration.
    func members(of type: ScriptType) -> BoundMembers {
        members[BindingTypeID(type)] ?? BoundMembers()
    }

    /// The bound type a note names `name` (`Tensor` in `Tensor.zeros(…)`), if any.
    func boundType(named name: String) -> ScriptType? {
        registry.types[name].map { .named($0) }
    }
}

/// The members bound on one type.
struct BoundMembers {
    /// Methods by name; the receiver is argument 0 of each overload.
    var methods: [String: [Overload]] = [:]
    /// Static methods by name (`Tensor.zeros(shape:)`).
    var staticMethods: [String: [Overload]] = [:]
    /// Initializers (`Tensor([1, 2])`), empty when the type has none.
    var initializers: [Overload] = []
    /// Static properties by name (`Tensor.nan`, `.float8E4M3`).
    var staticProperties: [String: (type: ScriptType, value: Value)] = [:]

    /// Whether the type has anything that is reached through its name (`T.x`, `T(…)`).
    var hasTypeMembers: Bool { !staticMethods.isEmpty || !staticProperties.isEmpty || !initializers.isEmpty }
}
