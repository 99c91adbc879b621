import Foundation

/// Axis ticks at "nice" round values (1, 2 or 5 times a power of ten), after d3-array's
/// `ticks`: values are computed as integer multiples divided or multiplied by a power of ten,
/// so they print as `0.3`, never `0.30000000000000004`.
public enum NiceTicks {
    /// About `count` nice tick values covering `[start, stop]` (inclusive when they land on it).
    public static func ticks(from start: Double, to stop: Double, count: Int) -> [Double] {
        guard start.isFinite, stop.isFinite, count > 0 else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (lo, hi) = reverse ? (stop, start) : (start, stop)
        let increment = tickIncrement(from: lo, to: hi, count: count)
        guard increment != 0, increment.isFinite else { return [] }
        var values: [Double] = []
        if increment > 0 {
            let first = (lo / increment).rounded(.up)
            let last = (hi / increment).rounded(.down)
            if first <= last {
                for i in stride(from: first, through: last, by: 1) { values.append(i * increment) }
            }
        } else {
            let step = -increment
            let first = (lo * step).rounded(.up)
            let last = (hi * step).rounded(.down)
            if first <= last {
                for i in stride(from: first, through: last, by: 1) { values.append(i / step) }
            }
        }
        return reverse ? values.reversed() : values
    }

    /// d3's `tickIncrement`: a positive step, or the negated inverse of a step below one (so
    /// that `i / -increment` is exact).
    public static func tickIncrement(from start: Double, to stop: Double, count: Int) -> Double {
        let step = (stop - start) / Double(max(0, count))
        let power = (log10(step)).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= 7.0710678118654755 ? 10 : error >= 3.1622776601683795 ? 5 : error >= 1.4142135623730951 ? 2 : 1
        return power >= 0 ? factor * pow(10, power) : -pow(10, -power) / factor
    }
}
