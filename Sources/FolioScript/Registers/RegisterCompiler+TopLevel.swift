import SwiftSyntax

/// Top-level loops in register form: a note's `for` and `while` at the top of a block, over
/// its global variables.
///
/// The loop runs as a function with no parameters whose value slots are the globals' own
/// (arrays are read and written where they are); the scalar and struct globals it names are
/// loaded into registers when it starts and the ones it assigns are written back when it ends,
/// by an error too. Nothing else can see them meanwhile: a loop in register form calls only functions in
/// register form, which read no globals.
extension RegisterCompiler {
    /// A scalar global a top-level loop keeps in a register.
    struct GlobalRegister {
        let slot: Int
        let register: Int
        let type: RegisterType
        let writesBack: Bool
    }

    /// `loop` (a top-level `for` or `while`, already lowered) in register form, or nil when
    /// it uses anything register form does not take.
    static func compileTopLevel(_ loop: StmtSyntax, lowerer: Lowerer) -> Exec? {
        guard lowerer.context.compilesRegisterForm, lowerer.function == nil, lowerer.recorder == nil else { return nil }
        let info = FunctionInfo(
            name: "top level", labels: [], parameterTypes: [], returnType: .void, loc: lowerer.loc(loop))
        let function = RegisterFunction(
            name: info.name, parameters: [], resultType: .int, context: lowerer.context,
            globals: lowerer.globals.frame.slots)
        let compiler = RegisterCompiler(lowerer: lowerer, info: info, function: function)
        compiler.topLevelStatement = Syntax(loop)
        let globals: [(Variable, Int32)]
        do {
            globals = try compiler.globalsNamed(in: Syntax(loop))
            try compiler.scoped { try compiler.statement(loop) }
            compiler.emit(.return, compiler.constant(0))
        } catch {
            return nil  // (hidden globals declared for it stay, for the next loops)
        }
        guard compiler.finish() != nil else { return nil }
        let shift = compiler.constants.count
        let registers = globals.compactMap { variable, register -> GlobalRegister? in
            guard let type = RegisterType(variable.type), !type.isSlot else { return nil }
            let assigned = (register..<register + type.width).contains(where: compiler.assigned.contains)
            return GlobalRegister(
                slot: variable.slot, register: Int(register) + shift, type: type,
                writesBack: variable.mutable && assigned)
        }
        let slots = lowerer.globals.frame.slots
        let context = lowerer.context
        context.registerLoopCount += 1
        return { _ in
            let r = context.registers.bottom(depth: context.maxDepth)
            for global in registers {
                try RegisterFunction.unpack(slots + global.slot, global.type, into: r + global.register)
            }
            defer {
                for global in registers where global.writesBack {
                    slots[global.slot] = RegisterFunction.pack(r + global.register, global.type)
                }
            }
            _ = try function.run(r, slots)
            return .normal
        }
    }

    /// The globals `node` names that register form can hold, in the outermost scope: scalars and
    /// structs in registers (returned with them), arrays in their own slots.
    private func globalsNamed(in node: Syntax) throws -> [(Variable, Int32)] {
        var names: [String] = []
        for token in node.tokens(viewMode: .sourceAccurate) where token.tokenKind.isIdentifier {
            if !names.contains(token.text) { names.append(token.text) }
        }
        var scalars: [(Variable, Int32)] = []
        for name in names {
            guard let variable = lowerer.lookup(name), variable.isGlobal, variable.function == nil, !variable.accessed,
                let type = RegisterType(variable.type)
            else { continue }
            if !type.isSlot {
                let register = try temporaries(type.width)
                scopes[0][name] = Local(register: register, type: type)
                scalars.append((variable, register))
            } else {
                scopes[0][name] = Local(register: Int32(variable.slot), type: type)
            }
        }
        return scalars
    }
}

extension TokenKind {
    /// Whether the token is a name.
    fileprivate var isIdentifier: Bool {
        if case .identifier = self { return true }
        return false
    }
}
