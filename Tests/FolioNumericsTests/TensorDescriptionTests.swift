import Testing

@testable import FolioNumerics

@Suite struct TensorDescriptionTests {
    @Test func alignedColumns() throws {
        #expect(Tensor(0.5).description == "0.5")
        #expect(Tensor([1, 2, 3]).description == "[1.0, 2.0, 3.0]")
        #expect(Tensor([1, -2.5, 10]).description == "[ 1.0, -2.5, 10.0]")
        let m: Tensor = [[1, 2], [3, 4]]
        #expect(m.description == "[[1.0, 2.0],\n [3.0, 4.0]]")
        let c = try Tensor.arange(0, 8).reshaped([2, 2, 2])
        #expect(c.description == "[[[0.0, 1.0],\n  [2.0, 3.0]],\n\n [[4.0, 5.0],\n  [6.0, 7.0]]]")
        #expect(Tensor([1.0 / 3, .nan, -.infinity]).description == "[0.33333333,        nan,       -inf]")
    }

    @Test func scientificAndEmpty() throws {
        #expect(Tensor([1e-5, 1]).description == "[1.0e-05, 1.0e+00]")
        #expect(Tensor([Double]()).description == "[]")
        #expect(try Tensor.zeros(shape: [0, 3]).description == "[], shape [0, 3]")
    }

    @Test func summarisesLargeTensors() throws {
        let d = Tensor.arange(2000).description
        // As NumPy: a max/min ratio over 1000 switches to scientific notation.
        #expect(d == "[0.000e+00, 1.000e+00, 2.000e+00, ..., 1.997e+03, 1.998e+03, 1.999e+03]")
        let m = try Tensor((0..<1100).map { Double($0 % 7) }).reshaped([100, 11]).description
        #expect(m.hasPrefix("[[0.0, 1.0, 2.0, ..., 1.0, 2.0, 3.0],\n [4.0, 5.0, 6.0, ..., 5.0, 6.0, 0.0],"))
        #expect(m.contains(" ...,\n"))
    }
}
