import Foundation

extension Tensor: CustomStringConvertible {
    /// A NumPy-like rendering that is also a valid nested literal for finite values:
    /// `[[ 1.0, -2.5], [ 3.0,  4.0]]` one row per line, columns aligned on the decimal point,
    /// at most 8 decimals (NumPy's default precision), scientific notation when magnitudes
    /// call for it (NumPy's rule: max ≥ 1e8, min nonzero < 1e-4, or a ratio over 1000),
    /// `nan`/`inf` as NumPy prints them. Tensors over 1000 elements are summarised with the
    /// first and last 3 entries of each long axis around `...`. A 0-d tensor prints as its
    /// `Double`; empty tensors as `[]` (with the shape when not 1-D).
    public var description: String {
        if rank == 0 {
            let v = storage.buffer[offset]
            return v.description
        }
        if isEmpty { return rank == 1 ? "[]" : "[], shape \(shape)" }
        let summarise = count > 1000
        let values = scalars
        // The positions shown on each axis.
        let shown: [[Int]] = shape.map { size in
            summarise && size > 6 ? Array(0..<3) + [-1] + Array((size - 3)..<size) : Array(0..<size)
        }
        var visible = [Double]()
        collect(values, shown, axis: 0, base: 0, into: &visible)
        let format = Tensor.makeFormatter(visible)
        let width = visible.map { format($0).count }.max() ?? 0
        let rowMajor = Tensor.rowMajorStrides(shape)
        func render(axis: Int, base: Int) -> String {
            var parts = [String]()
            for i in shown[axis] {
                if i == -1 {
                    parts.append("...")
                    continue
                }
                let position = base + i * rowMajor[axis]
                if axis == rank - 1 {
                    let s = format(values[position])
                    parts.append(String(repeating: " ", count: width - s.count) + s)
                } else {
                    parts.append(render(axis: axis + 1, base: position))
                }
            }
            if axis == rank - 1 { return "[" + parts.joined(separator: ", ") + "]" }
            let indent = String(repeating: " ", count: axis + 1)
            let blank = String(repeating: "\n", count: rank - axis - 1)
            return "[" + parts.joined(separator: "," + blank + indent) + "]"
        }
        return render(axis: 0, base: 0)
    }

    private func collect(_ values: [Double], _ shown: [[Int]], axis: Int, base: Int, into out: inout [Double]) {
        let stride = shape[(axis + 1)...].reduce(1, *)
        for i in shown[axis] where i >= 0 {
            if axis == rank - 1 {
                out.append(values[base + i])
            } else {
                collect(values, shown, axis: axis + 1, base: base + i * stride, into: &out)
            }
        }
    }

    /// A formatter shared by all elements so that they align.
    static func makeFormatter(_ values: [Double]) -> (Double) -> String {
        let finite = values.filter { $0.isFinite }.map { Swift.abs($0) }
        let nonzero = finite.filter { $0 != 0 }
        let maxValue = finite.max() ?? 0
        let minValue = nonzero.min() ?? 0
        let scientific = maxValue >= 1e8 || (minValue > 0 && (minValue < 1e-4 || maxValue / minValue > 1e3))
        func special(_ v: Double) -> String? {
            if v.isNaN { return "nan" }
            if v.isInfinite { return v < 0 ? "-inf" : "inf" }
            return nil
        }
        func trimmed(_ s: String) -> String {
            var s = s
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s += "0" }
            return s
        }
        if scientific {
            // Enough mantissa digits (≤ 8) for the element that needs most.
            let digits =
                values.filter { $0.isFinite }.map { v -> Int in
                    let s = String(format: "%.8e", v)
                    let mantissa = s.split(separator: "e")[0]
                    return trimmed(String(mantissa)).split(separator: ".").last.map { $0 == "0" ? 0 : $0.count } ?? 0
                }.max() ?? 0
            return { v in special(v) ?? String(format: "%.\(Swift.max(digits, 1))e", v) }
        }
        let fractions = values.filter { $0.isFinite }.map { v -> Int in
            trimmed(String(format: "%.8f", v)).split(separator: ".").last?.count ?? 1
        }
        let fractionDigits = fractions.max() ?? 1
        return { v in
            if let s = special(v) { return s }
            let s = trimmed(String(format: "%.8f", v))
            let have = s.split(separator: ".").last?.count ?? 0
            return s + String(repeating: " ", count: Swift.max(0, fractionDigits - have))
        }
    }
}
