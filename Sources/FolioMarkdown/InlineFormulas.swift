/// An inline `$…$` formula of a note, with where it stands (for diagnostics about its TeX).
public struct InlineFormula: Sendable, Equatable {
    /// The TeX between the dollar signs, as written.
    public var tex: String
    /// Where the opening `$` stands in the note.
    public var location: SourceLocation

    /// A formula from its TeX and location.
    public init(tex: String, location: SourceLocation) {
        self.tex = tex
        self.location = location
    }
}

extension Note {
    /// Every inline formula, in document order, found exactly as the renderer finds them (math
    /// protection is run again, so this costs about as much as parsing the note's prose; only
    /// `folio check`'s math validation asks for it).
    public var inlineFormulas: [InlineFormula] {
        PreparedNote(source).math.spans.filter { $0.kind == .inline }.map {
            InlineFormula(tex: $0.tex, location: $0.location)
        }
    }
}
