import Foundation

/// Memory sizes as authors write them in front matter: `512MB`, `2GB`, `1.5 GiB`, `64M`.
/// Decimal and binary units both mean powers of 1024 (as `ulimit` and most people do).
public enum ByteSizeText {
    /// The number of bytes `text` spells, or `nil` when it is not a positive size with a unit
    /// (a bare number is refused: `memory: 512` is more likely megabytes than bytes).
    public static func parse(_ text: String) -> Int? {
        let raw = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, shift: Int)] = [
            ("kib", 10), ("mib", 20), ("gib", 30), ("kb", 10), ("mb", 20), ("gb", 30), ("k", 10), ("m", 20), ("g", 30),
        ]
        guard let unit = units.first(where: { raw.hasSuffix($0.suffix) }) else { return nil }
        let number = String(raw.dropLast(unit.suffix.count)).trimmingCharacters(in: .whitespaces)
        guard let value = Double(number), value > 0 else { return nil }
        let bytes = (value * Double(1 << unit.shift)).rounded()
        guard bytes >= 1, bytes < Double(1 << 50) else { return nil }
        return Int(bytes)
    }
}
