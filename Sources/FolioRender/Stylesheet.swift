/// The site's stylesheet (`output/assets/folio.css`).
///
/// One readable text column, system fonts, light and dark themes from `prefers-color-scheme`,
/// code and outputs that scroll sideways instead of widening the page on a phone, and a print
/// style that drops navigation and keeps blocks together.
enum Stylesheet {
    static let css = #"""
        /* Folio — pages of notes whose code ran. */
        :root {
          --bg: #fdfdfc;
          --fg: #1d1f21;
          --muted: #5f6368;
          --rule: #e2e2de;
          --link: #0b57d0;
          --code-bg: #f5f5f2;
          --output-bg: #ffffff;
          --ok: #1a7f37;
          --ok-bg: #e6f4ea;
          --fail: #c5221f;
          --fail-bg: #fce8e6;
          --kw: #a626a4;
          --str: #50a14f;
          --num: #986801;
          --cmt: #8a8f98;
          --type: #0184bc;
          --id: inherit;
          --attr: #c18401;
          --arg: #4078f2;
          --mono: ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace;
          /* CJK fallbacks after the Latin faces, so Chinese or Japanese source titles never show as boxes. */
          --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Noto Serif", Georgia, "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
          color-scheme: light dark;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #17181a;
            --fg: #e6e6e3;
            --muted: #a0a4aa;
            --rule: #34363a;
            --link: #8ab4f8;
            --code-bg: #202124;
            --output-bg: #1b1c1e;
            --ok: #81c995;
            --ok-bg: #1e3527;
            --fail: #f28b82;
            --fail-bg: #3c1f1e;
            --kw: #c678dd;
            --str: #98c379;
            --num: #d19a66;
            --cmt: #7f848e;
            --type: #56b6c2;
            --attr: #e5c07b;
            --arg: #61afef;
          }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0;
          background: var(--bg);
          color: var(--fg);
          font: 1.0625rem/1.6 var(--serif);
        }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
        main.index { max-width: 64rem; }
        a { color: var(--link); text-underline-offset: 0.15em; }
        h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; margin: 2rem 0 0.75rem; }
        h1 { font-size: 1.9rem; }
        h2 { font-size: 1.45rem; }
        h3 { font-size: 1.2rem; }
        .note-header h1.title { margin-top: 0.5rem; }
        .breadcrumb, .source, .summary, .status, .note-footer, .toc, table.notes { font-family: var(--sans); }
        .breadcrumb { font-size: 0.9rem; }
        .source, .note-footer { color: var(--muted); font-size: 0.95rem; }
        .note-footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 1rem; }
        .tags { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
        .tag {
          font: 0.8rem var(--sans);
          border: 1px solid var(--rule);
          border-radius: 999px;
          padding: 0.05rem 0.6rem;
          color: var(--muted);
          white-space: nowrap;
        }
        .status { font-weight: 600; }
        .status.ok { color: var(--ok); }
        .status.failed { color: var(--fail); }
        .toc { border-left: 3px solid var(--rule); padding: 0.25rem 0 0.25rem 1rem; margin: 1.5rem 0; font-size: 0.95rem; }
        .toc-title { font-weight: 600; margin: 0 0 0.25rem; }
        .toc ul { list-style: none; margin: 0; padding: 0; }
        .toc-2 { padding-left: 1rem; }
        .toc-3 { padding-left: 2rem; }
        img, svg { max-width: 100%; height: auto; }
        code, pre { font-family: var(--mono); font-size: 0.875rem; }
        :not(pre) > code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
        pre {
          overflow-x: auto;
          padding: 0.75rem 1rem;
          margin: 0;
          line-height: 1.45;
          tab-size: 4;
        }
        .block { margin: 1.25rem 0; border: 1px solid var(--rule); border-radius: 6px; overflow: hidden; }
        .block.is-static { border-style: dashed; }
        .block.is-failed { border-color: var(--fail); }
        .problems { font: 0.9rem var(--sans); color: var(--fail); padding-left: 1.25rem; }
        .problems a { color: inherit; }
        .block pre.code { background: var(--code-bg); }
        .block > * + * { border-top: 1px solid var(--rule); }
        .fold > summary { cursor: pointer; padding: 0.4rem 1rem; font: 0.85rem var(--sans); color: var(--muted); background: var(--code-bg); }
        .outputs { background: var(--output-bg); }
        .outputs > * + * { border-top: 1px dotted var(--rule); }
        pre.output { background: transparent; }
        pre.output.value { color: var(--muted); }
        .output-cut { margin: 0; padding: 0.4rem 1rem; font: 0.85rem var(--sans); color: var(--muted); }
        pre.output.value::before { content: "→ "; }
        .checks { list-style: none; margin: 0; padding: 0.5rem 1rem; font: 0.9rem var(--sans); }
        .check { margin: 0.15rem 0; }
        .check .mark { display: inline-block; width: 1.2em; font-weight: 700; }
        .check.pass .mark { color: var(--ok); }
        .check.fail .mark, .check.fail .where { color: var(--fail); }
        .check .where { font-size: 0.8rem; }
        .check .comment { color: var(--cmt); font-style: italic; }
        .inline-value { font-variant-numeric: tabular-nums; border-bottom: 1px dotted var(--muted); }
        code.inline-expression.error { color: var(--fail); text-decoration: wavy underline; }
        code.inline-expression.not-run { color: var(--muted); }
        .check .values { list-style: none; margin: 0.25rem 0 0.25rem 1.2em; padding: 0; }
        .check.fail { background: var(--fail-bg); border-radius: 4px; padding: 0.1rem 0.4rem; }
        .error { background: var(--fail-bg); }
        .error pre { color: var(--fail); }
        .error.expected { background: var(--code-bg); }
        .error.expected pre { color: var(--muted); }
        .error.warning { background: var(--code-bg); }
        .error.warning pre { color: var(--num); }
        .error-expected { margin: 0; padding: 0.5rem 1rem 0; font: 600 0.85rem var(--sans); color: var(--ok); }
        .not-run { margin: 0; padding: 0.5rem 1rem; font: italic 0.9rem var(--sans); color: var(--muted); }
        .verifies { margin: 0; padding: 0.4rem 1rem; font: 0.85rem var(--sans); color: var(--muted); }
        .unknown-ref { color: var(--fail); text-decoration: line-through; }
        .badge {
          display: inline-block;
          min-width: 1.5em;
          padding: 0 0.35em;
          border-radius: 999px;
          font: 700 0.85rem/1.5 var(--sans);
          text-align: center;
          text-decoration: none;
        }
        .badge.ok { color: var(--ok); background: var(--ok-bg); }
        .badge.failed { color: var(--fail); background: var(--fail-bg); }
        .badge.unverified { color: var(--muted); background: transparent; border: 1px dashed var(--muted); font-weight: 600; font-size: 0.75rem; }
        .badge.not-run { margin: 0; padding: 0 0.35em; color: var(--muted); background: transparent; border: 1px solid var(--muted); font: italic 600 0.75rem/1.5 var(--sans); }
        figure { margin: 1.5rem 0; }
        figure > .block { margin: 0; }
        figcaption { font: 0.9rem var(--sans); color: var(--muted); padding: 0.5rem 0.25rem; }
        .caption-number { font-weight: 600; color: var(--fg); }
        .equation { display: flex; align-items: center; gap: 0.5rem; margin: 1rem 0; }
        .equation .math.display { flex: 1 1 auto; min-width: 0; overflow-x: auto; overflow-y: hidden; }
        .eq-number { font-family: var(--sans); color: var(--muted); }
        .math.inline { white-space: normal; }
        .kw { color: var(--kw); }
        .str { color: var(--str); }
        pre .num { color: var(--num); }
        .cmt { color: var(--cmt); font-style: italic; }
        .type { color: var(--type); }
        .attr, .pp { color: var(--attr); }
        .arg { color: var(--arg); }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.6rem; border-bottom: 1px solid var(--rule); }
        th { font-weight: 600; color: var(--muted); }
        td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
        /* Tables a block computes: numbers right-aligned in tabular figures, so digits line up. */
        div.output.table { overflow-x: auto; }
        table.folio-table { width: auto; min-width: 50%; font-family: var(--sans); font-size: 0.9rem; }
        table.folio-table caption { caption-side: top; text-align: left; color: var(--muted); font-family: var(--sans); padding-bottom: 0.4rem; }
        table.folio-table th, table.folio-table td { padding: 0.3rem 0.6rem; }
        table.folio-table th.num, table.folio-table td.num { text-align: right; }
        td .summary, td .source { margin: 0.25rem 0 0; font-size: 0.85rem; }
        /* A source can list a dozen papers: three lines on the index, the full text on the note page. */
        td .source { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
        td .fail { color: var(--fail); }
        .note-title { font-weight: 600; }
        /* --- Prose extensions (GFM tables, task lists, footnotes, callouts, citations) --- */
        .note-body > table, figure.table > table { width: auto; min-width: 50%; margin: 1rem 0; font-family: var(--sans); font-size: 0.9rem; }
        .note-body > table { display: block; overflow-x: auto; max-width: 100%; }
        th[align="left"], td[align="left"] { text-align: left; }
        th[align="center"], td[align="center"] { text-align: center; }
        th[align="right"], td[align="right"] { text-align: right; font-variant-numeric: tabular-nums; }
        figure.table > figcaption { color: var(--muted); font-family: var(--sans); font-size: 0.9rem; }
        figure.figure > img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        del { color: var(--muted); }
        li > input[type="checkbox"]:first-child, li > p:first-child > input[type="checkbox"]:first-child { margin: 0 0.4em 0 -1.3em; vertical-align: middle; }
        ul:has(> li > input[type="checkbox"]), ul:has(> li > p > input[type="checkbox"]) { list-style: none; }
        sup.footnote-ref { line-height: 0; }
        sup.footnote-ref a, a.citation { text-decoration: none; }
        section.footnotes, section.references { margin-top: 2.5rem; padding-top: 0.75rem; border-top: 1px solid var(--rule); font-size: 0.9rem; }
        section.footnotes li:target, section.references li:target { background: var(--code-bg); }
        a.footnote-backref { text-decoration: none; font-family: var(--sans); }
        section.references h2 { font-size: 1.1rem; }
        section.references .ref-title { font-style: italic; }
        .markdown-alert { --alert: #0969da; margin: 1rem 0; padding: 0.5rem 1rem; border-left: 0.25rem solid var(--alert); background: color-mix(in srgb, var(--alert) 7%, var(--bg)); border-radius: 0 4px 4px 0; }
        .markdown-alert > :last-child { margin-bottom: 0.25rem; }
        .markdown-alert-title { margin: 0.25rem 0 0.5rem; font-family: var(--sans); font-weight: 600; color: var(--alert); }
        .markdown-alert-title::before { margin-right: 0.4em; }
        .markdown-alert-note { --alert: #0969da; }
        .markdown-alert-note .markdown-alert-title::before { content: "ℹ"; }
        .markdown-alert-tip { --alert: #1a7f37; }
        .markdown-alert-tip .markdown-alert-title::before { content: "✦"; }
        .markdown-alert-important { --alert: #8250df; }
        .markdown-alert-important .markdown-alert-title::before { content: "❢"; }
        .markdown-alert-warning { --alert: #9a6700; }
        .markdown-alert-warning .markdown-alert-title::before { content: "⚠"; }
        .markdown-alert-caution { --alert: #cf222e; }
        .markdown-alert-caution .markdown-alert-title::before { content: "⊘"; }
        @media (prefers-color-scheme: dark) {
          .markdown-alert-note { --alert: #4493f8; }
          .markdown-alert-tip { --alert: #3fb950; }
          .markdown-alert-important { --alert: #ab7df8; }
          .markdown-alert-warning { --alert: #d29922; }
          .markdown-alert-caution { --alert: #f85149; }
        }
        /* --- end of prose extensions --- */
        @media (max-width: 480px) {
          body { font-size: 1rem; }
          main { padding: 1rem 0.75rem 3rem; }
          h1 { font-size: 1.6rem; }
          pre { padding: 0.6rem 0.75rem; font-size: 0.8rem; }
          /* Checks keep their code on one line and scroll sideways, like code blocks. */
          .checks { overflow-x: auto; padding: 0.5rem 0.75rem; }
          .check { white-space: nowrap; width: max-content; min-width: 100%; }
          .check code { font-size: 0.8rem; }
        }
        @media (max-width: 600px) {
          /* The index: one card per note instead of five squeezed columns. */
          table.notes, table.notes tbody, table.notes tr, table.notes td { display: block; width: auto; }
          table.notes thead { display: none; }
          table.notes tr { padding: 0.75rem 0; border-bottom: 1px solid var(--rule); position: relative; }
          table.notes td { border: 0; padding: 0.15rem 0; }
          table.notes td:first-child { padding-right: 2.5rem; }
          table.notes td.num { display: inline-block; margin-right: 1rem; color: var(--muted); font-size: 0.9rem; }
          table.notes td.num:nth-child(3)::before { content: "Checks: "; }
          table.notes td.num:nth-child(4)::before { content: "Equations: "; }
          table.notes td.status-cell { position: absolute; top: 0.75rem; right: 0; }
        }
        @media print {
          :root { --bg: #fff; --fg: #000; --code-bg: #f6f6f6; --output-bg: #fff; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          .breadcrumb, .toc { display: none; }
          a { color: inherit; text-decoration: none; }
          pre { white-space: pre-wrap; overflow: visible; word-break: break-word; }
          .block, figure, .equation { break-inside: avoid; }
          details.fold > :not(summary) { display: block; }
          h1, h2, h3 { break-after: avoid; }
        }
        """#
}
