/// Every mark FolioCharts ships, by name: how a coded chart finds its marks' types again, and
/// the names the interpreter collects inside `Chart { … }`. A new mark is one line here.
public enum MarkCatalog {
    /// The mark types, in the order the documentation lists them.
    static let types: [any ChartMark.Type] = [
        LineMark.self, PointMark.self, BarMark.self, AreaMark.self, RuleMark.self, RectangleMark.self,
        Histogram.self,
    ]

    /// The marks' type names (`LineMark`, …), as notes write them.
    public static let names: [String] = types.map(name(of:))

    /// The name a mark type is coded and written under.
    static func name(of type: any ChartMark.Type) -> String { String(describing: type) }

    /// The mark type called `name`, if FolioCharts has one.
    static func type(named name: String) -> (any ChartMark.Type)? {
        types.first { Self.name(of: $0) == name }
    }
}
