"""The HTML layouts of the sample plans: the page around the plan is the spec's ``page`` lines
(``write_page``); each template writes the plan's own markup, which is the point of these samples
(rowspans, ``<br>`` and ``<p>`` inside cells, headings per recommendation)."""
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


TEMPLATES = {}  # layout.template -> build(plan, path)


def template(plan_lines):
    """Register an HTML layout: the spec's page, with the plan's markup from ``plan_lines(plan)``."""
    TEMPLATES[plan_lines.__name__] = lambda plan, path: write_page(plan, path, plan_lines(plan))
    return plan_lines


def write_page(plan, path, plan_lines):
    """The page the layout's ``page`` describes: its lines ("{title}" / "{subtitle}" filled in, escaped),
    the rows of a side table where a line is ``{"rows": layout key}``, the plan's own markup at
    ``{"plan": true}``; written in the page's encoding and line ends."""
    page, meta = plan["page"], plan["meta"]
    out = []
    for item in page["lines"]:
        if isinstance(item, str):
            out.append(item.replace("{title}", _h(meta["title"])).replace("{subtitle}", _h(meta.get("subtitle", ""))))
        elif "rows" in item:
            out.extend(f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in plan[item["rows"]])
        else:
            out.extend(plan_lines)
    path.write_bytes((page["newline"].join(out) + page["newline"]).encode(page["encoding"]))


@template
def theme_rows_html(plan):
    """The plan as one table: theme rows, a rowspan recommendation cell, progress / status / RAG columns."""
    L = []
    w = L.append
    ncols = len(plan["columns"])
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
    return L


@template
def unnumbered_html(plan):
    """The plan as one table: unnumbered recommendations in rowspan cells, a Completed (Y/N) column."""
    L = []
    w = L.append
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
    return L


@template
def rec_headings_html(plan):
    """The plan as headings: an <h2> per owner, an <h3> and a small table per recommendation."""
    L = []
    w = L.append
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
    return L
