import FolioScript
import Testing

@Suite struct ArrayTests {
    @Test func literalsSubscriptsAndMutation() {
        let code = """
            var a: [Double] = []
            for i in 0..<4 { a.append(Double(i) / 2) }
            a[1] += 10
            var grid = [[Int]](repeating: [Int](repeating: 0, count: 2), count: 2)
            grid[1][0] = 7
            grid[0].append(3)
            var z = [Double](repeating: 0, count: 3)
            z[2] = 1
            print(a, a.count, a.isEmpty, grid, z)
            """
        #expect(output(code) == "[0.0, 10.5, 1.0, 1.5] 4 false [[0, 0, 3], [7, 0]] [0.0, 0.0, 1.0]\n")
    }

    @Test func valueSemantics() {
        let code = """
            var a = [1, 2, 3]
            let b = a
            a[0] = 100
            var total = 0
            for x in a { a.append(x); total += x }
            print(a, b, total)
            """
        #expect(output(code) == "[100, 2, 3, 100, 2, 3] [1, 2, 3] 105\n")
    }

    @Test func stringsInArraysAreQuoted() {
        #expect(output(#"let s = ["a", "b\"c"]; print(s); print(s[0])"#) == "[\"a\", \"b\\\"c\"]\na\n")
    }

    @Test func elementTypeIsChecked() {
        #expect(
            stop("var a = [1, 2]\na.append(2.5)") == Stop(.typeMismatch, at: "2:10"))
        #expect(
            stop("let a = [1, 2]\na.append(3)") == Stop(.cannotAssign, at: "2:1"))
    }

    @Test func optionalMembersReturnOptionals() {
        #expect(output("let a = [1]\nprint(a.first, a.last ?? 0, [Int]().min())") == "Optional(1) 1 nil\n")
    }
}
