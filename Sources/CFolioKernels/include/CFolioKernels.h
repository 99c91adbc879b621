// CFolioKernels: the few numeric kernels of Folio that need instructions Swift's baseline
// target (SSE2 on x86-64) cannot emit. Each kernel is chosen at run time and has a Swift
// fallback in FolioNumerics that gives bit-identical results.
#ifndef CFOLIOKERNELS_H
#define CFOLIOKERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Nonzero if this CPU (and OS) can run the AVX2 kernels: checked once, at run time, because
/// the binary itself is built for the SSE2 baseline.
int folio_cpu_has_avx2(void);

/// Values `first ..< first + count` of FolioNumerics' normal sampler for key (k0, k1), into
/// `out`: value i is mean + sd·√(−2 log u₁)·cos(2πu₂), u₁ and u₂ the open-interval uniforms
/// (v + 0.5)·2⁻⁵³ of 64-bit draws 2i and 2i + 1 of the key's stream (draw j is Threefry-2x32-20
/// of counter (0x8000_0000 | j >> 32, j mod 2³²)). log and cos(2πu) are this library's own
/// (below 1 ULP, see folio_log_open_unit and folio_cos_2pi_unit), so the values are the same
/// on every machine and from folio_normal_fill_avx2.
void folio_normal_fill(uint32_t k0, uint32_t k1, uint64_t first, ptrdiff_t count, double mean, double sd, double *out);

/// The natural log the normal sampler uses, for positive normal doubles (fdlibm's method,
/// branch-free, four at a time); exposed for the accuracy tests.
void folio_log_open_unit(const double *x, ptrdiff_t count, double *out);

/// cos(2πt) as the normal sampler computes it, for t in [0, 1] (exact reduction to a
/// quarter turn, then fdlibm's sin and cos kernels); exposed for the accuracy tests.
void folio_cos_2pi_unit(const double *t, ptrdiff_t count, double *out);

#if defined(__x86_64__)
/// folio_normal_fill in 256-bit AVX2 registers: the same values, bit for bit. Must only be
/// called if folio_cpu_has_avx2() is nonzero.
void folio_normal_fill_avx2(uint32_t k0, uint32_t k1, uint64_t first, ptrdiff_t count, double mean, double sd, double *out);

/// Packs A[0..<m, 0..<kc] (row stride lda) for folio_gemm_macro_avx2: 4-tall panels, k-major
/// (4·kc doubles per panel, value (r, p) of a panel at 4·p + r), the last panel's missing rows
/// zero. Each value is stored once (the AVX2 kernel broadcasts it from memory).
void folio_gemm_pack_a_avx2(const double *a, ptrdiff_t lda, ptrdiff_t m, ptrdiff_t kc, double *out);

/// Packs B[0..<kc, 0..<n] (row stride ldb) for folio_gemm_macro_avx2: 8-wide panels, k-major
/// (8·kc doubles per panel, one 64-byte line per p), the last panel's missing columns zero.
/// `out` must be 32-byte aligned. Must only be called if folio_cpu_has_avx2() is nonzero.
void folio_gemm_pack_b_avx2(const double *b, ptrdiff_t ldb, ptrdiff_t n, ptrdiff_t kc, double *out);

/// The AVX2 macro-kernel of FolioNumerics' packed GEMM: C[0..<m, 0..<n] += A·B over one
/// kc-deep slice, from A and B packed by the two functions above (pb 32-byte aligned), into
/// C with row stride ldc, in 4×8 blocks. Separate multiplies and adds (no FMA) in the same
/// order as the Swift kernel, so the result is bit-identical to it. Must only be called if
/// folio_cpu_has_avx2() is nonzero.
void folio_gemm_macro_avx2(const double *pa, const double *pb, double *c,
                           ptrdiff_t m, ptrdiff_t n, ptrdiff_t kc, ptrdiff_t ldc);
#endif

#ifdef __cplusplus
}
#endif

#endif
