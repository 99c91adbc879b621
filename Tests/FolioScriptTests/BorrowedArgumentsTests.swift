import Testing

@testable import FolioScript

/// Calls that pass the caller's variables without reference counting (`BorrowedArguments`):
/// when a call may borrow, and what a borrowed argument must still do (the conformance program
/// `Functions/354` checks the same against swiftc).
@Suite struct BorrowedArgumentsTests {
    private let caller = FunctionInfo(
        name: "f", labels: [], parameterTypes: [], returnType: .void, loc: SourceLoc(line: 1, column: 1))

    private func variable(_ slot: Int, _ type: ScriptType) -> ArgumentSource {
        ArgumentSource(Typed(type: type, eval: { $0.slots[slot] }, localSlot: slot))
    }

    private func constant(_ value: Value, _ type: ScriptType) -> ArgumentSource {
        ArgumentSource(Typed(type: type, eval: { _ in value }, constant: value))
    }

    private var computed: ArgumentSource { ArgumentSource(Typed(type: .array(.int), eval: { _ in .array([]) })) }

    @Test func variablesAndConstantsAreBorrowedInTheirSlots() throws {
        let plan = try #require(
            BorrowedArguments(
                receiver: variable(3, .array(.int)), [constant(.int(2), .int), variable(0, .string)], caller: caller))
        #expect(plan.borrowed.map(\.callee) == [0, 2])
        #expect(plan.borrowed.map(\.caller) == [3, 0])
        #expect(plan.constants.map(\.callee) == [1])
    }

    @Test func anArgumentThatRunsCodeMeansNoBorrowing() {
        #expect(BorrowedArguments([variable(0, .array(.int)), computed], caller: caller) == nil)
    }

    @Test func onlyScalarsMeanNothingToSave() {
        #expect(
            BorrowedArguments([variable(0, .int), variable(1, .double), constant(.bool(true), .bool)], caller: caller)
                == nil)
    }

    @Test func topLevelCodeDoesNotBorrow() {
        #expect(BorrowedArguments([variable(0, .array(.int))], caller: nil) == nil)
    }

    @Test func aCallerWhoseFramesMayEscapeDoesNotBorrow() throws {
        let callee = FunctionInfo(
            name: "g", labels: [nil], parameterTypes: [.array(.int)], returnType: .void,
            loc: SourceLoc(line: 1, column: 1))
        let plan = try #require(BorrowedArguments([variable(0, .array(.int))], caller: caller))
        callee.framesMayEscape = false
        caller.framesMayEscape = false
        #expect(plan.applies(to: callee))
        caller.framesMayEscape = true
        #expect(!plan.applies(to: callee))
        caller.framesMayEscape = false
        callee.framesMayEscape = true
        #expect(!plan.applies(to: callee))
    }

    @Test func aBorrowedObjectIsFreedOnceWhenItsVariableLetsGo() {
        let code = """
            var freed = 0
            final class Box { deinit { freed += 1 } }
            func keep(_ b: Box, _ into: Int) -> Int { into + 1 }
            func run() -> Int {
                var b = Box()
                var n = 0
                for _ in 0..<5 { n = keep(b, n) }
                b = Box()
                return n + freed
            }
            print(run(), freed)
            """
        #expect(output(code) == "6 2\n")
    }

    @Test func aCalleeThatKeepsABorrowedArrayKeepsItsOwnCopy() {
        let code = """
            var kept: [[Int]] = []
            func keep(_ xs: [Int]) { kept.append(xs) }
            func run() {
                var xs = [1]
                keep(xs)
                xs.append(2)
                keep(xs)
                xs[0] = 9
                print(xs, kept)
            }
            run()
            """
        #expect(output(code) == "[9, 2] [[1], [1, 2]]\n")
    }
}
