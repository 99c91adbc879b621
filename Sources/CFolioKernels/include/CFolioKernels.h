// CFolioKernels: the few numeric kernels of Folio that need instructions Swift's baseline
// target (SSE2 on x86-64) cannot emit. Each kernel is chosen at run time and has a Swift
// fallback in FolioNumerics that gives bit-identical results.
#ifndef CFOLIOKERNELS_H
#define CFOLIOKERNELS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Nonzero if this CPU (and OS) can run the AVX2 kernels: checked once, at run time, because
/// the binary itself is built for the SSE2 baseline.
int folio_cpu_has_avx2(void);

#if defined(__x86_64__)
/// The AVX2 macro-kernel of FolioNumerics' packed GEMM: C[0..<m, 0..<n] += A·B over one
/// kc-deep slice, from A packed in 4-tall panels (each value stored twice, 2·4·kc doubles per
/// panel) and B packed in 4-wide panels (4·kc doubles per panel), into C with row stride ldc.
/// Separate multiplies and adds (no FMA) in the same order as the Swift kernel, so the result
/// is bit-identical to it. Must only be called if folio_cpu_has_avx2() is nonzero.
void folio_gemm_macro_avx2(const double *pa, const double *pb, double *c,
                           ptrdiff_t m, ptrdiff_t n, ptrdiff_t kc, ptrdiff_t ldc);
#endif

#ifdef __cplusplus
}
#endif

#endif
