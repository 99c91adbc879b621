// One HTTP request through libcurl's easy interface, with libcurl loaded at run time (see
// CFolioHTTP.h for why). Only the curl_easy_* and curl_slist_* functions used here are looked up.
#include "CFolioHTTP.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    int loaded;
    char failure[200];
} curl;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
    const char *names[] = {"libcurl.so.4", "libcurl.so", "libcurl.4.dylib", "libcurl.dylib"};
    void *library = NULL;
    for (size_t index = 0; index < sizeof names / sizeof names[0] && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(curl.failure, sizeof curl.failure, "libcurl not found (%s)", reason ? reason : "dlopen failed");
        return;
    }
#define FOLIO_LOOKUP(field, symbol)                                                                      \
    *(void **)(&curl.field) = dlsym(library, symbol);                                                  \
    if (curl.field == NULL) {                                                                          \
        snprintf(curl.failure, sizeof curl.failure, "libcurl lacks %s", symbol);                       \
        return;                                                                                        \
    }
    FOLIO_LOOKUP(global_init, "curl_global_init")
    FOLIO_LOOKUP(easy_init, "curl_easy_init")
    FOLIO_LOOKUP(easy_setopt, "curl_easy_setopt")
    FOLIO_LOOKUP(easy_perform, "curl_easy_perform")
    FOLIO_LOOKUP(easy_getinfo, "curl_easy_getinfo")
    FOLIO_LOOKUP(easy_cleanup, "curl_easy_cleanup")
    FOLIO_LOOKUP(easy_strerror, "curl_easy_strerror")
    FOLIO_LOOKUP(slist_append, "curl_slist_append")
    FOLIO_LOOKUP(slist_free_all, "curl_slist_free_all")
#undef FOLIO_LOOKUP
    // Not thread-safe in old libcurl versions: pthread_once runs it exactly once, before any
    // request.
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(curl.failure, sizeof curl.failure, "libcurl failed to initialise");
        return;
    }
    curl.loaded = 1;
}

/// The response body as it arrives.
typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
    int out_of_memory;
} buffer;

static size_t append_body(char *data, size_t size, size_t count, void *context) {
    buffer *body = context;
    size_t length = size * count;
    if (body->length + length > body->capacity) {
        size_t capacity = body->capacity ? body->capacity : 16384;
        while (capacity < body->length + length) capacity *= 2;
        unsigned char *grown = realloc(body->bytes, capacity);
        if (grown == NULL) {
            body->out_of_memory = 1;
            return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
        }
        body->bytes = grown;
        body->capacity = capacity;
    }
    memcpy(body->bytes + body->length, data, length);
    body->length += length;
    return length;
}

void folio_http_request(
    const char *method, const char *url, const char *const *headers, size_t header_count,
    const void *body, size_t body_length, int has_body, long idle_seconds, long total_seconds,
    folio_http_result *result) {
    memset(result, 0, sizeof *result);
    pthread_once(&curl_once, load_curl);
    if (!curl.loaded) {
        result->curl_code = -1;
        snprintf(result->error, sizeof result->error, "%s", curl.failure);
        return;
    }
    CURL *handle = curl.easy_init();
    if (handle == NULL) {
        result->curl_code = CURLE_FAILED_INIT;
        snprintf(result->error, sizeof result->error, "curl_easy_init failed");
        return;
    }
    struct curl_slist *lines = NULL;
    for (size_t index = 0; index < header_count; index++) lines = curl.slist_append(lines, headers[index]);
    // No `Expect: 100-continue` before a large upload: the body is sent at once, as URLSession
    // does, so a server that never reads stalls the upload and the idle timeout ends it.
    lines = curl.slist_append(lines, "Expect:");
    buffer received = {0};
    char message[CURL_ERROR_SIZE] = {0};

    curl.easy_setopt(handle, CURLOPT_URL, url);
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(handle, CURLOPT_HTTPHEADER, lines);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, message);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, append_body);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, &received);
    // The idle timeout: no connection within it, or less than one byte a second over it.
    curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, idle_seconds);
    curl.easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl.easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, idle_seconds);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT, total_seconds);
    if (strcmp(method, "HEAD") == 0) {
        curl.easy_setopt(handle, CURLOPT_NOBODY, 1L);
    } else if (strcmp(method, "GET") != 0) {
        curl.easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method);
    }
    if (has_body) {
        curl.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
        curl.easy_setopt(handle, CURLOPT_POSTFIELDS, body_length > 0 ? body : "");
    }

    CURLcode code = curl.easy_perform(handle);
    if (code == CURLE_OK) {
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &result->status);
        result->body = received.bytes;
        result->body_length = received.length;
    } else {
        result->curl_code = code;
        snprintf(result->error, sizeof result->error, "%s", message[0] ? message : curl.easy_strerror(code));
        free(received.bytes);
    }
    curl.easy_cleanup(handle);
    curl.slist_free_all(lines);
}

void folio_http_result_free(folio_http_result *result) {
    free(result->body);
    result->body = NULL;
    result->body_length = 0;
}
