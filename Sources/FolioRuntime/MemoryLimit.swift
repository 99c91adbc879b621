import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The memory budget of a compiled note (`memory:` in its front matter, 1 GiB by default), as
/// the interpreter measures its own (FolioScript's MemoryBudget.swift): by resident memory, not
/// by counting allocations. A watchdog thread reads the process's resident size
/// (`/proc/self/statm`) every millisecond; when the program has grown by more than the budget
/// since it started, the block running is given the error
/// `memory budget of 16 MiB exceeded: the compiled program has grown by 41 MiB` and the program
/// ends (exit status ``exitStatus``), before the machine runs out of memory.
///
/// Linux only (where `/proc` is); elsewhere the budget is not enforced.
final class MemoryLimit: Sendable {
    /// The exit status of a program stopped for its memory budget.
    static let exitStatus: Int32 = 3

    /// The budget in bytes.
    let budget: Int
    private let sink: RecordSink

    /// A limit of `budget` bytes of growth, reporting through `sink`.
    init(budget: Int, sink: RecordSink) {
        self.budget = budget
        self.sink = sink
    }

    /// Starts the watchdog: growth is counted from the resident size now.
    func start() {
        guard let baseline = Self.residentBytes() else { return }
        let thread = Thread { [self] in watch(from: baseline) }
        thread.name = "folio memory budget"
        thread.stackSize = 1 << 16
        thread.start()
    }

    private func watch(from baseline: Int) {
        while true {
            if let resident = Self.residentBytes(), resident - baseline > budget {
                sink.stop(with: Self.message(budget: budget, grown: resident - baseline), status: Self.exitStatus)
            }
            usleep(1000)
        }
    }

    /// The error of a block that ran over the budget (worded as the interpreter's).
    static func message(budget: Int, grown: Int) -> String {
        "memory budget of \(exactBytes(budget)) exceeded: the compiled program has grown by \(approximateBytes(grown))"
    }

    /// `1 GiB`, `16 MiB`, `1000 bytes`: a configured size, exactly.
    static func exactBytes(_ bytes: Int) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        return "\(bytes) bytes"
    }

    /// `1.3 GiB`, `200 MiB`: a measured size, rounded.
    static func approximateBytes(_ bytes: Int) -> String {
        let value = Double(bytes)
        if bytes >= 1 << 30 { return "\((value / Double(1 << 30) * 10).rounded() / 10) GiB" }
        if bytes >= 1 << 20 { return "\(Int((value / Double(1 << 20)).rounded())) MiB" }
        return "\(bytes) bytes"
    }

    /// The process's resident size, from `/proc/self/statm` (second field, in pages).
    static func residentBytes() -> Int? {
        #if os(Linux)
            let fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { _ = close(fd) }
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            let fields = String(decoding: buffer[..<count], as: UTF8.self).split(separator: " ")
            guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
            return pages * max(sysconf(Int32(_SC_PAGESIZE)), 1)
        #else
            return nil
        #endif
    }
}
