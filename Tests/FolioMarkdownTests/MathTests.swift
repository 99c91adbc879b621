import FolioMarkdown
import Testing

@Suite struct MathTests {
    @Test func inlineMathIsByteForByte() throws {
        #expect(
            try html(#"Escapes $a_1 * b_2 \\ \{x\} *y*$ survive."#)
                == #"<p>Escapes <span class="math">a_1 * b_2 \\ \{x\} *y*</span> survive.</p>"# + "\n")
    }

    @Test func displayMathIsByteForByte() throws {
        let n = try note("$$\n\\begin{aligned} a_1 &= b_2 \\\\\n  *c* &= \\{d\\}\n\\end{aligned}\n$$\n")
        #expect(
            n.displayMath == [
                DisplayMath(
                    tex: "\n\\begin{aligned} a_1 &= b_2 \\\\\n  *c* &= \\{d\\}\n\\end{aligned}\n", label: nil,
                    location: SourceLocation(line: 4, column: 1))
            ])
        #expect(
            n.renderHTML(markerHooks())
                == "<div class=\"math\" data-label=\"\">\n\\begin{aligned} a_1 &= b_2 \\\\\n  *c* &= \\{d\\}\n\\end{aligned}\n</div>\n"
        )
    }

    @Test func labels() throws {
        let n = try note("$$x$$ {#eq-a}\n\n$$\ny\n$${#eq-b}\n\nText $$z$$ and {#not-a-label}.\n")
        #expect(n.displayMath.map(\.label) == ["eq-a", "eq-b", nil])
        #expect(n.displayMath.map(\.tex) == ["x", "\ny\n", "z"])
        #expect(
            n.displayMath.map(\.location) == [
                SourceLocation(line: 4, column: 1), SourceLocation(line: 6, column: 1),
                SourceLocation(line: 10, column: 6),
            ])
    }

    @Test func dollarsInCodeAreLeftAlone() throws {
        let out = try html(
            """
            Code `$x_1$` and ``a `$y$` b`` stay; $z$ is math.

            ```swift
            let s = "$a_1$ and $$b$$"
            ```

                $indented_code$
            """)
        #expect(
            out == """
                <p>Code <code>$x_1$</code> and <code>a `$y$` b</code> stay; <span class="math">z</span> is math.</p>
                <pre data-block="0">let s = "$a_1$ and $$b$$"
                </pre>
                <pre><code>$indented_code$
                </code></pre>

                """)
        let n = try note("```swift\nlet s = \"$a$\"\n```\n")
        #expect(n.codeBlocks[0].code == "let s = \"$a$\"\n")
        #expect(n.displayMath.isEmpty)
    }

    @Test func escapedDollarAndCurrency() throws {
        #expect(
            try html(#"It costs \$5, or $5 and $6 together; \$x\$ is not math."#)
                == "<p>It costs $5, or $5 and $6 together; $x$ is not math.</p>\n")
        #expect(try html("From $5 to $10.") == "<p>From $5 to $10.</p>\n")
        #expect(try html("Not math: $ x$ nor $x $.") == "<p>Not math: $ x$ nor $x $.</p>\n")
    }

    @Test func escapedDollarInsideMath() throws {
        #expect(
            try html(#"Price $p = \$3$ today."#) == #"<p>Price <span class="math">p = \$3</span> today.</p>"# + "\n")
    }

    @Test func unterminatedMathIsText() throws {
        #expect(
            try html("Open $x_1 and _emph_ here.\n\n$$ never closed\n")
                == "<p>Open $x_1 and <em>emph</em> here.</p>\n<p>$$ never closed</p>\n")
    }

    @Test func mathDoesNotCrossABlankLine() throws {
        #expect(try html("a $x\n\ny$ b\n") == "<p>a $x</p>\n<p>y$ b</p>\n")
    }

    @Test func multiLineInlineMath() throws {
        #expect(try html("Sum $a +\n  b_1$ done.\n") == "<p>Sum <span class=\"math\">a +\n  b_1</span> done.</p>\n")
    }

    @Test func mathWhoseLinesLookLikeMarkdown() throws {
        // `- \beta`, `+ c`, `1. d` and `> e` would start lists and a quote if cmark saw them.
        let n = try note("$$\nL = \\log p\n- \\beta KL\n+ c\n1. d\n> e\n$$ {#eq-elbo}\n")
        #expect(n.displayMath.map(\.tex) == ["\nL = \\log p\n- \\beta KL\n+ c\n1. d\n> e\n"])
        #expect(
            n.renderHTML(markerHooks())
                == "<div class=\"math\" data-label=\"eq-elbo\">\nL = \\log p\n- \\beta KL\n+ c\n1. d\n> e\n</div>\n")
    }

    @Test func mathInABlockQuote() throws {
        let n = try note("> $$\n> a_1\n> $$\n")
        #expect(n.displayMath.map(\.tex) == ["\na_1\n"])
        #expect(
            n.renderHTML(markerHooks())
                == "<blockquote>\n<div class=\"math\" data-label=\"\">\na_1\n</div>\n</blockquote>\n")
    }

    @Test func mathInHeadingsListsAndEmphasis() throws {
        #expect(
            try html("## Loss $L_2$\n\n- item $a*b$\n- *em $c_d$*\n") == """
                <h2 id="loss-l_2">Loss <span class="math">L_2</span></h2>
                <ul>
                <li>item <span class="math">a*b</span></li>
                <li><em>em <span class="math">c_d</span></em></li>
                </ul>

                """)
    }

    @Test func mathInLinksAndImages() throws {
        #expect(
            try html("[see $x_1$](https://e.com/$a$) ![alt $y$](i.png)")
                == #"<p><a href="https://e.com/$a$">see <span class="math">x_1</span></a> <img src="i.png" alt="alt $y$" /></p>"#
                + "\n")
    }

    @Test func autolinkKeepsDollars() throws {
        #expect(
            try html("<https://e.com/$a$b$>") == #"<p><a href="https://e.com/$a$b$">https://e.com/$a$b$</a></p>"# + "\n"
        )
    }

    @Test func dollarsInFencesInsideListsAndMultiLineCodeSpans() throws {
        let n = try note("- item\n\n  ```swift\n  let s = \"$a_1$\"\n  ```\n\nCode `x $y\nz$ w` ends.\n")
        #expect(n.codeBlocks.map(\.code) == ["let s = \"$a_1$\"\n"])
        #expect(n.renderHTML(markerHooks()).hasSuffix("<p>Code <code>x $y z$ w</code> ends.</p>\n"))
    }
}
