#!/usr/bin/env python3
"""Extract of ../shared/data/reference for the leader-coverage check (LeaderCoverageTest).

Writes src/test/resources/leaders/reference-heads.tsv: every head of state or government whose
spell overlaps 1987, 1996 or 2023 (the years of the corpora: Reuters-21578, CoNLL-2003, RSS 2023)
in a sovereign country (mledoze `independent`), from
  - wikidata: wikidata-heads-geografia/leaders_history.csv (cfmessias/geografia 2e1e3b9; Wikidata CC0),
    rows with a day-level start and a valid or empty end;
  - reign: reign/leaderlist_3_21.csv (REIGN, Bell, Besaw & Frank 2021; OEFDataScience/REIGN.github.io
    d7a8a6f), end dates month precision (the last day of the month is written), COW codes mapped to ISO.
Run from the repository root:  python3 scripts/gazetteers/extract_reference_heads.py
"""
import calendar
import csv
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
REF = os.path.join(REPO, "..", "shared", "data", "reference")
OUT = os.path.join(REPO, "src", "test", "resources", "leaders", "reference-heads.tsv")
YEARS = (1987, 1996, 2023)

# COW state abbreviations that are not the country's ISO 3166-1 alpha-3 code (or are another's)
COW_TO_ISO3 = {
    "AAB": "ATG", "ALG": "DZA", "ANG": "AGO", "AUL": "AUS", "AUS": "AUT", "BAH": "BHR", "BAR": "BRB",
    "BFO": "BFA", "BHM": "BHS", "BHU": "BTN", "BNG": "BGD", "BOS": "BIH", "BOT": "BWA", "BRU": "BRN",
    "BUI": "BDI", "BUL": "BGR", "CAM": "KHM", "CAO": "CMR", "CAP": "CPV", "CDI": "CIV", "CEN": "CAF",
    "CHA": "TCD", "CON": "COG", "COS": "CRI", "CRO": "HRV", "CZR": "CZE", "DEN": "DNK", "DRC": "COD",
    "DRV": "VNM", "EQG": "GNQ", "ETM": "TLS", "FIJ": "FJI", "FRN": "FRA", "GAM": "GMB", "GMY": "DEU",
    "GRG": "GEO", "GRN": "GRD", "GUA": "GTM", "GUI": "GIN", "HAI": "HTI", "HON": "HND", "ICE": "ISL",
    "INS": "IDN", "IRE": "IRL", "KOS": "UNK", "KUW": "KWT", "KYR": "KGZ", "KZK": "KAZ", "LAT": "LVA",
    "LEB": "LBN", "LES": "LSO", "LIB": "LBY", "LIT": "LTU", "MAA": "MRT", "MAD": "MDV", "MAG": "MDG",
    "MAL": "MYS", "MAS": "MUS", "MAW": "MWI", "MLD": "MDA", "MNC": "MCO", "MON": "MNG", "MOR": "MAR",
    "MSI": "MHL", "MYA": "MMR", "MZM": "MOZ", "NAU": "NRU", "NEP": "NPL", "NEW": "NZL", "NIG": "NGA",
    "NIR": "NER", "NTH": "NLD", "OMA": "OMN", "PAL": "PLW", "PAR": "PRY", "PHI": "PHL", "POR": "PRT",
    "ROK": "KOR", "ROM": "ROU", "SAF": "ZAF", "SAL": "SLV", "SEY": "SYC", "SIE": "SLE", "SIN": "SGP",
    "SKN": "KNA", "SLO": "SVK", "SLV": "SVN", "SLU": "LCA", "SNM": "SMR", "SOL": "SLB", "SPN": "ESP",
    "SRI": "LKA", "SUD": "SDN", "SVG": "VCT", "SWA": "SWZ", "SWD": "SWE", "SWZ": "CHE", "TAJ": "TJK",
    "TAZ": "TZA", "THI": "THA", "TOG": "TGO", "TRI": "TTO", "UAE": "ARE", "UKG": "GBR", "URU": "URY",
    "VAN": "VUT", "YAR": "YEM", "YPR": None, "YUG": "SRB", "ZAM": "ZMB", "ZIM": "ZWE", "GDR": None,
    "MAC": "MKD", "TAW": "TWN", "ZAN": None, "RVN": None, "GFR": "DEU", "CZE": "CZE",
}


def day(s):
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)T", s or "")
    return "-".join(m.groups()) if m else None


def overlaps(start, end):
    return any(start <= f"{y}-12-31" and (end is None or end >= f"{y}-01-01") for y in YEARS)


def main():
    countries = json.load(open(os.path.join(REF, "mledoze-countries", "countries.json"), encoding="utf-8"))
    iso2 = {c["cca3"]: c["cca2"] for c in countries if c.get("independent")}
    rows = []
    for r in csv.DictReader(open(os.path.join(REF, "wikidata-heads-geografia", "leaders_history.csv"), encoding="utf-8")):
        s, e = day(r["start"]), day(r["end"])
        if r["iso3"] not in iso2 or not s or (r["end"].strip() and not e) or not re.match(r"^Q\d+$", r["person_qid"]):
            continue
        if overlaps(s, e):
            rows.append(("wikidata", iso2[r["iso3"]], r["iso3"], r["role"], r["person"], r["person_qid"], s, e or ""))
    reign = list(csv.reader(open(os.path.join(REF, "reign", "leaderlist_3_21.csv"), encoding="latin-1")))
    h = reign[0]
    for v in reign[1:]:
        d = dict(zip(h, v))
        iso3 = COW_TO_ISO3.get(d["stateabb"], d["stateabb"])
        if iso3 not in iso2:
            continue
        s = f"{int(d['syear']):04d}-{int(d['smonth']):02d}-{int(d['sdate']):02d}"
        e = None
        if d["eyear"]:
            y, m = int(d["eyear"]), int(d["emonth"])
            e = f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        if overlaps(s, e):
            rows.append(("reign", iso2[iso3], iso3, "leader", d["leader"].strip(), "", s, e or ""))
    rows.sort(key=lambda r: (r[1], r[0], r[6], r[4]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Heads of state and government of sovereign countries in office in 1987, 1996 or 2023.\n")
        f.write("# Extract of ../shared/data/reference by scripts/gazetteers/extract_reference_heads.py (see its docstring):\n")
        f.write("# wikidata = cfmessias/geografia leaders_history.csv (Wikidata P6/P35, CC0); reign = REIGN leaderlist_3_21.csv\n")
        f.write("# (one effective leader per country, to March 2021; end = last day of the end month).\n")
        f.write("source\tiso2\tiso3\trole\tname\tqid\tstart\tend\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(len(rows), "rows ->", OUT)


if __name__ == "__main__":
    main()
