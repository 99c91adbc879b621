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
    /// One number per data point; non-finite values are gaps.
    case numbers([Double])
    /// One category per data point: a band scale on that axis.
    case categories([String])
    /// One number for every data point (a `RuleMark` at one position, a constant column).
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
