import Foundation
import Testing

@testable import FolioScript

/// A plausible mistake of someone who thinks in NumPy, PyTorch or Python, and what its
/// diagnostic must say: the line and column, and the parts of the message that point to
/// Folio's spelling.
struct UserMistake: CustomTestStringConvertible, Sendable {
    var code: String
    var line: Int
    var column: Int
    var says: [String]

    var testDescription: String { code.replacingOccurrences(of: "\n", with: " ⏎ ") }
}

let userMistakes: [UserMistake] = [
    UserMistake(
        code: "let t = Tensor.random(shape: [3])", line: 1, column: 16,
        says: [
            "type 'Tensor' has no member 'random'", "random tensors come from the samplers",
            "Tensor.uniform(shape:", "Tensor.normal(shape:",
        ]),
    UserMistake(
        code: "let t = Tensor.randn(shape: [3])", line: 1, column: 16,
        says: ["type 'Tensor' has no member 'randn'", "Tensor.normal(shape:"]),
    UserMistake(
        code: "let t = Tensor.zero(shape: [3])", line: 1, column: 16,
        says: ["type 'Tensor' has no member 'zero'", "did you mean 'Tensor.zeros'?"]),
    UserMistake(
        code: "let e = Tensor.pi", line: 1, column: 16, says: ["type 'Tensor' has no member 'pi'"]),
    UserMistake(
        code: "let t = np.zeros(5)", line: 1, column: 9,
        says: ["cannot find 'np' in scope", "there is no NumPy", "Tensor.zeros(shape: [3])"]),
    UserMistake(
        code: "let t = Tensor.zeros(5)", line: 1, column: 9,
        says: ["no overload of 'Tensor.zeros' takes (_:)", "it takes (shape:)"]),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet m = t.mean(axis=0)", line: 2, column: 11,
        says: ["no overload of 'Tensor.mean' takes (_:)", "write 'axis: …', not 'axis=…'", "(axis:keepDims:)"]),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [6])\nlet u = t.reshape(2, 3)", line: 2, column: 11,
        says: ["has no method 'reshape(_:_:)'", "did you mean 'reshaped("]),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet u = t.T", line: 2, column: 11,
        says: ["has no member 'T'", "did you mean 'transposed"]),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet n = t.size", line: 2, column: 11,
        says: ["has no member 'size'", "did you mean 'count"]),
    UserMistake(
        code: "let t = Tensor.ones(shape: [3])\nlet d = t.dot(t)", line: 2, column: 11,
        says: ["has no method 'dot(_:)'", "free function: 'matmul(t…)'"]),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet m = t.max(dim: 0)", line: 2, column: 11,
        says: ["no overload of 'Tensor.max' takes (dim:)", "it takes (axis:keepDims:)"]),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nprint(len(t))", line: 2, column: 7,
        says: ["cannot find 'len' in scope", "'.count'"]),
    UserMistake(
        code: "let x = 3\nprint(f\"{x}\")", line: 2, column: 8,
        says: ["Swift strings interpolate with \"\\(x)\", not Python's f\"{x}\""]),
    UserMistake(
        code: "let a = Tensor.ones(shape: [2, 2])\nlet b = a @ a", line: 2, column: 10,
        says: ["the matrix product is written matmul(a, b)"]),
    UserMistake(
        code: "import numpy as np\nlet t = np.zeros(3)", line: 1, column: 14,
        says: ["Python imports do not exist in notes", "there is no NumPy"]),
    UserMistake(
        code: "let t = Tensor.zeros(shape: [2, 3])\nlet row = t[0, :]", line: 2, column: 16,
        says: ["Python slices are not Swift"]),
    UserMistake(code: "let x = 2 ** 3", line: 1, column: 11, says: ["Swift has no '**': use pow(x, y)"]),
    UserMistake(
        code: "let x = [1.0, 2.0]\nlet m = x.mean()", line: 2, column: 11,
        says: ["has no method 'mean()'", "Tensor(x).mean(…)"]),
    UserMistake(
        code: "let t = Tensor.normal(shape: [3], mean: 0, std: 1)", line: 1, column: 9,
        says: [
            "takes (shape:mean:std:)", "it takes (shape:mean:standardDeviation:key:)",
            "arguments with defaults may be left out",
        ]),
    UserMistake(
        code: "let ok = True", line: 1, column: 10, says: ["cannot find 'True' in scope", "Swift writes 'true'"]),
    UserMistake(
        code: "for i in range(3) {\n    print(i)\n}", line: 1, column: 10,
        says: ["cannot find 'range' in scope", "0..<n"]),
    UserMistake(
        code: "let x = [1.0, 2.0]\nlet y = softmx(Tensor(x))", line: 2, column: 9,
        says: ["cannot find 'softmx' in scope", "did you mean 'softmax'?"]),
]

@Suite("Hostile notes: plausible mistakes get a diagnostic that helps")
struct HostileMistakeTests {
    @Test("each mistake is an error at its line that names Folio's spelling", arguments: userMistakes)
    func mistake(_ mistake: UserMistake) throws {
        let error = try #require(run(mistake.code).error)
        #expect("\(error.line):\(error.column)" == "\(mistake.line):\(mistake.column)", "\(error.message)")
        for part in mistake.says {
            #expect(error.message.contains(part), "\(error.message)")
        }
    }
}
