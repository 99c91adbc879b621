import Foundation

/// Notes and folders for the tests: each test gets its own temporary folder.
enum Fixture {
    /// A fresh empty folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` at `relativePath` under `root` (creating folders) and returns its path.
    @discardableResult
    static func write(_ text: String, to relativePath: String, in root: URL) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A note whose one block verifies Gauss's sum (one labelled equation, one check).
    static let passing = """
        ---
        title: Passing note
        ---

        $$
        \\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}
        $$ {#eq-gauss}

        ```swift
        //| verifies: eq-gauss
        var total = 0
        for k in 1...100 {
            total += k
        }
        print("total = \\(total)")
        #expect(total == 100 * 101 / 2)
        ```

        """

    /// A note whose check fails at line 10 (in its first block).
    static let failing = """
        ---
        title: A failing expectation
        ---

        Line five of this note is prose.

        ```swift
        let x = 2.0
        let y = x * x
        #expect(y == 5.0)
        print("after the check")
        ```

        """
}
