// CFolioHTTP: one HTTP request through libcurl, which is loaded with dlopen the first time a
// request is made rather than linked. Linking it (as Foundation's URLSession does) made the
// dynamic loader map and relocate libcurl and the ~30 libraries it needs (TLS, Kerberos, LDAP…)
// at the start of every `folio` process, about 5 ms, although only a render with a shared
// cache ever sends a request.
#ifndef CFOLIOHTTP_H
#define CFOLIOHTTP_H

#include <stddef.h>

/// What one request did. `curl_code` is 0 when the server answered (whatever its status);
/// otherwise it is libcurl's CURLcode, or -1 when libcurl could not be loaded.
typedef struct {
    long status;
    int curl_code;
    unsigned char *body;
    size_t body_length;
    /// A message for curl_code -1 (why libcurl could not be loaded), or libcurl's own.
    char error[256];
} folio_http_result;

/// Sends `method` to `url` with `header_count` header lines ("Name: value") and, when
/// `has_body`, the `body_length` bytes at `body`, following redirects. A transfer with no
/// progress for `idle_seconds` (or no connection after as long), or lasting longer than
/// `total_seconds`, fails as a timeout.
/// Blocks until done; safe to call from several threads at once. Free the result with
/// folio_http_result_free.
void folio_http_request(
    const char *method, const char *url, const char *const *headers, size_t header_count,
    const void *body, size_t body_length, int has_body, long idle_seconds, long total_seconds,
    folio_http_result *result);

/// Frees what a result holds (its body).
void folio_http_result_free(folio_http_result *result);

#endif
