import FolioNumerics

/// Writing through a subscript, `t[1] = row`, `t[0, 0] = -1`, `t[..., 2] += 10`, as the
/// interpreter allows (NumPy's `t[i] = v`). FolioNumerics' subscripts throw, and Swift gives a
/// throwing subscript no setter, so compiled notes get these settable ones for the common index
/// forms. An index out of range stops the program (the interpreter stops the note there too).
extension Tensor {
    /// Row `i` (or the element, for a vector); settable.
    public subscript(_ i: Int) -> Tensor {
        get { Self.unwrap { try self[i as any TensorIndex] } }
        set { Self.unwrap { try self.assign(newValue, at: i) } }
    }

    /// The element or row `[i, j]`; settable.
    public subscript(_ i: Int, _ j: Int) -> Tensor {
        get { Self.unwrap { try self[i as any TensorIndex, j as any TensorIndex] } }
        set { Self.unwrap { try self.assign(newValue, at: i, j) } }
    }

    /// `t[i, j, k]`; settable.
    public subscript(_ i: Int, _ j: Int, _ k: Int) -> Tensor {
        get { Self.unwrap { try self[i as any TensorIndex, j as any TensorIndex, k as any TensorIndex] } }
        set { Self.unwrap { try self.assign(newValue, at: i, j, k) } }
    }

    /// `t[..., j]`: index `j` of the last axis, every other axis whole; settable.
    public subscript(_ ellipsis: UnboundedRange, _ j: Int) -> Tensor {
        get { Self.unwrap { try self[atIndices: self.expandingEllipsis(leading: [], trailing: [j])] } }
        set {
            Self.unwrap {
                try self.assign(newValue, atIndices: try self.expandingEllipsis(leading: [], trailing: [j]))
            }
        }
    }

    /// The tensor at a list of indices (the ellipsis subscript's expansion).
    subscript(atIndices i: [any TensorIndex]) -> Tensor {
        get throws {
            switch i.count {
            case 0: return self
            case 1: return try self[i[0]]
            case 2: return try self[i[0], i[1]]
            case 3: return try self[i[0], i[1], i[2]]
            case 4: return try self[i[0], i[1], i[2], i[3]]
            default: throw TensorError("at most 4 indices with an ellipsis are supported, got \(i.count)")
            }
        }
    }

    private static func unwrap<T>(_ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            fatalError("\(error)")
        }
    }
}
