/// Where `break`, `continue` and labels lead from the statement being lowered.
///
/// Saved, reset and restored as one value: a body (function, closure, method) starts with a
/// fresh one, since it cannot leave the loops around its declaration, and a loop body resets
/// the `switch` depth, since a plain `break` there leaves the loop.
struct ControlContext {
    /// How many loops enclose the statement (inside the current body).
    var loopDepth = 0
    /// How many `switch` statements enclose the statement (inside the innermost loop).
    var switchDepth = 0
    /// The enclosing labelled statements, innermost last.
    var labels: [(name: String, id: Int, isLoop: Bool)] = []
}

/// The names in scope and the function whose frame holds them.
///
/// Saved and restored together whenever lowering moves into another body (a function, a
/// closure, a loop frame, a static initializer): a name is only meaningful with the frame
/// layout of the function that declared it.
struct LexicalContext {
    /// Nested scopes of the current function (or of top-level statements), innermost last.
    /// An empty stack at top level means the note's global scope.
    var scopes: [[String: Variable]] = []
    /// The function being lowered, if any.
    var function: Lowerer.FunctionState?
}
