#!/usr/bin/env python3
"""Build the newstrends gazetteers (conf/gazetteers/*.yaml) from reference data + curated overrides.

Usage (from the repo root or anywhere):
    python3 scripts/gazetteers/build_gazetteers.py                 # regenerate all files
    python3 scripts/gazetteers/build_gazetteers.py --check         # validate the files in conf/gazetteers, print counts
    python3 scripts/gazetteers/build_gazetteers.py --reference DIR # reference data dir (default: ../shared/data/reference
                                                                   #   relative to the repo root)

Inputs
  reference/mledoze-countries/countries.json        (ODbL)  -> countries.yaml (names, alt spellings, demonyms, capitals)
  reference/wikidata-heads-geografia/leaders_history.csv (CC0 Wikidata facts) -> leaders.yaml (QIDs, office dates)
  reference/supraverden-orgs/general_list.yaml      (CC BY-SA 4.0) -> organisations.yaml (QIDs, acronyms)
  scripts/gazetteers/curated/*.yaml                 (hand-curated; see the comments inside each file)

Output is deterministic: entities are sorted by id, aliases keep a stable order (name first, then
curated/derived order with duplicates removed), roles are sorted by date.

Role mapping (Wikidata P6 head_of_government / P35 head_of_state -> role id in roles.yaml) is in
ROLE_MAP below; it is per country, because the same Wikidata property means different offices:
e.g. Iran: head_of_government = president, head_of_state = supreme_leader; USA: both = president;
Japan: head_of_government = prime_minister, head_of_state = emperor.
"""
import argparse
import csv
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import yaml

VERSION = "2026.11.28"
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
CURATED = os.path.join(HERE, "curated")
OUT = os.path.join(REPO, "conf", "gazetteers")

# ---------------------------------------------------------------------------------------------
# Wikidata role -> role id, per ISO3.  Value: (head_of_government role, head_of_state role).
# None = ignore those rows (e.g. governors-general of Commonwealth realms: the monarch is taken
# from GBR).  "monarch" = king or queen, decided per person (curated `monarch: queen`).
# A head_of_government row that lies entirely inside a head_of_state spell of the same person is
# dropped (Saudi kings are formally also prime minister; Erdogan as executive president since 2018).
# Only leaders whose spells reach 1980 or later are used.
# ---------------------------------------------------------------------------------------------
PM, PRES = "prime_minister", "president"
ROLE_MAP = {
    "USA": (PRES, PRES), "IRN": (PRES, "supreme_leader"), "JPN": (PM, "emperor"),
    "DEU": ("chancellor", PRES), "AUT": ("chancellor", PRES), "GBR": (PM, "monarch"),
    "CAN": (PM, None), "AUS": (PM, None), "NZL": (PM, None), "FRA": (PM, PRES), "RUS": (PM, PRES),
    "CHN": (PM, PRES), "IND": (PM, PRES), "ISR": (PM, PRES), "TUR": (PM, PRES), "SAU": (PM, "monarch"),
    "ITA": (PM, PRES), "BRA": (PRES, PRES), "ARG": (PRES, PRES), "MEX": (PRES, PRES), "IDN": (PRES, PRES),
    "KOR": (PRES, PRES), "ZAF": (PRES, PRES), "PHL": (PRES, PRES), "PER": (PRES, PRES), "VEN": (PRES, PRES),
    "EGY": (PM, PRES), "SYR": (PM, PRES), "IRQ": (PM, PRES), "JOR": (PM, "monarch"), "LBN": (PM, PRES),
    "PSE": (PM, PRES), "ARE": (PM, PRES), "QAT": (PM, "emir"), "KWT": (PM, "emir"), "BHR": (PM, "monarch"),
    "OMN": (None, "sultan"), "YEM": (PM, PRES), "UKR": (PM, PRES), "BLR": (PM, PRES),
    "PRK": (PM, "supreme_leader"), "ESP": (PM, "monarch"), "NLD": (PM, "monarch"), "BEL": (PM, "monarch"),
    "DNK": (PM, "monarch"), "NOR": (PM, "monarch"), "SWE": (PM, "monarch"), "POL": (PM, PRES),
    "CZE": (PM, PRES), "SVK": (PM, PRES), "HUN": (PM, PRES), "ROU": (PM, PRES), "HRV": (PM, PRES),
    "SRB": (PM, PRES), "GEO": (PM, PRES), "AZE": (PM, PRES), "KAZ": (PM, PRES), "PAK": (PM, PRES),
    "CUB": (PM, PRES), "GRC": (PM, PRES), "PRT": (PM, PRES), "IRL": (PM, PRES), "FIN": (PM, PRES),
    "AFG": (None, None),
}
FROM_YEAR = "1980-01-01"

# Every other sovereign country (mledoze `independent: true`) gets DEFAULT_ROLES: prime minister for
# head_of_government rows, president for head_of_state rows; in presidential systems the
# head_of_government rows lie inside the same person's head_of_state spell and are dropped (above).
# Exceptions: Commonwealth realms (the head_of_state rows are governors-general), monarchies, and
# collective heads of state (no role: the people are kept only if curated); the Holy See's head of
# state is the pope (role pope), its head_of_government rows (the Governorate) are not modelled.
DEFAULT_ROLES = (PM, PRES)
ROLE_MAP_DEFAULT_EXCEPTIONS = {
    "ATG": (PM, None), "BHS": (PM, None), "BLZ": (PM, None), "GRD": (PM, None), "JAM": (PM, None),
    "PNG": (PM, None), "KNA": (PM, None), "LCA": (PM, None), "VCT": (PM, None), "SLB": (PM, None),
    "TUV": (PM, None), "MAR": (PM, "monarch"), "THA": (PM, "monarch"), "KHM": (PM, "monarch"),
    "MYS": (PM, "monarch"), "BTN": (PM, "monarch"), "SWZ": (PM, "monarch"), "LSO": (PM, "monarch"),
    "TON": (PM, "monarch"), "BRN": (None, "sultan"), "LIE": (PM, "prince"), "MCO": (PM, "prince"),
    "AND": (PM, None), "LUX": (PM, "grand_duke"), "VAT": (None, "pope"), "SMR": (None, None), "CHE": (None, None),
    "BIH": (PM, None),
}


def complete_role_map(ref):
    """ROLE_MAP extended to every sovereign country of mledoze (curated entries win)."""
    data = json.load(open(os.path.join(ref, "mledoze-countries", "countries.json"), encoding="utf-8"))
    for c in data:
        iso3 = c["cca3"]
        if c.get("independent") and iso3 not in ROLE_MAP:
            ROLE_MAP[iso3] = ROLE_MAP_DEFAULT_EXCEPTIONS.get(iso3, DEFAULT_ROLES)

# a label that is Portuguese (or a bare QID) is never used as an English surface form
PT_MARKERS = re.compile(r"\b(do|da|dos|das|de (Espanha|Portugal)|Príncipe|Duque)\b|ã|õ")
QID_RE = re.compile(r"^Q\d+$")


def fold(s):
    """ASCII-fold: Erdoğan -> Erdogan, Chrétien -> Chretien (keeps ' - . and spaces)."""
    t = unicodedata.normalize("NFKD", s)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    t = t.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("’", "'").replace("ʻ", "'")
    return t


def is_latin(s):
    for c in s:
        if c.isalpha() and not (ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF):
            return False
    return True


class CuratedLoader(yaml.SafeLoader):
    """YAML 1.2's booleans (true and false only) for the curated files: YAML 1.1, PyYAML's default, reads a
    bare on, off, yes, no and Norway's id NO as booleans, which the build wrote as the words "True" and
    "False" (stop 85: seven sense words, and "Norwegian" and "Norwegians", had gone so)."""


CuratedLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
CuratedLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                    list("tTfF"))


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=CuratedLoader) or {}


# ---------------------------------------------------------------------------------------------
# YAML writer (hand formatted so aliases are one flow mapping per line, as in the spec)
# ---------------------------------------------------------------------------------------------
SAFE_PLAIN = re.compile(r"^[A-Za-z0-9À-ɏḀ-ỿ][A-Za-z0-9À-ɏḀ-ỿ _.'’()/-]*$")
YAML_RESERVED = {"y", "yes", "n", "no", "true", "false", "on", "off", "null", "~"}


def q(s):
    s = str(s)
    if SAFE_PLAIN.match(s) and s.lower() not in YAML_RESERVED and not s.endswith(" ") and ": " not in s \
            and not re.match(r"^[0-9.\-]+$", s) and "'" not in s[:1]:
        return s
    return json.dumps(s, ensure_ascii=False)


def flow(d, keys):
    parts = []
    for k in keys:
        if k in d and d[k] is not None:
            v = d[k]
            if isinstance(v, dict):  # an alias's context rules (when: {outlet_countries: [IN], ...})
                v = "{" + ", ".join(
                    f"{kk}: [" + ", ".join(q(x) for x in vv) + "]" if isinstance(vv, list) else f"{kk}: {q(vv)}"
                    for kk, vv in v.items()) + "}"
            elif isinstance(v, bool):
                v = "true" if v else "false"
            elif isinstance(v, list):  # other_senses: {aliases: [...], near: [...], window: 5}
                v = "[" + ", ".join(q(x) for x in v) + "]"
            elif isinstance(v, int):
                v = str(v)
            elif isinstance(v, (dt.date,)):
                v = v.isoformat()
            elif k in ("from", "to") and isinstance(v, str):
                v = v
            else:
                v = q(v)
            parts.append(f"{k}: {v}")
    return "{" + ", ".join(parts) + "}"


def write_entities(path, header, source, entities, outlets=None):
    lines = [header.rstrip("\n"), f"version: {VERSION}", f"source: {json.dumps(source, ensure_ascii=False)}", "entities:"]
    for e in entities:
        lines.append(f"  - id: {q(e['id'])}")
        lines.append(f"    type: {e['type']}")
        lines.append(f"    name: {q(e['name'])}")
        if e.get("country"):
            lines.append(f"    country: {q(e['country'])}")
        lines.append("    aliases:")
        for a in e["aliases"]:
            lines.append("      - " + flow(a, ["text", "kind", "case", "ambiguous", "forename", "when"]))
        for key in ("exclude", "exclude_context"):
            if e.get(key):
                lines.append(f"    {key}:")
                for x in e[key]:
                    lines.append(f"      - {q(x)}")
        if e.get("roles"):
            lines.append("    roles:")
            for r in e["roles"]:
                lines.append("      - " + flow(r, ["role", "country", "from", "to", "acting"]))
        if e.get("labels"):
            lines.append("    labels: [" + ", ".join(q(x) for x in e["labels"]) + "]")
        if e.get("other_senses"):  # issue 9: terms in another sense, as data
            lines.append("    other_senses:")
            for o in e["other_senses"]:
                lines.append("      - " + flow(o, SENSE_KEYS))
    if outlets:
        # outlet -> country, for aliases whose context rules name outlet_countries (issue 9)
        lines.append("outlets:")
        for o in outlets:
            lines.append("  - " + flow(o, ["match", "country"]))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # round-trip sanity
    load_yaml(path)


def header(title, how, extra=""):
    h = [f"# {title}", f"# How it was made: {how}",
         "# Regenerate: python3 scripts/gazetteers/build_gazetteers.py   (validate: ... --check)",
         "# Do not edit by hand: edit scripts/gazetteers/curated/*.yaml and regenerate. Sources and licences: SOURCES.md"]
    if extra:
        h += ["#"] + ["# " + x if x else "#" for x in extra.strip("\n").split("\n")]
    return "\n".join(h) + "\n"


class AliasList:
    def __init__(self):
        self.items = []
        self.seen = set()

    def add(self, text, kind, **kw):
        text = (text or "").strip()
        if not text:
            return
        key = (text, kind)
        if key in self.seen:
            return
        # never add the same text twice with different kinds (keep the first: name > alias > ...)
        if any(a["text"] == text for a in self.items):
            return
        self.seen.add(key)
        a = {"text": text, "kind": kind}
        for k, v in kw.items():
            if v is not None and v is not False:
                a[k] = v
        self.items.append(a)

    def remove(self, text):
        self.items = [a for a in self.items if a["text"] != text]
        self.seen = {(a["text"], a["kind"]) for a in self.items}

    def has(self, text):
        return any(a["text"] == text for a in self.items)


def add_alias_specs(al, specs, default_kind):
    """specs: list of str or {text, kind, case, ambiguous, forename}"""
    for s in specs or []:
        if isinstance(s, str):
            al.add(s, default_kind)
        else:
            al.add(s["text"], s.get("kind", default_kind), case=s.get("case"), ambiguous=s.get("ambiguous"),
                   forename=s.get("forename"))


# entity keys a curated entry hands through to the gazetteer as written (country overrides and extra states too)
PASSED_KEYS = ("exclude", "exclude_context", "labels", "other_senses")


def apply_when(al, x):
    """an entity's context rules (when: {alias: rule}, issue 9: disambiguation as data) onto its aliases"""
    for a in al.items:
        if a["text"] in (x.get("when") or {}):
            a["when"] = x["when"][a["text"]]


def with_folded(al, kind_filter=None):
    """add ASCII-folded variants of every alias (Erdoğan -> Erdogan)."""
    for a in list(al.items):
        f = fold(a["text"])
        if f != a["text"]:
            al.add(f, a["kind"], case=a.get("case"), ambiguous=a.get("ambiguous"), forename=a.get("forename"))


# ---------------------------------------------------------------------------------------------
# countries
# ---------------------------------------------------------------------------------------------
def plural_demonym(d):
    if d.endswith(("ese", "ish", "ch", "ss", "Swiss", "Thai", "Lao")) or " " in d and d.split()[-1].endswith(("ese", "ish")):
        return None
    if d.endswith(("an", "i", "o", "ine", "er", "ot", "ite", "ic")):
        return d + "s"
    return None


def build_countries(ref):
    cur = load_yaml(os.path.join(CURATED, "countries.yaml"))
    data = json.load(open(os.path.join(ref, "mledoze-countries", "countries.json"), encoding="utf-8"))
    over = cur.get("overrides", {})
    no_capital = set(cur.get("no_capital_metonym", []))
    capital_ok_dependent = set(cur.get("capital_for_non_independent", []))
    drop_global = set(cur.get("drop_aliases_everywhere", []))
    ents = {}
    for c in data:
        cid = c["cca2"]
        o = over.get(cid, {}) or {}
        name = o.get("name", c["name"]["common"])
        al = AliasList()
        al.add(name, "name")
        if o.get("name") and c["name"]["common"] != name:
            al.add(c["name"]["common"], "alias")
        cands = [c["name"]["official"]] + list(c.get("altSpellings", []))
        for s in cands:
            s = s.strip()
            if len(s) <= 2 or "," in s or not is_latin(s) or s in drop_global or s in o.get("drop_aliases", []):
                continue
            if len(s) <= 4 and s.isupper():
                al.add(s, "alias", case="exact")       # acronyms such as USA, UAE, DRC
            else:
                al.add(s, "alias")
        add_alias_specs(al, o.get("aliases"), "alias")
        dem = (c.get("demonyms") or {}).get("eng") or {}
        dems = []
        for g in ("m", "f"):
            d = dem.get(g)
            if d and d not in dems:
                dems.append(d)
        for d in dems:
            if d in o.get("drop_demonyms", []) or d in cur.get("drop_demonyms_everywhere", []):
                continue
            al.add(d, "demonym")
            p = plural_demonym(d)
            if p and p not in o.get("drop_demonyms", []):
                al.add(p, "demonym")
        add_alias_specs(al, o.get("demonyms"), "demonym")
        caps = c.get("capital") or []
        if caps and cid not in no_capital and (c.get("independent") or cid in capital_ok_dependent):
            cap = o.get("capital", caps[0])
            if cap and fold(cap).lower() != fold(name).lower():
                al.add(cap, "metonym")
        add_alias_specs(al, o.get("metonyms"), "metonym")
        for t in o.get("drop_aliases", []):
            al.remove(t)
        for a in al.items:                       # curated kind fixes, e.g. Saudi: alias -> demonym
            if a["text"] in (o.get("kinds") or {}):
                a["kind"] = o["kinds"][a["text"]]
        with_folded(al)
        apply_when(al, o)
        e = {"id": cid, "type": "country", "name": name, "aliases": al.items}
        for k in PASSED_KEYS:
            if o.get(k):
                e[k] = list(o[k])
        ents[cid] = e
    for x in cur.get("extra", []):
        al = AliasList()
        al.add(x["name"], "name")
        add_alias_specs(al, x.get("aliases"), "alias")
        add_alias_specs(al, x.get("demonyms"), "demonym")
        add_alias_specs(al, x.get("metonyms"), "metonym")
        with_folded(al)
        apply_when(al, x)
        e = {"id": x["id"], "type": "country", "name": x["name"], "aliases": al.items}
        for k in PASSED_KEYS:
            if x.get(k):
                e[k] = list(x[k])
        ents[x["id"]] = e
    # surface forms claimed by curated choice for one country only
    for text, owner in (cur.get("owner", {}) or {}).items():
        for cid, e in ents.items():
            if cid != owner and any(a["text"] == text for a in e["aliases"]):
                e["aliases"] = [a for a in e["aliases"] if a["text"] != text]
    return [ents[k] for k in sorted(ents)], cur


# ---------------------------------------------------------------------------------------------
# leaders
# ---------------------------------------------------------------------------------------------
def parse_date(s):
    s = (s or "").strip()
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)T", s)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def merge_roles(roles):
    """merge overlapping / adjacent (<= 1 day gap) spells of the same role+country+acting."""
    out = []
    key = lambda r: (r["role"], r["country"], bool(r.get("acting")), r["from"])
    for r in sorted(roles, key=key):
        if out:
            p = out[-1]
            if (p["role"], p["country"], bool(p.get("acting"))) == (r["role"], r["country"], bool(r.get("acting"))):
                if p.get("to") is None:
                    continue
                gap = (dt.date.fromisoformat(r["from"]) - dt.date.fromisoformat(p["to"])).days
                if gap <= 1:
                    if r.get("to") is None or r["to"] > p["to"]:
                        p["to"] = r.get("to")
                    continue
        out.append(dict(r))
    out.sort(key=lambda r: (r["from"], r["role"], r["country"]))
    return out


HEAD_ROLES = {"president", "prime_minister", "chancellor", "supreme_leader", "king", "queen", "emperor", "emir",
              "sultan", "prince", "grand_duke", "general_secretary", "pope"}
SURNAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "van", "von", "der", "la", "le", "al", "el", "bin", "ibn", "y"}
REGNAL = re.compile(r"^[IVXL]+$")


def auto_surname(name, reserved):
    """The last word of a non-curated head's name as a surname alias (ambiguous: the article must also
    name the person in full or with a title), unless it is short, a regnal number or particle, or a
    surface form of another entity (country, demonym, capital...)."""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return None
    last = words[-1]
    if REGNAL.match(last) or last.lower() in SURNAME_PARTICLES or len(last) < 4 or not last[0].isupper():
        return None
    if last.lower() in reserved or fold(last).lower() in reserved:
        return None
    return last


def given_names(ents_names):
    """First words of every leader's name: a surname equal to one (James, Charles, Joseph) is someone's
    given name, so it is never made a surname alias."""
    return {n.split()[0].lower() for n in ents_names if n and len(n.split()) > 1}


def build_leaders(ref, iso3_to_2, country_ids, reserved=frozenset()):
    complete_role_map(ref)
    cur = load_yaml(os.path.join(CURATED, "leaders.yaml"))
    names = cur.get("names", {}) or {}
    drop = set(cur.get("drop_qids", []) or [])
    people = {p["id"]: p for p in cur.get("people", [])}
    rows = list(csv.DictReader(open(os.path.join(ref, "wikidata-heads-geografia", "leaders_history.csv"), encoding="utf-8")))
    spells = {}     # qid -> list of (iso3, wd_role, from, to)
    label = {}
    for r in rows:
        iso3 = r["iso3"]
        if iso3 not in ROLE_MAP:
            continue
        qid = r["person_qid"].strip()
        if not QID_RE.match(qid) or qid in drop:
            continue
        s, e = parse_date(r["start"]), parse_date(r["end"])
        if not s:
            continue
        if r["end"].strip() and not e:
            continue                      # unknown-value / malformed end: unreliable row
        if e and e < FROM_YEAR:
            continue
        if not e and s < "1950-01-01" and r["role"] == "head_of_government":
            continue
        if e and e <= s:
            continue
        spells.setdefault(qid, []).append((iso3, r["role"], s, e))
        label.setdefault(qid, r["person"].strip())
    wd_roles = {}
    for qid, sp in spells.items():
        hos = [(c, s, e) for (c, role, s, e) in sp if role == "head_of_state"]
        roles = []
        for (c, role, s, e) in sp:
            hg, hs = ROLE_MAP[c]
            rid = hg if role == "head_of_government" else hs
            if rid is None:
                continue
            if role == "head_of_government" and hs != hg:
                inside = any(c2 == c and s2 <= s and (e2 is None or (e is not None and e <= e2)) for (c2, s2, e2) in hos)
                if inside:
                    continue
            if rid == "monarch":
                rid = (people.get(qid, {}) or {}).get("monarch", "king")
            roles.append({"role": rid, "country": iso3_to_2[c], "from": s, "to": e})
        wd_roles[qid] = roles
    ents = []
    unnamed = []
    all_ids = sorted(set(wd_roles) | set(people))
    given = given_names(
        [(people.get(q, {}) or {}).get("name") or names.get(q) or label.get(q, "") for q in all_ids])
    for qid in all_ids:
        p = people.get(qid, {})
        if p.get("skip"):
            continue
        roles = [] if p.get("replace_roles") else list(wd_roles.get(qid, []))
        for r in p.get("roles", []) or []:
            rr = {"role": r["role"], "country": r.get("country"), "from": str(r["from"]), "to": str(r["to"]) if r.get("to") else None}
            if r.get("acting"):
                rr["acting"] = True
            roles.append(rr)
        roles = [r for r in roles if r.get("to") is None or r["to"] >= FROM_YEAR or p]
        roles = merge_roles(roles)
        if not roles and not p:
            continue
        name = p.get("name") or names.get(qid)
        if not name:
            lab = label.get(qid, "")
            if not lab or QID_RE.match(lab) or PT_MARKERS.search(lab):
                unnamed.append((qid, lab))
                continue
            name = lab
        al = AliasList()
        al.add(name, "name")
        add_alias_specs(al, p.get("aliases"), "alias")
        for s in p.get("surnames", []) or []:
            if isinstance(s, str):
                al.add(s, "surname")
            else:
                al.add(s["text"], "surname", case=s.get("case"), ambiguous=s.get("ambiguous"))
        if not p and roles:
            sn = auto_surname(name, reserved | given)
            if sn:
                al.add(sn, "surname", ambiguous=True)
        with_folded(al)
        country = p.get("country")
        if country is None and roles:
            # the country of the most recent role
            country = sorted(roles, key=lambda r: r["from"])[-1]["country"]
        # issue 9: people who never held a head-of-state or -government office (foreign ministers,
        # opposition and party figures, armed-group leaders) are type person, not leader
        head = any(r["role"] in HEAD_ROLES for r in roles)
        e = {"id": qid, "type": "leader" if head else "person", "name": name, "aliases": al.items}
        if country and country != "-":
            e["country"] = country
        for k in ("exclude", "exclude_context"):
            if p.get(k):
                e[k] = list(p[k])
        if roles:
            e["roles"] = roles
        labels = list(p.get("labels", []) or [])
        kinds = {r["role"] for r in roles}
        # Iran's president is head of government (the supreme leader is head of state)
        if any(r["role"] == "president" and r["country"] == "IR" for r in roles):
            labels.append("head_of_government")
        if kinds & {"king", "queen", "emir", "sultan", "emperor", "supreme_leader", "pope"} or \
                any(r["role"] == "president" and r["country"] != "IR" for r in roles):
            labels.append("head_of_state")
        if kinds & {"prime_minister", "chancellor"}:
            labels.append("head_of_government")
        seen = []
        for l in labels:
            if l not in seen:
                seen.append(l)
        if seen:
            e["labels"] = sorted(seen)
        ents.append(e)
    ents.sort(key=lambda e: e["id"])
    return ents, unnamed


# ---------------------------------------------------------------------------------------------
# organisations / places / terms (mostly curated; orgs enriched from supraverden)
# ---------------------------------------------------------------------------------------------
def build_simple(kind, curated_file):
    cur = load_yaml(os.path.join(CURATED, curated_file))
    ents = []
    for x in cur["entities"]:
        al = AliasList()
        al.add(x["name"], "name", case=x.get("name_case"))
        default_kind = {"term": "variant", "organisation": "alias", "place": "alias"}[kind]
        add_alias_specs(al, x.get("aliases"), default_kind)
        if kind == "organisation":
            for a in x.get("acronyms", []) or []:
                if isinstance(a, str):
                    al.add(a, "acronym", case="exact")
                else:
                    al.add(a["text"], "acronym", case=a.get("case", "exact"))
        add_alias_specs(al, x.get("demonyms"), "demonym")
        add_alias_specs(al, x.get("metonyms"), "metonym")
        if kind != "term":
            with_folded(al)
        apply_when(al, x)
        if kind == "term":
            # a term's aliases match any case; alias_case: prose (round 47) keeps a capitalised form
            # inside a sentence of prose out (a name or a work's title: "Death of a Salesman")
            for a in al.items:
                if "case" not in a:
                    a["case"] = x.get("alias_case", "any")
        e = {"id": str(x["id"]), "type": kind, "name": x["name"], "aliases": al.items}
        if x.get("country"):
            e["country"] = x["country"]
        for k in PASSED_KEYS:
            if x.get(k):
                e[k] = list(x[k])
        if e.get("other_senses"):
            e["other_senses"] = [flat_sense(o) for o in e["other_senses"]]
        ents.append(e)
    ents.sort(key=lambda e: e["id"])
    return ents, cur


def flat_words(words):
    """A word list with the lists inside it spliced in, in order, each word once: the curated file
    builds one list from another by naming it inside ([*subject_clause_stops, and]), as YAML's
    anchors cannot add to a list."""
    out = []
    for w in words:
        for v in (flat_words(w) if isinstance(w, list) else [w]):
            if isinstance(v, bool):
                # a bare true or false in a word list (CuratedLoader reads on, off, yes and no as words)
                raise ValueError(f"a word list holds the boolean {v!r}: quote the word in {words!r}")
            if v not in out:
                out.append(v)
    return out


def flat_sense(sense):
    """An other_senses entry with each of its word lists flat (flat_words)."""
    return {k: flat_words(v) if isinstance(v, list) else v for k, v in sense.items()}


def build_orgs(ref):
    ents, cur = build_simple("organisation", "organisations.yaml")
    sv = load_yaml(os.path.join(ref, "supraverden-orgs", "general_list.yaml"))
    by_qid = {}
    for k, v in sv.items():
        qd = str(v.get("Wikidata_code") or "")
        if QID_RE.match(qd):
            by_qid.setdefault(qd, (k, v))
    n_sv = 0
    for e in ents:
        if e["id"] in by_qid:
            n_sv += 1
    return ents, n_sv


# ---------------------------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------------------------
ALLOWED_ENTITY_KEYS = {"id", "type", "name", "country", "aliases", "exclude", "exclude_context", "roles", "labels",
                       "other_senses"}
ALLOWED_ALIAS_KEYS = {"text", "kind", "case", "ambiguous", "forename", "when"}
# other_senses (issue 9; side, near_case, not_across, unless and unless_window since round 12; unless_not_across and
# unless_case since stop 66; right_after since stop 67; from and to since stop 70; quoted and unless_side since stop 75),
# in the order written
SENSE_KEYS = ["aliases", "near", "window", "side", "near_case", "not_across", "unless", "unless_window", "unless_not_across",
              "unless_case", "right_after", "from", "to", "quoted", "unless_side"]
ALLOWED_ROLE_KEYS = {"role", "country", "from", "to", "acting"}
KINDS = {"name", "alias", "demonym", "metonym", "surname", "acronym", "variant"}
TYPES = {"countries": "country", "leaders": "leader", "places": "place", "organisations": "organisation", "terms": "term"}


def check(outdir):
    errs = []
    counts = {}
    docs = {}
    for fn in list(TYPES) + ["roles"]:
        path = os.path.join(outdir, fn + ".yaml")
        if not os.path.exists(path):
            errs.append(f"missing {path}")
            continue
        txt = open(path, encoding="utf-8").read()
        if not txt.startswith("#"):
            errs.append(f"{fn}: no comment header")
        if f"version: {VERSION}" not in txt:
            errs.append(f"{fn}: no version line")
        docs[fn] = yaml.safe_load(txt)
        if str(docs[fn].get("version")) != VERSION:
            errs.append(f"{fn}: version is {docs[fn].get('version')!r}")
    role_ids = set()
    if "roles" in docs:
        extra = set(docs["roles"]) - {"version", "source", "roles"}
        if extra:
            errs.append(f"roles: unknown top-level keys {extra}")
        for r in docs["roles"]["roles"]:
            if set(r) - {"id", "phrases", "labels"}:
                errs.append(f"roles: unknown keys in {r}")
            if r["id"] in role_ids:
                errs.append(f"roles: duplicate id {r['id']}")
            role_ids.add(r["id"])
            if not r.get("phrases") or any(not p or p != p.lower() for p in r["phrases"]):
                errs.append(f"roles: bad phrases in {r['id']}")
        counts["roles"] = (len(role_ids), sum(len(r["phrases"]) for r in docs["roles"]["roles"]))
    country_ids = {e["id"] for e in docs.get("countries", {}).get("entities", [])}
    surface = {}
    holders = 0
    for fn, typ in TYPES.items():
        if fn not in docs:
            continue
        d = docs[fn]
        extra = set(d) - {"version", "source", "entities", "outlets"}
        if extra:
            errs.append(f"{fn}: unknown top-level keys {extra}")
        ids = set()
        n_alias = 0
        for e in d["entities"]:
            eid = str(e.get("id"))
            where = f"{fn}:{eid}"
            if set(e) - ALLOWED_ENTITY_KEYS:
                errs.append(f"{where}: unknown keys {set(e) - ALLOWED_ENTITY_KEYS}")
            if eid in ids:
                errs.append(f"{where}: duplicate id")
            ids.add(eid)
            if e.get("type") != typ and not (fn == "leaders" and e.get("type") == "person"):
                errs.append(f"{where}: type {e.get('type')} != {typ}")
            if not e.get("name"):
                errs.append(f"{where}: empty name")
            if fn == "countries" and not re.match(r"^[A-Z]{2}$", eid):
                errs.append(f"{where}: country id is not alpha-2")
            if fn in ("leaders", "places") and typ != "country" and e.get("country") is not None \
                    and e["country"] not in country_ids:
                errs.append(f"{where}: unknown country {e['country']}")
            if fn == "places" and not e.get("country"):
                errs.append(f"{where}: place without country")
            if fn == "organisations" and e.get("country") and e["country"] not in country_ids:
                errs.append(f"{where}: unknown country {e['country']}")
            seen = set()
            if not e.get("aliases"):
                errs.append(f"{where}: no aliases")
            for a in e.get("aliases", []):
                n_alias += 1
                if set(a) - ALLOWED_ALIAS_KEYS:
                    errs.append(f"{where}: alias keys {a}")
                t = a.get("text")
                if not isinstance(t, str) or not t.strip():
                    errs.append(f"{where}: empty alias {a}")
                    continue
                if a.get("kind") not in KINDS:
                    errs.append(f"{where}: bad kind {a}")
                if a.get("case") not in (None, "exact", "any", "prose"):
                    errs.append(f"{where}: bad case {a}")
                if a.get("kind") == "surname" and fn != "leaders":
                    errs.append(f"{where}: surname outside leaders")
                if "ambiguous" in a and not isinstance(a["ambiguous"], bool):
                    errs.append(f"{where}: ambiguous not bool")
                if "forename" in a and (not isinstance(a["forename"], bool) or fn != "leaders"):
                    errs.append(f"{where}: forename not bool or outside leaders")
                k = (t, a.get("kind"))
                if k in seen:
                    errs.append(f"{where}: duplicate alias {k}")
                seen.add(k)
                surface.setdefault(t.lower() if a.get("case") in ("any", "prose") else t, set()).add(where)
            # a sense's aliases are some of its entity's, read as the loader reads them (the words, no punctuation)
            alias_keys = {" ".join(re.findall(r"\w+", a["text"].lower()))
                          for a in e.get("aliases", []) if isinstance(a, dict) and isinstance(a.get("text"), str)}
            for o in e.get("other_senses", []) or []:
                for w in o.get("aliases") or []:
                    if isinstance(w, str) and " ".join(re.findall(r"\w+", w.lower())) not in alias_keys:
                        errs.append(f"{where}: other_senses names {w!r}, which is not one of its aliases")
                if set(o) - set(SENSE_KEYS):
                    errs.append(f"{where}: other_senses keys {sorted(set(o) - set(SENSE_KEYS))}")
                if not o.get("near"):
                    errs.append(f"{where}: other_senses without near words")
                for k in ("aliases", "near", "not_across", "unless", "unless_not_across", "right_after"):
                    if any(not isinstance(w, str) or not w.strip() for w in o.get(k) or []):
                        # YAML 1.1 reads a bare on/off/yes/no as a boolean: quote such words
                        errs.append(f"{where}: other_senses {k} holds a non-word {o[k]!r}")
                if o.get("side", "either") not in ("either", "before", "after"):
                    errs.append(f"{where}: other_senses side {o.get('side')!r}")
                if o.get("near_case", "any") not in ("any", "lower", "opening", "headline"):
                    errs.append(f"{where}: other_senses near_case {o.get('near_case')!r}")
                for k in ("window", "unless_window"):
                    if k in o and not (isinstance(o[k], int) and 1 <= o[k] <= 30):
                        errs.append(f"{where}: other_senses {k} {o[k]!r} (1 to 30)")
                if "unless_window" in o and not o.get("unless"):
                    errs.append(f"{where}: other_senses unless_window without unless words")
                if o.get("unless_not_across") and not o.get("unless"):
                    errs.append(f"{where}: other_senses unless_not_across without unless words")
                if o.get("unless_case", "any") not in ("any", "prose"):
                    errs.append(f"{where}: other_senses unless_case {o.get('unless_case')!r}")
                for k in ("not_across", "unless", "unless_not_across", "right_after"):
                    # one token each, as the loader reads them: no space, and no hyphen, dash or slash inside a word
                    for w in o.get(k) or []:
                        if isinstance(w, str) and (re.search(r"\s", w.strip()) or re.search(r"\w[-‐-―/]", w)):
                            errs.append(f"{where}: other_senses {k} word {w!r} is not one token")
                days = {}
                for k in ("from", "to"):
                    if k in o:
                        try:
                            days[k] = dt.date.fromisoformat(str(o[k]))
                        except ValueError:
                            errs.append(f"{where}: other_senses {k} {o[k]!r} is not a date (YYYY-MM-DD)")
                if len(days) == 2 and days["from"] >= days["to"]:
                    errs.append(f"{where}: other_senses from {o['from']} is not before to {o['to']}")
                if "quoted" in o and not isinstance(o["quoted"], bool):
                    errs.append(f"{where}: other_senses quoted {o['quoted']!r} (true or false)")
                if o.get("unless_side", "either") not in ("either", "before", "after"):
                    errs.append(f"{where}: other_senses unless_side {o.get('unless_side')!r}")
                if o.get("unless_side", "either") != "either" and not o.get("unless"):
                    errs.append(f"{where}: other_senses unless_side without unless words")
            for r in e.get("roles", []) or []:
                holders += 1
                if fn != "leaders":
                    errs.append(f"{where}: roles outside leaders")
                if set(r) - ALLOWED_ROLE_KEYS:
                    errs.append(f"{where}: role keys {r}")
                if r.get("role") not in role_ids:
                    errs.append(f"{where}: unknown role {r.get('role')}")
                if r.get("country") not in country_ids:
                    errs.append(f"{where}: role country {r.get('country')} unknown")
                try:
                    f = dt.date.fromisoformat(str(r["from"]))
                    if r.get("to") is not None:
                        t2 = dt.date.fromisoformat(str(r["to"]))
                        if not f < t2:
                            errs.append(f"{where}: role from >= to {r}")
                except Exception as ex:  # noqa
                    errs.append(f"{where}: bad role date {r} {ex}")
        counts[fn] = (len(ids), n_alias)
    if "leaders" in docs:
        counts["role-holdings"] = (holders, sum(1 for e in docs["leaders"]["entities"] if e.get("roles")))
    shared = {t: w for t, w in surface.items() if len(w) > 1}
    return errs, counts, shared


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", default=os.path.join(REPO, "..", "shared", "data", "reference"))
    ap.add_argument("--check", action="store_true", help="only validate conf/gazetteers and print counts")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("-v", "--verbose", action="store_true", help="--check: list surface forms shared by entities")
    args = ap.parse_args()
    ref = os.path.abspath(args.reference)
    if not args.check:
        os.makedirs(args.out, exist_ok=True)
        countries, ccur = build_countries(ref)
        seed = list(csv.DictReader(open(os.path.join(ref, "wikidata-heads-geografia", "countries_seed.csv"), encoding="utf-8")))
        data = json.load(open(os.path.join(ref, "mledoze-countries", "countries.json"), encoding="utf-8"))
        iso3_to_2 = {c["cca3"]: c["cca2"] for c in data}
        iso3_to_2.update({r["iso3"]: r["iso2"] for r in seed if r["iso3"] not in iso3_to_2})
        cids = {e["id"] for e in countries}
        write_entities(os.path.join(args.out, "countries.yaml"), header(
            "countries.yaml - countries and territories: names, aliases, demonyms, capital metonyms.",
            "derived from mledoze/countries (ODbL 1.0) by scripts/gazetteers/build_gazetteers.py, plus "
            "hand-curated aliases, demonym plurals, metonyms, exclusions and historical states "
            "(scripts/gazetteers/curated/countries.yaml).",
            "id = ISO 3166-1 alpha-2 (Kosovo XK); historical states use ISO 3166-3 codes (SU, DD, YU, CS).\n"
            "Bare 'Congo' is mapped to CD (DR Congo); 'Republic of the Congo'/'Congo-Brazzaville' are CG."),
            "mledoze/countries (ODbL 1.0) + hand-curated", countries)
        reserved = {a["text"].lower() for e in countries for a in e["aliases"]}
        leaders, unnamed = build_leaders(ref, iso3_to_2, cids, reserved)
        write_entities(os.path.join(args.out, "leaders.yaml"), header(
            "leaders.yaml - heads of state/government 1980-today and other key political figures, with time-aware roles.",
            "roles derived from Wikidata P6/P35 (CC0) via cfmessias/geografia leaders_history.csv, mapped per country "
            "to role ids (see ROLE_MAP in the build script); English names, aliases, surnames, acting holders and "
            "date fixes hand-curated (scripts/gazetteers/curated/leaders.yaml).",
            "id = Wikidata QID, or person:<slug> where the QID was not verified offline.\n"
            "roles: from/to are ISO dates, half-open (holder on d when from <= d < to); no 'to' = in office.\n"
            "surname aliases with ambiguous: true count only when the article also names the person in full or with a title."),
            "Wikidata (CC0) via cfmessias/geografia + hand-curated", leaders)
        if unnamed:
            print(f"note: {len(unnamed)} Wikidata people skipped (no English label curated)", file=sys.stderr)
            if args.verbose:
                for qid, lab in unnamed:
                    print("   ", qid, lab, file=sys.stderr)
        places, pcur = build_simple("place", "places.yaml")
        write_entities(os.path.join(args.out, "places.yaml"), header(
            "places.yaml - regions, territories, cities and conflict areas that news names, each tied to a country.",
            "hand-curated (scripts/gazetteers/curated/places.yaml); ids are Wikidata QIDs where verified, "
            "else place:<slug>.", pcur.get("notes", "")),
            "hand-curated", places)
        orgs, n_sv = build_orgs(ref)
        write_entities(os.path.join(args.out, "organisations.yaml"), header(
            "organisations.yaml - international bodies, armed groups, agencies, central banks, NGOs.",
            "hand-curated list (scripts/gazetteers/curated/organisations.yaml); QIDs, names and acronyms of "
            "international bodies from supraverden (CC BY-SA 4.0), other QIDs from Wikidata (CC0) where verified, "
            "else org:<slug>. Acronyms are case: exact."),
            "supraverden (CC BY-SA 4.0) + Wikidata (CC0) + hand-curated", orgs,
            load_yaml(os.path.join(CURATED, "organisations.yaml")).get("outlets"))
        terms, tcur = build_simple("term", "terms.yaml")
        write_entities(os.path.join(args.out, "terms.yaml"), header(
            "terms.yaml - families of loaded / framing terms tracked in news (genocide, ceasefire, hostage...).",
            "hand-curated (scripts/gazetteers/curated/terms.yaml).", tcur.get("format_doc", "")),
            "hand-curated", terms)
        rcur = load_yaml(os.path.join(CURATED, "roles.yaml"))
        lines = [header("roles.yaml - vocabulary of role phrases (lower-case head nouns) used by leaders.yaml roles.",
                        "hand-curated (scripts/gazetteers/curated/roles.yaml).", rcur.get("doc", "")).rstrip("\n"),
                 f"version: {VERSION}", 'source: "hand-curated"', "roles:"]
        for r in sorted(rcur["roles"], key=lambda r: r["id"]):
            lines.append(f"  - id: {r['id']}")
            lines.append("    phrases: [" + ", ".join(q(p) for p in r["phrases"]) + "]")
            if r.get("labels"):
                lines.append("    labels: [" + ", ".join(q(p) for p in r["labels"]) + "]")
        with open(os.path.join(args.out, "roles.yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    errs, counts, shared = check(args.out)
    for fn, (n, a) in counts.items():
        if fn == "role-holdings":
            print(f"{'role-holdings':15s} {n:5d} role spells held by {a} leaders")
        else:
            print(f"{fn:15s} {n:5d} entities {a:6d} {'phrases' if fn == 'roles' else 'aliases'}")
    print(f"{'shared-surface':15s} {len(shared):5d} surface forms listed under more than one entity (see -v)")
    if args.verbose:
        for t in sorted(shared):
            print("   ", t, "->", ", ".join(sorted(shared[t])))
    for e in errs:
        print("ERROR", e)
    if errs:
        print(f"{len(errs)} errors")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
