import FolioNumerics

/// `a ≈ b`: the approximate comparison notes use in checks, with the precedence of `==`.
infix operator ≈ : ComparisonPrecedence

/// swift-numerics' `isApproximatelyEqual` for two doubles: equal, or both finite and within
/// `max(absolute, relative · max(|a|, |b|))` of each other. One definition for the interpreter
/// and compiled notes, so `≈` holds or fails the same way under both engines.
public func approximatelyEqual(
    _ a: Double, _ b: Double, relative: Double = Double.ulpOfOne.squareRoot(), absolute: Double = .leastNormalMagnitude
) -> Bool {
    if a == b { return true }
    guard a.isFinite, b.isFinite else { return false }
    let scale = max(abs(a), abs(b))
    return abs(a - b) <= max(absolute, scale * relative)
}

/// Elementwise ``approximatelyEqual(_:_:relative:absolute:)-(Double,Double,_,_)`` of tensors of
/// the same shape, or of any tensor against a one-element tensor; other shapes are an error.
public func approximatelyEqual(
    _ a: Tensor, _ b: Tensor, relative: Double = Double.ulpOfOne.squareRoot(), absolute: Double = .leastNormalMagnitude
) throws -> Bool {
    let x = a.scalars
    let y = b.scalars
    if a.shape == b.shape || (x.count == y.count && (a.count == 1)) {
        return zip(x, y).allSatisfy { approximatelyEqual($0, $1, relative: relative, absolute: absolute) }
    }
    if y.count == 1 { return x.allSatisfy { approximatelyEqual($0, y[0], relative: relative, absolute: absolute) } }
    if x.count == 1 { return y.allSatisfy { approximatelyEqual(x[0], $0, relative: relative, absolute: absolute) } }
    throw TensorError("cannot compare tensors of shapes \(a.shape) and \(b.shape)")
}

/// `a ≈ b` for numbers (default tolerances).
public func ≈ (a: Double, b: Double) -> Bool { approximatelyEqual(a, b) }

/// `a ≈ b` for tensors: every element, as ``approximatelyEqual(_:_:relative:absolute:)-(Tensor,Tensor,_,_)``.
public func ≈ <L: TensorComparand, R: TensorComparand>(a: L, b: R) throws -> Bool {
    try approximatelyEqual(a.comparandTensor, b.comparandTensor)
}

/// `t ≈ x`: every element of `t` against the number `x`.
public func ≈ <L: TensorComparand>(a: L, b: Double) throws -> Bool {
    try approximatelyEqual(a.comparandTensor, Tensor([b]))
}

/// `x ≈ t`: the number `x` against every element of `t`.
public func ≈ <R: TensorComparand>(a: Double, b: R) throws -> Bool {
    try approximatelyEqual(Tensor([a]), b.comparandTensor)
}

/// The tolerances of `isApproximatelyEqual` when some are left out, as swift-numerics
/// chooses them: none given, relative `√ulpOfOne` and absolute `leastNormalMagnitude`; only a
/// relative one, the same absolute; only an absolute one, no relative tolerance.
public func approximationTolerances(relative: Double?, absolute: Double?) -> (relative: Double, absolute: Double) {
    switch (relative, absolute) {
    case (nil, nil): (Double.ulpOfOne.squareRoot(), .leastNormalMagnitude)
    case (let r?, nil): (r, .leastNormalMagnitude)
    case (nil, let a?): (0, a)
    case (let r?, let a?): (r, a)
    }
}

extension Double {
    /// swift-numerics' `isApproximatelyEqual(to:)` with its default tolerances.
    public func isApproximatelyEqual(to other: Double) -> Bool {
        approximatelyEqual(self, other)
    }

    /// Equal within `relativeTolerance` of the larger magnitude.
    public func isApproximatelyEqual(to other: Double, relativeTolerance: Double) -> Bool {
        let (relative, absolute) = approximationTolerances(relative: relativeTolerance, absolute: nil)
        return approximatelyEqual(self, other, relative: relative, absolute: absolute)
    }

    /// Equal within the larger of the two tolerances.
    public func isApproximatelyEqual(to other: Double, relativeTolerance: Double, absoluteTolerance: Double) -> Bool {
        approximatelyEqual(self, other, relative: relativeTolerance, absolute: absoluteTolerance)
    }

    /// Equal within `absoluteTolerance` (or the relative one, when larger).
    public func isApproximatelyEqual(to other: Double, absoluteTolerance: Double, relativeTolerance: Double = 0)
        -> Bool
    {
        approximatelyEqual(self, other, relative: relativeTolerance, absolute: absoluteTolerance)
    }
}

extension Tensor {
    /// Every element approximately equal, with swift-numerics' default tolerances.
    public func isApproximatelyEqual(to other: Tensor) throws -> Bool {
        try approximatelyEqual(self, other)
    }

    /// Every element equal within `relativeTolerance`.
    public func isApproximatelyEqual(to other: Tensor, relativeTolerance: Double) throws -> Bool {
        let (relative, absolute) = approximationTolerances(relative: relativeTolerance, absolute: nil)
        return try approximatelyEqual(self, other, relative: relative, absolute: absolute)
    }

    /// Every element equal within the larger of the two tolerances.
    public func isApproximatelyEqual(to other: Tensor, relativeTolerance: Double, absoluteTolerance: Double) throws
        -> Bool
    {
        try approximatelyEqual(self, other, relative: relativeTolerance, absolute: absoluteTolerance)
    }

    /// Every element equal within `absoluteTolerance` (or the relative one, when larger).
    public func isApproximatelyEqual(to other: Tensor, absoluteTolerance: Double, relativeTolerance: Double = 0) throws
        -> Bool
    {
        try approximatelyEqual(self, other, relative: relativeTolerance, absolute: absoluteTolerance)
    }
}
