/// How `Optional.some` is stored.
///
/// A wrapped class instance, `Int` or `Double` is its own case of `Value`, with no box: an
/// indirect enum case allocates on every wrap, and `Node?` links, dictionary lookups and
/// `Int(text)` wrap in inner loops. Every other value is boxed in `someBoxed`. Code builds an
/// optional only through `some(_:)` and reads one only through `wrapped`, so that one value
/// has one representation and the two agree.
extension Value {
    /// `Optional.some(value)`, in the representation this value takes.
    @inline(__always)
    static func some(_ value: Value) -> Value {
        switch value {
        case .object(let instance): .someObject(instance)
        case .int(let x): .someInt(x)
        case .double(let x): .someDouble(x)
        default: .someBoxed(value)
        }
    }

    /// The value an `Optional.some` holds, or nil for `.null` and for values that are not
    /// optionals.
    @inline(__always)
    var wrapped: Value? {
        switch self {
        case .someObject(let instance): .object(instance)
        case .someInt(let x): .int(x)
        case .someDouble(let x): .double(x)
        case .someBoxed(let value): value
        default: nil
        }
    }

    /// The class instance an optional holds, or that a non-optional value is: what `===`
    /// and weak references compare and keep.
    var instanceOrWrappedInstance: Instance? {
        switch self {
        case .object(let instance), .someObject(let instance): instance
        default: nil
        }
    }
}
