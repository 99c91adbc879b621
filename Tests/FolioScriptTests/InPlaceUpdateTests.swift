import Testing

@testable import FolioScript

/// Updates of scalars made where they are stored (`PlainPath.updateScalar`, the unboxed
/// `Double` paths): the enum layout they rely on, and errors at the same places as the moving
/// path.
@Suite struct InPlaceUpdateTests {
    @Test func valueLayoutAllowsPayloadViews() {
        #expect(ValuePayload.isAvailable)
        var array = Value.array([.int(1), .double(2)])
        withUnsafeMutablePointer(to: &array) { slot in
            #expect(slot.arrayPayload.pointee.count == 2)
            slot.arrayPayload.pointee.append(.bool(true))
        }
        guard case .array(let elements) = array else {
            Issue.record("the array case was lost")
            return
        }
        #expect(elements.count == 3)
    }

    @Test func arrayStorageLayoutIsTheOneReadsAssume() {
        #expect(ArrayStorageLayout.isVerified)
        var empty: [Value] = []
        withUnsafeMutablePointer(to: &empty) { #expect($0.unretainedElements.count == 0) }
    }

    @Test func anIndexOutOfRangeStopsAnInPlaceUpdateAtItsLine() {
        let code = """
            struct P { var x: Double }
            func f() {
                var ps = [P(x: 1)]
                ps[0].x += 1
                ps[3].x -= 2.5
            }
            f()
            """
        let error = run(code).error
        #expect(error?.id == .indexOutOfRange)
        #expect(error?.line == 5)
    }

    @Test func anUpdateOfAFieldOfAStructSharedByTwoArraysCopiesIt() {
        let code = """
            struct P { var x: Double; var n: Int }
            var a = [P(x: 1, n: 1)]
            var b = a
            for _ in 0..<3 { a[0].x *= 2; a[0].n += 1; b[0].x -= 1 }
            print(a[0].x, a[0].n, b[0].x, b[0].n)
            """
        #expect(output(code) == "8.0 4 -2.0 1\n")
    }

    @Test func doubleArithmeticFollowsIEEE754() {
        let code = """
            func f(_ z: Double) -> [Double] {
                var x = 1.0
                x /= z
                var y = -x
                y -= 1 / z
                return [x, y]
            }
            func g(_ z: Double) -> [Bool] { [(z * (1 / z)).isNaN, (0 / z).isNaN, z / z == z / z] }
            print(f(0.0), f(-0.0), g(0.0), 0.1 + 0.2 == 0.3, 0.1 + 0.2)
            """
        #expect(output(code) == "[inf, -inf] [-inf, inf] [true, true, false] false 0.30000000000000004\n")
    }
}
