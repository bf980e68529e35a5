import Vapor

/// The site's one stylesheet, compiled in so the server runs from any directory.
/// Screen: readable tables, visible focus. Print: the annex alone, no navigation, no page-split rows.
enum Stylesheet {
    @Sendable static func serve(_ request: Request) -> Response {
        let response = Response(status: .ok, body: .init(string: css))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        response.headers.cacheControl = .init(maxAge: 3600)
        return response
    }

    static let css = """
    :root { --ink: #161616; --muted: #555; --line: #ccc; --accent: #000091; --critical: #b34000; --bg-alt: #f6f6f6; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, "Marianne", Arial, sans-serif; color: var(--ink); }
    a { color: var(--accent); }
    :focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
    .skip-link:focus { left: 1rem; z-index: 10; }
    .site-header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between;
      padding: .5rem 1.5rem; border-bottom: 3px solid var(--accent); }
    .brand { font-weight: 700; font-size: 1.4rem; margin: 0; }
    .brand a { text-decoration: none; }
    nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
    nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
    .header-tools { display: flex; gap: 1rem; align-items: center; }
    .header-tools form { margin: 0; display: flex; gap: .5rem; align-items: center; }
    .user { color: var(--muted); font-size: .9rem; }
    button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; }
    button[type=submit].primary, .sign-in button { background: var(--accent); color: #fff; }
    main { padding: 1rem 1.5rem 3rem; max-width: 1400px; overflow-wrap: break-word; }
    .domain, .listing-wrapper { overflow-x: auto; }
    .site-footer { border-top: 1px solid var(--line); padding: .5rem 1.5rem; color: var(--muted); font-size: .9rem; }
    .field { display: flex; flex-direction: column; margin-bottom: 1rem; max-width: 24rem; }
    input { font: inherit; padding: .4rem; border: 1px solid var(--muted); }
    .alert { border-left: 4px solid var(--critical); padding: .2rem 1rem; background: #fff4f0; }
    .figures { list-style: none; display: flex; gap: 2rem; padding: 0; }
    .figures strong { font-size: 2rem; display: block; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
    caption { text-align: left; font-weight: 700; font-size: 1.15rem; padding: .5rem 0; }
    caption small { font-weight: 400; color: var(--muted); }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--bg-alt); }
    tbody th { font-weight: 600; }
    .matrix-table td[data-activity] { text-align: center; white-space: nowrap; }
    .matrix-table .rule + .rule { border-top: 1px dotted var(--line); }
    .condition, .raci { display: block; color: var(--muted); white-space: normal; font-size: .8rem; }
    td.critical { color: var(--critical); font-weight: 600; }
    .empty { color: var(--muted); }
    abbr[title] { text-decoration: none; border-bottom: 1px dotted; }
    .notes { font-size: .9rem; }
    .notes h3 { font-size: 1rem; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; }
    .letter { white-space: pre-wrap; font-family: inherit; max-width: 72ch; border-left: 3px solid var(--line); padding-left: 1rem; }
    .demo { color: var(--critical); }
    .button { display: inline-block; padding: .4rem 1rem; background: var(--accent); color: #fff; text-decoration: none; }
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; }
    .filters .field { margin: 0; }
    select, textarea { font: inherit; padding: .4rem; border: 1px solid var(--muted); max-width: 100%; }
    .intake .field, .actions .field { max-width: 48rem; }
    .checkbox { flex-direction: row; gap: .5rem; align-items: center; }
    .field-error { color: var(--critical); margin: .2rem 0 0; font-weight: 600; }
    [aria-invalid="true"] { border: 2px solid var(--critical); }
    .sla { font-weight: 600; }
    .sla-breached { color: var(--critical); }
    .sla-met { color: #18753c; }
    .sla-paused, .sla-no-target { color: var(--muted); }
    .badge { display: inline-block; padding: 0 .4rem; border: 2px solid currentColor; border-radius: .3rem; font-weight: 700; }
    .sla-at-risk { color: #8a4b00; }
    .buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
    .history { padding-left: 1.2rem; }
    .history .body, .description { white-space: pre-wrap; }
    .event-internal-note { background: #fff9e6; }
    fieldset { border: 1px solid var(--line); margin-bottom: 1rem; }
    .reference { color: var(--muted); font-weight: 400; }
    .source { color: var(--muted); }
    @media print {
      .site-header, .site-footer, .no-print, .skip-link, .search { display: none; }
      main { padding: 0; max-width: none; }
      body { font-size: 10pt; }
      a { color: inherit; text-decoration: none; }
      table { page-break-inside: auto; }
      tr, .notes li { page-break-inside: avoid; }
      thead { display: table-header-group; }
      .domain { page-break-before: auto; }
      h2 { page-break-after: avoid; }
      @page { size: A4 landscape; margin: 12mm; }
    }
    """
}
