import CFolioHTTP
import Foundation

/// One blocking HTTP request, sent through libcurl loaded at run time (`CFolioHTTP`) rather than
/// through URLSession: linking FoundationNetworking made every `folio` process load libcurl and
/// about thirty libraries it needs, some 5 ms of start-up, although only a render with a shared
/// cache sends requests.
struct HTTPTransfer {
    /// What the server answered.
    struct Response {
        /// The HTTP status code of the last response (after redirects).
        var status: Int
        /// Its body (empty for HEAD).
        var body: Data
    }

    /// Why no answer came: libcurl's error code (-1: libcurl could not be loaded) and message.
    struct Failure: Error {
        /// libcurl's `CURLcode`, or -1 when libcurl is missing.
        var code: Int32
        /// libcurl's description, which may name the host but never carries headers.
        var message: String
    }

    /// `method` on `url` with `headers` and `body`; a transfer without progress for
    /// `idleSeconds`, or longer than `totalSeconds`, fails as a timeout.
    static func send(
        _ method: String, url: String, headers: [String], body: Data?, idleSeconds: Int, totalSeconds: Int
    ) -> Result<Response, Failure> {
        var result = folio_http_result()
        withCStrings(headers) { lines in
            (body ?? Data()).withUnsafeBytes { bytes in
                folio_http_request(
                    method, url, lines, headers.count, bytes.baseAddress, bytes.count, body == nil ? 0 : 1,
                    idleSeconds, totalSeconds, &result)
            }
        }
        defer { folio_http_result_free(&result) }
        guard result.curl_code == 0 else {
            let message = withUnsafeBytes(of: result.error) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            return .failure(Failure(code: result.curl_code, message: message))
        }
        let body = result.body.map { Data(bytes: $0, count: result.body_length) } ?? Data()
        return .success(Response(status: result.status, body: body))
    }

    /// Calls `body` with `strings` as an array of C strings that live for the call.
    private static func withCStrings<Result>(
        _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result
    ) -> Result {
        let copies = strings.map { strdup($0) }
        defer {
            for copy in copies { free(copy) }
        }
        return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
