/// In-place views of the collections inside a `Value`, for updates that would otherwise move an
/// array out of its enum and back in: a retain and a release per level of `bodies[i].vx -= …`,
/// the bulk of `nbody`'s time once its arithmetic was unboxed.
///
/// Swift's ABI lays a multi-payload enum out with each case's payload at offset 0 and, when the
/// payloads have no spare bits in common (`Int` and `Double` have none), its tag in extra bytes
/// after the payload area, so a payload is stored exactly as a value of its own type would be
/// (the Swift repository's docs/ABI/TypeLayout.rst, "Multi-Payload Enums"). `isAvailable` checks
/// that layout (a compile-time constant); without it, callers take the moving path.
enum ValuePayload {
    /// Whether `Value` stores its tag after a 16-byte payload area, as the views assume.
    static var isAvailable: Bool {
        MemoryLayout<Value>.size == MemoryLayout<(RecordType, [Value])>.size + 1
            && MemoryLayout<(RecordType, [Value])>.size == MemoryLayout<RecordType>.stride + MemoryLayout<[Value]>.size
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// The elements of the `.array` value stored here (check the case first).
    @inline(__always)
    var arrayPayload: UnsafeMutablePointer<[Value]> {
        UnsafeMutableRawPointer(self).assumingMemoryBound(to: [Value].self)
    }

    /// The stored properties of the `.record` value stored here (check the case first): the
    /// payload is `(RecordType, [Value])`, the array after the type.
    @inline(__always)
    var recordFieldsPayload: UnsafeMutablePointer<[Value]> {
        (UnsafeMutableRawPointer(self) + MemoryLayout<RecordType>.stride).assumingMemoryBound(to: [Value].self)
    }

    /// The instance of the `.object` value stored here, not retained (check the case first;
    /// the slot keeps it alive): a field read without a retain and release of its object.
    @inline(__always)
    var objectPayload: Unmanaged<Instance> {
        UnsafeMutableRawPointer(self).load(as: Unmanaged<Instance>.self)
    }

    /// The elements of the `.tuple` value stored here (check the case first): the payload is
    /// `([Value], labels: [String?]?)`, the elements first.
    @inline(__always)
    var tupleElementsPayload: UnsafeMutablePointer<[Value]> {
        UnsafeMutableRawPointer(self).assumingMemoryBound(to: [Value].self)
    }
}

/// Reads of an array's elements where its storage holds them, without retaining the storage:
/// `a[i][k] * b[k][j]` otherwise retains and releases a row's buffer for every element read
/// (`elements.pointee.withUnsafeBufferPointer` copies the array value first), about a seventh
/// of `matmul_fn`'s time.
///
/// A native array is one reference to its storage object, whose header (the object header,
/// then the element count and the capacity) precedes the elements (the standard library's
/// `_ContiguousArrayStorage` and `_ArrayBody`). The layout is checked once, against the array
/// API's own answers, before any read relies on it; without it, reads take the copying path.
enum ArrayStorageLayout {
    /// Where the count and the first element lie from the storage object's address.
    static let countOffset = 2 * MemoryLayout<Int>.stride
    static let elementsOffset = 4 * MemoryLayout<Int>.stride

    /// Whether arrays of values are laid out as described (checked on two arrays, once).
    static let isVerified: Bool = {
        guard MemoryLayout<[Value]>.size == MemoryLayout<UnsafeRawPointer>.size else { return false }
        var probes: [[Value]] = [[.int(1), .double(2), .bool(true)], Array(repeating: .void, count: 40)]
        probes[1].removeLast(7)
        return probes.indices.allSatisfy { index in
            withUnsafeMutablePointer(to: &probes[index]) { array in
                let (base, count) = array.unretainedElements
                return array.pointee.withUnsafeBufferPointer {
                    $0.baseAddress == UnsafePointer(base) && $0.count == count
                }
            }
        }
    }()
}

extension UnsafeMutablePointer where Pointee == [Value] {
    /// The elements' address and count, read from the storage the array refers to (only when
    /// `ArrayStorageLayout.isVerified`; valid until the array is next modified).
    @inline(__always)
    var unretainedElements: (base: UnsafeMutablePointer<Value>, count: Int) {
        let storage = UnsafeMutableRawPointer(self).load(as: UnsafeMutableRawPointer.self)
        let count = storage.load(fromByteOffset: ArrayStorageLayout.countOffset, as: Int.self)
        return ((storage + ArrayStorageLayout.elementsOffset).assumingMemoryBound(to: Value.self), count)
    }
}
