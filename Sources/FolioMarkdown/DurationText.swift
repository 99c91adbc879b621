import Foundation

/// Durations as authors write them in block options and front matter: `10s`, `500ms`, `2m`, or
/// a bare number of seconds. One parser, so a block's `timeout:` and a note's read the same way.
public enum DurationText {
    /// The duration `text` spells, or `nil` when it is not a positive, finite duration.
    public static func parse(_ text: String) -> Duration? {
        let raw = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !raw.isEmpty else { return nil }
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        var number = raw
        var scale = 1.0
        if let unit = units.first(where: { raw.hasSuffix($0.suffix) }) {
            number = String(raw.dropLast(unit.suffix.count)).trimmingCharacters(in: .whitespaces)
            scale = unit.seconds
        }
        guard let value = Double(number), value > 0, (value * scale * 1000).isFinite,
            value * scale * 1000 < Double(Int64.max)
        else { return nil }
        return .milliseconds(Int64((value * scale * 1000).rounded()))
    }
}
