import Foundation

/// How a line or a rule is stroked (``LineMark/lineStyle(_:)``, ``RuleMark/lineStyle(_:)``).
public enum LineStyle: String, Sendable, Equatable, Codable {
    /// A continuous stroke.
    case solid
    /// Dashes of 5 px with gaps of 4 px.
    case dashed
    /// Round dots 4 px apart.
    case dotted

    /// The SVG attributes of the stroke (empty for solid).
    var svgAttributes: String {
        switch self {
        case .solid: ""
        case .dashed: " stroke-dasharray=\"5 4\""
        case .dotted: " stroke-dasharray=\"0.5 4\" stroke-linecap=\"round\""
        }
    }
}
