import Dispatch
import Foundation

/// Work split across the machine's cores for the large kernels (GEMM, samplers).
///
/// Determinism rule: a kernel run through here must compute every output element on one
/// thread, with an order of operations that does not depend on how the work is split, so a
/// result is bit-identical whatever the number of threads or the machine's load (rendered
/// notes must not change from run to run).
enum Parallel {
    /// How many threads the kernels use: the active cores, at most 8.
    static let threads = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8))

    /// Calls `body(range)` on contiguous, disjoint ranges covering `0..<count`, concurrently
    /// when `count` is at least `2 * grain` (smaller work is not worth a thread). Range bounds
    /// are multiples of `align` (except the last upper bound).
    static func ranges(count: Int, grain: Int, align: Int = 1, _ body: @Sendable (Range<Int>) -> Void) {
        let parts = Swift.min(threads, count / Swift.max(grain, 1))
        guard parts > 1 else {
            if count > 0 { body(0..<count) }
            return
        }
        let step = (count + parts - 1) / parts
        let size = (step + align - 1) / align * align
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let lower = Swift.min(part * size, count)
            let upper = Swift.min(lower + size, count)
            if lower < upper { body(lower..<upper) }
        }
    }
}

extension Parallel {
    /// Calls `body(i)` for every `i` in `0..<count`, on as many threads as are free when
    /// `concurrently` (each thread takes the next index as it finishes one, so a thread the
    /// machine's load holds back does fewer), else in order on this thread.
    static func forEach(_ count: Int, concurrently: Bool, _ body: @Sendable (Int) -> Void) {
        if concurrently && count > 1 && threads > 1 {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        } else {
            for i in 0..<count { body(i) }
        }
    }
}

/// A pointer handed to the threads of ``Parallel``, each writing a disjoint part.
struct SharedPointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
