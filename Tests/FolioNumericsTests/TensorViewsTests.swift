import Testing

@testable import FolioNumerics

@Suite struct TensorViewsTests {
    let m: Tensor = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]

    @Test func viewsShareStorage() throws {
        #expect(try m.reshaped([4, 3]).storage === m.storage)
        #expect(m.transposed().storage === m.storage)
        #expect(try m[1..<3, 1].storage === m.storage)
        #expect(try m.expandedDimensions(axis: 0).storage === m.storage)
        #expect(try m.broadcast(to: [2, 3, 4]).storage === m.storage)
    }

    @Test func reshape() throws {
        #expect(try m.reshaped([2, -1]).shape == [2, 6])
        #expect(try m.reshaped([-1]).scalars == Array(0...11).map(Double.init))
        // A non-contiguous view is copied, in row-major order of the view.
        #expect(try m.transposed().reshaped([12]).scalars.prefix(4) == [0, 4, 8, 1])
        #expect(tensorErrorMessage { try m.reshaped([5, 2]) } == "cannot reshape a tensor of shape [3, 4] to [5, 2]")
        #expect(tensorErrorMessage { try m.reshaped([-1, -1]) } != nil)
        #expect(try Tensor([Double]()).reshaped([0, 3]).shape == [0, 3])
    }

    @Test func transposeAndPermute() throws {
        let t = m.transposed()
        #expect(t.shape == [4, 3])
        #expect(t.scalars == [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11])
        let cube = try Tensor.arange(0, 24).reshaped([2, 3, 4])
        let p = try cube.transposed([2, 0, 1])
        #expect(p.shape == [4, 2, 3])
        #expect(try p.scalar(at: 3, 1, 2) == cube.scalar(at: 1, 2, 3))
        #expect(tensorErrorMessage { try cube.transposed([0, 0, 1]) } != nil)
        #expect(tensorErrorMessage { try cube.transposed([0, 1]) } != nil)
    }

    @Test func squeezeAndExpand() throws {
        let t = try Tensor.zeros(shape: [1, 3, 1])
        #expect(t.squeezed().shape == [3])
        #expect(try t.squeezed(axis: -1).shape == [1, 3])
        #expect(tensorErrorMessage { try t.squeezed(axis: 1) } == "cannot squeeze axis 1 of size 3 in shape [1, 3, 1]")
        #expect(try Tensor([1, 2]).expandedDimensions(axis: -1).shape == [2, 1])
        #expect(try Tensor([1, 2]).expandedDimensions(axis: 0).shape == [1, 2])
        #expect(
            tensorErrorMessage { try Tensor([1, 2]).expandedDimensions(axis: 3) }
                == "axis 3 is out of range for a tensor of shape [2] (rank 1)")
    }

    @Test func subscripts() throws {
        #expect(try m[1].scalars == [4, 5, 6, 7])
        #expect(try m[-1].scalars == [8, 9, 10, 11])
        #expect(try m[1, 2].shape == [])
        #expect(try m[1, 2].scalar == 6)
        #expect(try m[0..<2, 1...2].scalars == [1, 2, 5, 6])
        #expect(try m[..<1].shape == [1, 4])
        #expect(try m[...1, 3].scalars == [3, 7])
        #expect(try m[1...].shape == [2, 4])
        #expect(try m[0..., (-2)...].scalars == [2, 3, 6, 7, 10, 11])
        #expect(try m[stride(from: 0, to: 3, by: 2), stride(from: 3, to: -1, by: -2)].scalars == [3, 1, 11, 9])
        #expect(try m[1..<1].shape == [0, 4])
        #expect(
            tensorErrorMessage { try m[3] } == "index 3 is out of range for an axis of size 3 (axis 0 of shape [3, 4])")
        #expect(tensorErrorMessage { try m[0, 0, 0] } == "3 indices for a tensor of shape [3, 4]")
        #expect(tensorErrorMessage { try m[0..<5] } != nil)
        // Views of views.
        #expect(try m.transposed()[1][2].scalar == 9)
    }

    @Test func assign() throws {
        var a = m
        try a.assign(Tensor([-1, -2]), at: 0..., 1..<3 as any TensorIndex)
        #expect(m.scalars == Array(0...11).map(Double.init))
        #expect(try a[0].scalars == [0, -1, -2, 3])
        #expect(try a[2].scalars == [8, -1, -2, 11])
        try a.assign(Tensor(0), at: 1)
        #expect(try a[1].scalars == [0, 0, 0, 0])
        #expect(
            tensorErrorMessage { try a.assign(Tensor([1, 2, 3]), at: 0) }
                == "shape [3] cannot be broadcast to [4]")
    }

    @Test func assignWritesInPlaceOnlyWhenTheStorageIsUnshared() throws {
        var a = try Tensor.zeros(shape: [2, 3])
        let before = ObjectIdentifier(a.storage)
        try a.assign(Tensor(7), atIndices: [1, 2])
        // Nothing else held the storage: written in place, not copied.
        #expect(ObjectIdentifier(a.storage) == before)
        #expect(a.scalars == [0, 0, 0, 0, 0, 7])
        // A copy and a view share the storage: writing `a` copies it and leaves them unchanged.
        let copy = a
        let row = try a[1]
        try a.assign(Tensor([1, 2, 3]), atIndices: [0])
        #expect(ObjectIdentifier(a.storage) != ObjectIdentifier(copy.storage))
        #expect(copy.scalars == [0, 0, 0, 0, 0, 7] && row.scalars == [0, 0, 7])
        #expect(a.scalars == [1, 2, 3, 0, 0, 7])
        // Writing through a view's own variable leaves its base alone.
        var column = try a[0..., 1]
        try column.assign(Tensor(-1), atIndices: [0])
        #expect(column.scalars == [-1, 0] && a.scalars == [1, 2, 3, 0, 0, 7])
    }
}
