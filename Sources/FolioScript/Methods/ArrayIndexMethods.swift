import SwiftSyntax

extension Lowerer {
    /// An array's index arithmetic: `index(after:)`, `index(before:)`, `index(_:offsetBy:)`,
    /// `index(_:offsetBy:limitedBy:)` and `distance(from:to:)`, as generic collection code
    /// written against `Collection` calls them. An array's indices are its `Int` offsets, so
    /// these are additions, with no bounds check (as Swift's arrays do not check them either).
    func arrayIndexMethod(_ site: MethodCallSite, element: ScriptType) throws -> Typed? {
        guard case .array = site.base.type else { return nil }
        let exprs = site.exprs
        let at = site.at
        let receiver = site.base.eval
        switch (site.name, site.labels) {
        case ("index", ["after"]), ("index", ["before"]):
            let step = site.labels == ["after"] ? 1 : -1
            let index = try argument(exprs[0], .int).eval
            return Typed(type: .int) { frame in
                _ = try receiver(frame)
                return .int(try intValue(index(frame), at) + step)
            }
        case ("index", [nil, "offsetBy"]):
            let index = try argument(exprs[0], .int).eval
            let offset = try argument(exprs[1], .int).eval
            return Typed(type: .int) { frame in
                _ = try receiver(frame)
                return .int(try intValue(index(frame), at) + intValue(offset(frame), at))
            }
        case ("index", [nil, "offsetBy", "limitedBy"]):
            let index = try argument(exprs[0], .int).eval
            let offset = try argument(exprs[1], .int).eval
            let limit = try argument(exprs[2], .int).eval
            return Typed(type: .optional(.int)) { frame in
                _ = try receiver(frame)
                let i = try intValue(index(frame), at)
                let n = try intValue(offset(frame), at)
                let l = try intValue(limit(frame), at)
                // Swift's rule: nil when the limit lies between the index and the result.
                if n >= 0, l >= i, i + n > l { return .null }
                if n < 0, l <= i, i + n < l { return .null }
                return .some(.int(i + n))
            }
        case ("distance", ["from", "to"]):
            let start = try argument(exprs[0], .int).eval
            let end = try argument(exprs[1], .int).eval
            return Typed(type: .int) { frame in
                _ = try receiver(frame)
                return .int(try intValue(end(frame), at) - intValue(start(frame), at))
            }
        default:
            return nil
        }
    }
}
