"""The HTML layouts of the sample plans: council web pages written by hand (the markup is the
point of these samples: rowspans, ``<br>`` and ``<p>`` inside cells, a page with no charset)."""
from __future__ import annotations

import html

from sample_docx import action_text


def _h(s):
    return html.escape(s, quote=True)


def html_cell(text, mode):
    """Cell content: 'p' paragraphs, 'br' line breaks; '• ' lines become <ul><li>."""
    if not text:
        return ""
    lines = text.split("\n")
    out, bullets = [], []

    def flush():
        if bullets:
            out.append("<ul>" + "".join(f"<li>{_h(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()
    plain = []
    for line in lines:
        if line.startswith("• "):
            if plain:
                out.append(("<br>".join(_h(p) for p in plain)) if mode == "br"
                           else "".join(f"<p>{_h(p)}</p>" for p in plain))
                plain = []
            bullets.append(line[2:])
        else:
            flush()
            plain.append(line)
    if plain:
        out.append(("<br>".join(_h(p) for p in plain)) if mode == "br"
                   else "".join(f"<p>{_h(p)}</p>" for p in plain))
    flush()
    return "".join(out)


def rec_cell_html(r):
    first, *rest = r["text"].split("\n")
    body = f"<p><strong>{_h(r['label'])}</strong> {_h(first)}</p>"
    if rest:
        body += html_cell("\n".join(rest), "p")
    return body


def build_html(plan, path):
    m = plan["meta"]
    ncols = len(plan["columns"])
    L = []
    w = L.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{_h(m['title'])} | Safer Stockport Partnership</title>")
    w("<style>\n"
      "body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}\n"
      "header.site{background:#004b87;color:#fff;padding:12px 24px}\n"
      "header.site a{color:#fff}\n"
      "nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}\n"
      "main{padding:16px 24px;max-width:1300px}\n"
      "table{border-collapse:collapse;margin:12px 0}\n"
      "th,td{border:1px solid #555;padding:4px 6px;vertical-align:top;font-size:13px}\n"
      "th{background:#dce6f1}\n"
      "tr.theme td{background:#eee;font-weight:bold}\n"
      "td p{margin:0 0 4px 0} td ul{margin:0;padding-left:16px}\n"
      ".rag-Red{background:#f4b6b6}.rag-Amber{background:#ffe29a}.rag-Green{background:#c6efce}"
      ".rag-Blue{background:#bdd7ee}\n"
      "footer{font-size:12px;color:#555;padding:12px 24px;border-top:1px solid #ccc}\n"
      "</style>")
    w("</head>")
    w("<body>")
    w('<header class="site">')
    w('<p class="logo"><a href="/">Safer Stockport Partnership</a></p>')
    w('<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/domestic-abuse">'
      'Domestic abuse</a></li><li><a href="/dhr">Domestic Homicide Reviews</a></li><li>'
      '<a href="/contact">Contact us</a></li></ul></nav>')
    w("</header>")
    w("<main>")
    w('<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/dhr">Domestic Homicide Reviews</a>'
      " &gt; Maya</p>")
    w(f"<h1>{_h(m['title'])}</h1>")
    w(f"<p>{_h(m['subtitle'])}</p>")
    w("<p>Maya (a pseudonym chosen by her family) was 34 when she was killed by her partner in "
      "September 2019. The Safer Stockport Partnership commissioned a Domestic Homicide Review, "
      "which was approved for publication by the Home Office Quality Assurance Panel in 2021.</p>")
    w("<h2>Summary of events</h2>")
    w("<table class=\"chronology\"><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>")
    for date, event in plan["chronology"]:
        w(f"<tr><td>{_h(date)}</td><td>{_h(event)}</td></tr>")
    w("</tbody></table>")
    w("<h2>Action plan</h2>")
    w("<p>The table below shows each recommendation, the actions agreed by the partner agencies and "
      "the progress reported to the Domestic Abuse Partnership Board. RAG status: Red – not started "
      "or off track; Amber – in progress with some risk; Green – on track; Blue – complete and "
      "assured.</p>")
    w('<table class="action-plan">')
    w("<thead>")
    w('<tr><th rowspan="2">Recommendation</th><th colspan="3">Delivery</th>'
      '<th colspan="3">Monitoring</th></tr>')
    w("<tr>" + "".join(f"<th>{_h(c)}</th>" for c in plan["columns"][1:]) + "</tr>")
    w("</thead>")
    w("<tbody>")
    for sec in plan["sections"]:
        w(f'<tr class="theme"><td colspan="{ncols}">{_h(sec["owner"])}</td></tr>')
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(acts)}"' if len(acts) > 1 else ""
                    cells.append(f"<td{span}>{rec_cell_html(r)}</td>")
                cells.append(f"<td>{html_cell(action_text(a), 'p')}</td>")
                cells.append(f"<td>{_h(a['lead'])}</td>")
                cells.append(f"<td>{_h(a['target'])}</td>")
                cells.append(f"<td>{html_cell(a['progress'], 'br')}</td>")
                cells.append(f"<td>{_h(a['status_word'])}</td>")
                cls = f' class="rag-{a["rag"]}"' if a["rag"] else ""
                cells.append(f"<td{cls}>{_h(a['rag'])}</td>")
                w("<tr>" + "".join(cells) + "</tr>")
    w("</tbody>")
    w("</table>")
    w("<p>The action plan is reviewed every quarter. If you have been affected by domestic abuse, "
      "call the National Domestic Abuse Helpline on 0808 2000 247 (free, 24 hours).</p>")
    w("</main>")
    w('<footer><p>&copy; Safer Stockport Partnership. <a href="/accessibility">Accessibility</a> | '
      '<a href="/privacy">Privacy</a></p></footer>')
    w("</body>")
    w("</html>")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def build_unnumbered_html(plan, path):
    """A council web page saved as windows-1252 with no charset declaration anywhere."""
    m = plan["meta"]
    L = []
    w = L.append
    w('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    w("<html>")
    w("<head>")
    w(f"<title>{_h(m['title'])} – Wirral Council</title>")
    w('<link rel="stylesheet" type="text/css" href="/styles/main.css">')
    w("</head>")
    w("<body>")
    w('<div id="masthead"><a href="/">Wirral Council</a> | <a href="/community-safety">Community '
      'safety</a> | <a href="/community-safety/domestic-homicide-reviews">Domestic Homicide '
      'Reviews</a></div>')
    w('<div id="content">')
    w(f"<h1>{_h(m['title'])}</h1>")
    w(f"<p>{_h(m['subtitle'])}</p>")
    w("<p>“Sophie” is the name chosen by her family for this review. The Wirral Community Safety "
      "Partnership thanks Sophie’s family for their contribution – their account of Sophie’s life "
      "has shaped the recommendations below.</p>")
    w("<h2>Key events</h2>")
    w('<table border="1" cellpadding="4" cellspacing="0" summary="Key events">')
    w("<tr><th>Date</th><th>Event</th></tr>")
    for date, event in plan["chronology"]:
        w(f"<tr><td>{_h(date)}</td><td>{_h(event)}</td></tr>")
    w("</table>")
    w("<h2>Action plan</h2>")
    w("<p>The recommendations are those of the Review Panel; each agency’s actions are listed "
      "beside them.</p>")
    w('<table border="1" cellpadding="4" cellspacing="0" width="100%" summary="Action plan">')
    w("<tr>" + "".join(f"<th>{_h(c)}</th>" for c in plan["columns"]) + "</tr>")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(acts)}"' if len(acts) > 1 else ""
                    cells.append(f'<td{span} valign="top">{html_cell(r["text"], "br")}</td>')
                cells.append(f"<td>{_h(a['lead'])}</td>")
                cells.append(f"<td>{html_cell(action_text(a), 'br')}</td>")
                cells.append(f"<td>{_h(a['target'])}</td>")
                cells.append(f"<td>{html_cell(a['progress'], 'br')}</td>")
                cells.append(f'<td align="center">{_h(a["status_word"])}</td>')
                w("<tr>" + "".join(cells) + "</tr>")
    w("</table>")
    w("<p><strong>Key:</strong> Completed (Y/N) – Y = action completed; N = action not yet "
      "completed (in progress).</p>")
    w("<p>If you are worried about domestic abuse, call the Wirral Domestic Abuse Helpline or, in "
      "an emergency, dial 999.</p>")
    w("</div>")
    w('<div id="footer">© Wirral Council – <a href="/accessibility">Accessibility</a></div>')
    w("</body>")
    w("</html>")
    path.write_bytes(("\r\n".join(L) + "\r\n").encode("cp1252"))


def build_rec_headings_html(plan, path):
    m = plan["meta"]
    L = []
    w = L.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" dir="ltr">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{_h(m['title'])} - Vale of Glamorgan Council</title>")
    w('<link rel="alternate" hreflang="cy" href="/cy/byw/diogelwch-cymunedol/adolygiad-megan.aspx">')
    w("<style>\n"
      "body{font-family:Verdana,Arial,sans-serif;margin:0;color:#1b1b1b;line-height:1.45}\n"
      "#masthead{background:#00607a;color:#fff;padding:10px 20px;display:flex;"
      "justify-content:space-between}\n"
      "#masthead a{color:#fff}\n"
      ".content{max-width:1000px;margin:0 auto;padding:10px 20px}\n"
      "h2{border-bottom:3px solid #00607a;padding-bottom:4px;margin-top:32px}\n"
      "h3{margin:22px 0 6px 0;color:#00607a}\n"
      "table{border-collapse:collapse;width:100%;margin:8px 0 14px 0}\n"
      "th,td{border:1px solid #9aa;padding:5px 7px;text-align:left;vertical-align:top;"
      "font-size:14px}\n"
      "thead th{background:#e3eef1}\n"
      "td p{margin:0 0 4px 0}\n"
      ".callout{background:#fff6d6;border-left:5px solid #e0a800;padding:8px 12px}\n"
      "#footer{background:#333;color:#ddd;padding:14px 20px;font-size:13px}\n"
      "</style>")
    w("</head>")
    w("<body>")
    w('<div id="masthead"><a href="/en/Home.aspx">Vale of Glamorgan Council</a>'
      '<span><a href="/cy/byw/diogelwch-cymunedol/adolygiad-megan.aspx" lang="cy">Cymraeg</a> | '
      '<a href="/en/contact_us.aspx">Contact us</a> | <a href="/en/search.aspx">Search</a></span>'
      "</div>")
    w('<div class="content">')
    w('<ol class="breadcrumbs"><li><a href="/en/Home.aspx">Home</a></li><li><a href="/en/living/'
      'Community-Safety/">Community Safety</a></li><li><a href="/en/living/Community-Safety/'
      'Domestic-Homicide-Reviews.aspx">Domestic Homicide Reviews</a></li><li>Megan</li></ol>')
    w(f"<h1>{_h(m['title'])}</h1>")
    w(f"<p><strong>{_h(m['subtitle'])}</strong></p>")
    w("<p>Megan (a pseudonym agreed with her family) was 27 when she was killed by her former "
      "partner in Barry in 2019. The Safer Vale Partnership commissioned a Domestic Homicide Review "
      "and the Review Panel made eight recommendations. This page sets out each recommendation, "
      "the actions agreed by the agency responsible and the latest update.</p>")
    w('<p>The full <a href="/Documents/Living/Community-Safety/DHR-Megan-Overview-Report.pdf">'
      "Overview Report (PDF)</a> and the "
      '<a href="/Documents/Living/Community-Safety/DHR-Megan-Executive-Summary.pdf">Executive '
      "Summary (PDF)</a> are also available.</p>")
    w("<h2>About the review</h2>")
    w("<p>The following agencies contributed to the review:</p>")
    w('<table class="contributors"><thead><tr><th scope="col">Agency</th><th scope="col">'
      "Contribution</th></tr></thead><tbody>")
    for agency, what in plan["contributors"]:
        w(f"<tr><td>{_h(agency)}</td><td>{_h(what)}</td></tr>")
    w("</tbody></table>")
    for sec in plan["sections"]:
        w(f"<h2>{_h(sec['owner'])}</h2>")
        for r in sec["recs"]:
            w(f"<h3>{_h(r['label'])} – {_h(r['short'])}</h3>")
            for para in r["text"].split("\n"):
                w(f"<p>{_h(para)}</p>")
            w('<table class="actions">')
            w("<thead><tr>" + "".join(f'<th scope="col">{_h(c)}</th>' for c in plan["columns"])
              + "</tr></thead>")
            w("<tbody>")
            for a in r["actions"]:
                w("<tr>"
                  f"<td>{html_cell(action_text(a), 'p')}</td>"
                  f"<td>{_h(a['lead'])}</td>"
                  f"<td>{_h(a['target'])}</td>"
                  f"<td>{html_cell(a['progress'], 'p')}</td>"
                  "</tr>")
            w("</tbody>")
            w("</table>")
    w("<h2>Getting help</h2>")
    w('<div class="callout"><p>If you are worried about domestic abuse, call Live Fear Free on '
      "0808 80 10 800 (free, 24 hours), or contact Atal y Fro on 01446 744755. In an emergency, "
      "always call 999.</p></div>")
    w('<p class="updated">Page last updated: 12 January 2022</p>')
    w("</div>")
    w('<div id="footer"><p>&copy; Vale of Glamorgan Council, Civic Offices, Holton Road, Barry '
      'CF63 4RU. <a href="/en/accessibility.aspx">Accessibility</a> | '
      '<a href="/en/privacy.aspx">Privacy</a></p></div>')
    w("</body>")
    w("</html>")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")
