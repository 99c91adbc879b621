/// `sorted()`, `min()` and `max()` of an array of the note's own `Comparable` type (a struct or
/// class with `static func <`): the order is the type's `<`, called as Swift's algorithms call
/// it (`sorted()` is `sorted(by: <)`).
extension Lowerer {
    func comparableMethod(_ site: MethodCallSite) throws -> Typed? {
        guard case .array(let element) = site.base.type, case .named(let info) = element,
            info.kind == .structType || info.kind == .classType, info.conforms("Comparable"), site.labels.isEmpty,
            ["sorted", "min", "max"].contains(site.name)
        else { return nil }
        let source = "{ (__a: \(element), __b: \(element)) -> Bool in __a < __b }"
        guard let less = try lowerSynthesizedClosure(source, expected: nil, at: site.at) else { return nil }
        let at = site.at
        let name = site.name
        return site.method(name == "sorted" ? site.base.type : .optional(element), less) { receiver, comparator in
            guard case .function(let closure) = comparator else {
                throw ScriptError(.internalError("no comparator"), at: at)
            }
            let isLess = { (a: Value, b: Value) throws -> Bool in
                if case .bool(true) = try closure.invoke([a, b]) { return true }
                return false
            }
            let elements = try arrayValue(receiver, at)
            switch name {
            case "sorted": return .array(try elements.sorted(by: isLess))
            case "min": return try elements.min(by: isLess).map { .some($0) } ?? .null
            default: return try elements.max(by: isLess).map { .some($0) } ?? .null
            }
        }
    }
}
