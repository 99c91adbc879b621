extension Tensor: ExpressibleByArrayLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// A tensor from a (nested) array literal: `[1, 2, 3]` is 1-D, `[[1, 2], [3, 4]]` is 2×2.
    /// `[]` is an empty 1-D tensor.
    ///
    /// A ragged literal (`[[1, 2], [3]]`) traps, as a `Dictionary` literal with a duplicate key
    /// does: a literal initializer cannot throw. Build tensors from data with ``init(nested:)``
    /// or ``init(shape:scalars:)``, which throw instead.
    public init(arrayLiteral elements: Tensor...) {
        do {
            self = try Tensor(nested: elements)
        } catch {
            preconditionFailure("ragged tensor literal: \(error)")
        }
    }

    /// A 0-d tensor from a floating-point literal (`let t: Tensor = 0.5`).
    public init(floatLiteral value: Double) {
        self.init(value)
    }

    /// A 0-d tensor from an integer literal (`let t: Tensor = 3`).
    public init(integerLiteral value: Int) {
        self.init(Double(value))
    }

    /// A tensor whose first axis runs over `elements`, which must all have the same shape
    /// (the nesting of an array literal). An empty list gives an empty 1-D tensor.
    /// - Throws: ``TensorError`` if the elements' shapes differ.
    public init(nested elements: [Tensor]) throws {
        guard let first = elements.first else {
            self.init([Double]())
            return
        }
        for element in elements where element.shape != first.shape {
            throw TensorError("ragged nesting: shapes \(first.shape) and \(element.shape) differ")
        }
        if elements.contains(where: { $0.activeTape != nil }) {
            // Traced elements (e.g. `[a, b]` inside a gradient): stack them, differentiably.
            self = try Tensor.stacked(elements)
            return
        }
        var buffer = [Double]()
        buffer.reserveCapacity(first.count * elements.count)
        for element in elements {
            buffer.append(contentsOf: element.scalars)
        }
        self.init(contiguous: buffer, shape: [elements.count] + first.shape)
    }

    /// A matrix from rows of equal length (`Tensor([[1, 2], [3, 4]])`); no rows give shape
    /// `[0, 0]`.
    /// - Throws: ``TensorError`` if the rows have different lengths.
    public init(_ rows: [[Double]]) throws {
        let columns = rows.first?.count ?? 0
        for row in rows where row.count != columns {
            throw TensorError("ragged rows: lengths \(columns) and \(row.count) differ")
        }
        self.init(contiguous: rows.flatMap { $0 }, shape: [rows.count, columns])
    }

    /// A 0-d NaN, so that literals like `[1, .nan]` read as they do for `[Double]`.
    public static var nan: Tensor { Tensor(Double.nan) }

    /// A 0-d +∞, so that literals like `[1, .infinity]` read as they do for `[Double]`.
    public static var infinity: Tensor { Tensor(Double.infinity) }
}
