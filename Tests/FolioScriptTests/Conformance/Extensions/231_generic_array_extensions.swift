// Extensions of arrays without `where Element == …`, with `where Element: Protocol`, and enum
// cases with associated values used as functions.
extension Array {
    var second: Element? { count > 1 ? self[1] : nil }
    func everyOther() -> [Element] {
        var out: [Element] = []
        for (i, x) in enumerated() where i % 2 == 0 { out.append(x) }
        return out
    }
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
    func lastTwo() -> [Element] { everyOther().isEmpty ? [] : Array(suffix(2)) }
}
extension Sequence where Element: Comparable {
    func isSorted() -> Bool {
        var previous: Element? = nil
        for x in self {
            if let p = previous, x < p { return false }
            previous = x
        }
        return true
    }
}
extension Collection where Element: Numeric {
    func total() -> Element { reduce(0, +) }
}
extension Array where Element == Double {
    func mean() -> Double { total() / Double(count) }
}
let xs = [3, 1, 4, 1, 5]
print(xs.second ?? 0, xs.everyOther(), ["a", "b", "c"].everyOther(), [1.5].second == nil)
print(xs.chunked(2), ["x", "y", "z"].chunked(2), xs.lastTwo())
print(xs.isSorted(), [1, 2, 3].isSorted(), ["a", "b"].isSorted(), xs.total(), [0.5, 0.25].total(), [1.0, 2.0].mean())
print([[1, 2], [3]].everyOther(), [[1, 2], [3]].second ?? [], [[1, 2], [3]].second?.second ?? 0)

enum Shape {
    case circle(Double)
    case rectangle(width: Double, height: Double)
    case point
    var area: Double {
        switch self {
        case .circle(let r): return 3 * r * r
        case .rectangle(let w, let h): return w * h
        case .point: return 0
        }
    }
}
let circles = [1.0, 2.0].map(Shape.circle)
let rectangles = zip([1.0, 2.0], [3.0, 4.0]).map(Shape.rectangle)
let labelled = [(2.0, 5.0)].map(Shape.rectangle(width:height:))
print(circles.map(\.area), rectangles.map(\.area), labelled.map(\.area), Shape.point.area)
