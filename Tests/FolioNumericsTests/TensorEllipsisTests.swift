import Testing

@testable import FolioNumerics

/// NumPy's ellipsis, spelled `...` (Swift's unbounded range): whole axes for every axis the
/// other indices leave, as a view, with the subscript's gradient.
@Suite struct TensorEllipsisTests {
    // 0 … 11 in shape [2, 3, 2]: element (i, j, k) is 6i + 2j + k.
    let a = (try? Tensor.arange(12).reshaped([2, 3, 2])) ?? Tensor(0)

    @Test func ellipsisTakesTheLeadingAxesWhole() throws {
        expectClose(try a[..., 0], shape: [2, 3], [0, 2, 4, 6, 8, 10], tolerance: 0)
        expectClose(try a[..., 1..<3, 1], shape: [2, 2], [3, 5, 9, 11], tolerance: 0)
        expectClose(try a[0, ..., 1], shape: [3], [1, 3, 5], tolerance: 0)
        expectClose(try a[1, 2, ...], shape: [2], [10, 11], tolerance: 0)
        expectClose(try a[1, 0, ..., 1], shape: [], [7], tolerance: 0)
        #expect(try a[...].scalars == a.scalars && a[...].shape == a.shape)
    }

    @Test func ellipsisIsAViewAndDifferentiates() throws {
        let column = try a[..., 1]
        #expect(column.strides == [6, 2])
        let g = try gradient(at: a) { try $0[..., 1].sum() }
        #expect(g.scalars == (0..<12).map { Double($0 % 2) })
    }

    @Test func tooManyIndicesAreAnError() {
        #expect(
            tensorErrorMessage { try a[..., 0, 0, 0, 0] } == "4 indices and an ellipsis for a tensor of shape [2, 3, 2]"
        )
    }
}
