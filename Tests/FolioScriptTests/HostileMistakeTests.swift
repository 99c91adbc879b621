import Foundation
import Testing

@testable import FolioScript

/// A plausible mistake of someone who thinks in NumPy, PyTorch or Python, and what its
/// diagnostic must be: the line and column, its identifier, and the parts of the message that
/// point to Folio's spelling (the hint is the product here; the swiftc wording before it is
/// covered by `id` and by `ScriptDiagnosticTests`).
struct UserMistake: CustomTestStringConvertible, Sendable {
    var code: String
    var line: Int
    var column: Int
    var says: [String]
    var id: ScriptDiagnosticID

    var testDescription: String { code.replacingOccurrences(of: "\n", with: " ⏎ ") }
}

let userMistakes: [UserMistake] = [
    UserMistake(
        code: "let t = Tensor.random(shape: [3])", line: 1, column: 16,
        says: [
            "random tensors come from the samplers",
            "Tensor.uniform(shape:", "Tensor.normal(shape:",
        ], id: .noMember),
    UserMistake(
        code: "let t = Tensor.randn(shape: [3])", line: 1, column: 16,
        says: ["Tensor.normal(shape:"], id: .noMember),
    UserMistake(
        code: "let t = Tensor.zero(shape: [3])", line: 1, column: 16,
        says: ["did you mean 'Tensor.zeros'?"], id: .noMember),
    UserMistake(
        code: "let e = Tensor.pi", line: 1, column: 16, says: [], id: .noMember),
    UserMistake(
        code: "let t = np.zeros(5)", line: 1, column: 9,
        says: ["there is no NumPy", "Tensor.zeros(shape: [3])"], id: .cannotFindInScope),
    UserMistake(
        code: "let t = Tensor.zeros(5)", line: 1, column: 9,
        says: ["it takes (shape:)"], id: .noMatchingOverload),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet m = t.mean(axis=0)", line: 2, column: 11,
        says: ["write 'axis: …', not 'axis=…'", "(axis:keepDims:)"], id: .noMatchingOverload),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [6])\nlet u = t.reshape(2, 3)", line: 2, column: 11,
        says: ["did you mean 'reshaped("], id: .noMember),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet u = t.T", line: 2, column: 11,
        says: ["did you mean 'transposed"], id: .noMember),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet n = t.size", line: 2, column: 11,
        says: ["did you mean 'count"], id: .noMember),
    UserMistake(
        code: "let t = Tensor.ones(shape: [3])\nlet d = t.dot(t)", line: 2, column: 11,
        says: ["free function: 'matmul(t…)'"], id: .noMember),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet m = t.max(dim: 0)", line: 2, column: 11,
        says: ["it takes (axis:keepDims:)"], id: .noMatchingOverload),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nprint(len(t))", line: 2, column: 7,
        says: ["'.count'"], id: .cannotFindInScope),
    UserMistake(
        code: "let x = 3\nprint(f\"{x}\")", line: 2, column: 8,
        says: ["Swift strings interpolate with \"\\(x)\", not Python's f\"{x}\""], id: .syntaxError),
    UserMistake(
        code: "let a = Tensor.ones(shape: [2, 2])\nlet b = a @ a", line: 2, column: 10,
        says: ["the matrix product is written matmul(a, b)"], id: .syntaxError),
    UserMistake(
        code: "import numpy as np\nlet t = np.zeros(3)", line: 1, column: 14,
        says: ["Python imports do not exist in notes", "there is no NumPy"], id: .syntaxError),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet row = t[0, :]", line: 2, column: 16,
        says: ["Python slices are not Swift"], id: .syntaxError),
    UserMistake(
        code: "let x = 2 ** 3", line: 1, column: 11, says: ["Swift has no '**': use pow(x, y)"], id: .syntaxError),
    UserMistake(
        code: "let x = [1.0, 2.0]\nlet m = x.mean()", line: 2, column: 11,
        says: ["Tensor(x).mean(…)"], id: .noMember),
    UserMistake(
        code: "let t = Tensor.normal(shape: [3], mean: 0, std: 1)", line: 1, column: 9,
        says: [
            "takes (shape:mean:std:)", "it takes (shape:mean:standardDeviation:key:)",
            "arguments with defaults may be left out",
        ], id: .noMatchingOverload),
    UserMistake(
        code: "let ok = True", line: 1, column: 10, says: ["Swift writes 'true'"], id: .cannotFindInScope),
    UserMistake(
        code: "for i in range(3) {\n    print(i)\n}", line: 1, column: 10,
        says: ["0..<n"], id: .cannotFindInScope),
    UserMistake(
        code: "let x = [1.0, 2.0]\nlet y = softmx(Tensor(x))", line: 2, column: 9,
        says: ["did you mean 'softmax'?"], id: .cannotFindInScope),
]

@Suite("Hostile notes: plausible mistakes get a diagnostic that helps")
struct HostileMistakeTests {
    @Test("each mistake is an error at its line that names Folio's spelling", arguments: userMistakes)
    func mistake(_ mistake: UserMistake) throws {
        let error = try #require(run(mistake.code).error)
        #expect("\(error.line):\(error.column)" == "\(mistake.line):\(mistake.column)", "\(error.message)")
        #expect(error.id == mistake.id, "\(error.message)")
        for part in mistake.says {
            #expect(error.message.contains(part), "\(error.message)")
        }
    }
}
