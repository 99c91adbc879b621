import Foundation

/// CSL-JSON (the format of Zotero, Pandoc and citeproc): an array of items with `id`, `title`,
/// `author` (`family`/`given` or `literal`), `issued.date-parts`, `container-title`,
/// `publisher`, `DOI`, `URL`. An arXiv identifier is taken from `arXiv`/`eprint`, or from a
/// `URL` on arxiv.org.
enum CSLJSON {
    /// The entries of `text`, in file order.
    static func parse(_ text: String) throws(Bibliography.LoadError) -> [BibEntry] {
        guard let data = text.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data)
        else {
            throw .init(message: "the bibliography is not valid JSON", line: 0)
        }
        guard let items = json as? [[String: Any]] else {
            throw .init(message: "a CSL-JSON bibliography is an array of objects", line: 0)
        }
        var entries: [BibEntry] = []
        for (n, item) in items.enumerated() {
            guard let id = item["id"] as? String ?? (item["id"] as? Int).map(String.init) else {
                throw .init(message: "item \(n + 1) of the bibliography has no \"id\"", line: 0)
            }
            var names: [String] = []
            var families: [String] = []
            for person in item["author"] as? [[String: Any]] ?? [] {
                if let literal = person["literal"] as? String {
                    names.append(literal)
                    families.append(literal)
                } else {
                    let family = person["family"] as? String ?? ""
                    let given = person["given"] as? String ?? ""
                    names.append(given.isEmpty ? family : "\(given) \(family)")
                    families.append(family)
                }
            }
            var year: String?
            if let issued = item["issued"] as? [String: Any],
                let parts = issued["date-parts"] as? [[Any]], let first = parts.first?.first
            {
                year = (first as? Int).map(String.init) ?? first as? String
            }
            let url = item["URL"] as? String
            var arxiv = item["arXiv"] as? String ?? item["eprint"] as? String
            if arxiv == nil, let url, let r = url.range(of: "arxiv.org/abs/") {
                arxiv = String(url[r.upperBound...])
            }
            entries.append(
                BibEntry(
                    key: id, authors: names, familyNames: families, title: item["title"] as? String ?? id,
                    venue: item["container-title"] as? String ?? item["publisher"] as? String,
                    year: year, doi: item["DOI"] as? String, arxiv: arxiv, url: url))
        }
        return entries
    }
}
