import Testing

@testable import FolioScript

/// The binding table finds members by the identity of their type, never by its printed name.
@Suite struct BindingTableTests {
    @Test func aNoteTypeNamedLikeABoundTypeHasNoneOfItsMembers() {
        // Keyed by name, the bound `split(into:)` and `chartTitle(_:)` were chosen for the note's
        // own types and failed at run time on a value they did not expect.
        #expect(
            stop("struct RandomKey { let seed: Int }\nlet k = RandomKey(seed: 1)\nlet parts = k.split(into: 2)")
                == Stop(.noMember, at: "3:15"))
        #expect(
            stop("struct Chart { let n: Int }\nlet c = Chart(n: 1)\nlet d = c.chartTitle(\"x\")")
                == Stop(.noMember, at: "3:11"))
    }

    @Test func theBoundTypeItselfStillHasThem() {
        #expect(output("let k = RandomKey(seed: 1)\nprint(k.split(into: 2).count)") == "2\n")
    }

    @Test func typesAreTheSameKeyExactlyWhenTheyAreTheSameType() {
        #expect(BindingTypeID(.array(.double)) == BindingTypeID(.array(.double)))
        #expect(BindingTypeID(.array(.double)).hashValue == BindingTypeID(.array(.double)).hashValue)
        #expect(BindingTypeID(.array(.double)) != BindingTypeID(.array(.int)))
        // Tuple labels are not part of a type's identity (as with `ScriptType.==`).
        let labelled = BindingTypeID(.tuple([.int, .double], labels: ["a", "b"]))
        let plain = BindingTypeID(.tuple([.int, .double], labels: [nil, nil]))
        #expect(labelled == plain && labelled.hashValue == plain.hashValue)
        let table = BindingTable.standard
        let impostor = ScriptType.named(TypeInfo(name: "Tensor", kind: .structType))
        #expect(impostor.description == table.tensor.description)
        #expect(BindingTypeID(impostor) != BindingTypeID(table.tensor))
        #expect(table.members(of: table.tensor).methods["sum"] != nil)
        #expect(table.members(of: impostor).methods.isEmpty)
        #expect(table.boundType(named: "Tensor") == table.tensor)
        #expect(table.boundType(named: "Tensr") == nil)
    }

    @Test func aTableBuiltByATestBindsOnlyForItsOwnSessions() {
        let table = BindingTable { bindings in
            bindings.method(.double, "twice", [], .double) { .double(try doubleOf($0[0]) * 2) }
        }
        let own = run("let x = 1.5\nprint(x.twice())", in: ScriptSession(file: "t.md", bindings: table))
        #expect(own.error == nil)
        #expect(own.printedText == "3.0\n")
        #expect(run("let x = 1.5\nprint(x.twice())").error != nil)
    }
}
