/// Everything bound into the DSL from outside the interpreter: the engine's functions, methods
/// and types (`Tensor`, `exp`, `softmax`), the charts (`Chart`, `LineMark`), and any builtin
/// type a caller registers.
///
/// A table is built once and never changes after `init`; sessions share it and the lowering
/// reads it. Why a table and not a shared registry: a test (or an embedder) that adds a type
/// builds its own table and hands it to its own session, so nothing it registers leaks into
/// other sessions, and sessions on different threads read a table nobody writes.
final class BindingTable: @unchecked Sendable {
    // @unchecked: the two tables are filled in `init` and only read afterwards; the closures
    // they hold capture no mutable state.

    /// Overloads of the engine and the charts, by name.
    let engine: Bindings
    /// Builtin types and their registered members.
    let registry: BuiltinRegistry

    /// The standard bindings (engine and charts), plus whatever `extending` registers.
    init(extending: (Bindings) -> Void = { _ in }) {
        let engine = Bindings(registry: BuiltinRegistry())
        extending(engine)
        self.engine = engine
        self.registry = engine.registry
    }

    /// The table every session uses unless it is given another: built on first use, then only read.
    static let standard = BindingTable()

    /// `Tensor`.
    var tensor: ScriptType { engine.tensor }
    /// What chart channels accept (`PlotValues`).
    var plot: ScriptType { engine.plot }
}
