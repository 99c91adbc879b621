import Foundation

extension Tensor {
    /// A tensor of `shape` filled with `value`.
    /// - Throws: ``TensorError`` if a dimension is negative.
    public static func full(shape: [Int], value: Double) throws -> Tensor {
        let n = try elementCount(shape)
        return Tensor(contiguous: [Double](repeating: value, count: n), shape: shape)
    }

    /// A tensor of `shape` filled with zeros.
    /// - Throws: ``TensorError`` if a dimension is negative.
    public static func zeros(shape: [Int]) throws -> Tensor {
        try full(shape: shape, value: 0)
    }

    /// A tensor of `shape` filled with ones.
    /// - Throws: ``TensorError`` if a dimension is negative.
    public static func ones(shape: [Int]) throws -> Tensor {
        try full(shape: shape, value: 1)
    }

    /// The `rows × columns` identity matrix (square when `columns` is nil), as NumPy's `eye`.
    /// - Throws: ``TensorError`` if a size is negative.
    public static func eye(_ rows: Int, columns: Int? = nil) throws -> Tensor {
        let cols = columns ?? rows
        var buffer = [Double](repeating: 0, count: try elementCount([rows, cols]))
        for i in 0..<Swift.min(rows, cols) {
            buffer[i * cols + i] = 1
        }
        return Tensor(contiguous: buffer, shape: [rows, cols])
    }

    /// `0, 1, …` below `stop` (empty if `stop <= 0`), as NumPy's `arange(stop)`.
    public static func arange(_ stop: Double) -> Tensor {
        (try? arange(0, stop, step: 1)) ?? Tensor([Double]())
    }

    /// `start, start + step, …` up to but excluding `stop`: `ceil((stop - start) / step)`
    /// elements, the i-th being `start + i * step`, as NumPy's `arange`.
    /// - Throws: ``TensorError`` if `step` is zero or a bound is not finite.
    public static func arange(_ start: Double, _ stop: Double, step: Double = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, stop.isFinite else {
            throw TensorError("arange needs finite bounds and a nonzero step, got \(start), \(stop), step \(step)")
        }
        let steps = ((stop - start) / step).rounded(.up)
        guard steps <= Double(maxElementCount) else {
            throw TensorError(
                "arange(\(start), \(stop), step: \(step)) needs \(steps) elements, more than the limit of \(maxElementCount) (1 GiB) per tensor"
            )
        }
        let n = Swift.max(0, Int(steps))
        return Tensor((0..<n).map { start + Double($0) * step })
    }

    /// `count` evenly spaced values from `start` to `stop`, both included, as NumPy's
    /// `linspace` (the i-th is `start + i * step`; the last is exactly `stop`).
    /// `count == 1` gives `[start]`, `count == 0` an empty tensor.
    /// - Throws: ``TensorError`` if `count` is negative.
    public static func linspace(_ start: Double, _ stop: Double, count: Int) throws -> Tensor {
        guard count >= 0 else { throw TensorError("linspace count \(count) is negative") }
        _ = try checkedCount(count, "linspace(count: \(count))")
        if count == 0 { return Tensor([Double]()) }
        if count == 1 { return Tensor([start]) }
        let div = Double(count - 1)
        let delta = stop - start
        let step = delta / div
        var values = (0..<count).map { i -> Double in
            step == 0 ? Double(i) / div * delta + start : Double(i) * step + start
        }
        values[count - 1] = stop
        return Tensor(values)
    }
}
