import Ccmark
import FolioHTML
import Foundation

/// An image of the prose that is a numbered figure: `![caption](data/fig.png){#fig-x}` alone
/// in its paragraph.
public struct ProseFigure: Sendable, Equatable {
    /// The image's path as written (relative to the note's folder), or an `http(s)` URL.
    public var path: String
    /// The `fig-…` label.
    public var label: String
    /// The caption as plain text (the image's description, math as written); also its `alt`.
    public var caption: String
    /// Where the paragraph holding the image starts.
    public var location: SourceLocation

    /// A figure from its parts.
    public init(path: String, label: String, caption: String, location: SourceLocation) {
        self.path = path
        self.label = label
        self.caption = caption
        self.location = location
    }

    /// Whether `path` is a file of the note's folder (not a URL): the site copies those.
    public var isLocal: Bool { !path.contains("://") && !path.hasPrefix("//") }

    /// Whether a local path stays inside the note's folder (no absolute path, no `..`).
    public var isConfined: Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.contains("\\")
    }
}

/// Figures from images: an image alone in a paragraph and followed by `{#fig-x}` (Pandoc's
/// attribute syntax, as for headings and equations) becomes
/// `<figure class="figure" id="fig-x">` with the image and a numbered caption made of the
/// image's description (Markdown and math allowed), so `@fig-x` refers to it as it does to a
/// figure a block draws. Other images stay inline images.
enum Figures {
    /// A figure being built: the paragraph now holds the caption's inlines.
    struct Layout {
        var paragraph: Cmark.NodePointer
        var figure: ProseFigure
    }

    static func find(_ root: Cmark.NodePointer, note: PreparedNote) -> [Layout] {
        var layouts: [Layout] = []
        for paragraph in Cmark.nodes(under: root) where Cmark.type(paragraph) == CMARK_NODE_PARAGRAPH {
            // Table cells and captions (the only custom blocks so far) keep inline images.
            if let parent = cmark_node_parent(paragraph), Cmark.type(parent) == CMARK_NODE_CUSTOM_BLOCK { continue }
            let children = Cmark.children(paragraph)
            guard children.count == 2, Cmark.type(children[0]) == CMARK_NODE_IMAGE,
                Cmark.type(children[1]) == CMARK_NODE_TEXT
            else { continue }
            let attribute = Cmark.literal(children[1]).trimmingCharacters(in: .whitespaces)
            let (rest, id) = splitExplicitID(attribute)
            guard let id, rest.isEmpty, id.hasPrefix("fig-") else { continue }
            let image = children[0]
            let url = note.restoringMath(cmark_node_get_url(image).map { String(cString: $0) } ?? "")
            let lower = url.lowercased()
            let isWeb = lower.hasPrefix("http://") || lower.hasPrefix("https://")
            guard !url.isEmpty, isWeb || !url.contains(":") else { continue }
            let caption = NoteStructure.plainText(image, note: note).trimmingCharacters(in: .whitespaces)
            Cmark.remove(children[1])
            for child in Cmark.children(image) {
                cmark_node_unlink(child)
                cmark_node_insert_before(image, child)
            }
            Cmark.remove(image)
            layouts.append(
                Layout(
                    paragraph: paragraph,
                    figure: ProseFigure(
                        path: url, label: id, caption: caption,
                        location: SourceLocation(
                            line: Int(cmark_node_get_start_line(paragraph)),
                            column: Int(cmark_node_get_start_column(paragraph))))))
        }
        return layouts
    }

    /// Replaces the paragraph by the figure, once the walk has rendered the caption's math.
    static func assemble(_ layout: Layout, number: String?, allowRawHTML: Bool) {
        var caption = Cmark.renderHTML(layout.paragraph, allowRawHTML: allowRawHTML)
        if caption.hasPrefix("<p>") { caption.removeFirst(3) }
        while caption.hasSuffix("\n") { caption.removeLast() }
        if caption.hasSuffix("</p>") { caption.removeLast(4) }
        let figure = layout.figure
        var text = number.map { "<span class=\"caption-number\">\($0)\(caption.isEmpty ? "" : ":")</span>" } ?? ""
        if !caption.isEmpty { text += (text.isEmpty ? "" : " ") + caption }
        let html =
            "<figure class=\"figure\" id=\"\(HTMLText.escape(figure.label))\">\n"
            + "<img src=\"\(HTMLText.escape(figure.path))\" alt=\"\(HTMLText.escape(figure.caption))\">\n"
            + (text.isEmpty ? "" : "<figcaption>\(text)</figcaption>\n") + "</figure>\n"
        if let custom = Cmark.customNode(CMARK_NODE_CUSTOM_BLOCK, html: html) {
            Cmark.replace(layout.paragraph, with: custom)
        }
    }
}
