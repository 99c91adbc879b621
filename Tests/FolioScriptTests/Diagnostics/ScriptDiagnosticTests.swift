import Foundation
import Testing

@testable import FolioScript

/// The interpreter's diagnostics as a product: each family has a stable identifier that a
/// block reaches, no diagnostic of a Swift block is left without one or blamed on Folio, and
/// the shaped messages read as swiftc writes them (the one place tests match wording).
@Suite struct ScriptDiagnosticTests {
    @Test(arguments: diagnosticCorpus)
    func eachFamilyIsReachedByABlock(code: String, expected: ScriptDiagnosticID) {
        let error = run(code).error
        #expect(error?.id == expected, "\(code): \(error?.message ?? "no error")")
    }

    @Test func theCorpusReachesEveryIdentifierButTheListedOnes() {
        let reached = Set(diagnosticCorpus.map(\.id))
        let missing = Set(ScriptDiagnosticID.allCases).subtracting(reached).subtracting(unreachedIdentifiers)
        #expect(missing.isEmpty, "no block of the corpus stops with \(missing.map(\.rawValue).sorted())")
        #expect(reached.isDisjoint(with: unreachedIdentifiers), "an identifier listed as unreached is reached")
    }

    @Test func identifiersAreDistinctKebabCase() {
        let raw = ScriptDiagnosticID.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for value in raw {
            #expect(value.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "\(value)")
        }
    }

    /// Every error diagnostic of the blocks in `programs`, run and lowered only.
    private func diagnostics(of programs: [String]) -> [(String, Diagnostic)] {
        programs.flatMap { code -> [(String, Diagnostic)] in
            let ran = run(code).outputs.compactMap { output -> Diagnostic? in
                if case .error(let diagnostic) = output { return diagnostic }
                return nil
            }
            let lowered = ScriptSession(file: "t.md").staticErrors(in: code, line: 1, column: 1)
            return (ran + lowered).map { (code, $0) }
        }
    }

    /// The Language Guide's programs that Folio does not run yet fail with a diagnostic of
    /// a family (an unsupported form, most of them), never an internal error or none.
    @Test func noDiagnosticIsUnidentifiedOrInternal() throws {
        let folder = ConformanceTests.folder
        let pending = try ConformanceTests.pendingPrograms.map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        let programs =
            diagnosticCorpus.map(\.code) + pending + userMistakes.map(\.code) + closureAndNaNErrors.map(\.code)
        let found = diagnostics(of: programs)
        #expect(found.count >= programs.count)
        for (code, diagnostic) in found where diagnostic.id == nil || diagnostic.id == .internalError {
            Issue.record("\(diagnostic.description) [\(diagnostic.id?.rawValue ?? "no id")] in:\n\(code)")
        }
    }

    @Test(arguments: [
        (ScriptDiagnostic.cannotFindInScope("y"), "cannot find 'y' in scope"),
        (.cannotFindInScope("Missing", kind: "type"), "cannot find type 'Missing' in scope"),
        (.cannotFindInScope("np", hint: "; there is no NumPy"), "cannot find 'np' in scope; there is no NumPy"),
        (.valueHasNoMember(type: "[Int]", member: "nothing"), "value of type '[Int]' has no member 'nothing'"),
        (.typeHasNoMember(type: "Tensor", member: "pi"), "type 'Tensor' has no member 'pi'"),
        (.letConstant("x", .value), "cannot assign to value: 'x' is a 'let' constant"),
        (.letConstant("p", .property), "cannot assign to property: 'p' is a 'let' constant"),
        (
            .letConstant("xs", .mutatingMember),
            "cannot use mutating member on immutable value: 'xs' is a 'let' constant"
        ),
        (.invalidRedeclaration("x"), "invalid redeclaration of 'x'"),
        (
            .cannotConvertArgument(from: "Bool", to: "Int"),
            "cannot convert value of type 'Bool' to expected argument type 'Int'"
        ),
        (.missingArgumentLabel("a"), "missing argument label 'a:' in call"),
        (.missingArgumentLabel("of", callee: "type"), "missing argument label 'of:' in call to 'type'"),
        (.extraneousArgumentLabel("sep", callee: "print"), "extraneous argument label 'sep:' in call to 'print'"),
        (.genericParameterNotInferred("Element"), "generic parameter 'Element' could not be inferred"),
        (.nilRequiresContextualType, "'nil' requires a contextual type"),
        (.emptyCollectionLiteral, "empty collection literal requires an explicit type"),
        (.typeAnnotationMissing, "type annotation missing in pattern"),
        (.forceUnwrapNonOptional(type: "Int"), "cannot force unwrap value of non-optional type 'Int'"),
        (
            .optionalChainingOnNonOptional(type: "Int"),
            "cannot use optional chaining on non-optional value of type 'Int'"
        ),
        (.notHashable(type: "K"), "type 'K' does not conform to protocol 'Hashable'"),
        (.arithmeticOverflow, "arithmetic overflow"),
        (.divisionByZero, "division by zero"),
        (.unexpectedNil, "unexpectedly found nil while unwrapping an Optional value"),
        (.indexOutOfRange(index: 3, count: 1), "index out of range (index 3, count 1)"),
        (.sliceOutOfRange(lower: 1, upper: 5, count: 2), "slice 1..<5 out of range (count 2)"),
        (.stringIndexOutOfBounds, "String index is out of bounds"),
        (.zeroStride, "Stride size must not be zero"),
        (.rangeBoundsOutOfOrder, "Range requires lowerBound <= upperBound"),
        (.uninitializedVariable, "use of a variable that has no value (its declaration did not run)"),
        (.internalError("not a function"), "internal error: not a function"),
        (
            .valueHasNoMethod(type: "[Int]", method: "shuffle(seed:)", inNotesYet: true, hint: ""),
            "value of type '[Int]' has no method 'shuffle(seed:)' in notes yet"
        ),
        (.expectedBody("body of method"), "expected '{' in body of method"),
        (.unsupportedAccessor("_modify"), "`_modify` accessors are not supported in notes"),
        (.unsupportedOperator("++", fixity: "postfix"), "postfix operator '++' is not supported yet"),
        (.unsupportedOperator("<=>"), "operator '<=>' is not supported yet"),
        (
            .floatingPointRemainder(compound: true),
            "'%=' is unavailable: For floating point numbers use formTruncatingRemainder instead"
        ),
        (.standardIndexOutOfRange, "Index out of range"),
        (.arrayIndexOutOfRange, "Array index is out of range"),
        (.emptyCollection(end: "first"), "Can't remove first element from an empty collection"),
    ])
    func shapedMessagesReadAsSwiftcWritesThem(diagnostic: ScriptDiagnostic, message: String) {
        #expect(diagnostic.message == message)
    }

    /// The wording as a user meets it: the block's error, with its location and stack.
    @Test(arguments: [
        ("print(y)", "1:7: cannot find 'y' in scope"),
        ("let x = 1\nx = 2", "2:1: cannot assign to value: 'x' is a 'let' constant"),
        ("let x = [1]\nprint(x.nothing)", "2:9: value of type '[Int]' has no member 'nothing'"),
        ("let a = [1]\nprint(a[3])", "2:8: index out of range (index 3, count 1)"),
        ("let x = Int.max\nlet y = x + 1", "2:11: arithmetic overflow"),
        ("func f(a: Int) -> Int { a }\nprint(f(1))", "2:7: missing argument label 'a:' in call"),
        (
            "func f(_ n: Int) -> Int { 10 / n }\nfunc g() -> Int { f(0) }\nprint(g())",
            "1:30: division by zero (in f called at 2:19, in g called at 3:7)"
        ),
    ])
    func messagesAsTheUserReadsThem(code: String, expected: String) {
        #expect(failure(code) == expected)
    }
}
