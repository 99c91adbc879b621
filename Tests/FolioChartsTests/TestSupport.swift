import Foundation

@testable import FolioCharts

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses `text` as XML; returns the parser's error, or nil when it is well-formed.
func xmlError(_ text: String) -> Error? {
    let parser = XMLParser(data: Data(text.utf8))
    let ok = parser.parse()
    if ok && parser.parserError == nil { return nil }
    return parser.parserError ?? ChartError("XMLParser returned false")
}

/// All values of attribute `name` in `svg` (`name="…"`), in order.
func attributeValues(_ name: String, in svg: String) -> [String] {
    var out: [String] = []
    var rest = svg[...]
    let key = " \(name)=\""
    while let r = rest.range(of: key) {
        let after = rest[r.upperBound...]
        guard let end = after.firstIndex(of: "\"") else { break }
        out.append(String(after[..<end]))
        rest = after[end...]
    }
    return out
}

/// The points of an SVG path `d` made of `M`/`L` commands, grouped by subpath.
func subpaths(_ d: String) -> [[(Double, Double)]] {
    d.split(separator: "M").map { sub in
        sub.replacingOccurrences(of: "h0", with: "").split(separator: "L").compactMap { pair -> (Double, Double)? in
            let xy = pair.split(separator: ",")
            guard xy.count == 2, let x = Double(xy[0]), let y = Double(xy[1].filter { $0 != "Z" }) else { return nil }
            return (x, y)
        }
    }
}

/// The `d` of every `<path class="line…">`.
func linePaths(_ svg: String) -> [String] {
    svg.components(separatedBy: "<path class=\"line").dropFirst().compactMap { chunk in
        attributeValues("d", in: " " + chunk).first
    }
}

/// The texts of elements with `class="tick-label"` inside the group whose class starts with `group`.
func tickLabels(_ svg: String, group: String) -> [String] {
    guard let start = svg.range(of: "<g class=\"\(group)") else { return [] }
    let body = svg[start.upperBound...]
    let end = body.range(of: "</g>")?.lowerBound ?? body.endIndex
    return body[..<end].components(separatedBy: "class=\"tick-label\"").dropFirst().compactMap { chunk in
        guard let gt = chunk.firstIndex(of: ">"), let lt = chunk.firstIndex(of: "<") else { return nil }
        return String(chunk[chunk.index(after: gt)..<lt])
    }
}

func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}
