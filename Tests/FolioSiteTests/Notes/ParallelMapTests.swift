import Foundation
import Synchronization
import Testing

@testable import FolioSite

@Suite struct ParallelMapTests {
    @Test("results and deliveries come in index order whatever finishes first", arguments: [1, 3, 8])
    func order(jobs: Int) {
        let delivered = Mutex<[Int]>([])
        let results = parallelMap(
            20, jobs: jobs,
            { index -> Int in
                // Early indices take longest, so later ones finish first.
                Thread.sleep(forTimeInterval: Double(20 - index) / 2000)
                return index * index
            },
            inOrder: { index, value in
                #expect(value == index * index)
                delivered.withLock { $0.append(index) }
            })
        #expect(results == (0..<20).map { $0 * $0 })
        #expect(delivered.withLock { $0 } == Array(0..<20))
    }

    @Test("no work, no calls")
    func empty() {
        let results = parallelMap(0, jobs: 4, { $0 }, inOrder: { _, _ in Issue.record("delivered nothing") })
        #expect(results.isEmpty)
    }
}
