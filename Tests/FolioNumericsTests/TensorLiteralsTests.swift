import Foundation
import Testing

@testable import FolioNumerics

@Suite struct TensorLiteralsTests {
    @Test func nestedLiterals() {
        let m: Tensor = [[1, 2, 3], [4, 5, 6.5]]
        #expect(m.shape == [2, 3])
        #expect(m.scalars == [1, 2, 3, 4, 5, 6.5])
        let cube: Tensor = [[[1], [2]], [[3], [4]]]
        #expect(cube.shape == [2, 2, 1])
        let empty: Tensor = []
        #expect(empty.shape == [0])
        let x: Tensor = 3
        let y: Tensor = 0.25
        #expect(x.shape == [] && x.scalars == [3] && y.scalars == [0.25])
    }

    @Test func raggedNestingThrows() {
        #expect(
            tensorErrorMessage { try Tensor(nested: [Tensor([1, 2]), Tensor([3])]) }
                == "ragged nesting: shapes [2] and [1] differ")
    }

    @Test func literalsStayDoublesOutsideTensors() {
        // Importing FolioNumerics must not change plain Double arithmetic.
        let d = 2.0
        let a = d + 1
        let b = [1.0, 2.0].map { $0 * 2 + 1 }
        #expect(a == 3 && b == [3, 5])
        #expect(d > 1 && abs(-1.5) == 1.5 && exp(0.0) == 1)
    }
}
