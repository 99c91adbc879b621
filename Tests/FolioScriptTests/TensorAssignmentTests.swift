import FolioNumerics
import Testing

@testable import FolioScript

/// Assigning through a tensor subscript (`t[0, 2] = 3.0`, `t[1] = row`, `t[..., 0] = u`,
/// `t[0..<2] += 1`): a write into the variable's tensor, which is a value.
@Suite struct TensorAssignmentTests {
    @Test func elementsRowsAndEllipsisRegionsAreWritten() {
        let code = """
            var t = Tensor.zeros(shape: [2, 3])
            t[0, 2] = 3.0
            t[1] = [1, 2, 3]
            t[-1, 0] = 9
            print(t.scalars)
            var cube = Tensor.zeros(shape: [2, 2, 2])
            cube[..., 0] = Tensor.ones(shape: [2, 2])
            cube[0..<1] += 5
            cube[1, ..., 1] = [7, 8]
            print(cube.scalars)
            """
        #expect(output(code) == "[0.0, 0.0, 3.0, 9.0, 2.0, 3.0]\n[6.0, 5.0, 6.0, 5.0, 1.0, 7.0, 1.0, 8.0]\n")
    }

    @Test func tensorsAreValues() {
        let code = """
            let t = Tensor.zeros(shape: [2, 2])
            var u = t
            u[0, 0] = 9
            var row = u[1]
            row[0] = 5
            struct Model { var weights = Tensor.zeros(shape: [2]) }
            var model = Model()
            let saved = model
            model.weights[1] = 4
            print(t.scalars, u.scalars, row.scalars, model.weights.scalars, saved.weights.scalars)
            """
        #expect(output(code) == "[0.0, 0.0, 0.0, 0.0] [9.0, 0.0, 0.0, 0.0] [5.0, 0.0] [0.0, 4.0] [0.0, 0.0]\n")
    }

    @Test func writesAreDifferentiable() {
        // y = [2 x1, x0, x1]: d/dx sum(y²) = [2 x0, 8 x1 + 2 x1, 0].
        let code = """
            let g = gradient(at: Tensor([1, 2, 3])) { x in
                var y = Tensor.zeros(shape: [3])
                y[0] = x[1] * 2
                y[1...] = x[..<2]
                return (y * y).sum()
            }
            print(g.scalars)
            """
        #expect(output(code) == "[2.0, 20.0, 0.0]\n")
    }

    @Test func mistakesAreDiagnosedAtTheirColumn() {
        #expect(
            stop("let t = Tensor.zeros(shape: [2])\nt[0] = 1") == Stop(.cannotAssign, at: "2:1"))
        #expect(
            stop("var t = Tensor.zeros(shape: [2])\nt[5] = 1") == Stop(.numericsError, at: "2:6"))
        #expect(
            stop("var t = Tensor.zeros(shape: [2, 2])\nt[0] = [1, 2, 3]") == Stop(.numericsError, at: "2:6"))
        #expect(
            stop("var t = Tensor.zeros(shape: [2])\nlet n = 3\nt[0] = n") == Stop(.cannotAssign, at: "3:8"))
    }
}
