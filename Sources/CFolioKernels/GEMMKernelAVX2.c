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

// Two side-by-side 4×4 tiles (a 4×8 block: B panels jr and jr+4, which are adjacent in pb)
// in one pass over kc, so each broadcast of A serves eight columns: the same per-element
// order as `tile`.
__attribute__((target("avx2")))
static inline void tile2(const double *a, const double *b, ptrdiff_t kc, double *c, ptrdiff_t ldc) {
    const double *b2 = b + NR * kc;
    __m256d c0 = _mm256_loadu_pd(c), d0 = _mm256_loadu_pd(c + 4);
    __m256d c1 = _mm256_loadu_pd(c + ldc), d1 = _mm256_loadu_pd(c + ldc + 4);
    __m256d c2 = _mm256_loadu_pd(c + 2 * ldc), d2 = _mm256_loadu_pd(c + 2 * ldc + 4);
    __m256d c3 = _mm256_loadu_pd(c + 3 * ldc), d3 = _mm256_loadu_pd(c + 3 * ldc + 4);
    ptrdiff_t p = 0;
#define ROW(cr, dr, off) do { \
        const __m256d x0 = _mm256_broadcast_sd(o + (off)), x1 = _mm256_broadcast_sd(o + (off) + 8); \
        cr = _mm256_add_pd(cr, _mm256_add_pd(_mm256_mul_pd(b0, x0), _mm256_mul_pd(b1, x1))); \
        dr = _mm256_add_pd(dr, _mm256_add_pd(_mm256_mul_pd(e0, x0), _mm256_mul_pd(e1, x1))); \
    } while (0)
    for (; p + 1 < kc; p += 2) {
        const __m256d b0 = _mm256_loadu_pd(b + 4 * p), b1 = _mm256_loadu_pd(b + 4 * p + 4);
        const __m256d e0 = _mm256_loadu_pd(b2 + 4 * p), e1 = _mm256_loadu_pd(b2 + 4 * p + 4);
        const double *o = a + 8 * p;
        ROW(c0, d0, 0); ROW(c1, d1, 2); ROW(c2, d2, 4); ROW(c3, d3, 6);
    }
#undef ROW
    if (p < kc) {
        const __m256d b0 = _mm256_loadu_pd(b + 4 * p), e0 = _mm256_loadu_pd(b2 + 4 * p);
        const double *o = a + 8 * p;
        __m256d x = _mm256_broadcast_sd(o + 0);
        c0 = _mm256_add_pd(c0, _mm256_mul_pd(b0, x)); d0 = _mm256_add_pd(d0, _mm256_mul_pd(e0, x));
        x = _mm256_broadcast_sd(o + 2);
        c1 = _mm256_add_pd(c1, _mm256_mul_pd(b0, x)); d1 = _mm256_add_pd(d1, _mm256_mul_pd(e0, x));
        x = _mm256_broadcast_sd(o + 4);
        c2 = _mm256_add_pd(c2, _mm256_mul_pd(b0, x)); d2 = _mm256_add_pd(d2, _mm256_mul_pd(e0, x));
        x = _mm256_broadcast_sd(o + 6);
        c3 = _mm256_add_pd(c3, _mm256_mul_pd(b0, x)); d3 = _mm256_add_pd(d3, _mm256_mul_pd(e0, x));
    }
    _mm256_storeu_pd(c, c0); _mm256_storeu_pd(c + 4, d0);
    _mm256_storeu_pd(c + ldc, c1); _mm256_storeu_pd(c + ldc + 4, d1);
    _mm256_storeu_pd(c + 2 * ldc, c2); _mm256_storeu_pd(c + 2 * ldc + 4, d2);
    _mm256_storeu_pd(c + 3 * ldc, c3); _mm256_storeu_pd(c + 3 * ldc + 4, d3);
}

// An edge tile (rows × columns, fewer than 4×4): the full tile on a copy (the packing pads
// with zeros), storing back only the part that exists.
__attribute__((target("avx2")))
static void edge(const double *a, const double *b, ptrdiff_t kc, double *c, ptrdiff_t ldc,
                 ptrdiff_t rows, ptrdiff_t columns) {
    double t[MR * NR] = {0};
    for (ptrdiff_t r = 0; r < rows; r++)
        for (ptrdiff_t j = 0; j < columns; j++) t[r * NR + j] = c[r * ldc + j];
    tile(a, b, kc, t, NR);
    for (ptrdiff_t r = 0; r < rows; r++)
        for (ptrdiff_t j = 0; j < columns; j++) c[r * ldc + j] = t[r * NR + j];
}

__attribute__((target("avx2")))
void folio_gemm_macro_avx2(const double *pa, const double *pb, double *c,
                           ptrdiff_t m, ptrdiff_t n, ptrdiff_t kc, ptrdiff_t ldc) {
    for (ptrdiff_t jr = 0; jr < n;) {
        const double *panelB = pb + (jr / NR) * NR * kc;
        // Two full B panels side by side: 4×8 blocks; otherwise one (possibly partial) panel.
        const ptrdiff_t width = n - jr >= 2 * NR ? 2 * NR : (n - jr < NR ? n - jr : NR);
        for (ptrdiff_t ir = 0; ir < m; ir += MR) {
            const double *panelA = pa + 2 * (ir / MR) * MR * kc;
            const ptrdiff_t rows = m - ir < MR ? m - ir : MR;
            double *ct = c + ir * ldc + jr;
            if (rows == MR && width == 2 * NR) {
                tile2(panelA, panelB, kc, ct, ldc);
            } else if (width == 2 * NR) {
                edge(panelA, panelB, kc, ct, ldc, rows, NR);
                edge(panelA, panelB + NR * kc, kc, ct + NR, ldc, rows, NR);
            } else if (rows == MR && width == NR) {
                tile(panelA, panelB, kc, ct, ldc);
            } else {
                edge(panelA, panelB, kc, ct, ldc, rows, width);
            }
        }
        jr += width;
    }
}

#else

// No AVX2 off x86-64 (the header does not declare the kernel there).
int folio_cpu_has_avx2(void) { return 0; }

#endif
