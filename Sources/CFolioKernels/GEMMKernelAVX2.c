// The AVX2 micro-kernel of the packed GEMM (see GEMM.swift in FolioNumerics for the packing
// and the summation order it must keep).
#include "CFolioKernels.h"

// Contracting a*b+c into one FMA would round once instead of twice and change the result.
#pragma STDC FP_CONTRACT OFF
#if defined(__clang__)
#pragma clang fp contract(off)
#endif

#if defined(__x86_64__)
#include <immintrin.h>

int folio_cpu_has_avx2(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") ? 1 : 0;
}

enum { MR = 4, NR = 4 };

// One 4×4 tile of C (row stride ldc) += the products of one A panel and one B panel over kc.
// Each row of the tile is one 256-bit register; for each pair of p, row r gets
// c_r += (b_p·a_rp + b_{p+1}·a_r(p+1)), then a lone c_r += b_p·a_rp if kc is odd, exactly the
// Swift kernel's (and Tensor.gemmReference's) order.
__attribute__((target("avx2")))
static inline void tile(const double *a, const double *b, ptrdiff_t kc, double *c, ptrdiff_t ldc) {
    __m256d c0 = _mm256_loadu_pd(c);
    __m256d c1 = _mm256_loadu_pd(c + ldc);
    __m256d c2 = _mm256_loadu_pd(c + 2 * ldc);
    __m256d c3 = _mm256_loadu_pd(c + 3 * ldc);
    ptrdiff_t p = 0;
    for (; p + 1 < kc; p += 2) {
        const __m256d b0 = _mm256_loadu_pd(b + 4 * p), b1 = _mm256_loadu_pd(b + 4 * p + 4);
        // A is packed k-major, MR values per p, each twice: a_rp is at 2·(p·MR + r).
        const double *o = a + 8 * p;
        c0 = _mm256_add_pd(c0, _mm256_add_pd(_mm256_mul_pd(b0, _mm256_broadcast_sd(o + 0)),
                                             _mm256_mul_pd(b1, _mm256_broadcast_sd(o + 8))));
        c1 = _mm256_add_pd(c1, _mm256_add_pd(_mm256_mul_pd(b0, _mm256_broadcast_sd(o + 2)),
                                             _mm256_mul_pd(b1, _mm256_broadcast_sd(o + 10))));
        c2 = _mm256_add_pd(c2, _mm256_add_pd(_mm256_mul_pd(b0, _mm256_broadcast_sd(o + 4)),
                                             _mm256_mul_pd(b1, _mm256_broadcast_sd(o + 12))));
        c3 = _mm256_add_pd(c3, _mm256_add_pd(_mm256_mul_pd(b0, _mm256_broadcast_sd(o + 6)),
                                             _mm256_mul_pd(b1, _mm256_broadcast_sd(o + 14))));
    }
    if (p < kc) {
        const __m256d b0 = _mm256_loadu_pd(b + 4 * p);
        const double *o = a + 8 * p;
        c0 = _mm256_add_pd(c0, _mm256_mul_pd(b0, _mm256_broadcast_sd(o + 0)));
        c1 = _mm256_add_pd(c1, _mm256_mul_pd(b0, _mm256_broadcast_sd(o + 2)));
        c2 = _mm256_add_pd(c2, _mm256_mul_pd(b0, _mm256_broadcast_sd(o + 4)));
        c3 = _mm256_add_pd(c3, _mm256_mul_pd(b0, _mm256_broadcast_sd(o + 6)));
    }
    _mm256_storeu_pd(c, c0);
    _mm256_storeu_pd(c + ldc, c1);
    _mm256_storeu_pd(c + 2 * ldc, c2);
    _mm256_storeu_pd(c + 3 * ldc, c3);
}

__attribute__((target("avx2")))
void folio_gemm_macro_avx2(const double *pa, const double *pb, double *c,
                           ptrdiff_t m, ptrdiff_t n, ptrdiff_t kc, ptrdiff_t ldc) {
    for (ptrdiff_t jr = 0; jr < n; jr += NR) {
        const double *panelB = pb + (jr / NR) * NR * kc;
        const ptrdiff_t columns = n - jr < NR ? n - jr : NR;
        for (ptrdiff_t ir = 0; ir < m; ir += MR) {
            const double *panelA = pa + 2 * (ir / MR) * MR * kc;
            const ptrdiff_t rows = m - ir < MR ? m - ir : MR;
            double *ct = c + ir * ldc + jr;
            if (rows == MR && columns == NR) {
                tile(panelA, panelB, kc, ct, ldc);
            } else {
                // An edge tile: run the full tile on a copy (the packing pads with zeros) and
                // store back only the part that exists.
                double t[MR * NR] = {0};
                for (ptrdiff_t r = 0; r < rows; r++)
                    for (ptrdiff_t j = 0; j < columns; j++) t[r * NR + j] = ct[r * ldc + j];
                tile(panelA, panelB, kc, t, NR);
                for (ptrdiff_t r = 0; r < rows; r++)
                    for (ptrdiff_t j = 0; j < columns; j++) ct[r * ldc + j] = t[r * NR + j];
            }
        }
    }
}

#else

// No AVX2 off x86-64 (the header does not declare the kernel there).
int folio_cpu_has_avx2(void) { return 0; }

#endif
