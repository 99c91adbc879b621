import Foundation
import Testing

@testable import FolioNumerics

/// The trigonometric and hyperbolic functions on tensors: values against CPython's `math`
/// (the platform libm, printed to 17 digits), `atan2`'s broadcasting, and every gradient against
/// central finite differences with the harness of `AutodiffFiniteDifferenceTests`.
@Suite struct TensorTrigonometryTests {
    let x = Tensor([-3, -1, -0.5, 0, 0.5, 1, 3])
    let unit = Tensor([-1, -0.5, 0, 0.5, 1])

    @Test func valuesMatchTheReference() {
        expectClose(
            sin(x), shape: [7],
            [
                -0.1411200080598672, -0.8414709848078965, -0.479425538604203, 0, 0.479425538604203, 0.8414709848078965,
                0.1411200080598672,
            ], tolerance: 1e-15)
        expectClose(
            cos(x), shape: [7],
            [
                -0.9899924966004454, 0.5403023058681398, 0.8775825618903728, 1, 0.8775825618903728, 0.5403023058681398,
                -0.9899924966004454,
            ], tolerance: 1e-15)
        expectClose(
            tan(x), shape: [7],
            [
                0.1425465430742778, -1.5574077246549023, -0.5463024898437905, 0, 0.5463024898437905, 1.5574077246549023,
                -0.1425465430742778,
            ], tolerance: 1e-15)
        expectClose(
            atan(x), shape: [7],
            [
                -1.2490457723982544, -0.7853981633974483, -0.4636476090008061, 0, 0.4636476090008061,
                0.7853981633974483, 1.2490457723982544,
            ], tolerance: 1e-15)
        expectClose(
            sinh(x), shape: [7],
            [
                -10.017874927409903, -1.1752011936438014, -0.5210953054937474, 0, 0.5210953054937474,
                1.1752011936438014, 10.017874927409903,
            ], tolerance: 1e-15)
        expectClose(
            cosh(x), shape: [7],
            [
                10.067661995777765, 1.5430806348152437, 1.1276259652063807, 1, 1.1276259652063807, 1.5430806348152437,
                10.067661995777765,
            ], tolerance: 1e-15)
        expectClose(
            asin(unit), shape: [5],
            [-1.5707963267948966, -0.5235987755982989, 0, 0.5235987755982989, 1.5707963267948966], tolerance: 1e-15)
        expectClose(
            acos(unit), shape: [5], [3.141592653589793, 2.0943951023931957, 1.5707963267948966, 1.0471975511965979, 0],
            tolerance: 1e-15)
        #expect(asin(Tensor([2])).scalars[0].isNaN && acos(Tensor([-1.5])).scalars[0].isNaN)
    }

    @Test func atan2BroadcastsAndTakesNumbers() throws {
        // y = [[1], [-1]] against x = [-2, 0, 2]: all four quadrants and both axes.
        let angles = try atan2(Tensor([[1], [-1]]), Tensor([-2, 0, 2]))
        expectClose(
            angles, shape: [2, 3],
            [
                2.677945044588987, 1.5707963267948966, 0.4636476090008061, -2.677945044588987, -1.5707963267948966,
                -0.4636476090008061,
            ], tolerance: 1e-15)
        #expect(atan2(Tensor([1, -1]), 0.0).scalars == [Double.pi / 2, -Double.pi / 2])
        #expect(atan2(0.0, Tensor([-1, 1])).scalars == [Double.pi, 0])
        #expect(tensorErrorMessage { try atan2(Tensor([1, 2]), Tensor([1, 2, 3])) } != nil)
    }

    static let cases: [AutodiffFiniteDifferenceTests.Case] = {
        typealias Case = AutodiffFiniteDifferenceTests.Case
        @Sendable func r(_ shape: [Int], _ seed: UInt32, in range: Range<Double> = -2..<2) -> Tensor {
            AutodiffFiniteDifferenceTests.random(shape, seed, in: range)
        }
        return [
            Case(name: "sin", inputs: [r([6], 101)]) { sin($0[0]) },
            Case(name: "cos", inputs: [r([6], 102)]) { cos($0[0]) },
            Case(name: "tan", inputs: [r([6], 103, in: -1.2..<1.2)]) { tan($0[0]) },
            Case(name: "asin", inputs: [r([6], 104, in: -0.9..<0.9)]) { asin($0[0]) },
            Case(name: "acos", inputs: [r([6], 105, in: -0.9..<0.9)]) { acos($0[0]) },
            Case(name: "atan", inputs: [r([6], 106)]) { atan($0[0]) },
            Case(name: "sinh", inputs: [r([6], 107)]) { sinh($0[0]) },
            Case(name: "cosh", inputs: [r([6], 108)]) { cosh($0[0]) },
            Case(name: "atan2 broadcast", inputs: [r([2, 3], 109), r([3], 110, in: 0.5..<2)]) {
                try atan2($0[0], $0[1])
            },
            Case(name: "atan2(y, 1.5)", inputs: [r([5], 111)]) { atan2($0[0], 1.5) },
            Case(name: "atan2(-0.5, x)", inputs: [r([5], 112)]) { atan2(-0.5, $0[0]) },
        ]
    }()

    @Test(arguments: cases)
    func gradientMatchesFiniteDifferences(_ c: AutodiffFiniteDifferenceTests.Case) throws {
        let error = try AutodiffFiniteDifferenceTests.relativeError(c)
        #expect(error < 1e-6, "\(c.name): relative error \(error)")
    }
}
