import Foundation

/// The shared buffer behind tensors and their views. Mutation goes through `Tensor`, which
/// copies it first unless it is uniquely referenced, so sharing it across threads is safe.
@usableFromInline
final class TensorStorage: @unchecked Sendable {
    @usableFromInline var buffer: [Double]

    @usableFromInline
    init(_ buffer: [Double]) {
        self.buffer = buffer
    }
}

/// An n-dimensional array of `Double` with value semantics: FolioNumerics' NumPy `ndarray`.
///
/// A tensor is a shared storage buffer plus `shape`, strides and an offset, so `reshaped`,
/// `transposed`, slicing and broadcasting are views that copy nothing; writing to a tensor
/// copies its storage first if anything else shares it (copy-on-write), so a view or a copy
/// never changes behind your back. Binary operations broadcast as NumPy does, and NaN
/// propagates as in NumPy.
///
/// ## Errors: operations that can fail throw; operations that cannot fail don't
///
/// Library code never traps on bad input (a note must never crash the tool). Every operation
/// whose inputs can be invalid — tensor ⊕ tensor arithmetic (shapes may not broadcast), `axis:`
/// arguments, `reshaped`, `matmul`, subscripts, `scalar` of a many-element tensor — is
/// `throws` and throws a ``TensorError`` naming the shapes involved. Operators included:
/// `try a + b`. In Swift one `try` covers a whole expression, so a statement needs one `try`,
/// and an interpreter binding these functions catches the error and reports it at the note's
/// line. Operations that cannot fail are not `throws`: elementwise functions (`exp(t)`),
/// tensor ⊕ `Double` arithmetic (`2 * t + 1`, with literals too), reductions without `axis:`
/// on non-empty tensors, `softmax(t)` over the last axis. (Tensor ⊕ tensor operators are
/// generic over ``TensorOperand`` only so that Swift picks the non-throwing scalar overloads
/// for `t * 2`: with concrete overloads it prefers converting the literal to a tensor.)
///
/// The one exception is a ragged array literal (`[[1, 2], [3]]`): a literal initializer cannot
/// throw, and such a literal is a bug visible in the source, so it traps as Swift's own
/// `Dictionary` literal does with duplicate keys; interpreters use ``init(nested:)``.
public struct Tensor: Sendable {
    @usableFromInline var storage: TensorStorage
    /// The size of each dimension; `[]` for a 0-d (scalar) tensor.
    public private(set) var shape: [Int]
    @usableFromInline var strides: [Int]
    @usableFromInline var offset: Int
    /// Set while a gradient is being taken: the tape node that produced this tensor (see
    /// Autodiff/Tape.swift). nil for every ordinary tensor.
    @usableFromInline var tracer: Tracer? = nil

    /// A tensor over `buffer` laid out row-major with `shape` (the caller checks the count).
    @usableFromInline
    init(contiguous buffer: [Double], shape: [Int]) {
        self.storage = TensorStorage(buffer)
        self.shape = shape
        self.strides = Tensor.rowMajorStrides(shape)
        self.offset = 0
    }

    /// A view of `storage`.
    @usableFromInline
    init(storage: TensorStorage, shape: [Int], strides: [Int], offset: Int) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    /// A 1-D tensor of the elements of `array`.
    public init(_ array: [Double]) {
        self.init(contiguous: array, shape: [array.count])
    }

    /// A 0-d tensor holding `scalar`.
    public init(_ scalar: Double) {
        self.init(contiguous: [scalar], shape: [])
    }

    /// A tensor of the given shape filled row-major from `scalars`.
    /// - Throws: ``TensorError`` if a dimension is negative or the count doesn't match.
    public init(shape: [Int], scalars: [Double]) throws {
        let count = try Tensor.elementCount(shape)
        guard count == scalars.count else {
            throw TensorError("shape \(shape) needs \(count) scalars, got \(scalars.count)")
        }
        self.init(contiguous: scalars, shape: shape)
    }

    /// The number of dimensions (`shape.count`).
    public var rank: Int { shape.count }

    /// The number of elements: the product of `shape` (1 for a 0-d tensor, 0 if any
    /// dimension is 0).
    public var count: Int { shape.reduce(1, *) }

    /// Whether the tensor has no elements.
    public var isEmpty: Bool { count == 0 }

    /// The elements in row-major order, as a new array (views are gathered).
    public var scalars: [Double] {
        let n = count
        if n == 0 { return [] }
        if isContiguous {
            if offset == 0 && storage.buffer.count == n { return storage.buffer }
            return Array(storage.buffer[offset..<(offset + n)])
        }
        return [Double](unsafeUninitializedCapacity: n) { out, initialized in
            storage.buffer.withUnsafeBufferPointer { src in
                var i = 0
                Tensor.stridedLoop(shape, strides, offset) { o in
                    out[i] = src[o]
                    i += 1
                }
            }
            initialized = n
        }
    }

    /// The value of a one-element tensor of any rank (a 0-d result of `sum()`, a `[1, 1]`
    /// matrix).
    /// - Throws: ``TensorError`` if the tensor has zero or several elements.
    public var scalar: Double {
        get throws {
            guard count == 1 else {
                throw TensorError("scalar needs a one-element tensor, got shape \(shape)")
            }
            return storage.buffer[offset]
        }
    }

    /// The element at `indices` (one per dimension; negative indices count from the end).
    /// - Throws: ``TensorError`` if the number of indices or an index is out of range.
    public func scalar(at indices: Int...) throws -> Double {
        try storage.buffer[elementOffset(indices)]
    }

    /// Sets the element at `indices` (one per dimension; negative indices count from the end),
    /// copying the storage first if it is shared.
    /// - Throws: ``TensorError`` if the number of indices or an index is out of range.
    public mutating func setScalar(_ value: Double, at indices: Int...) throws {
        let position = try elementOffset(indices)
        makeUnique()
        storage.buffer[position] = value
        if tracer != nil {
            self = Autodiff.nonDifferentiable("setScalar (use assign(_:at:), which is differentiable)", detached, self)
        }
    }

    func elementOffset(_ indices: [Int]) throws -> Int {
        guard indices.count == rank else {
            throw TensorError("\(indices.count) indices for a tensor of shape \(shape)")
        }
        var position = offset
        for (axis, index) in indices.enumerated() {
            let i = index < 0 ? index + shape[axis] : index
            guard i >= 0 && i < shape[axis] else {
                throw TensorError("index \(index) is out of range for axis \(axis) of a tensor of shape \(shape)")
            }
            position += i * strides[axis]
        }
        return position
    }

    /// Calls `body` with the elements in row-major order as one mutable buffer, copying the
    /// storage first if it is shared or the tensor is a non-contiguous view.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        makeUniqueContiguous()
        if tracer != nil {
            self = Autodiff.nonDifferentiable("withUnsafeMutableBufferPointer", detached, self)
        }
        return try storage.buffer.withUnsafeMutableBufferPointer { try body(&$0) }
    }

    /// Calls `body` with the elements in row-major order as one buffer (gathered first if the
    /// tensor is a non-contiguous view).
    public func withUnsafeBufferPointer<R>(
        _ body: (UnsafeBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        let n = count
        if isContiguous {
            return try storage.buffer.withUnsafeBufferPointer { all in
                try body(UnsafeBufferPointer(rebasing: all[offset..<(offset + n)]))
            }
        }
        let gathered = scalars
        return try gathered.withUnsafeBufferPointer { try body($0) }
    }

    // MARK: - Internals

    /// Whether the elements are row-major and adjacent in storage from `offset`.
    @usableFromInline
    var isContiguous: Bool {
        var expected = 1
        for axis in stride(from: rank - 1, through: 0, by: -1) {
            let size = shape[axis]
            if size == 0 { return true }
            if size != 1 && strides[axis] != expected { return false }
            expected *= size
        }
        return true
    }

    /// Ensures the storage is not shared (views keep their layout).
    @usableFromInline
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = TensorStorage(storage.buffer)
        }
    }

    /// Ensures the storage is unshared and holds exactly this tensor's elements row-major.
    @usableFromInline
    mutating func makeUniqueContiguous() {
        let n = count
        if isKnownUniquelyReferenced(&storage) && offset == 0 && storage.buffer.count == n
            && isContiguous
        {
            strides = Tensor.rowMajorStrides(shape)
            return
        }
        storage = TensorStorage(scalars)
        strides = Tensor.rowMajorStrides(shape)
        offset = 0
    }

    @usableFromInline
    static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var running = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = running
            running *= Swift.max(shape[axis], 1)
        }
        return strides
    }

    static func elementCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for size in shape {
            guard size >= 0 else { throw TensorError.badShape(shape) }
            let (product, overflow) = n.multipliedReportingOverflow(by: size)
            guard !overflow else { throw TensorError("shape \(shape) has too many elements") }
            n = product
        }
        return try checkedCount(n, "shape \(shape)")
    }

    /// The most elements one tensor may hold: 2²⁷ (1 GiB of `Double`). A note is code from
    /// anyone, and `Tensor.zeros(shape: [1 << 40])` must be an error, not an abort in the
    /// allocator or a machine pushed into swap.
    public static let maxElementCount = 1 << 27

    /// `count` if a tensor of that many elements is allowed.
    /// - Throws: ``TensorError`` naming `what` when `count` exceeds ``maxElementCount``.
    static func checkedCount(_ count: Int, _ what: @autoclosure () -> String) throws -> Int {
        guard count <= maxElementCount else {
            throw TensorError(
                "\(what()) needs \(count) elements, more than the limit of \(maxElementCount) (1 GiB) per tensor")
        }
        return count
    }

    /// `axis` made non-negative.
    /// - Throws: ``TensorError`` unless `-rank <= axis < rank`.
    func normalizedAxis(_ axis: Int, rank r: Int? = nil) throws -> Int {
        let r = r ?? rank
        let a = axis < 0 ? axis + r : axis
        guard a >= 0 && a < r else { throw TensorError.badAxis(axis, shape: shape) }
        return a
    }

    /// Calls `body` with the storage offset of every element, in row-major order: the walk of
    /// ``stridedLoop2(_:_:_:_:_:_:)`` with no second operand (its offsets, unused, are left out
    /// by the optimiser once both are inlined).
    @inline(__always)
    @usableFromInline
    static func stridedLoop(_ shape: [Int], _ strides: [Int], _ start: Int, _ body: (Int) -> Void) {
        stridedLoop2(shape, strides, start, strides, start) { offset, _ in body(offset) }
    }

    /// Calls `body` with the storage offsets of two operands, element by element in row-major
    /// order of `shape` (their strides are already broadcast to `shape`).
    @inline(__always)
    @usableFromInline
    static func stridedLoop2(
        _ shape: [Int], _ sa: [Int], _ oa: Int, _ sb: [Int], _ ob: Int, _ body: (Int, Int) -> Void
    ) {
        let rank = shape.count
        if rank == 0 {
            body(oa, ob)
            return
        }
        for size in shape where size == 0 { return }
        let inner = shape[rank - 1]
        let stepA = sa[rank - 1]
        let stepB = sb[rank - 1]
        var index = [Int](repeating: 0, count: rank)
        var a = oa
        var b = ob
        while true {
            var x = a
            var y = b
            for _ in 0..<inner {
                body(x, y)
                x += stepA
                y += stepB
            }
            var axis = rank - 2
            while axis >= 0 {
                index[axis] += 1
                a += sa[axis]
                b += sb[axis]
                if index[axis] < shape[axis] { break }
                a -= sa[axis] * shape[axis]
                b -= sb[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }

    /// A new contiguous array of `count` doubles written by `body`.
    @inline(__always)
    @usableFromInline
    static func makeBuffer(
        count: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { out, initialized in
            adviseHugePages(out)
            body(out)
            initialized = count
        }
    }

    /// Asks Linux for transparent huge pages on a large, not yet touched buffer (as NumPy
    /// does): a fresh 80 MB result otherwise costs ~20 000 page faults, which dominate
    /// elementwise operations on 10⁷ elements. A no-op elsewhere and for small buffers.
    @usableFromInline
    static func adviseHugePages(_ buffer: UnsafeMutableBufferPointer<Double>) {
        #if os(Linux)
            let bytes = buffer.count * MemoryLayout<Double>.stride
            guard bytes >= 4 << 20, let base = buffer.baseAddress else { return }
            let page = 2 << 20
            let start = (Int(bitPattern: base) + page - 1) & ~(page - 1)
            let end = (Int(bitPattern: base) + bytes) & ~(page - 1)
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, 14)  // MADV_HUGEPAGE
        #endif
    }
}
