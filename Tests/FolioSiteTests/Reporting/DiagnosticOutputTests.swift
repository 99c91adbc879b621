import FolioScript
import Foundation
import Testing

@testable import FolioSite

@Suite struct DiagnosticOutputTests {
    @Test("GitHub escaping: % CR LF in messages, and also : , in properties")
    func githubEscaping() {
        #expect(DiagnosticOutput.escapeData("100% a\r\nb\nc: d, e") == "100%25 a%0D%0Ab%0Ac: d, e")
        #expect(DiagnosticOutput.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test("a GitHub annotation per severity, with the file escaped as a property")
    func githubCommands() {
        let error = Diagnostic(.error, "x: 1%", file: "a,b.md", line: 3, column: 7)
        #expect(DiagnosticOutput.github(error) == "::error file=a%2Cb.md,line=3,col=7::x: 1%25")
        let warning = Diagnostic(.warning, "w", file: "a.md", line: 1, column: 1)
        #expect(DiagnosticOutput.github(warning).hasPrefix("::warning file=a.md,"))
        let note = Diagnostic(.note, "n", file: "a.md", line: 1, column: 1)
        #expect(DiagnosticOutput.github(note).hasPrefix("::notice file=a.md,"))
    }

    @Test("JSON: sorted keys, slashes unescaped, block and id null when absent")
    func json() {
        let diagnostic = Diagnostic(.error, "bad \"x\"", file: "notes/a.md", line: 10, column: 2)
        #expect(
            DiagnosticOutput.json(diagnostic, block: 1)
                == #"{"block":1,"column":2,"file":"notes/a.md","id":null,"line":10,"message":"bad \"x\"","severity":"error"}"#
        )
        #expect(DiagnosticOutput.json(diagnostic, block: nil).hasPrefix(#"{"block":null,"#))
    }

    @Test("JSON: a block's error carries the interpreter's identifier")
    func jsonIdentifier() {
        let diagnostic = Diagnostic(
            .error, "cannot find 'y' in scope", file: "notes/a.md", line: 3, column: 7, id: .cannotFindInScope)
        #expect(DiagnosticOutput.json(diagnostic, block: 2).contains(#""id":"cannot-find-in-scope","#))
    }
}
