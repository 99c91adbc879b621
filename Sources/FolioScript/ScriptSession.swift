/// The interpreter state of one note: one scope shared by all of its blocks, run in order.
///
/// STUB — to be replaced by the swift-syntax-backed interpreter.
public final class ScriptSession {
    /// The file name used in diagnostics.
    public let file: String
    /// The note's seed; block `i` draws random numbers from `foldIn(RandomKey(seed:), i)`.
    public let seed: UInt64

    public init(file: String, seed: UInt64 = 0) {
        self.file = file
        self.seed = seed
    }

    /// Runs one block whose first line sits at `line`/`column` of the file.
    ///
    /// - Parameter displaysLastValue: show the value of a trailing expression (notes: yes,
    ///   `.swift` files: no).
    public func run(
        _ code: String, line: Int, column: Int, blockIndex: Int, displaysLastValue: Bool = true
    ) -> BlockResult {
        BlockResult()
    }
}
