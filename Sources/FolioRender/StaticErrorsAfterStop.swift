import FolioMarkdown
import FolioScript

/// How the note runner checks, without running them, the blocks after one that stopped the
/// note, so one run reports all of a note's independent static errors, as a compiler does.
struct BlockLowering {
    /// Whether the block `execute` ran last parsed and lowered (its declarations are in scope
    /// even when it then failed at run time).
    var lastBlockLowered: () -> Bool
    /// Lowers a block without running it: its syntax or lowering errors, none when it lowers
    /// (its declarations then join the scope, as if it had run).
    var staticErrors: (CodeBlock) -> [Diagnostic]
}

/// The names declared by blocks whose declarations never joined the scope, after the note
/// stopped, and the errors that only follow from them.
///
/// Why this is sound: after the stop nothing runs, so a later block's static errors depend
/// only on the scope its earlier blocks built. A block that ran and failed at run time, or
/// that was lowered without running, built its part of that scope exactly as a successful run
/// would have (lowering, not running, is what declares names). Only a block that did not
/// parse or lower (the one that stopped the note, or a later one), or an `error:` block after
/// the stop (not lowered, since it is meant to fail), leaves out what it declares. So a later
/// error that only follows from an earlier failure names one of those names: "cannot find 'a'
/// in scope", "value of type 'S' has no member 'f'" (an extension that failed). Any error
/// that quotes one of those names is therefore dropped; the errors that do not cannot depend on
/// the failures, and are reported. This can drop an independent error that happens to quote
/// such a name, never report a dependent one (except one that names none of them, such as a
/// failed overload's caller picking another overload, which no lowering-only check can tell).
struct UnusableNames {
    private(set) var names: Set<String> = []

    /// Marks what `code` declares at the top level as declared but unusable.
    mutating func add(declaredIn code: String) {
        names.formUnion(ScriptSession.declaredNames(in: code))
    }

    /// Whether `diagnostic` quotes an unusable name (`'a'`), so it may only follow from an
    /// earlier failure.
    func isDependent(_ diagnostic: Diagnostic) -> Bool {
        names.contains { diagnostic.message.contains("'\($0)'") }
    }
}
