import Foundation

/// The data of one channel of a mark (`x`, `y`, a heat-map `value`, …), vectorized.
///
/// - `numbers`: one value per data point; NaN and ±infinity are allowed and mean "no value"
///   (a gap in a line or area, a skipped point or bar).
/// - `categories`: one category per data point (a band scale on that axis, in order of first
///   appearance).
/// - `constant`: the same number for every data point (broadcast to the length of the other
///   channels, like NumPy's scalar broadcasting).
public enum PlotValues: Sendable, Equatable {
    case numbers([Double])
    case categories([String])
    case constant(Double)

    /// The number of values, or `nil` for a constant (which broadcasts).
    public var count: Int? {
        switch self {
        case .numbers(let v): v.count
        case .categories(let v): v.count
        case .constant: nil
        }
    }
}

/// Anything that can be plotted as a channel: `[Double]`, `[Float]`, `[Int]`, `[String]`,
/// `Double`/`Int` constants, integer ranges, `stride(from:to:by:)` over `Double`, and
/// `PlotValues` itself.
public protocol PlotValuesConvertible: Sendable {
    var plotValues: PlotValues { get }
}

/// An element type of plottable arrays.
public protocol PlotScalar: Sendable {
    static func _plotValues(_ array: [Self]) -> PlotValues
}

extension Double: PlotScalar {
    public static func _plotValues(_ array: [Double]) -> PlotValues { .numbers(array) }
}
extension Float: PlotScalar {
    public static func _plotValues(_ array: [Float]) -> PlotValues { .numbers(array.map(Double.init)) }
}
extension Int: PlotScalar {
    public static func _plotValues(_ array: [Int]) -> PlotValues { .numbers(array.map(Double.init)) }
}
extension String: PlotScalar {
    public static func _plotValues(_ array: [String]) -> PlotValues { .categories(array) }
}

extension PlotValues: PlotValuesConvertible {
    public var plotValues: PlotValues { self }
}
extension Array: PlotValuesConvertible where Element: PlotScalar {
    public var plotValues: PlotValues { Element._plotValues(self) }
}
extension Double: PlotValuesConvertible {
    public var plotValues: PlotValues { .constant(self) }
}
extension Int: PlotValuesConvertible {
    public var plotValues: PlotValues { .constant(Double(self)) }
}
extension Range: PlotValuesConvertible where Bound == Int {
    public var plotValues: PlotValues { .numbers(map(Double.init)) }
}
extension ClosedRange: PlotValuesConvertible where Bound == Int {
    public var plotValues: PlotValues { .numbers(map(Double.init)) }
}
extension StrideTo: PlotValuesConvertible where Element == Double {
    public var plotValues: PlotValues { .numbers(Array(self)) }
}
extension StrideThrough: PlotValuesConvertible where Element == Double {
    public var plotValues: PlotValues { .numbers(Array(self)) }
}
