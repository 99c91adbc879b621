import Foundation

/// Where a compiled note's outputs go: a record file of JSON lines (`FOLIO_RECORD`, what
/// `folio` reads), or readable text on standard output (a program run by hand).
///
/// Writes are serialised by a lock because two threads write: the program's, and the memory
/// watchdog (``BudgetWatch``), which records the error of the block that ran over a budget
/// and ends the process while holding the lock, so nothing is written after it.
final class RecordSink: @unchecked Sendable {
    private let lock = NSLock()
    private let output: FileHandle
    private let recording: Bool
    private let encoder = JSONEncoder()
    /// The block running now (read by the watchdog; set only under the lock).
    private var block = 0

    /// A sink writing to the file named by `FOLIO_RECORD`, or to standard output as text.
    init() {
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let path = ProcessInfo.processInfo.environment["FOLIO_RECORD"],
            FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        {
            output = handle
            recording = true
        } else {
            output = FileHandle.standardOutput
            recording = false
        }
    }

    /// Block `index` starts.
    func begin(block index: Int) {
        lock.lock()
        block = index
        lock.unlock()
        write(RecordedOutput(block: index, kind: .begin))
    }

    /// Writes one output, flushed at once (a file handle does not buffer), so what ran before a
    /// crash is kept.
    func write(_ record: RecordedOutput) {
        lock.lock()
        defer { lock.unlock() }
        unlockedWrite(record)
    }

    /// Records `message` as the error of the running block and ends the process with
    /// `status`, without letting the program write anything more.
    func stop(with message: String, status: Int32) -> Never {
        lock.lock()
        if recording {
            unlockedWrite(RecordedOutput(block: block, kind: .error, text: message))
        } else {
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        }
        _exit(status)
    }

    private func unlockedWrite(_ record: RecordedOutput) {
        if !recording {
            // Run by hand (an exported package): what a reader wants to see, not data.
            if let text = NoteRecorder.readable(record) { output.write(Data(text.utf8)) }
            return
        }
        guard var data = try? encoder.encode(record) else { return }
        data.append(0x0A)
        output.write(data)
    }
}
