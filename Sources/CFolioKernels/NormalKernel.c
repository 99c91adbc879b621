// The normal sampler's kernel: Threefry-2x32-20 bits, open-interval uniforms, log, square
// root and cos(2πu), eight values at a time (see Tensor.normal in FolioNumerics for the stream
// it must reproduce). The same code is compiled twice, for the baseline target and for AVX2;
// it uses only integer operations and correctly rounded IEEE operations (+ − × ÷ √), with no
// contraction into FMA, so both give the same bits on every machine.
#include "CFolioKernels.h"

#pragma STDC FP_CONTRACT OFF
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

// Eight values per step, in vectors of eight doubles (two 256-bit registers, four SSE2 ones):
// independent chains side by side, so the long dependency chains of Threefry's rounds and of
// the polynomials overlap (four values per step ran at about half the speed). The vector
// helpers are always inlined, so their 512-bit arguments never cross a call (-Wpsabi).
#pragma clang diagnostic ignored "-Wpsabi"
typedef double vd __attribute__((vector_size(64)));
typedef uint64_t vu __attribute__((vector_size(64)));
typedef uint32_t vw2 __attribute__((vector_size(64)));
typedef uint32_t vw __attribute__((vector_size(32)));
enum { LANES = 8 };

// Threefry-2x32-20 of sixteen counters (hi[j], lo[j]) under one key: x0 and x1 of each block.
static inline __attribute__((always_inline)) void threefry8(uint32_t k0, uint32_t k1, vw2 hi, vw2 lo, vw2 *out0, vw2 *out1) {
    const uint32_t k2 = 0x1BD11BDAu ^ k0 ^ k1;
    vw2 x0 = hi + k0, x1 = lo + k1;
#define MIX(r) do { x0 += x1; x1 = (x1 << (r)) | (x1 >> (32 - (r))); x1 ^= x0; } while (0)
#define FOUR_A() do { MIX(13); MIX(15); MIX(26); MIX(6); } while (0)
#define FOUR_B() do { MIX(17); MIX(29); MIX(16); MIX(24); } while (0)
    FOUR_A(); x0 += k1; x1 += k2 + 1u;
    FOUR_B(); x0 += k2; x1 += k0 + 2u;
    FOUR_A(); x0 += k0; x1 += k1 + 3u;
    FOUR_B(); x0 += k1; x1 += k2 + 4u;
    FOUR_A(); x0 += k2; x1 += k0 + 5u;
#undef FOUR_B
#undef FOUR_A
#undef MIX
    *out0 = x0;
    *out1 = x1;
}

// (v + 0.5)·2⁻⁵³ for the 53-bit integers v = (x0·2³² + x1) >> 11 of eight draws, as Swift's
// `(Double(Int64(v)) + 0.5) * 0x1p-53`: v converts exactly in two halves (each placed in the
// mantissa of a power of two, which is then subtracted), the + 0.5 is the one rounding.
static inline __attribute__((always_inline)) vd open_unit(vw x0, vw x1) {
    const vu high = __builtin_convertvector(x0 >> 11, vu);
    const vu low = __builtin_convertvector((x0 << 21) | (x1 >> 11), vu);
    const vd h = (vd)(high | 0x4530000000000000ull) - 0x1p84;  // high·2³²
    const vd l = (vd)(low | 0x4330000000000000ull) - 0x1p52;
    return ((h + l) + 0.5) * 0x1p-53;
}

// Natural log of positive normal doubles (eight at a time), after fdlibm's e_log.c (error below 1 ULP):
// x = 2^k·(1 + f) with 1 + f in [√2/2, √2), log(1 + f) = f − f²/2 + s·(f²/2 + R(s²)) with
// s = f/(2 + f), and k·ln 2 in two parts. No branch: the k = 0 case is the same expression.
static inline __attribute__((always_inline)) vd log_positive(vd x) {
    const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
    const double lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01,
                 lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01,
                 lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01,
                 lg7 = 1.479819860511658591e-01;
    const vu bits = (vu)x;
    const vu hx = (bits >> 32) & 0x000fffffull;
    // i is 0x100000 when the mantissa is at least √2 (then halve it: exponent − 1).
    const vu i = (hx + 0x95f64ull) & 0x100000ull;
    const vu k = (bits >> 52) + (i >> 20);  // biased exponent of the reduced form, + 1023
    const vd m = (vd)(((hx | (i ^ 0x3ff00000ull)) << 32) | (bits & 0xffffffffull));
    const vd dk = ((vd)(k | 0x4330000000000000ull) - 0x1p52) - 1023.0;
    const vd f = m - 1.0;
    const vd hfsq = 0.5 * f * f;
    const vd s = f / (2.0 + f);
    const vd z = s * s, w = z * z;
    const vd t1 = w * (lg2 + w * (lg4 + w * lg6));
    const vd t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
    const vd r = t2 + t1;
    return dk * ln2_hi - ((hfsq - (s * (hfsq + r) + dk * ln2_lo)) - f);
}

// cos(2πt) for t in [0, 1]: t = q/4 + r exactly, |r| ≤ 1/8; x = 2πr as a double-double
// (Dekker's exact product, no FMA); then ±sin or ±cos of x by fdlibm's kernels (__kernel_sin,
// __kernel_cos, which take the tail of x), chosen by the quarter turn q.
static inline __attribute__((always_inline)) vd cos_2pi(vd t) {
    const double s1 = -1.66666666666666324348e-01, s2 = 8.33333333332248946124e-03,
                 s3 = -1.98412698298579493134e-04, s4 = 2.75573137070700676789e-06,
                 s5 = -2.50507602534068634195e-08, s6 = 1.58969099521155010221e-10;
    const double c1 = 4.16666666666666019037e-02, c2 = -1.38888888888741095749e-03,
                 c3 = 2.48015872894767294178e-05, c4 = -2.75573143513906633035e-07,
                 c5 = 2.08757232129817482790e-09, c6 = -1.13596475577881948265e-11;
    // 2π = p + p2 (p the double nearest 2π), and p = ph + pl with ph of 26 bits.
    const double p = 0x1.921fb54442d18p+2, p2 = 0x1.1a62633145c07p-52;
    const double ph = 0x1.921fb50000000p+2, pl = p - ph;
    const vd qm = 4.0 * t + 0x1.8p52;  // round(4t) in the low bits of the mantissa
    const vd q = qm - 0x1.8p52;
    const vu n = (vu)qm & 3ull;
    const vd r = t - 0.25 * q;
    // Veltkamp split of r into 26 + 27 bits, then r·p exactly as xh + e.
    const vd sp = 134217729.0 * r;
    const vd rh = sp - (sp - r), rl = r - rh;
    const vd xh = r * p;
    const vd e = ((rh * ph - xh) + rh * pl + rl * ph) + rl * pl;
    const vd xl = e + r * p2;
    const vd z = xh * xh;
    // sin(xh + xl), __kernel_sin with iy = 1
    const vd v = z * xh;
    const vd rs = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)));
    const vd sine = xh - ((z * (0.5 * xl - v * rs) - xl) - v * s1);
    // cos(xh + xl), __kernel_cos
    const vd rc = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))));
    const vd hz = 0.5 * z;
    const vd w = 1.0 - hz;
    const vd cosine = w + (((1.0 - w) - hz) + (z * rc - xh * xl));
    // q = 0: cos; 1: −sin; 2: −cos; 3: sin (q = 4 is a full turn: cos).
    const vu odd = -(n & 1ull);                             // all ones where sin
    const vu negative = ((n + 1ull) & 2ull) << 62;          // the sign bit where −
    const vu chosen = ((vu)sine & odd) | ((vu)cosine & ~odd);
    return (vd)(chosen ^ negative);
}

// Values first ..< first + count of the stream: value i is mean + sd·√(−2 log u₁)·cos(2πu₂)
// with u₁, u₂ the open-unit doubles of draws 2i and 2i + 1 (draw j = Threefry of counter
// (0x8000_0000 | j >> 32, j mod 2³²), x0·2³² + x1). Sixteen draws (eight values) per step.
static inline __attribute__((always_inline)) void normal_fill(uint32_t k0, uint32_t k1, uint64_t first, ptrdiff_t count,
                                                             double mean, double sd, double *out) {
    const vw2 lanes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    double tail[LANES];
    for (ptrdiff_t i = 0; i < count; i += LANES) {
        const uint64_t j = 2 * (first + (uint64_t)i);
        const vw2 lo = lanes + (uint32_t)j;
        // Lanes past a wrap of the low word carry into the high word.
        const vw2 carry = (vw2)(lo < (uint32_t)j) & 1u;
        const vw2 hi = (0x80000000u | (uint32_t)(j >> 32)) + carry;
        vw2 x0, x1;
        threefry8(k0, k1, hi, lo, &x0, &x1);
#define EVEN 0, 2, 4, 6, 8, 10, 12, 14
#define ODD 1, 3, 5, 7, 9, 11, 13, 15
        const vw x0a = __builtin_shufflevector(x0, x0, EVEN), x1a = __builtin_shufflevector(x1, x1, EVEN);
        const vw x0b = __builtin_shufflevector(x0, x0, ODD), x1b = __builtin_shufflevector(x1, x1, ODD);
#undef ODD
#undef EVEN
        const vd u1 = open_unit(x0a, x1a), u2 = open_unit(x0b, x1b);
        const vd radius = __builtin_elementwise_sqrt(-2.0 * log_positive(u1));
        const vd value = mean + (sd * radius) * cos_2pi(u2);
        if (count - i >= LANES) {
            __builtin_memcpy(out + i, &value, sizeof value);
        } else {
            __builtin_memcpy(tail, &value, sizeof value);
            for (ptrdiff_t r = 0; r < count - i; r++) out[i + r] = tail[r];
        }
    }
}

void folio_normal_fill(uint32_t k0, uint32_t k1, uint64_t first, ptrdiff_t count, double mean, double sd, double *out) {
    normal_fill(k0, k1, first, count, mean, sd, out);
}

void folio_log_open_unit(const double *x, ptrdiff_t count, double *out) {
    for (ptrdiff_t i = 0; i < count; i += LANES) {
        vd v = (vd){0} + 1.0;
        for (ptrdiff_t r = 0; r < LANES && i + r < count; r++) v[r] = x[i + r];
        const vd y = log_positive(v);
        for (ptrdiff_t r = 0; r < LANES && i + r < count; r++) out[i + r] = y[r];
    }
}

void folio_cos_2pi_unit(const double *t, ptrdiff_t count, double *out) {
    for (ptrdiff_t i = 0; i < count; i += LANES) {
        vd v = (vd){0};
        for (ptrdiff_t r = 0; r < LANES && i + r < count; r++) v[r] = t[i + r];
        const vd y = cos_2pi(v);
        for (ptrdiff_t r = 0; r < LANES && i + r < count; r++) out[i + r] = y[r];
    }
}

#if defined(__x86_64__)
__attribute__((target("avx2")))
void folio_normal_fill_avx2(uint32_t k0, uint32_t k1, uint64_t first, ptrdiff_t count, double mean, double sd, double *out) {
    normal_fill(k0, k1, first, count, mean, sd, out);
}
#endif
