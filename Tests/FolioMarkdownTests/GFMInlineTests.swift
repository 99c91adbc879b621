import FolioMarkdown
import Testing

/// One test per rule of the GFM spec's sections on strikethrough and extended autolinks.
@Suite struct GFMStrikethroughTests {
    @Test func twoTildesStrike() throws {
        #expect(try gfm("This is ~~gone~~ now.\n") == "<p>This is <del>gone</del> now.</p>")
    }

    @Test func oneTildeStrikesAsOnGitHub() throws {
        #expect(try gfm("A ~typo~ here.\n") == "<p>A <del>typo</del> here.</p>")
    }

    @Test func runsOfDifferentLengthDoNotMatch() throws {
        #expect(try gfm("A ~~b~ c.\n") == "<p>A ~~b~ c.</p>")
    }

    @Test func threeTildesNeverStrike() throws {
        #expect(try gfm("Keep ~~~this~~~ as is.\n") == "<p>Keep ~~~this~~~ as is.</p>")
    }

    @Test func strikethroughDoesNotCrossParagraphs() throws {
        #expect(try gfm("Start ~~here\n\nand end~~ there.\n") == "<p>Start ~~here</p><p>and end~~ there.</p>")
    }

    @Test func delimitersMustFlankTheirText() throws {
        #expect(try gfm("a ~~ b ~~ c\n") == "<p>a ~~ b ~~ c</p>")
    }

    @Test func strikethroughHoldsOtherInlinesAndNests() throws {
        #expect(try gfm("~~**bold** and `code`~~\n") == "<p><del><strong>bold</strong> and <code>code</code></del></p>")
        #expect(try gfm("*~~x~~*\n") == "<p><em><del>x</del></em></p>")
    }

    @Test func tildesInCodeAreCode() throws {
        #expect(try gfm("`~~x~~`\n") == "<p><code>~~x~~</code></p>")
    }
}

@Suite struct GFMAutolinkTests {
    @Test func wwwLinksGetHTTP() throws {
        #expect(
            try gfm("Visit www.example.org today.\n")
                == "<p>Visit <a href=\"http://www.example.org\">www.example.org</a> today.</p>")
    }

    @Test func httpAndHTTPSLinkAsWritten() throws {
        #expect(
            try gfm("See https://arxiv.org/abs/2412.19437 and http://a.b/c?d=1.\n")
                == "<p>See <a href=\"https://arxiv.org/abs/2412.19437\">https://arxiv.org/abs/2412.19437</a> and <a href=\"http://a.b/c?d=1\">http://a.b/c?d=1</a>.</p>"
        )
    }

    @Test func aDomainNeedsAPeriodAndNoUnderscoreInItsLastTwoSegments() throws {
        #expect(try gfm("http://localhost now\n") == "<p>http://localhost now</p>")
        #expect(try gfm("www.a_b.example.com ok\n").contains("<a href=\"http://www.a_b.example.com\">"))
        #expect(try gfm("www.example.a_b no\n") == "<p>www.example.a_b no</p>")
    }

    @Test func trailingPunctuationIsNotPartOfTheLink() throws {
        #expect(
            try gfm("Go to www.x.com/path?!\n") == "<p>Go to <a href=\"http://www.x.com/path\">www.x.com/path</a>?!</p>"
        )
        #expect(
            try gfm("(www.x.com/a_b_) and www.x.com/~u~.\n").contains(
                "<a href=\"http://www.x.com/a_b\">www.x.com/a_b</a>_)"))
    }

    @Test func unbalancedClosingParenthesesAreDropped() throws {
        #expect(
            try gfm("(see www.x.com/f(a))\n") == "<p>(see <a href=\"http://www.x.com/f(a)\">www.x.com/f(a)</a>)</p>")
        #expect(try gfm("www.x.com/a)) end\n") == "<p><a href=\"http://www.x.com/a\">www.x.com/a</a>)) end</p>")
    }

    @Test func aTrailingEntityLikeReferenceIsDropped() throws {
        #expect(
            try gfm("www.x.com/q&amp;r&hl; end\n")
                == "<p><a href=\"http://www.x.com/q&amp;r\">www.x.com/q&amp;r</a>&amp;hl; end</p>")
    }

    @Test func aLessThanSignEndsTheLink() throws {
        #expect(try gfm("www.x.com/a\\<b\n") == "<p><a href=\"http://www.x.com/a\">www.x.com/a</a>&lt;b</p>")
    }

    @Test func linksStartOnlyAfterWhitespaceOrDelimiters() throws {
        #expect(try gfm("xwww.x.com no\n") == "<p>xwww.x.com no</p>")
        #expect(try gfm("*www.x.com*\n") == "<p><em><a href=\"http://www.x.com\">www.x.com</a></em></p>")
        #expect(try gfm("(www.x.com)\n") == "<p>(<a href=\"http://www.x.com\">www.x.com</a>)</p>")
    }

    @Test func emailAddressesBecomeMailtoLinks() throws {
        #expect(
            try gfm("Write to first.last+folio@mail.example.com.\n")
                == "<p>Write to <a href=\"mailto:first.last+folio@mail.example.com\">first.last+folio@mail.example.com</a>.</p>"
        )
        #expect(try gfm("a@b.c- no\n") == "<p>a@b.c- no</p>")
        #expect(try gfm("a@localhost no\n") == "<p>a@localhost no</p>")
    }

    @Test func noAutolinksInCodeOrLinks() throws {
        #expect(
            try gfm("`www.x.com` [www.y.com](http://z.org)\n")
                == "<p><code>www.x.com</code> <a href=\"http://z.org\">www.y.com</a></p>")
    }
}

@Suite struct GFMTaskListTests {
    @Test func bracketsAtTheStartOfAnItemBecomeCheckboxes() throws {
        #expect(
            try gfm("- [ ] todo\n- [x] done\n- [X] also done\n")
                == "<ul><li><input disabled=\"\" type=\"checkbox\"> todo</li><li><input checked=\"\" disabled=\"\" type=\"checkbox\"> done</li><li><input checked=\"\" disabled=\"\" type=\"checkbox\"> also done</li></ul>"
        )
    }

    @Test func nestedTaskListsWorkItemByItem() throws {
        let out = try gfm("1. [x] outer\n   - [ ] inner\n")
        #expect(
            out
                == "<ol><li><input checked=\"\" disabled=\"\" type=\"checkbox\"> outer<ul><li><input disabled=\"\" type=\"checkbox\"> inner</li></ul></li></ol>"
        )
    }

    @Test func onlyTheStartOfTheItemCountsAndWhitespaceMustFollow() throws {
        #expect(try gfm("- do [ ] this\n") == "<ul><li>do [ ] this</li></ul>")
        #expect(try gfm("- [x]done\n") == "<ul><li>[x]done</li></ul>")
        #expect(try gfm("[ ] not in a list\n") == "<p>[ ] not in a list</p>")
    }
}

@Suite struct FootnoteTests {
    @Test func aReferenceLinksToItsNoteAndBack() throws {
        #expect(
            try gfm("Claim.[^src]\n\n[^src]: The source.\n")
                == "<p>Claim.<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup></p><section class=\"footnotes\" data-footnotes><ol><li id=\"fn-1\"><p>The source. <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref data-footnote-backref-idx=\"1\" aria-label=\"Back to reference 1\">↩</a></p></li></ol></section>"
        )
    }

    @Test func footnotesAreNumberedInOrderOfReference() throws {
        let out = try gfm("[^b]: Bee.\n\n[^a]: Ay.\n\nFirst[^a], then[^b].\n")
        #expect(out.contains("First<sup class=\"footnote-ref\"><a href=\"#fn-1\""))
        let ay = try #require(out.range(of: "Ay."))
        let bee = try #require(out.range(of: "Bee."))
        #expect(ay.lowerBound < bee.lowerBound)
    }

    @Test func aSecondReferenceKeepsTheNumberAndGetsItsOwnBackLink() throws {
        let out = try gfm("One[^n] two[^N].\n\n[^n]: Shared.\n")
        #expect(out.contains("id=\"fnref-1\" data-footnote-ref>1</a>"))
        #expect(out.contains("id=\"fnref-1-2\" data-footnote-ref>1</a>"))
        #expect(out.contains("href=\"#fnref-1-2\""))
    }

    @Test func aReferenceWithoutDefinitionStaysText() throws {
        #expect(try gfm("Dangling[^nope].\n") == "<p>Dangling[^nope].</p>")
    }

    @Test func anUnreferencedDefinitionIsNotShown() throws {
        #expect(try gfm("Text.\n\n[^unused]: Never cited.\n") == "<p>Text.</p>")
    }

    @Test func aOneWordDefinitionIsNotALinkDefinition() throws {
        let out = try gfm("See[^u].\n\n[^u]: https://example.org\n")
        #expect(out.contains("<li id=\"fn-1\"><p><a href=\"https://example.org\">https://example.org</a>"))
    }

    @Test func indentedLinesContinueAFootnoteWithParagraphsAndCode() throws {
        let body =
            "Text[^long].\n\n[^long]: First paragraph.\n\n    Second with $x$.\n\n        let code = 1\n\nAfter.\n"
        let n = try note(body)
        #expect(n.codeBlocks.isEmpty)
        let out = normalizedHTML(n.renderHTML(markerHooks()))
        #expect(
            out.contains(
                "<li id=\"fn-1\"><p>First paragraph.</p><p>Second with <span class=\"math\">x</span>.</p><pre><code>let code = 1</code></pre><p> <a href=\"#fnref-1\""
            ))
        #expect(out.contains("<p>After.</p><section"))
    }

    @Test func footnoteLinesInCodeAreCode() throws {
        #expect(try gfm("```\n[^x]: not a footnote\n```\n") == "<pre data-block=\"0\">[^x]: not a footnote</pre>")
    }
}

@Suite struct CalloutTests {
    @Test func eachKnownKindBecomesAnAlert() throws {
        for (marker, title) in [
            ("NOTE", "Note"), ("TIP", "Tip"), ("IMPORTANT", "Important"), ("WARNING", "Warning"),
            ("CAUTION", "Caution"),
        ] {
            let kind = marker.lowercased()
            #expect(
                try gfm("> [!\(marker)]\n> Read *this*.\n")
                    == "<div class=\"markdown-alert markdown-alert-\(kind)\"><p class=\"markdown-alert-title\">\(title)</p><p>Read <em>this</em>.</p></div>"
            )
        }
    }

    @Test func unknownKindsAndMarkersWithTextStayQuotes() throws {
        #expect(try gfm("> [!DANGER]\n> x\n") == "<blockquote><p>[!DANGER] x</p></blockquote>")
        #expect(try gfm("> [!NOTE] inline\n") == "<blockquote><p>[!NOTE] inline</p></blockquote>")
    }

    @Test func aCalloutHoldsSeveralBlocks() throws {
        #expect(
            try gfm("> [!tip]\n>\n> One.\n>\n> - two\n")
                == "<div class=\"markdown-alert markdown-alert-tip\"><p class=\"markdown-alert-title\">Tip</p><p>One.</p><ul><li>two</li></ul></div>"
        )
    }
}
