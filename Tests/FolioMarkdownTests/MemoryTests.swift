import FolioMarkdown
import Foundation
import Testing

@Suite struct MemoryTests {
    /// Resident set size in bytes, from /proc/self/statm (Linux).
    func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
            return nil
        }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static let sample = """
        ---
        title: Memory
        tags: [a, b]
        ---
        # Heading $x$

        Text with $a_1$ and `{swift} p` and *emphasis*, [link](u) ![img $y$](i.png).

        $$
        \\sum_i p_i = 1
        $$ {#eq-sum}

        - item $$z$$ inside
        > quote

        ```swift
        //| label: fig-a
        let x = 1
        ```
        """

    /// Not under ASan: its quarantine holds freed memory on purpose (and LeakSanitizer checks
    /// leaks there directly).
    @Test(.enabled(if: !underAddressSanitizer, "ASan's quarantine keeps freed memory resident"))
    func twentyThousandParseRenderCyclesDoNotLeak() throws {
        memoryMeasurement.lock()
        defer { memoryMeasurement.unlock() }
        let hooks = HTMLHooks(
            codeBlock: { "<pre>\($0.code)</pre>" }, displayMath: { "<div>\($0.tex)</div>" },
            inlineMath: { "<span>\($0)</span>" }, inlineExpression: { "<b>\($0.code)</b>" })
        // Warm up allocator pools before measuring.
        for _ in 0..<500 { _ = try Note.parse(Self.sample, path: "m.md").renderHTML(hooks) }
        // Resident memory is process-wide and other suites run concurrently, so one reading can
        // be inflated by their allocations. A leak grows every round; noise does not: measure
        // eight rounds of 2,500 cycles (20,000 in all) — the later ones usually run after the other
        // suites have finished — and require the smallest growth to be small.
        var growths: [Int] = []
        var total = 0
        for _ in 0..<8 {
            guard let before = residentBytes() else {
                Issue.record("/proc/self/statm is not readable")
                return
            }
            for _ in 0..<2_500 {
                let n = try Note.parse(Self.sample, path: "m.md")
                total += n.renderHTML(hooks).utf8.count
            }
            guard let after = residentBytes() else { return }
            growths.append(after - before)
        }
        #expect(total > 0)
        // A leak of 400 bytes per cycle would grow each round by 1 MB.
        #expect((growths.min() ?? 0) < 1 << 20, "resident memory grew by \(growths) bytes per round")
    }
}
