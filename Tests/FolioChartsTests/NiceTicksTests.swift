import FolioCharts
import Testing

/// Nice ticks follow d3-array's `ticks`: the reference values below are d3's output.
@Suite struct NiceTicksTests {
    @Test func unitInterval() {
        #expect(NiceTicks.ticks(from: 0, to: 1, count: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    }

    @Test func noRoundingNoise() {
        let ticks = NiceTicks.ticks(from: 0, to: 1, count: 10)
        #expect(ticks.map { "\($0)" }.contains("0.3"))
        #expect(!ticks.map { "\($0)" }.contains("0.30000000000000004"))
    }

    @Test func largeRange() {
        #expect(NiceTicks.ticks(from: 0, to: 1000, count: 5) == [0, 200, 400, 600, 800, 1000])
        #expect(NiceTicks.ticks(from: -3.2, to: 17.8, count: 5) == [0, 5, 10, 15])
    }

    @Test func reversedAndDegenerate() {
        #expect(NiceTicks.ticks(from: 1, to: 0, count: 5) == [1, 0.8, 0.6, 0.4, 0.2, 0])
        #expect(NiceTicks.ticks(from: 2, to: 2, count: 5) == [2])
        #expect(NiceTicks.ticks(from: 0, to: .nan, count: 5) == [])
    }

    @Test func increments() {
        #expect(NiceTicks.tickIncrement(from: 0, to: 1, count: 10) == -10)
        #expect(NiceTicks.tickIncrement(from: 0, to: 100, count: 10) == 10)
        #expect(NiceTicks.tickIncrement(from: 0, to: 7, count: 10) == -2)
    }
}
