import FolioNumerics

/// `t.max() < 0.01`: a one-element tensor compared with a number (or another one-element
/// tensor) is a `Bool`, so checks read naturally; the elementwise masks are `.<` and friends.
/// A tensor of more than one element is an error that points to the mask operators.
public func scalarComparand(_ t: Tensor, _ op: String) throws -> Double {
    guard t.count == 1 else {
        throw TensorError(
            "'\(op)' compares a one-element tensor with a number, got a tensor of shape \(t.shape) (use .\(op) for an elementwise mask)"
        )
    }
    return t.scalars[0]
}

/// A tensor operand of the comparison operators and `≈`. Only `Tensor` conforms: the
/// tensor-tensor overloads are generic over it so that, with a literal on one side
/// (`t.max() == 1`), only the `(Tensor, Double)` overload fits, as in the interpreter. (For
/// `≈` the mixed overloads are generic too, so that `third * 3 ≈ 1` stays a `Double`
/// comparison; for `==` and `<` that would make Swift's own overloads ambiguous.)
public protocol TensorComparand {
    /// The tensor compared.
    var comparandTensor: Tensor { get }
}

extension Tensor: TensorComparand {
    /// The tensor itself.
    public var comparandTensor: Tensor { self }
}

/// `t < x` for a one-element tensor `t`.
public func < (a: Tensor, b: Double) throws -> Bool { try scalarComparand(a, "<") < b }
/// `x < t` for a one-element tensor `t`.
public func < (a: Double, b: Tensor) throws -> Bool { try a < scalarComparand(b, "<") }
/// `t < u` for one-element tensors.
public func < <L: TensorComparand, R: TensorComparand>(a: L, b: R) throws -> Bool {
    try scalarComparand(a.comparandTensor, "<") < scalarComparand(b.comparandTensor, "<")
}
/// `t > x` for a one-element tensor `t`.
public func > (a: Tensor, b: Double) throws -> Bool { try scalarComparand(a, ">") > b }
/// `x > t` for a one-element tensor `t`.
public func > (a: Double, b: Tensor) throws -> Bool { try a > scalarComparand(b, ">") }
/// `t > u` for one-element tensors.
public func > <L: TensorComparand, R: TensorComparand>(a: L, b: R) throws -> Bool {
    try scalarComparand(a.comparandTensor, ">") > scalarComparand(b.comparandTensor, ">")
}
/// `t <= x` for a one-element tensor `t`.
public func <= (a: Tensor, b: Double) throws -> Bool { try scalarComparand(a, "<=") <= b }
/// `x <= t` for a one-element tensor `t`.
public func <= (a: Double, b: Tensor) throws -> Bool { try a <= scalarComparand(b, "<=") }
/// `t <= u` for one-element tensors.
public func <= <L: TensorComparand, R: TensorComparand>(a: L, b: R) throws -> Bool {
    try scalarComparand(a.comparandTensor, "<=") <= scalarComparand(b.comparandTensor, "<=")
}
/// `t >= x` for a one-element tensor `t`.
public func >= (a: Tensor, b: Double) throws -> Bool { try scalarComparand(a, ">=") >= b }
/// `x >= t` for a one-element tensor `t`.
public func >= (a: Double, b: Tensor) throws -> Bool { try a >= scalarComparand(b, ">=") }
/// `t >= u` for one-element tensors.
public func >= <L: TensorComparand, R: TensorComparand>(a: L, b: R) throws -> Bool {
    try scalarComparand(a.comparandTensor, ">=") >= scalarComparand(b.comparandTensor, ">=")
}
/// `t == x` for a one-element tensor `t`.
public func == (a: Tensor, b: Double) throws -> Bool { try scalarComparand(a, "==") == b }
/// `x == t` for a one-element tensor `t`.
public func == (a: Double, b: Tensor) throws -> Bool { try a == scalarComparand(b, "==") }
/// `t == u` for one-element tensors.
public func == <L: TensorComparand, R: TensorComparand>(a: L, b: R) throws -> Bool {
    try scalarComparand(a.comparandTensor, "==") == scalarComparand(b.comparandTensor, "==")
}
/// `t != x` for a one-element tensor `t`.
public func != (a: Tensor, b: Double) throws -> Bool { try scalarComparand(a, "!=") != b }
/// `x != t` for a one-element tensor `t`.
public func != (a: Double, b: Tensor) throws -> Bool { try a != scalarComparand(b, "!=") }
/// `t != u` for one-element tensors.
public func != <L: TensorComparand, R: TensorComparand>(a: L, b: R) throws -> Bool {
    try scalarComparand(a.comparandTensor, "!=") != scalarComparand(b.comparandTensor, "!=")
}
