/// A chart or table that cannot be drawn: empty data, channels of different lengths, a
/// category where a number is needed, a bad scale domain. The message names the mark or the
/// columns, e.g. `LineMark: x has 3 values but y has 4`.
public struct ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, starting with the mark or modifier it concerns.
    public var message: String
    /// An error with `message`.
    public init(_ message: String) { self.message = message }
    /// The message, so `print(error)` shows it.
    public var description: String { message }
}
