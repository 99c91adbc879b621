import Foundation
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

/// Runs `code` with register form on and off, expects the same result (an error when `traps`,
/// none otherwise), and returns the register-form session.
@discardableResult
func expectSameBothWays(
    _ code: String, traps: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) -> ScriptSession {
    let (session, registers) = registerFormSession(code)
    let (_, closures) = registerFormSession(code, registerForm: false)
    #expect((registers.error != nil) == traps, sourceLocation: sourceLocation)
    #expect(registers == closures, sourceLocation: sourceLocation)
    return session
}

/// The names of the session's global functions that run in register form.
func registerFunctionNames(_ session: ScriptSession) -> Set<String> {
    Set(session.globals.functions.values.joined().filter { $0.registerFunction != nil }.map(\.name))
}

/// The source of a file of this package, by its path from the package's root.
func packageFile(_ path: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
}
