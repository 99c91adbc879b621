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

/// d3-scale's `nice` and log ticks (1, 2, 5 subdivisions).
@Suite struct NiceDomainAndLogTicksTests {
    @Test func niceDomains() {
        #expect(NiceTicks.nice(from: 0.03, to: 0.97, count: 10) == (0, 1))
        #expect(NiceTicks.nice(from: 1.1, to: 10.9, count: 10) == (1, 11))
        #expect(NiceTicks.nice(from: -3.2, to: 17.8, count: 5) == (-5, 20))
        #expect(NiceTicks.nice(from: 0, to: 0.000123, count: 5) == (0, 0.00014))
    }

    @Test func logTicksByLevel() {
        #expect(NiceTicks.logTicks(from: 1, to: 1000, level: 0) == [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])
        #expect(NiceTicks.logTicks(from: 1, to: 1000, level: 1) == [1, 10, 100, 1000])
        #expect(NiceTicks.logTicks(from: 0.001, to: 0.1, level: 1) == [0.001, 0.01, 0.1])
        #expect(NiceTicks.logTicks(from: 1e-6, to: 1e6, level: 2) == [1e-6, 1e-4, 1e-2, 1, 1e2, 1e4, 1e6])
        #expect(NiceTicks.logTicks(from: 3, to: 4, level: 0) == nil)
        #expect(NiceTicks.logTicks(from: 0, to: 4, level: 0) == nil)
    }
}

/// Huge and tiny magnitudes produce the doubles nearest the decimal tick values.
@Suite struct ExtremeMagnitudeTicksTests {
    @Test func hugeTicksAreNearestDoubles() {
        let ticks = NiceTicks.ticks(from: 0, to: 5e23, count: 5)
        #expect(ticks == [0, 1e23, 2e23, 3e23, 4e23, 5e23])
        #expect(NiceTicks.logTicks(from: 1e17, to: 1e23, level: 1)?.last == 1e23)
        #expect(NiceTicks.decimalValue(1, 23) == 1e23)
        #expect(NiceTicks.decimalValue(5, -7) == 5e-7)
    }

    @Test func logLogLabelsEveryDecadeWhenRoomAllows() throws {
        let svg = try SampleCharts.logLog.svg(idPrefix: "l")
        #expect(tickLabels(svg, group: "axis x-axis") == ["10¹⁷", "10¹⁸", "10¹⁹", "10²⁰", "10²¹", "10²²", "10²³"])
    }
}
