/// An inline code span `` `{swift} expr` ``: evaluated where it stands and replaced by its value.
public struct InlineExpression: Sendable, Equatable {
    /// The expression's position among the note's inline expressions, from 0.
    public var index: Int
    /// The Swift expression after `{swift}`, trimmed.
    public var code: String
    /// Where `code` starts in the note, for diagnostics.
    public var location: SourceLocation
    /// How many fenced blocks come before it: the note's state after running those blocks is
    /// the state the expression sees.
    public var blocksBefore: Int

    /// An inline expression from parts.
    public init(index: Int, code: String, location: SourceLocation, blocksBefore: Int) {
        self.index = index
        self.code = code
        self.location = location
        self.blocksBefore = blocksBefore
    }

    /// The prefix that marks an inline code span as Swift to evaluate.
    static let marker = "{swift}"
}
