// The AVX2 kernels of the packed GEMM: packing and the 4×8 micro-kernel (see GEMM.swift in
// FolioNumerics for the blocking and the summation order they must keep).
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

enum { MR = 4, NR = 8 };

void folio_gemm_pack_a_avx2(const double *a, ptrdiff_t lda, ptrdiff_t m, ptrdiff_t kc, double *out) {
    for (ptrdiff_t ir = 0; ir < m; ir += MR, out += MR * kc) {
        const ptrdiff_t rows = m - ir < MR ? m - ir : MR;
        const double *r0 = a + ir * lda;
        if (rows == MR) {
            const double *r1 = r0 + lda, *r2 = r1 + lda, *r3 = r2 + lda;
            for (ptrdiff_t p = 0; p < kc; p++) {
                out[MR * p] = r0[p]; out[MR * p + 1] = r1[p];
                out[MR * p + 2] = r2[p]; out[MR * p + 3] = r3[p];
            }
        } else {
            for (ptrdiff_t p = 0; p < kc; p++)
                for (ptrdiff_t r = 0; r < MR; r++) out[MR * p + r] = r < rows ? r0[r * lda + p] : 0.0;
        }
    }
}

__attribute__((target("avx2")))
void folio_gemm_pack_b_avx2(const double *b, ptrdiff_t ldb, ptrdiff_t n, ptrdiff_t kc, double *out) {
    for (ptrdiff_t jr = 0; jr < n; jr += NR, out += NR * kc) {
        const ptrdiff_t columns = n - jr < NR ? n - jr : NR;
        const double *src = b + jr;
        if (columns == NR) {
            for (ptrdiff_t p = 0; p < kc; p++, src += ldb) {
                _mm256_store_pd(out + NR * p, _mm256_loadu_pd(src));
                _mm256_store_pd(out + NR * p + 4, _mm256_loadu_pd(src + 4));
            }
        } else {
            for (ptrdiff_t p = 0; p < kc; p++, src += ldb)
                for (ptrdiff_t j = 0; j < NR; j++) out[NR * p + j] = j < columns ? src[j] : 0.0;
        }
    }
}

// One 4×8 block of C (row stride ldc) += the products of one A panel (4 values per p) and one
// B panel (8 values per p, 64-byte aligned) over kc. Rows of the block are two 256-bit
// registers each (c_r: columns 0–3, d_r: columns 4–7); for each pair of p, every element gets
// c += (a_p·b_p + a_{p+1}·b_{p+1}), then a lone c += a_p·b_p if kc is odd: exactly the order of
// the Swift kernel and of Tensor.gemmReference. Sixteen registers: eight accumulators, four B
// vectors, the two broadcasts of A and two products. The A panel streams from L2: it is
// prefetched eight pairs ahead (a few percent on this loop; the B panel stays in L1).
__attribute__((target("avx2"), always_inline))
static inline void block(const double *a, const double *b, ptrdiff_t kc, double *c, ptrdiff_t ldc) {
    __m256d c0 = _mm256_loadu_pd(c), d0 = _mm256_loadu_pd(c + 4);
    __m256d c1 = _mm256_loadu_pd(c + ldc), d1 = _mm256_loadu_pd(c + ldc + 4);
    __m256d c2 = _mm256_loadu_pd(c + 2 * ldc), d2 = _mm256_loadu_pd(c + 2 * ldc + 4);
    __m256d c3 = _mm256_loadu_pd(c + 3 * ldc), d3 = _mm256_loadu_pd(c + 3 * ldc + 4);
#define ROW(cr, dr, r) do { \
        const __m256d x0 = _mm256_broadcast_sd(a + (r)), x1 = _mm256_broadcast_sd(a + MR + (r)); \
        cr = _mm256_add_pd(cr, _mm256_add_pd(_mm256_mul_pd(b0, x0), _mm256_mul_pd(b1, x1))); \
        dr = _mm256_add_pd(dr, _mm256_add_pd(_mm256_mul_pd(e0, x0), _mm256_mul_pd(e1, x1))); \
    } while (0)
#define PAIR() do { \
        _mm_prefetch((const char *)(a + 64), _MM_HINT_T0); \
        const __m256d b0 = _mm256_load_pd(b), e0 = _mm256_load_pd(b + 4); \
        const __m256d b1 = _mm256_load_pd(b + NR), e1 = _mm256_load_pd(b + NR + 4); \
        ROW(c0, d0, 0); ROW(c1, d1, 1); ROW(c2, d2, 2); ROW(c3, d3, 3); \
        a += 2 * MR; b += 2 * NR; \
    } while (0)
    ptrdiff_t pairs = kc / 2;
    for (; pairs >= 2; pairs -= 2) { PAIR(); PAIR(); }
    if (pairs) PAIR();
#undef PAIR
#undef ROW
    if (kc & 1) {
        const __m256d b0 = _mm256_load_pd(b), e0 = _mm256_load_pd(b + 4);
        __m256d x = _mm256_broadcast_sd(a);
        c0 = _mm256_add_pd(c0, _mm256_mul_pd(b0, x)); d0 = _mm256_add_pd(d0, _mm256_mul_pd(e0, x));
        x = _mm256_broadcast_sd(a + 1);
        c1 = _mm256_add_pd(c1, _mm256_mul_pd(b0, x)); d1 = _mm256_add_pd(d1, _mm256_mul_pd(e0, x));
        x = _mm256_broadcast_sd(a + 2);
        c2 = _mm256_add_pd(c2, _mm256_mul_pd(b0, x)); d2 = _mm256_add_pd(d2, _mm256_mul_pd(e0, x));
        x = _mm256_broadcast_sd(a + 3);
        c3 = _mm256_add_pd(c3, _mm256_mul_pd(b0, x)); d3 = _mm256_add_pd(d3, _mm256_mul_pd(e0, x));
    }
    _mm256_storeu_pd(c, c0); _mm256_storeu_pd(c + 4, d0);
    _mm256_storeu_pd(c + ldc, c1); _mm256_storeu_pd(c + ldc + 4, d1);
    _mm256_storeu_pd(c + 2 * ldc, c2); _mm256_storeu_pd(c + 2 * ldc + 4, d2);
    _mm256_storeu_pd(c + 3 * ldc, c3); _mm256_storeu_pd(c + 3 * ldc + 4, d3);
}

// An edge block (rows × columns, less than 4×8): the full block on a copy (the packing pads
// with zeros, which only reach the padding), storing back only the part that exists.
__attribute__((target("avx2")))
static void edge(const double *a, const double *b, ptrdiff_t kc, double *c, ptrdiff_t ldc,
                 ptrdiff_t rows, ptrdiff_t columns) {
    double t[MR * NR] = {0};
    for (ptrdiff_t r = 0; r < rows; r++)
        for (ptrdiff_t j = 0; j < columns; j++) t[r * NR + j] = c[r * ldc + j];
    block(a, b, kc, t, NR);
    for (ptrdiff_t r = 0; r < rows; r++)
        for (ptrdiff_t j = 0; j < columns; j++) c[r * ldc + j] = t[r * NR + j];
}

__attribute__((target("avx2")))
void folio_gemm_macro_avx2(const double *pa, const double *pb, double *c,
                           ptrdiff_t m, ptrdiff_t n, ptrdiff_t kc, ptrdiff_t ldc) {
    // B panel outside (it stays in L1 while the A panels stream from L2).
    for (ptrdiff_t jr = 0; jr < n; jr += NR) {
        const double *panelB = pb + jr * kc;
        const ptrdiff_t columns = n - jr < NR ? n - jr : NR;
        for (ptrdiff_t ir = 0; ir < m; ir += MR) {
            const double *panelA = pa + ir * kc;
            const ptrdiff_t rows = m - ir < MR ? m - ir : MR;
            double *ct = c + ir * ldc + jr;
            // The next block's rows of C (one or two lines each): out of cache since the last
            // slice, and the block cannot start before they arrive.
            if (ir + 2 * MR <= m) {
                for (int r = MR; r < 2 * MR; r++) {
                    _mm_prefetch((const char *)(ct + r * ldc), _MM_HINT_T0);
                    _mm_prefetch((const char *)(ct + r * ldc + NR - 1), _MM_HINT_T0);
                }
            }
            if (rows == MR && columns == NR) {
                block(panelA, panelB, kc, ct, ldc);
            } else {
                edge(panelA, panelB, kc, ct, ldc, rows, columns);
            }
        }
    }
}

#else

// No AVX2 off x86-64 (the header does not declare the kernels there).
int folio_cpu_has_avx2(void) { return 0; }

#endif
