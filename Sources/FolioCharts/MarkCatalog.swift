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

    /// The name a mark type is coded and written under. `_typeName`, not
    /// `String(describing:)`: describing a metatype first asks the runtime whether the type
    /// conforms to each printing protocol, a scan of every conformance in the binary per
    /// question, and every `folio run` builds this list at start (7% of the start-up of
    /// `folio run` on an empty note, which every workload of Benchmarks/interpreter pays).
    static func name(of type: any ChartMark.Type) -> String { _typeName(type, qualified: false) }

    /// The mark type called `name`, if FolioCharts has one.
    static func type(named name: String) -> (any ChartMark.Type)? {
        types.first { Self.name(of: $0) == name }
    }
}
