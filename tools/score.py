"""(Copy of the project scorer, shared/tools/score.py, so the tests run on their own.)

Score an exported dataset against a reference annotation.

usage: python score.py TRUTH.json OUTDIR [--source FILE_NAME]

OUTDIR holds the export: recommendations, actions and progress tables (.parquet
or .csv).  With --source, only rows whose source_file has that base name count.
Prints one JSON line of metrics, each a fraction of the reference's
recommendations or actions (recs_extra: spurious recommendations, subtracted
from overall).  Texts are compared after folding case, whitespace, quotes,
dashes and bullet marks; a text counts as right at >= 95-97% similarity.
"""
import json, re, sys, glob, os, unicodedata
import pandas as pd
try:
    from rapidfuzz import fuzz
except ImportError:  # same 0-100 ratio, slower
    import difflib
    class fuzz:
        @staticmethod
        def ratio(a, b):
            return 100.0 * difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()

def load(outdir, name):
    for ext in ("parquet", "csv"):
        fs = glob.glob(os.path.join(outdir, f"{name}.{ext}")) or glob.glob(os.path.join(outdir, f"*{name}*.{ext}"))
        if fs:
            return pd.read_parquet(fs[0]) if ext == "parquet" else pd.read_csv(fs[0], dtype=str, keep_default_na=False)
    return None

def norm(t):
    t = unicodedata.normalize("NFKC", str(t or ""))
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
    t = re.sub(r"[•▪●◦]", " ", t)
    t = re.sub(r"\s+", " ", t).strip().lower()
    return t

PREFIX = re.compile(r"^(police|cwpt|geh|nbbc|wmas|probation|harmoni|swft|children's services)\s*:?\s+")
def norm_action(t):
    return PREFIX.sub("", norm(t))

def rec_key(n):
    n = str(n or "").strip()
    n = re.sub(r"^(recommendation|rec|r)\s*", "", n, flags=re.I)
    return n.rstrip(".:) ")

def strip_label(text, num):
    t = norm(text)
    return re.sub(r"^(recommendation\s+|r)?" + re.escape(num.lower()) + r"[.:)]?\s+", "", t)

def col(df, *names):
    for n in names:
        if n in df.columns:
            return n
    return None

def sim(a, b):
    if not a and not b:
        return 100.0
    return fuzz.ratio(a, b)

def score(truth, outdir, source=None):
    recs = load(outdir, "recommendations"); acts = load(outdir, "actions"); prog = load(outdir, "progress")
    m = {}
    if recs is None or acts is None:
        return {"error": "no recommendations/actions table"}
    if source:
        sc = col(recs, "source_file", "source")
        recs = recs[recs[sc].astype(str).map(os.path.basename) == source]
        sc = col(acts, "source_file", "source")
        if sc:
            acts = acts[acts[sc].astype(str).map(os.path.basename) == source]
        elif "rec_id" in acts.columns:
            acts = acts[acts["rec_id"].isin(set(recs["rec_id"]))]
    T = truth["recommendations"]; TA = truth["actions"]
    numc = col(recs, "rec_number", "number")
    textc = col(recs, "rec_text", "text", "recommendation")
    out_by_num = {}
    for _, r in recs.iterrows():
        out_by_num.setdefault(rec_key(r[numc]), r)
    found = [t for t in T if t["number"] in out_by_num]
    m["recs_found"] = len(found) / len(T)
    m["recs_extra"] = max(0, len(out_by_num) - len(found)) / len(T)
    text_ok = scope_ok = owner_ok = 0
    for t in found:
        r = out_by_num[t["number"]]
        if sim(strip_label(r[textc], t["number"]), norm(t["text"])) >= 97: text_ok += 1
        sc = col(recs, "scope")
        if sc and norm(r[sc]) == norm(t["scope"]): scope_ok += 1
        oc = col(recs, "owner", "lead_agency", "section")
        if oc and (norm(t["owner"]) in norm(r[oc]) or (norm(r[oc]) and norm(r[oc]) in norm(t["owner"]))): owner_ok += 1
    m["rec_text_ok"] = text_ok / len(T)
    m["scope_ok"] = scope_ok / len(T)
    m["owner_ok"] = owner_ok / len(T)
    # actions: align by recommendation, in order
    ridc = col(acts, "rec_id"); rid_of = {}
    if ridc and "rec_id" in recs.columns:
        rid_of = {str(r["rec_id"]): rec_key(r[numc]) for _, r in recs.iterrows()}
    anum = col(acts, "rec_number")
    key = (lambda a: rec_key(a[anum])) if anum else (lambda a: rid_of.get(str(a[ridc]), "?"))
    by_rec = {}
    for _, a in acts.iterrows():
        by_rec.setdefault(key(a), []).append(a)
    atext = col(acts, "action_text", "action"); agc = col(acts, "agency", "lead_agency")
    evc = col(acts, "evidence_text", "evidence"); tgc = col(acts, "target_date_text", "target_text", "target")
    prog_by_action = {}
    if prog is not None and col(prog, "action_id"):
        ptc = col(prog, "progress_text", "text"); stc = col(prog, "status")
        for _, p in prog.iterrows():
            prog_by_action.setdefault(str(p["action_id"]), []).append((p[ptc] if ptc else "", p[stc] if stc else ""))
    n = len(TA); cnt_ok = txt_ok = ag_ok = ev_ok = tg_ok = pr_ok = st_ok = 0
    for t in T:
        ta = [a for a in TA if a["rec"] == t["number"]]
        oa = by_rec.get(t["number"], [])
        if len(oa) == len(ta): cnt_ok += len(ta)
        used = set()
        for a in ta:
            best, bi = -1, None
            for i, o in enumerate(oa):
                if i in used: continue
                s = sim(norm_action(o[atext]), norm_action(a["action"]))
                if s > best: best, bi = s, i
            if bi is None: continue
            used.add(bi); o = oa[bi]
            if best >= 95: txt_ok += 1
            if agc and (norm(a["agency"]) in norm(o[agc]) or norm(o[agc]) in norm(a["agency"])) and norm(o[agc]): ag_ok += 1
            if evc and sim(norm(o[evc]), norm(a["evidence"])) >= 95: ev_ok += 1
            if tgc and sim(norm(o[tgc]), norm(a["target"])) >= 95: tg_ok += 1
            ps = prog_by_action.get(str(o.get("action_id")), [])
            ptxt = " ".join(str(p[0]) for p in ps) if ps else str(o.get("progress_text", ""))
            if sim(norm(ptxt), norm(a["progress"])) >= 95: pr_ok += 1
            st = norm(ps[-1][1]) if ps else norm(o.get("status", ""))
            if st == a["status"]: st_ok += 1
    m.update({"action_count_ok": cnt_ok / n, "action_text_ok": txt_ok / n, "agency_ok": ag_ok / n,
              "evidence_ok": ev_ok / n, "target_text_ok": tg_ok / n, "progress_text_ok": pr_ok / n, "status_ok": st_ok / n})
    keys = ["recs_found", "rec_text_ok", "scope_ok", "action_count_ok", "action_text_ok", "agency_ok",
            "evidence_ok", "target_text_ok", "progress_text_ok", "status_ok"]
    m["overall"] = sum(m[k] for k in keys) / len(keys) - m["recs_extra"]
    return {k: round(v, 4) for k, v in m.items()}

if __name__ == "__main__":
    truth = json.load(open(sys.argv[1]))
    src = sys.argv[sys.argv.index("--source") + 1] if "--source" in sys.argv else None
    print(json.dumps(score(truth, sys.argv[2], src)))
