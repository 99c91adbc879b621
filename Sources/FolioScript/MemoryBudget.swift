#if os(Linux)
    import CFolioSystem
    import Dispatch
    import Foundation
    import Glibc
    import Synchronization
#endif

/// The default of ``ScriptSession/memoryBudget``: 1 GiB.
let defaultMemoryBudget = 1 << 30

// How a note's memory is bounded.
//
// Swift arrays, strings and dictionaries give no hook when they are freed, and copy-on-write
// shares them between values, so counting bytes as values are created would count the same
// buffer many times and never subtract a freed one. What the machine runs out of is resident
// memory, so that is what is measured: a watchdog thread reads the process's resident size
// (`/proc/self/statm`) every millisecond while notes run, and when it is above the limit it
// raises the flag of one note, which throws at its next loop iteration or call (the same
// points that check the time budget), at that line.
//
// The limit is per process: the resident size when the earliest of the live notes started,
// plus the budget of every note whose values are alive (a session counts from its first block until it is
// released). A single note (`folio run`, `--jobs 1`) therefore gets exactly its budget. Notes
// rendered in parallel share the sum of their budgets, so a note using less leaves room to a
// neighbour, and no note within its own budget can be stopped. When the total is exceeded, the
// note blamed is the one whose threads have touched the most new memory (minor page faults of
// the thread running it, summed over its blocks): the runaway note, not a neighbour that
// happened to check first. A note that has stopped and still holds its memory stays the one
// blamed until it is released, so its neighbours are not stopped for it. Before blaming, the
// watchdog gives memory that notes freed back to the system (`malloc_trim`: glibc keeps freed
// small chunks), and it stops a note only if that note's own thread touched at least half of
// its budget, so memory that a note which just ended has not given back is not charged to the
// note beside it.

/// One session's flag, raised by the watchdog thread: when the note is over its memory budget,
/// and every few milliseconds while one of its blocks runs, so that a loop whose iterations are
/// slow (each one allocating megabytes) still reads the clock in time: the interpreter
/// otherwise reads it every 4096 iterations or calls. Read on every iteration and call, so
/// it is one relaxed atomic load.
final class MemoryWatch: Sendable {
    #if os(Linux)
        /// 0: nothing; 1: read the clock; 2: over the memory budget.
        private let state = Atomic<Int>(0)
        private let reason = Mutex<String>("")
    #endif

    /// Whether the interpreter must look now (``check(at:)``).
    var isRaised: Bool {
        @inline(__always) get {
            #if os(Linux)
                state.load(ordering: .relaxed) != 0
            #else
                false
            #endif
        }
    }

    /// Throws when the note is over its memory budget; otherwise lowers the flag.
    func check(at loc: SourceLoc) throws {
        #if os(Linux)
            if state.load(ordering: .relaxed) == 2 {
                throw ScriptError(reason.withLock { $0 }, id: .memoryLimit, at: loc)
            }
            _ = state.compareExchange(expected: 1, desired: 0, ordering: .relaxed)
        #endif
    }

    #if os(Linux)
        /// Stops the note at its next iteration or call with `message`.
        func raise(_ message: String) {
            reason.withLock { $0 = message }
            state.store(2, ordering: .relaxed)
        }

        /// Makes the note read the clock at its next iteration or call.
        func poll() {
            _ = state.compareExchange(expected: 0, desired: 1, ordering: .relaxed)
        }

        /// Lowers the flag (at the start of a block; the watchdog raises it again if the note is
        /// still the one over the limit).
        func lower() {
            state.store(0, ordering: .relaxed)
        }
    #endif
}

/// The watchdog and accounting behind ``MemoryWatch``, shared by the notes that run at once.
///
/// Whoever runs notes makes one for the whole run (`folio check` and `render`, `folio run`,
/// `folio mutate`) and hands it to every ``ScriptSession`` of that run, so that parallel notes
/// share the sum of their budgets; a session given none watches itself alone. There is no
/// process-wide instance: tests that run at the same time never count each other's notes.
/// Memory is only watched on Linux (`/proc`); elsewhere a governor does nothing.
public final class MemoryGovernor: Sendable {
    /// A governor with no notes yet; its watchdog thread runs while one of them is alive.
    public convenience init() {
        self.init(interval: .milliseconds(1))
    }

    #if os(Linux)
        private struct Entry {
            let watch: MemoryWatch
            var budget: Int
            /// The thread running one of the note's blocks, with its fault count when the block
            /// started; `nil` between blocks.
            var running: (tid: pid_t, startFaults: Int)?
            /// Page faults of the note's finished blocks.
            var finishedFaults = 0
            /// The process's resident size when the note's first block started.
            var startResident: Int
        }

        private struct State {
            var entries: [ObjectIdentifier: Entry] = [:]
            var watchdogRunning = false
        }

        private let state = Mutex(State())
        /// When the watchdog last gave freed memory back to the system.
        private let lastTrim = Mutex(ContinuousClock.now - .seconds(1))
        /// How often the watchdog reads the resident size.
        let interval: Duration

        init(interval: Duration) {
            self.interval = interval
        }

        /// Called on the thread that runs a block of the note watched by `watch`, before it runs.
        func blockStarts(_ watch: MemoryWatch, budget: Int) {
            watch.lower()
            guard let tid = Self.currentThreadID() else { return }
            let faults = Self.faults(ofThread: tid) ?? 0
            let resident = Self.residentBytes() ?? 0
            let startWatchdog = state.withLock { state -> Bool in
                var entry =
                    state.entries[ObjectIdentifier(watch)]
                    ?? Entry(watch: watch, budget: budget, startResident: resident)
                entry.budget = budget
                entry.running = (tid, faults)
                state.entries[ObjectIdentifier(watch)] = entry
                if state.watchdogRunning { return false }
                state.watchdogRunning = true
                return true
            }
            if startWatchdog {
                let thread = Thread { [self] in watchdog() }
                thread.name = "folio memory watchdog"
                thread.stackSize = 1 << 16
                thread.start()
            }
        }

        /// Called on the block's thread when it has finished.
        func blockEnds(_ watch: MemoryWatch) {
            let faults = Self.currentThreadID().flatMap(Self.faults(ofThread:))
            state.withLock { state in
                guard var entry = state.entries[ObjectIdentifier(watch)], let running = entry.running else { return }
                entry.finishedFaults += Swift.max(0, (faults ?? running.startFaults) - running.startFaults)
                entry.running = nil
                state.entries[ObjectIdentifier(watch)] = entry
            }
        }

        /// Called when the note's values are released (the session is gone).
        func release(_ watch: MemoryWatch) {
            _ = state.withLock { $0.entries.removeValue(forKey: ObjectIdentifier(watch)) }
        }

        private func watchdog() {
            let pause = interval.components
            let micros = UInt32(clamping: pause.seconds * 1_000_000 + pause.attoseconds / 1_000_000_000_000)
            // Running notes read the clock at least every 10 ms.
            let pollRounds = Swift.max(1, 10_000 / Swift.max(Int(micros), 1))
            var round = 0
            while true {
                // The base is where the process stood when the earliest of the running notes
                // started (not when the process started: what earlier notes left in the allocator
                // is not charged to the notes that come after them).
                let snapshot = state.withLock { state -> (entries: [Entry], base: Int)? in
                    if state.entries.isEmpty {
                        state.watchdogRunning = false
                        return nil
                    }
                    return (Array(state.entries.values), state.entries.values.map(\.startResident).min() ?? 0)
                }
                guard let snapshot else { return }
                round &+= 1
                if round % pollRounds == 0 {
                    for entry in snapshot.entries where entry.running != nil { entry.watch.poll() }
                }
                if let resident = Self.residentBytes() {
                    check(resident: resident, entries: snapshot.entries, base: snapshot.base)
                }
                usleep(micros)
            }
        }

        private func check(resident: Int, entries: [Entry], base: Int) {
            let budgets = entries.reduce(0) { $0 + $1.budget }
            guard resident > base + budgets else { return }
            // Memory that notes freed may still be held by the allocator (glibc keeps small
            // chunks): give it back before blaming anyone, then look again.
            var resident = resident
            if ContinuousClock.now - lastTrim.withLock({ $0 }) > .milliseconds(20) {
                _ = malloc_trim(0)
                lastTrim.withLock { $0 = .now }
                guard let again = Self.residentBytes(), again > base + budgets else { return }
                resident = again
            }
            var blamed: (entry: Entry, faults: Int)?
            for entry in entries {
                var faults = entry.finishedFaults
                if let running = entry.running, let now = Self.faults(ofThread: running.tid) {
                    faults += Swift.max(0, now - running.startFaults)
                }
                if blamed.map({ faults > $0.faults }) ?? true { blamed = (entry, faults) }
            }
            // A note is stopped only if its own thread touched at least half its budget in new
            // memory (half, as parallel kernels fault some of a tensor's pages on their own
            // threads): memory that a note which just ended has not given back is not charged to
            // the note running beside it.
            guard let blamed, blamed.faults * Self.pageSize >= blamed.entry.budget / 2 else { return }
            let grown = resident - base
            var message = "memory budget of \(byteText(blamed.entry.budget)) exceeded: "
            if entries.count == 1 {
                message += "the note has grown the process by \(approximateBytes(grown))"
            } else {
                message +=
                    "\(entries.count) notes running at once may use \(approximateBytes(budgets)) "
                    + "together and use \(approximateBytes(grown)); this note touched the most new memory "
                    + "(\(approximateBytes(blamed.faults * Self.pageSize)))"
            }
            blamed.entry.watch.raise(message)
        }

        static let pageSize = Swift.max(sysconf(Int32(_SC_PAGESIZE)), 1)

        /// The process's resident size, from `/proc/self/statm` (second field, in pages).
        static func residentBytes() -> Int? {
            guard let text = readProcFile("/proc/self/statm") else { return nil }
            let fields = text.split(separator: " ")
            guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
            return pages * pageSize
        }

        /// Minor page faults of thread `tid` of this process (field 10 of its `stat`): the pages
        /// it touched for the first time.
        static func faults(ofThread tid: pid_t) -> Int? {
            guard let text = readProcFile("/proc/self/task/\(tid)/stat"),
                let close = text.lastIndex(of: ")")
            else { return nil }
            let fields = text[text.index(after: close)...].split(separator: " ")
            guard fields.count > 7 else { return nil }
            return Int(fields[7])
        }

        /// The kernel's id of the calling thread (`/proc/thread-self` links to `<pid>/task/<tid>`;
        /// Swift's Glibc does not export `gettid`).
        static func currentThreadID() -> pid_t? {
            var buffer = [CChar](repeating: 0, count: 64)
            let count = readlink("/proc/thread-self", &buffer, buffer.count)
            guard count > 0 else { return nil }
            let text = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return text.split(separator: "/").last.flatMap { pid_t($0) }
        }

        private static func readProcFile(_ path: String) -> String? {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { _ = Glibc.close(fd) }
            var buffer = [UInt8](repeating: 0, count: 1024)
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            return String(decoding: buffer[..<count], as: UTF8.self)
        }
    #else
        init(interval: Duration) {}
    #endif
}

/// `1.3 GiB`, `200 MiB`: sizes measured rather than configured, rounded for a message.
func approximateBytes(_ bytes: Int) -> String {
    let value = Double(bytes)
    if bytes >= 1 << 30 { return "\((value / Double(1 << 30) * 10).rounded() / 10) GiB" }
    if bytes >= 1 << 20 { return "\(Int((value / Double(1 << 20)).rounded())) MiB" }
    return "\(bytes) bytes"
}
