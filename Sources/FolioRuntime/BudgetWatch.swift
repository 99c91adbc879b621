import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The budgets of a compiled note (`memory:` and `timeout:` in its front matter; 1 GiB and
/// 60 s by default), enforced inside the program so that it stops the same way whoever runs
/// it (`folio`, or a person running an exported package).
///
/// Memory is measured as the interpreter measures its own (FolioScript's MemoryBudget.swift):
/// by resident memory, not by counting allocations. A watchdog thread reads the process's
/// resident size (`/proc/self/statm`) and the clock every millisecond; when the program has
/// grown by more than the memory budget since it started, or has run longer than the time
/// budget, the block running is given the error (`memory budget of 16 MiB exceeded: the
/// compiled program has grown by 41 MiB`, `time budget of 1 s exceeded`, as the interpreter
/// words them) and the program ends with exit status ``exitStatus``.
///
/// Memory is watched on Linux only (where `/proc` is); time everywhere.
final class BudgetWatch: Sendable {
    /// The exit status of a program stopped for a budget.
    static let exitStatus: Int32 = 3

    /// The memory budget in bytes.
    let budget: Int
    /// The time budget.
    let timeBudget: Duration?
    private let sink: RecordSink

    /// A watch of `budget` bytes of growth and `timeBudget` of running time, reporting
    /// through `sink`.
    init(budget: Int, timeBudget: Duration?, sink: RecordSink) {
        self.budget = budget
        self.timeBudget = timeBudget
        self.sink = sink
    }

    /// Starts the watchdog: growth and time are counted from now.
    func start() {
        let baseline = Self.residentBytes()
        let started = ContinuousClock.now
        let thread = Thread { [self] in watch(from: baseline, started: started) }
        thread.name = "folio budgets"
        thread.stackSize = 1 << 16
        thread.start()
    }

    private func watch(from baseline: Int?, started: ContinuousClock.Instant) {
        while true {
            if let baseline, let resident = Self.residentBytes(), resident - baseline > budget {
                sink.stop(with: Self.message(budget: budget, grown: resident - baseline), status: Self.exitStatus)
            }
            if let timeBudget, ContinuousClock.now - started > timeBudget {
                sink.stop(with: "time budget of \(Self.seconds(timeBudget)) exceeded", status: Self.exitStatus)
            }
            usleep(1000)
        }
    }

    /// `60 s`, `0.5 s`: a time budget as the interpreter words it.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(Double(milliseconds) / 1000) s"
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
