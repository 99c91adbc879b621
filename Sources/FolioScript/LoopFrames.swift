import SwiftSyntax

/// Fresh bindings per loop iteration.
///
/// Swift gives each iteration of a loop its own copies of the loop variable and of the
/// variables declared in the body, so a closure created in the body sees that iteration's
/// values. Plain loops reuse the slots of the enclosing frame (fast); a loop whose body has a
/// closure or a nested function that names a variable declared by the loop is lowered into a
/// frame of its own, created for every iteration, whose parent is the enclosing frame.
final class LoopCaptureScan: SyntaxVisitor {
    private var closureDepth = 0
    var declared: Set<String> = []
    var captured: Set<String> = []

    init() { super.init(viewMode: .sourceAccurate) }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        closureDepth += 1
        return .visitChildren
    }
    override func visitPost(_ node: ClosureExprSyntax) { closureDepth -= 1 }
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        closureDepth += 1
        return .visitChildren
    }
    override func visitPost(_ node: FunctionDeclSyntax) { closureDepth -= 1 }

    override func visit(_ node: IdentifierPatternSyntax) -> SyntaxVisitorContinueKind {
        if closureDepth == 0 { declared.insert(node.identifier.text) }
        return .visitChildren
    }

    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        if closureDepth == 0, let name = node.pattern.as(IdentifierPatternSyntax.self) {
            declared.insert(name.identifier.text)
        }
        return .visitChildren
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if closureDepth > 0 { captured.insert(node.baseName.text) }
        return .visitChildren
    }

    /// Whether a loop made of `parts` needs a fresh frame per iteration.
    static func needsFreshFrame(_ parts: [Syntax?]) -> Bool {
        let scan = LoopCaptureScan()
        for part in parts { if let part { scan.walk(part) } }
        return !scan.declared.isDisjoint(with: scan.captured)
    }
}

extension Lowerer {
    /// The function whose `return` the code being lowered belongs to (skipping loop frames).
    var enclosingFunction: FunctionState? {
        guard let function else { return nil }
        return function.isLoopFrame ? function.enclosing : function
    }

    /// Lowers `body` as the code of a loop frame (one level deeper than the current code).
    func inLoopFrame<T>(_ body: () throws -> T) throws -> (T, FunctionInfo) {
        let info = FunctionInfo(
            name: "loop", labels: [], parameterTypes: [], returnType: .void, loc: SourceLoc(line: 0, column: 0))
        info.level = currentLevel + 1
        context.functions.append(info)
        nestedBodies += 1
        let state = FunctionState(info: info, nextSlot: 0, level: info.level)
        state.isLoopFrame = true
        state.enclosing = enclosingFunction
        let saved = lexical
        lexical = LexicalContext(scopes: saved.scopes + [[:]], function: state)
        defer { lexical = saved }
        let result = try body()
        return (result, info)
    }
}

/// Runs `exec` in a fresh frame (of the loop frame `info`) whose parent is the current frame;
/// a `return` inside hands its value to the current frame.
func freshFrame(_ info: FunctionInfo, _ exec: @escaping (Frame, Frame) throws -> Flow) -> Exec {
    { frame in
        var inner = Frame(capacity: info.slotCount)
        inner.parent = frame
        defer { if !isKnownUniquelyReferenced(&inner) { info.noteEscaped(inner) } }
        let flow = try exec(frame, inner)
        if case .returned = flow { frame.returnValue = inner.returnValue }
        return flow
    }
}
