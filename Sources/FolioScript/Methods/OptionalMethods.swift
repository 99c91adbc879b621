import SwiftSyntax

extension Lowerer {
    /// Methods of optionals (`map`, `flatMap`); any other member needs unwrapping first, as in Swift.
    ///
    /// Returns nil when the name is not a method of this family, so that `extendedMethod`'s
    /// caller can try the remaining resolutions.
    func optionalMethod(_ site: MethodCallSite, wrapped: ScriptType) throws -> Typed? {
        let (name, labels, node, base, invoke) = (
            site.name, site.labels, site.node, site.base, ClosureCaller(at: site.at)
        )
        switch (name, labels) {
        case ("map", [nil]), ("flatMap", [nil]):
            let f = try site.closure(0, [wrapped], nil)
            let result = site.resultOf(f)
            let flattens = name == "flatMap" && result.isOptional
            return site.method(flattens ? result : .optional(result), f) { receiver, f in
                guard let x = receiver.wrapped else { return .null }
                let mapped = try invoke.call(f, x)
                return flattens ? mapped : .some(mapped)
            }
        default:
            throw error(
                "value of optional type '\(base.type)' must be unwrapped to refer to member '\(name)'; use '?.' or '!'",
                node, id: .optionalMisuse)
        }
    }
}
