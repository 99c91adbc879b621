import Testing

@testable import FolioScript

/// Mutating collection methods return what Swift's return (`Set.insert` a tuple, `Set.remove`
/// an optional), and a call as a statement drops the value as `@discardableResult` does.
/// (Conformance program 230 checks the same against swiftc's output.)
@Suite struct MutatingResultTests {
    @Test func setInsertReturnsInsertedAndMember() {
        let code = """
            var s: Set<Int> = [1]
            if s.insert(2).inserted { print("2 new") }
            if !s.insert(1).inserted { print("1 old") }
            let (ok, member) = s.insert(3)
            let again = s.insert(3)
            print(ok, member, again.inserted, again.memberAfterInsert)
            s.insert(4)
            print(s.sorted())
            """
        #expect(output(code) == "2 new\n1 old\ntrue 3 false 3\n[1, 2, 3, 4]\n")
    }

    @Test func setRemoveReturnsTheMemberOrNil() {
        #expect(
            output(
                "var s: Set = [\"a\", \"b\"]\nprint(s.remove(\"a\") ?? \"-\", s.remove(\"z\") ?? \"-\")\ns.remove(\"b\")\nprint(s.isEmpty)"
            ) == "a -\ntrue\n")
    }

    @Test func resultTypesAreChecked() {
        // The tuple is not a Bool: swiftc refuses this too.
        #expect(stop("var s: Set<Int> = []\nlet b: Bool = s.insert(1)") == Stop(.typeMismatch, at: "2:15"))
        #expect(stop("var s: Set<Int> = []\nlet n: Int = s.remove(1)") == Stop(.typeMismatch, at: "2:14"))
    }

    @Test func discardableResultsAsStatementsStillRun() {
        let code = """
            var d = ["a": 1]
            d.updateValue(2, forKey: "a")
            var xs = [1, 2, 3, 4, 5]
            xs.remove(at: 0)
            xs.removeFirst()
            xs.removeLast()
            var s: Set<Int> = [9]
            s.remove(9)
            s.insert(8)
            print(d, xs, s)
            """
        #expect(output(code) == "[\"a\": 2] [3, 4] [8]\n")
    }

    @Test func aTrailingInsertShowsItsResultAsAREPLWould() {
        #expect(run("var s: Set<Int> = []\ns.insert(5)").outputs == [.value("(inserted: true, memberAfterInsert: 5)")])
    }
}
