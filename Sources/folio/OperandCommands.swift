import ArgumentParser

/// A subcommand whose arguments are operands only: no options or flags of its own, no
/// subcommands, no `validate()`. Given operands that do not start with `-`, such a command line
/// has one meaning, the command with those operands, so `folio` builds the command itself.
///
/// Why: ArgumentParser's first parse in a process reflects over its own commands and the
/// command's property wrappers (`Mirror`, generic metadata, protocol-conformance scans over
/// swift-syntax's thousands of conformances), about 1.8 ms of the 6.9 ms that `folio run` of a
/// `print(1)` file took (ARCHITECTURE.md, "Start-up"). Every other command line, including any
/// with an argument starting with `-` (`--help`, `-h`, `--generate-completion-script`, `--`) or
/// another number of operands, goes to ArgumentParser, which gives the usage errors and help.
protocol OperandCommand: ParsableCommand {
    /// How many operands the command takes.
    static var operandCount: Int { get }

    /// The command with `operands` (``operandCount`` of them), as ArgumentParser would build it.
    init(operands: [String])
}

extension Folio {
    /// The subcommands built without ArgumentParser when given operands only.
    static let operandCommands: [any OperandCommand.Type] = [Run.self]

    /// The command that `arguments` (the process's, without the executable) names when they are
    /// an operand command's name and its operands, none starting with `-`; nil otherwise.
    static func operandCommand(_ arguments: [String]) -> (any OperandCommand)? {
        guard let name = arguments.first else { return nil }
        let operands = Array(arguments.dropFirst())
        guard operands.allSatisfy({ !$0.hasPrefix("-") }) else { return nil }
        for command in operandCommands
        where command.configuration.commandName == name && command.operandCount == operands.count {
            return command.init(operands: operands)
        }
        return nil
    }
}
