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
        if abs(increment) >= 1e15 {
            // Beyond 2⁵³ products and quotients may miss the nearest double; re-round through
            // 15 significant decimal digits so that labels read 3e+23, not 3.0000000000000003e+23.
            values = values.map { Double(String(format: "%.15g", $0)) ?? $0 }
        }
        return reverse ? values.reversed() : values
    }

    /// d3's `tickIncrement`: a positive step, or the negated inverse of a step below one (so
    /// that `i / -increment` is exact).
    public static func tickIncrement(from start: Double, to stop: Double, count: Int) -> Double {
        let step = (stop - start) / Double(max(0, count))
        let power = (log10(step)).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double =
            error >= 7.0710678118654755 ? 10 : error >= 3.1622776601683795 ? 5 : error >= 1.4142135623730951 ? 2 : 1
        // Powers of ten from their decimal text: pow(10, 23) is not the double nearest 10²³.
        return power >= 0 ? factor * decimalValue(1, Int(power)) : -decimalValue(1, Int(-power)) / factor
    }
}

extension NiceTicks {
    /// d3-scale's `linear.nice(count)`: widens `[start, stop]` outwards to multiples of the tick
    /// increment, repeating until the increment is stable (at most ten times).
    public static func nice(from start: Double, to stop: Double, count: Int) -> (Double, Double) {
        guard start.isFinite, stop.isFinite, start < stop, count > 0 else { return (start, stop) }
        var lo = start
        var hi = stop
        var previous: Double? = nil
        for _ in 0..<10 {
            let step = tickIncrement(from: lo, to: hi, count: count)
            if step == previous { break }
            if step > 0 {
                lo = (lo / step).rounded(.down) * step
                hi = (hi / step).rounded(.up) * step
            } else if step < 0 {
                lo = (lo * step).rounded(.up) / step
                hi = (hi * step).rounded(.down) / step
            } else {
                break
            }
            previous = step
        }
        return (lo, hi)
    }

    /// `k × 10ᵉ`, correctly rounded (parsed from its decimal text, since `pow(10, 23)` is not the
    /// double nearest to 10²³ on every platform).
    public static func decimalValue(_ k: Int, _ e: Int) -> Double {
        Double("\(k)e\(e)") ?? Double(k) * pow(10, Double(e))
    }

    /// Ticks for a base-10 log axis over `[start, stop]` (both positive), after d3-scale's
    /// `log.ticks`, with the subdivisions restricted to 1, 2 and 5:
    /// - `level 0`: {1, 2, 5} × 10ᵏ inside the domain (when it spans fewer than `count` decades);
    /// - `level 1`: the powers of ten inside the domain;
    /// - `level 2+`: every n-th power of ten, n from nice integer ticks of the exponents.
    /// Returns `nil` for a level that does not apply (e.g. a domain with fewer than two powers of
    /// ten has no level 1). Values are the doubles nearest to `k × 10ᵉ`.
    public static func logTicks(from start: Double, to stop: Double, level: Int) -> [Double]? {
        guard start.isFinite, stop.isFinite, start > 0, stop > 0 else { return nil }
        let lo = min(start, stop)
        let hi = max(start, stop)
        let i = log10(lo)
        let j = log10(hi)
        let first = Int(i.rounded(.down))
        let last = Int(j.rounded(.up))
        let tolerance = 1e-12
        func value(_ k: Double, _ e: Int) -> Double { decimalValue(Int(k), e) }
        func inside(_ t: Double) -> Bool { t >= lo * (1 - tolerance) && t <= hi * (1 + tolerance) }
        switch level {
        case 0:
            var out: [Double] = []
            for e in first...last {
                for k in [1.0, 2.0, 5.0] {
                    let t = value(k, e)
                    if inside(t) { out.append(t) }
                }
            }
            return out.count >= 2 ? out : nil
        case 1:
            let out = (first...last).map { value(1, $0) }.filter(inside)
            return out.count >= 2 ? out : nil
        default:
            let decades = Double(last - first)
            let wanted = max(1, Int(decades) / (1 << (level - 1)))
            let exps = ticks(from: Double(first), to: Double(last), count: wanted).filter { $0 == $0.rounded() }
            let out = exps.map { value(1, Int($0)) }.filter(inside)
            return out.count >= 2 ? out : nil
        }
    }
}
