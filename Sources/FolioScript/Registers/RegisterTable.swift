/// Rows of trivial entries (one row per call site or construction) in one buffer, read by the
/// run loop without reference counting: indexing an array of arrays, or copying a struct that
/// holds arrays, retains and releases them, which was a fifth of `bintree`'s time once its calls
/// ran in register form.
struct RegisterTable<Entry> {
    private var entries = UnsafeMutablePointer<Entry>.allocate(capacity: 1)
    /// Where each row starts in `entries`, and one past the last row's end.
    private var starts = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    init() {
        starts.initialize(to: 0)
    }

    /// Replaces the rows (the previous buffers are freed); `Entry` must be trivial.
    mutating func replace(with rows: [[Entry]]) {
        deallocate()
        let flat = Array(rows.joined())
        entries = .allocate(capacity: max(1, flat.count))
        entries.initialize(from: flat, count: flat.count)
        starts = .allocate(capacity: rows.count + 1)
        var start = 0
        for (index, row) in rows.enumerated() {
            (starts + index).initialize(to: start)
            start += row.count
        }
        (starts + rows.count).initialize(to: start)
    }

    /// Row `index`, valid until the table is replaced or freed.
    @inline(__always)
    func row(_ index: Int) -> UnsafeMutableBufferPointer<Entry> {
        UnsafeMutableBufferPointer(start: entries + starts[index], count: starts[index &+ 1] &- starts[index])
    }

    /// Frees the buffers (the entries are trivial: nothing to deinitialize).
    func deallocate() {
        entries.deallocate()
        starts.deallocate()
    }
}
