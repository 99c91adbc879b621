import FolioNumerics

/// The largest string or array a block may build in one step, in bytes: 1 GiB, as for a
/// tensor (``Tensor/maxElementCount``). A note is code from anyone; `String(repeating:count:)`
/// with `1 << 40`, or a string doubled in a loop, must stop at a line with an error, not abort
/// in the allocator.
let maxCollectionBytes = Tensor.maxElementCount * MemoryLayout<Double>.stride

/// Throws when `count` elements of `elementBytes` bytes each would exceed
/// ``maxCollectionBytes``.
@inline(__always)
func checkCollectionSize(_ count: Int, elementBytes: Int, _ what: @autoclosure () -> String, at loc: SourceLoc) throws {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: Swift.max(elementBytes, 1))
    if overflow || bytes > maxCollectionBytes {
        let size = overflow ? "more than \(Int.max)" : "\(bytes)"
        throw ScriptError("\(what()) would take \(size) bytes, more than the limit of 1 GiB", at: loc)
    }
}

/// `a + b` for strings, within ``maxCollectionBytes``.
func concatenated(_ a: String, _ b: String, at loc: SourceLoc) throws -> Value {
    try checkCollectionSize(a.utf8.count + b.utf8.count, elementBytes: 1, "a string", at: loc)
    return .string(a + b)
}

/// `a + b` for arrays, within ``maxCollectionBytes``.
func concatenated(_ a: [Value], _ b: [Value], at loc: SourceLoc) throws -> Value {
    try checkCollectionSize(a.count + b.count, elementBytes: MemoryLayout<Value>.stride, "an array", at: loc)
    return .array(a + b)
}
