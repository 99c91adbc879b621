import Foundation
import Testing

@testable import FolioNumerics

/// The ambient key is task-local: each `withKey` is a stream of its own, nested and concurrent
/// streams do not disturb each other, and code that binds none draws from the process's stream.
@Suite struct AmbientRandomTests {
    @Test func aBoundStreamStartsAtItsKeyAndAdvances() throws {
        let key = RandomKey(seed: 7).foldIn(2)
        let (first, second) = try AmbientRandom.withKey(key) {
            (try Tensor.uniform(shape: [3]), try Tensor.uniform(shape: [3]))
        }
        #expect(first.scalars == (try Tensor.uniform(shape: [3], key: key.foldIn(0))).scalars)
        #expect(second.scalars == (try Tensor.uniform(shape: [3], key: key.foldIn(1))).scalars)
    }

    @Test func aNestedStreamLeavesTheEnclosingOneWhereItWas() {
        let outer = RandomKey(seed: 1)
        let inner = RandomKey(seed: 2)
        let keys = AmbientRandom.withKey(outer) {
            let a = AmbientRandom.nextKey()
            let b = AmbientRandom.withKey(inner) { AmbientRandom.nextKey() }
            let c = AmbientRandom.nextKey()
            return [a, b, c]
        }
        #expect(keys == [outer.foldIn(0), inner.foldIn(0), outer.foldIn(1)])
    }

    @Test func setKeyInsideABoundStreamRestartsThatStreamOnly() {
        let key = RandomKey(seed: 3)
        let reset = RandomKey(seed: 4)
        let keys = AmbientRandom.withKey(key) {
            _ = AmbientRandom.nextKey()
            AmbientRandom.setKey(reset)
            return [AmbientRandom.currentKey, AmbientRandom.nextKey()]
        }
        #expect(keys == [reset, reset.foldIn(0)])
        #expect(AmbientRandom.bound == nil)
    }

    @Test func concurrentTasksDrawFromTheirOwnStreams() async {
        let keys = await withTaskGroup(of: [RandomKey].self) { group in
            for seed in 0..<8 {
                group.addTask {
                    AmbientRandom.withKey(RandomKey(seed: UInt64(seed))) {
                        (0..<100).map { _ in AmbientRandom.nextKey() }
                    }
                }
            }
            var all: [[RandomKey]] = []
            for await keys in group { all.append(keys) }
            return all
        }
        for drawn in keys {
            let base = drawn[0]
            let seed = (0..<8).first { RandomKey(seed: UInt64($0)).foldIn(0) == base }
            #expect(seed != nil)
            if let seed {
                let expected = (0..<100).map { RandomKey(seed: UInt64(seed)).foldIn(UInt32($0)) }
                #expect(drawn == expected)
            }
        }
    }

    @Test func aProgramThatBindsNoStreamDrawsFromTheProcessStream() throws {
        // A compiled note sets each block's key this way, with no stream bound.
        let key = RandomKey(seed: 11).foldIn(5)
        AmbientRandom.setKey(key)
        let drawn = try Tensor.uniform(shape: [2])
        #expect(drawn.scalars == (try Tensor.uniform(shape: [2], key: key.foldIn(0))).scalars)
        #expect(AmbientRandom.process.currentKey == key)
        AmbientRandom.setKey(AmbientRandom.defaultKey)
    }
}
