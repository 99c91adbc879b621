internal import CFolioKernels
import Foundation

/// Samplers. Each draws from one `RandomKey` through a `RandomStream`, so the same key gives
/// the same tensor on every run and machine (compiled Swift and notes alike). Draws fill the
/// tensor in row-major order.
extension Tensor {
    /// Fills a tensor of `shape` row-major with `value(bits)`, where value `i` gets the
    /// stream's draws `draws·i ..< draws·(i + 1)` — the same numbers as drawing them one by one
    /// with `RandomStream.next()`. The bits come eight at a time from the SIMD Threefry, in
    /// chunks that stay in cache; large tensors are split across cores, which changes nothing
    /// in the result because each value depends only on its own counters.
    @inline(__always)
    static func sample(
        shape: [Int], key: RandomKey, draws: Int = 1, _ value: @escaping @Sendable (UnsafePointer<UInt64>) -> Double
    ) throws -> Tensor {
        let n = try elementCount(shape)
        // makeBuffer: huge pages for large tensors, as for every other op's result.
        let values = Tensor.makeBuffer(count: n) { out in
            guard let base = out.baseAddress else { return }
            let shared = SharedPointer(base: base)
            Parallel.ranges(count: n, grain: 1 << 16) { range in
                fillSamples(shared.base, range, key: key, draws: draws, value)
            }
        }
        return Tensor(contiguous: values, shape: shape)
    }

    /// Values `range` of ``sample(shape:key:draws:_:)`` into `out`.
    @inline(__always)
    static func fillSamples(
        _ out: UnsafeMutablePointer<Double>, _ range: Range<Int>, key: RandomKey, draws: Int,
        _ value: (UnsafePointer<UInt64>) -> Double
    ) {
        var stream = RandomStream(key: key, counter: UInt64(range.lowerBound) &* UInt64(draws))
        let chunk = 256
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: chunk * draws) { bits in
            guard let b = bits.baseAddress else { return }
            var start = range.lowerBound
            while start < range.upperBound {
                let m = Swift.min(chunk, range.upperBound - start)
                stream.fill(b, count: m * draws)
                for j in 0..<m { out[start + j] = value(b + j * draws) }
                start += m
            }
        }
    }

    /// A uniform double in the open interval (0, 1) with 53 random bits. (The 53-bit integer
    /// converts through `Int64`: one instruction, where `UInt64` needs a branch; same value.)
    @inline(__always)
    static func openUnit(_ bits: UInt64) -> Double {
        (Double(Int64(bitPattern: bits >> 11)) + 0.5) * 0x1p-53
    }

    /// A uniform double in [0, 1) with 53 random bits (as `RandomStream.nextUnitDouble`).
    @inline(__always)
    static func unit(_ bits: UInt64) -> Double {
        Double(Int64(bitPattern: bits >> 11)) * 0x1p-53
    }

    /// Uniform values in `range` (lower bound included, upper excluded).
    /// - Throws: ``TensorError`` for a negative dimension or a non-finite range.
    public static func uniform(shape: [Int], in range: Range<Double> = 0..<1, key: RandomKey) throws -> Tensor {
        guard range.lowerBound.isFinite, range.upperBound.isFinite else {
            throw TensorError("uniform needs a finite range, got \(range)")
        }
        let width = range.upperBound - range.lowerBound
        let lower = range.lowerBound
        return try sample(shape: shape, key: key) { lower + width * unit($0[0]) }
    }

    /// Normal values (Box–Muller on open-interval uniforms, one pair of uniforms per value):
    /// value i is `mean + standardDeviation · √(−2 log u₁) · cos(2πu₂)`, with u₁ and u₂ the
    /// open-interval uniforms of the stream's draws 2i and 2i + 1.
    ///
    /// The log and cos(2πu) are the library's own (`CFolioKernels`, eight values at a time,
    /// with the Threefry bits; AVX2 where the CPU has it), each below 1 ULP on the domain used
    /// (tested against mpmath), with only correctly rounded operations, so a key gives the same
    /// values on every machine. They replaced glibc's `log` and `cos(2π·u)`, which cost four
    /// times as much: values changed in their last bits (cos(2πu) is now computed from u
    /// exactly, where `cos` of the rounded 2π·u lost all relative accuracy near its zeros).
    /// - Throws: ``TensorError`` for a negative dimension or a negative standard deviation.
    public static func normal(shape: [Int], mean: Double = 0, standardDeviation: Double = 1, key: RandomKey) throws
        -> Tensor
    {
        guard standardDeviation >= 0 else {
            throw TensorError("normal needs a non-negative standard deviation, got \(standardDeviation)")
        }
        let n = try elementCount(shape)
        let values = Tensor.makeBuffer(count: n) { out in
            guard let base = out.baseAddress else { return }
            let shared = SharedPointer(base: base)
            Parallel.ranges(count: n, grain: 1 << 16) { range in
                normalValues(
                    shared.base + range.lowerBound, key: key, first: range.lowerBound, count: range.count,
                    mean: mean, standardDeviation: standardDeviation)
            }
        }
        return Tensor(contiguous: values, shape: shape)
    }

    /// Values `first ..< first + count` of ``normal(shape:mean:standardDeviation:key:)`` into
    /// `out`, by the AVX2 kernel when `avx2` (only if the CPU has it), else the baseline one:
    /// the same bits either way.
    static func normalValues(
        _ out: UnsafeMutablePointer<Double>, key: RandomKey, first: Int, count: Int,
        mean: Double, standardDeviation: Double, avx2: Bool = GEMM.Kernel.preferred == .avx2
    ) {
        let (k0, k1) = key.words
        #if arch(x86_64)
            if avx2 {
                folio_normal_fill_avx2(k0, k1, UInt64(first), count, mean, standardDeviation, out)
                return
            }
        #endif
        folio_normal_fill(k0, k1, UInt64(first), count, mean, standardDeviation, out)
    }

    /// Standard Gumbel values −log(−log u): adding them to log-probabilities and taking the
    /// argmax samples the categorical distribution (the Gumbel-max trick).
    public static func gumbel(shape: [Int], key: RandomKey) throws -> Tensor {
        try sample(shape: shape, key: key) { -Foundation.log(-Foundation.log(openUnit($0[0]))) }
    }

    /// 1 with `probability`, else 0.
    /// - Throws: ``TensorError`` unless `probability` is in [0, 1].
    public static func bernoulli(shape: [Int], probability: Double = 0.5, key: RandomKey) throws -> Tensor {
        guard probability >= 0 && probability <= 1 else {
            throw TensorError("bernoulli probability \(probability) is not in [0, 1]")
        }
        return try sample(shape: shape, key: key) { unit($0[0]) < probability ? 1 : 0 }
    }

    /// Exponential values with `rate` λ (mean 1/λ), by inversion −log(u)/λ.
    /// - Throws: ``TensorError`` unless `rate` is positive and finite.
    public static func exponential(shape: [Int], rate: Double = 1, key: RandomKey) throws -> Tensor {
        guard rate > 0, rate.isFinite else { throw TensorError("exponential rate \(rate) must be positive") }
        return try sample(shape: shape, key: key) { -Foundation.log(openUnit($0[0])) / rate }
    }
}

/// `count` class indices drawn from softmax(`logits`) (a 1-D tensor of unnormalised
/// log-probabilities; -inf excludes a class), by inversion of the cumulative distribution.
/// - Throws: ``TensorError`` if `logits` is not 1-D and non-empty, its softmax is undefined
///   (NaN, +inf, all -inf), or `count` is negative.
public func categorical(logits: Tensor, count: Int, key: RandomKey) throws -> Tensor {
    guard logits.rank == 1, logits.count > 0, count >= 0 else {
        throw TensorError(
            "categorical needs 1-D non-empty logits and count ≥ 0, got shape \(logits.shape) and count \(count)")
    }
    let p = softmax(logits).scalars
    guard p.allSatisfy({ $0.isFinite }) else {
        throw TensorError("categorical: softmax of the logits is undefined (NaN, +inf or all -inf)")
    }
    var cumulative = [Double]()
    var running = 0.0
    for v in p {
        running += v
        cumulative.append(running)
    }
    return Autodiff.nonDifferentiable(
        "categorical (sample with Tensor.gumbel and straightThrough for a differentiable relaxation)",
        try Tensor.sample(shape: [count], key: key) { [running, cumulative] bits in
            let u = Tensor.unit(bits[0]) * running
            var lo = 0
            var hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
            }
            // Never return a zero-probability class at the upper end.
            while lo > 0 && p[lo] == 0 { lo -= 1 }
            return Double(lo)
        }, logits)
}

/// The normal sampler's own log and cos(2πt) (`CFolioKernels`), one array at a time: what the
/// accuracy tests measure against mpmath.
enum SamplerMath {
    /// log x for positive normal doubles (the sampler's uniforms lie in [2⁻⁵⁴, 1]).
    static func log(_ x: [Double]) -> [Double] {
        apply(x, folio_log_open_unit)
    }

    /// cos(2πt) for t in [0, 1].
    static func cos2Pi(_ t: [Double]) -> [Double] {
        apply(t, folio_cos_2pi_unit)
    }

    private static func apply(_ x: [Double], _ f: (UnsafePointer<Double>?, Int, UnsafeMutablePointer<Double>?) -> Void)
        -> [Double]
    {
        var out = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                f(input.baseAddress, x.count, output.baseAddress)
            }
        }
        return out
    }
}
