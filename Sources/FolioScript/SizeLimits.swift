import FolioNumerics

/// The default of ``ScriptSession/maxCollectionBytes``: 512 MiB, half the default memory
/// budget, because building a value copies (`s += s` holds the old and the new string at
/// once): a string or array at the cap is refused at its line before the note's memory
/// budget (MemoryBudget.swift) is what stops it.
let defaultMaxCollectionBytes = defaultMemoryBudget / 2

/// Sizes up to this are never checked against the session's limit: a hot loop that builds a
/// small string or array does one comparison, not two.
private let uncheckedCollectionBytes = 1 << 20

/// Throws when `count` elements of `elementBytes` bytes each would exceed the running
/// session's ``ScriptSession/maxCollectionBytes``. A note is code from anyone:
/// `String(repeating:count:)` with `1 << 40`, or a string doubled in a loop, must stop at a
/// line with an error, not abort in the allocator.
@inline(__always)
func checkCollectionSize(
    _ count: Int, elementBytes: Int, _ what: @autoclosure () -> String, within context: RuntimeContext,
    at loc: SourceLoc
) throws {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: Swift.max(elementBytes, 1))
    guard overflow || bytes > uncheckedCollectionBytes else { return }
    let limit = context.maxCollectionBytes
    if overflow || bytes > limit {
        let size = overflow ? "more than \(Int.max)" : "\(bytes)"
        throw ScriptError(
            "memory budget exceeded: \(what()) would take \(size) bytes, more than the limit of \(byteText(limit))",
            id: .memoryLimit, at: loc)
    }
}

/// `1 GiB`, `16 MiB`, `1000 bytes`.
func byteText(_ bytes: Int) -> String {
    if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
    if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    return "\(bytes) bytes"
}

/// `a + b` for strings, within the session's limit.
func concatenated(_ a: String, _ b: String, within context: RuntimeContext, at loc: SourceLoc) throws -> Value {
    try checkCollectionSize(a.utf8.count + b.utf8.count, elementBytes: 1, "a string", within: context, at: loc)
    return .string(a + b)
}

/// `a + b` for arrays, within the session's limit.
func concatenated(_ a: [Value], _ b: [Value], within context: RuntimeContext, at loc: SourceLoc) throws -> Value {
    try checkCollectionSize(
        a.count + b.count, elementBytes: MemoryLayout<Value>.stride, "an array", within: context, at: loc)
    return .array(a + b)
}
