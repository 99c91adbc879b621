import Foundation

/// Runs `work` on `0..<count` with at most `jobs` threads and returns the results in index
/// order. `inOrder` is called once per index, in index order, as soon as that index and every
/// one before it are done (so progress lines come out in a stable order whatever the timing).
public func parallelMap<T: Sendable>(
    _ count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> T,
    inOrder: @escaping @Sendable (Int, T) -> Void
) -> [T] {
    let state = OrderedResults<T>(count: count, deliver: inOrder)
    let workers = max(1, min(jobs, count))
    let group = DispatchGroup()
    for _ in 0..<workers {
        group.enter()
        let thread = Thread {
            while let index = state.claim() {
                state.finish(index, work(index))
            }
            group.leave()
        }
        // Parsing and highlighting recurse; give workers the main thread's room.
        thread.stackSize = 64 << 20
        thread.start()
    }
    group.wait()
    return state.results.map { $0! }
}

/// The shared state of ``parallelMap``: the next index to hand out, the results so far, and
/// the next index to deliver.
private final class OrderedResults<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [T?]
    private var nextClaim = 0
    private var nextDelivery = 0
    private let deliver: @Sendable (Int, T) -> Void

    init(count: Int, deliver: @escaping @Sendable (Int, T) -> Void) {
        results = Array(repeating: nil, count: count)
        self.deliver = deliver
    }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextClaim < results.count else { return nil }
        nextClaim += 1
        return nextClaim - 1
    }

    func finish(_ index: Int, _ value: T) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = value
        // Delivered under the lock, so deliveries never interleave.
        while nextDelivery < results.count, let ready = results[nextDelivery] {
            deliver(nextDelivery, ready)
            nextDelivery += 1
        }
    }
}
