import Testing

@testable import FolioScript

/// Runs `code` in a fresh session, with register form on or off.
func registerFormSession(_ code: String, registerForm: Bool = true) -> (ScriptSession, BlockResult) {
    let session = ScriptSession(file: "t.md")
    session.context.compilesRegisterForm = registerForm
    let result = session.run(code, line: 1, column: 1, blockIndex: 0, displaysLastValue: false)
    return (session, result)
}

/// The functions of `code` that run in register form, by name.
func functionsInRegisterForm(_ code: String) -> Set<String> {
    let (session, result) = registerFormSession(code)
    #expect(result.error == nil, "\(result.error?.message ?? "")")
    return Set(session.globals.functions.values.joined().filter { $0.registerFunction != nil }.map(\.name))
}

/// The outputs of `blocks` run in order in one session, and how many top-level loops were
/// compiled into register form.
func registerFormBlocks(_ blocks: [String], registerForm: Bool) -> ([BlockResult], Int) {
    let session = ScriptSession(file: "t.md")
    session.context.compilesRegisterForm = registerForm
    let results = blocks.enumerated().map { index, block in
        session.run(block, line: 1, column: 1, blockIndex: index, displaysLastValue: false)
    }
    return (results, session.context.registerLoopCount)
}
