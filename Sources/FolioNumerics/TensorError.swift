import Foundation

/// The error every fallible `Tensor` operation throws: mismatched shapes, bad axes, bad
/// arguments. The message names the shapes involved (e.g. "shapes [2, 3] and [4] cannot be
/// broadcast"), so that an interpreter can show it at the note's line as it is.
public struct TensorError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A sentence describing what went wrong, naming the shapes involved.
    public let message: String

    /// An error with the given message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message, as printed in diagnostics.
    public var description: String { message }
    /// The message, for Foundation's `localizedDescription`.
    public var errorDescription: String? { message }

    static func cannotBroadcast(_ a: [Int], _ b: [Int]) -> TensorError {
        TensorError("shapes \(a) and \(b) cannot be broadcast")
    }

    static func badAxis(_ axis: Int, shape: [Int]) -> TensorError {
        TensorError("axis \(axis) is out of range for a tensor of shape \(shape) (rank \(shape.count))")
    }

    static func badShape(_ shape: [Int]) -> TensorError {
        TensorError("shape \(shape) has a negative dimension")
    }
}
