import FolioScript
import Testing

/// `ScriptSession.staticErrors` lowers a block without running it, and `declaredNames` lists
/// what a block would have declared, so a note reports every block's static errors.
@Suite struct StaticErrorsTests {
    @Test func aBlockThatLowersIsNotRunButItsDeclarationsJoinTheScope() {
        let session = ScriptSession(file: "n.md")
        let collected = Collected()
        session.onPrint = { collected.text += $0 }
        #expect(session.staticErrors(in: "func twice(_ n: Int) -> Int { 2 * n }\nprint(1)", line: 3, column: 1).isEmpty)
        #expect(session.lastBlockLowered)
        #expect(collected.text.isEmpty, "lowering runs nothing")
        let errors = session.staticErrors(in: "let s: String = twice(2)", line: 7, column: 1)
        #expect(errors.map(\.line) == [7])
        #expect(errors.first?.id == .typeMismatch)
        #expect(!session.lastBlockLowered)
    }

    @Test func independentErrorsOfOneBlockAreAllReported() {
        let session = ScriptSession(file: "n.md")
        let errors = session.staticErrors(
            in: "print(undefinedName)\nfunc f() -> Int { return \"s\" }", line: 10, column: 1)
        #expect(errors.map(\.line) == [10, 11])
    }

    @Test func syntaxErrorsAreStaticErrors() {
        let session = ScriptSession(file: "n.md")
        let errors = session.staticErrors(in: "let y = (1", line: 4, column: 1)
        #expect(errors.first?.id == .syntaxError)
        #expect(!session.lastBlockLowered)
    }

    @Test func declaredNamesAreTheTopLevelOnes() {
        let names = ScriptSession.declaredNames(
            in: """
                let a = 1, (b, c) = (2, 3)
                var d: Int { 4 }
                func f() { let local = 0 }
                struct S { var member = 1 }
                enum E { case one }
                typealias T = Int
                extension Int { func squared() -> Int { self * self } }
                extension S: CustomStringConvertible { var description: String { "" } }
                guard let g = Int("5") else { fatalError() }
                print(a)
                """)
        #expect(names == ["a", "b", "c", "d", "f", "S", "E", "T", "squared", "description", "g"])
    }
}
