import Foundation
import Testing

@testable import FolioRender

/// The split of a site into shards: deterministic, complete, balanced by time where known.
@Suite struct ShardingTests {
    @Test func shardsAreWrittenKOverN() {
        #expect(Shard("2/3") == Shard(index: 2, count: 3))
        #expect(Shard("1/1")?.description == "1/1")
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }

    @Test func withoutTimingsNotesAreDealtInNameOrder() {
        let paths = ["n/a.md", "n/b.md", "n/c.md", "n/d.md", "n/e.md"]
        let plan = ShardPlan(paths: paths, count: 2, milliseconds: { _ in nil })
        #expect(plan.paths(of: Shard(index: 1, count: 2)!) == ["n/a.md", "n/c.md", "n/e.md"])
        #expect(plan.paths(of: Shard(index: 2, count: 2)!) == ["n/b.md", "n/d.md"])
    }

    @Test func timingsBalanceTheShards() {
        let times = ["a": 100, "b": 10, "c": 10, "d": 10, "e": 70, "f": 40]
        let plan = ShardPlan(paths: times.keys.sorted(), count: 2, milliseconds: { times[$0] })
        let first = plan.paths(of: Shard(index: 1, count: 2)!)
        let second = plan.paths(of: Shard(index: 2, count: 2)!)
        #expect(Set(first).isDisjoint(with: second))
        #expect(Set(first + second) == Set(times.keys))
        let loads = [first, second].map { $0.reduce(0) { $0 + (times[$1] ?? 0) } }
        #expect(loads.sorted() == [120, 120], "\(first) \(second)")
        // A note never measured weighs the mean of the others, not nothing.
        let withNew = ShardPlan(paths: ["a", "b", "new"], count: 2, milliseconds: { ["a": 90, "b": 10][$0] })
        #expect(withNew.paths(of: Shard(index: 2, count: 2)!) == ["b", "new"])
    }

    @Test func everyNoteIsInExactlyOneShardWhateverTheCount() {
        let paths = (0..<37).map { "notes/\($0).md" }
        for count in [1, 2, 3, 4, 8, 40] {
            let plan = ShardPlan(paths: paths, count: count, milliseconds: { $0.count * 7 })
            let all = (1...count).flatMap { plan.paths(of: Shard(index: $0, count: count)!) }
            #expect(all.sorted() == paths.sorted(), "count \(count)")
        }
    }

    @Test func theDigestIdentifiesTheSplit() {
        let paths = ["a", "b", "c"]
        let byName = ShardPlan(paths: paths, count: 2, milliseconds: { _ in nil })
        #expect(byName.digest == ShardPlan(paths: paths, count: 2, milliseconds: { _ in nil }).digest)
        let timed = ShardPlan(paths: paths, count: 2, milliseconds: { $0 == "a" ? 1000 : 1 })
        #expect(timed.parts != byName.parts)
        #expect(timed.digest != byName.digest)
        #expect(ShardPlan(paths: paths, count: 3, milliseconds: { _ in nil }).digest != byName.digest)
    }

    @Test func timingsAreKeptBetweenWholeRenders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-timings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(ShardTimings.load(projectRoot: root).milliseconds.isEmpty)
        ShardTimings.record(["notes/a.md": 5, "notes/b.md": 7], projectRoot: root)
        ShardTimings.record(["notes/b.md": 9], projectRoot: root)
        #expect(ShardTimings.load(projectRoot: root).milliseconds == ["notes/a.md": 5, "notes/b.md": 9])
        try Data("not json".utf8).write(to: ShardTimings.fileURL(projectRoot: root))
        #expect(ShardTimings.load(projectRoot: root).milliseconds.isEmpty, "unreadable timings: split by name")
    }
}
