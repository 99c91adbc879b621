import Testing

@testable import FolioNumerics

@Suite struct TensorElementwiseTests {
    let x = Tensor([-3, -1, -0.5, 0, 0.5, 1, 3, 40, -40])

    @Test func functionsMatchNumPyAndSciPy() throws {
        expectClose(exp(x), Reference.expX, tolerance: 1e-15)
        expectClose(log1p(abs(x)), Reference.log1pAbsX, tolerance: 1e-15)
        expectClose(expm1(x), Reference.expm1X, tolerance: 1e-15)
        expectClose(tanh(x), Reference.tanhX, tolerance: 1e-15)
        expectClose(sigmoid(x), Reference.sigmoidX, tolerance: 1e-15)
        expectClose(relu(x), Reference.reluX, tolerance: 0)
        expectClose(gelu(x), Reference.geluX, tolerance: 1e-15)
        expectClose(silu(x), Reference.siluX, tolerance: 1e-15)
        expectClose(erf(x), Reference.erfX, tolerance: 1e-15)
        expectClose(sqrt(abs(x)), Reference.sqrtAbsX, tolerance: 0)
        expectClose(pow(abs(x), 1.5), Reference.powAbsX1_5, tolerance: 1e-15)
    }

    @Test func edgeValues() throws {
        let l = log(Tensor([0, -1, 1])).scalars
        #expect(l[0] == -.infinity && l[1].isNaN && l[2] == 0)
        let n = Tensor([.nan, .infinity, -.infinity])
        #expect(relu(n).scalars[0].isNaN && relu(n).scalars[1] == .infinity && relu(n).scalars[2] == 0)
        #expect(sigmoid(n).scalars[1] == 1 && sigmoid(n).scalars[2] == 0)
        let c = clamp(Tensor([-2, 0.5, 3, .nan]), min: 0, max: 1).scalars
        #expect(c[0] == 0 && c[1] == 0.5 && c[2] == 1 && c[3].isNaN)
        #expect(exp(Tensor([Double]())).shape == [0])
        #expect(try pow(Tensor([2, 3]), Tensor([[1], [2]])).scalars == [2, 3, 4, 9])
        #expect(pow(2, Tensor([0, 3])).scalars == [1, 8])
    }

    @Test func comparisonMasks() throws {
        let a: Tensor = [1, 2, .nan, 4]
        #expect((a .< 2).scalars == [1, 0, 0, 0])
        #expect((a .>= 2).scalars == [0, 1, 0, 1])
        #expect((a .== 4).scalars == [0, 0, 0, 1])
        #expect((a .!= 4).scalars == [1, 1, 1, 0])
        #expect((3 .> a).scalars == [1, 1, 0, 0])
        #expect(try (a .<= Tensor([[1], [3]])).shape == [2, 4])
        #expect(try (a .== a).scalars == [1, 1, 0, 1])
        #expect(isNaN(a).scalars == [0, 0, 1, 0])
        #expect(try a.elements(where: a .> 1).scalars == [2, 4])
    }

    @Test func whereSelects() throws {
        let r = try `where`(Tensor([1, 0, .nan]), Tensor([1, 2, 3]), Tensor(-1))
        #expect(r.scalars == [1, -1, 3])
        let b = try `where`(Tensor([[1], [0]]), Tensor([1, 2]), Tensor([10, 20]))
        #expect(b.shape == [2, 2] && b.scalars == [1, 2, 10, 20])
        #expect(
            tensorErrorMessage { try `where`(Tensor([1, 0]), Tensor([1, 2, 3]), Tensor(0)) }
                == "shapes [2] and [3] cannot be broadcast")
    }

    @Test func scalarComparisonsReturnBool() throws {
        let t: Tensor = [[0.004]]
        #expect(try t < 0.01)
        #expect(try !(t > 0.01))
        #expect(try t <= 0.004 && t >= 0.004 && t == 0.004)
        #expect(try 1 > t)
        #expect(
            tensorErrorMessage { try Tensor([1, 2]) < 3 }
                == "'<' compares a one-element tensor with a number, got shape [2]; use '.<' for an elementwise mask")
    }
}
