import Foundation

/// One axis of a chart: a domain and a pixel range, linear, log or band.
struct Axis {
    enum Kind { case linear, log, band }
    var kind: Kind
    var lo: Double = 0
    var hi: Double = 1
    var categories: [String] = []
    var index: [String: Int] = [:]
    var paddingInner = 0.2
    var paddingOuter = 0.1
    /// Pixel positions of `lo` and `hi` (for a band axis: of the first and last edge).
    var r0: Double = 0
    var r1: Double = 1

    static func band(_ categories: [String], padding: Bool) -> Axis {
        var a = Axis(kind: .band)
        a.categories = categories
        for (i, c) in categories.enumerated() where a.index[c] == nil { a.index[c] = i }
        if !padding {
            a.paddingInner = 0
            a.paddingOuter = 0
        }
        return a
    }

    /// Pixel position of a number (NaN when it has none: non-finite, or non-positive on a log axis).
    func map(_ v: Double) -> Double {
        switch kind {
        case .linear:
            guard v.isFinite else { return .nan }
            return r0 + (v - lo) / (hi - lo) * (r1 - r0)
        case .log:
            guard v.isFinite, v > 0 else { return .nan }
            return r0 + (log10(v) - log10(lo)) / (log10(hi) - log10(lo)) * (r1 - r0)
        case .band:
            return .nan
        }
    }

    // Band geometry (d3's scaleBand).
    var step: Double {
        let n = Double(categories.count)
        return (r1 - r0) / max(1, n - paddingInner + 2 * paddingOuter)
    }
    var bandwidth: Double { step * (1 - paddingInner) }
    func bandStart(_ i: Int) -> Double { r0 + step * (paddingOuter + Double(i)) }
    func bandCenter(_ category: String) -> Double {
        guard let i = index[category] else { return .nan }
        return bandStart(i) + bandwidth / 2
    }

    var isNumeric: Bool { kind != .band }
    var length: Double { abs(r1 - r0) }
}

/// The ticks chosen for a numeric axis, with their labels and unlabeled minor ticks.
struct TickSet {
    var values: [Double] = []
    var labels: [String] = []
    var minor: [Double] = []
    /// A common factor of the labels (`×10⁸`), shown once at the end of the axis.
    var multiplier: String? = nil
}

enum TickChooser {
    /// Ticks for a numeric axis whose labels do not overlap: tries the densest sensible count
    /// first and lowers it until the estimated label widths (horizontal axes) or heights
    /// (vertical axes) fit between neighbouring ticks.
    static func choose(_ axis: Axis, horizontal: Bool, fontSize: Double) -> TickSet {
        let length = axis.length
        let maxCount = max(2, Int(length / (horizontal ? 64 : 42)))
        func fits(_ values: [Double], _ labels: [String]) -> Bool {
            guard values.count > 1 else { return true }
            let px = values.map(axis.map)
            for i in 1..<values.count {
                let distance = abs(px[i] - px[i - 1])
                let needed =
                    horizontal
                    ? (TextMetrics.width(labels[i], size: fontSize) + TextMetrics.width(labels[i - 1], size: fontSize))
                        / 2 + fontSize
                    : fontSize * 1.6
                if distance < needed { return false }
            }
            return true
        }
        if axis.kind == .log {
            let decades = log10(axis.hi) - log10(axis.lo)
            for level in 0...8 {
                guard let values = NiceTicks.logTicks(from: axis.lo, to: axis.hi, level: level) else { continue }
                if level == 0 && values.count > maxCount * 2 { continue }
                let labels = Fmt.logTickLabels(values)
                if fits(values, labels) {
                    var set = TickSet(values: values, labels: labels)
                    if level >= 1 && decades <= 12 {
                        let first = Int(log10(axis.lo).rounded(.down))
                        let last = Int(log10(axis.hi).rounded(.up))
                        for e in first...last {
                            for k in 1...9 {
                                let t = NiceTicks.decimalValue(k, e)
                                if t >= axis.lo && t <= axis.hi && !values.contains(t) { set.minor.append(t) }
                            }
                        }
                    }
                    return set
                }
            }
            // Less than a decade (or nothing fits): linear ticks on the log axis.
            for count in stride(from: maxCount, through: 1, by: -1) {
                let values = NiceTicks.ticks(from: axis.lo, to: axis.hi, count: count).filter { $0 > 0 }
                let (labels, multiplier) = Fmt.linearTickLabels(values)
                if fits(values, labels) || count == 1 {
                    return TickSet(values: values, labels: labels, multiplier: multiplier)
                }
            }
            return TickSet()
        }
        for count in stride(from: maxCount, through: 1, by: -1) {
            let values = NiceTicks.ticks(from: axis.lo, to: axis.hi, count: count)
            let (labels, multiplier) = Fmt.linearTickLabels(values)
            if fits(values, labels) { return TickSet(values: values, labels: labels, multiplier: multiplier) }
        }
        // Even one tick per nice step is too wide: keep the first and last nice ticks only if
        // they fit, otherwise the first.
        let values = NiceTicks.ticks(from: axis.lo, to: axis.hi, count: 1)
        let (labels, multiplier) = Fmt.linearTickLabels(values)
        if let f = values.first, let l = values.last, let fLabel = labels.first, let lLabel = labels.last,
            values.count > 1, fits([f, l], [fLabel, lLabel])
        {
            return TickSet(values: [f, l], labels: [fLabel, lLabel], multiplier: multiplier)
        }
        return TickSet(values: Array(values.prefix(1)), labels: Array(labels.prefix(1)), multiplier: multiplier)
    }
}
