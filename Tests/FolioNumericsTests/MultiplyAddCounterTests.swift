import Foundation
import Testing

@testable import FolioNumerics

@Suite struct MultiplyAddCounterTests {
    @Test func countsProductsForwardAndBackward() throws {
        let x = try Tensor.ones(shape: [3, 4])
        let w = try Tensor.ones(shape: [4, 5])
        #expect(try countMultiplyAdds { try matmul(x, w) } == 3 * 4 * 5)
        // A batch of 2 broadcast against one matrix: two products.
        let batch = try Tensor.ones(shape: [2, 3, 4])
        #expect(try countMultiplyAdds { try matmul(batch, w) } == 2 * 3 * 4 * 5)
        // The pullback of a product is two products of its size: a step costs three.
        let step = try countMultiplyAdds { try gradient(at: w) { w in try matmul(x, w).sum() } }
        #expect(step == 3 * 3 * 4 * 5)
        // Elementwise work counts nothing.
        #expect(try countMultiplyAdds { try exp(x) + x } == 0)
    }

    @Test func nestedCountsAddToTheEnclosingOne() throws {
        let x = try Tensor.ones(shape: [2, 2])
        var inner = 0
        let outer = try countMultiplyAdds {
            inner = try countMultiplyAdds { try matmul(x, x) }
            return try matmul(x, x)
        }
        #expect(inner == 8)
        #expect(outer == 16)
    }
}
