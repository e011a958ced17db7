#!/usr/bin/env python3
"""Independent measurement of the tracer on PolNeAR (US political news, 2016).

    polnear_eval.py POLNEAR_DATA TRACE.jsonl [--corpus polnear.jsonl] [--score-py score.py]
                    [--errors] [--json]

This is a measurement, not a development set: nobody tunes the tracer on it (issue 11).

Inputs
  POLNEAR_DATA  the `data` folder of PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018),
                https://github.com/networkdynamics/PolNeAR, commit c3eee833c035. Get it with
                    git clone https://github.com/networkdynamics/PolNeAR PolNeAR
                and pass PolNeAR/data. Used: metadata.tsv, {train,dev,test}/text/*.txt,
                {train,dev,test}/attributions/*.ann (BRAT standoff) and {train,dev,test}/corenlp/
                *.txt.xml (CoreNLP output shipped with the corpus; only its NER column is read).
                The repository states no licence for the data (`license='MIT'` in its
                software/setup.py covers the Python package only), so none of it is copied here.
  TRACE.jsonl   `attribution trace ../shared/corpus/polnear.jsonl --format jsonl` (contract:
                ../shared/spec/trace-json.md).
  --corpus      ../shared/corpus/polnear.jsonl. Its records are matched to PolNeAR files by
                identical text (not by id or by hand); the one pair of PolNeAR files with the same
                text is told apart by the record id `polnear-<filename>`.
  --score-py    ../shared/tools/score.py, whose norm(), Resolver (outlet spelling groups),
                system_view() (what counts as a media source and as quoted) and tokens() are
                reused so that names are matched as in the project's own scorer.

Annotations: each article has one BRAT file per annotator; 20 articles were annotated by five
or six annotators. The gold uses one annotation per article, the annotator whose code sorts
first, so that every article weighs the same. Only attribution events (`E... Attribution:`)
with a Source role are read; `Attribution-no-source`, `Discuss` and `Discard` are ignored.

Gold definitions
  wire copy      PolNeAR's metadata field `wire` (AP, UPI, AFP, Reuters; 84 articles: 72
                 Breitbart, 12 HuffPost) is the gold: the corpus authors' own label of articles a
                 wire service wrote. `None`, and `NA` (all Western Journalism articles, which
                 credit outlets with `h/t:` instead) are not wire copy. Tracer: the names in
                 `syndicated_from` (sources with role `syndication`, as score.py reads them).
                 Article level: predicted wire = at least one syndicated_from name; correct = the
                 gold agency is among them. recall = correct / gold wire articles, precision =
                 correct / predicted. Pair level (score.py's synd_p/synd_r): gold pairs (article,
                 agency) against every syndicated_from name. `on the N naming their agency`: recall
                 over the wire articles whose text names the agency anywhere (77 of 84; five
                 Reuters articles at HuffPost keep only a `(Reporting by ...; Editing by ...)`
                 line and two AP digests name no agency, so no text-only reader can see them).
  outlet sources every outlet named inside the Source span of an annotated attribution: the
                 span matches one of the patterns of OUTLETS below (case-sensitive, whole words).
                 OUTLETS is a hand-written list of news outlets (newspapers, agencies, networks,
                 magazines, web outlets, fact-checkers, poll averages); it was written for this
                 measurement from general knowledge and reading the annotated Source spans, not
                 from the tracer's gazetteer (Sources/Attribution/Tables) nor from the tracer's
                 output. Polling firms, watchdogs, parent companies and media people named alone
                 (Rasmussen Reports, Morning Consult, Media Matters, Time Warner, Sean Hannity)
                 are not outlets; a journalist's or executive's affiliation (`CNN's Dana Bash`,
                 `the NBC executive`) and a poll sponsor (`a Washington Post-ABC News poll`)
                 name the outlet. Short forms that need coreference (`The Post`, `the Times`,
                 `Guardian` alone, `Time` alone) are not counted. The article's own publisher is
                 left out, as score.py leaves it out of media. Unit: distinct (article, outlet).
                 recall = gold pairs whose outlet is among the tracer's media sources (score.py's
                 system_view: media kind with a syndication, relay or citation role), names
                 compared after score.py's norm() and spelling groups; `lenient` also accepts
                 the token-subset match score.py uses for quoted names.
  person sources every person named by a proper name inside an annotated Source span: a run of
                 tokens that the corpus's CoreNLP NER tags PERSON and that is the head of the
                 span, i.e. not followed inside the span by a possessive or a lower-case word
                 (`Trump said` and `Sen. Bernie Sanders (I-Vt.)` count, `Trump's campaign`,
                 `Clinton aides` do not; pronouns and descriptions do not). Names one of which
                 contains the other's words (`Trump`, `Donald Trump`) are one person per article.
                 Articles without a CoreNLP file in the snapshot are left out of this figure.
                 recall = gold names matched by a tracer quoted name with score.py's
                 match_quoted (token-subset, tokens of 3+ letters).
  precision      A tracer media source (other than the gold wire agency) or quoted person
                 (kind `person`) is supported when its name matches a gold name of the article
                 or when one of its mentions overlaps an annotated Source span (PolNeAR marks
                 every attribution, so an unsupported one is most likely wrong). Outlets or people
                 that are sources only through a pronoun or a role the tracer resolved still
                 count through the overlap; the figure is an estimate, not exact. PolNeAR and
                 the project disagree on addressed outlets: in `Graham told CNN` or `in an
                 interview with Yahoo News` PolNeAR's source is the speaker and the outlet lies
                 outside every span, while the project's guidelines make it a media source.
                 `with addressees` also accepts a media answer whose mention starts within
                 ADDRESSEE_WINDOW characters after an annotated cue; interviews named elsewhere
                 in the sentence (`on MSNBC's "Morning Joe," Graham said`) still count against
                 it, so outlet precision is a lower bound, not a target.
  h/t credits    extra: Western Journalism's metadata `credit` (`h/t: Breitbart`) names the
                 outlet the story was taken from; recall of those outlets among media sources.
"""
import argparse
import collections
import csv
import importlib.util
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))

# (canonical name, pattern) — case-sensitive regular expressions over a Source span.
OUTLETS = [
    ("AP", r"\bAssociated Press\b|\bAP\b"),
    ("Reuters", r"\bReuters\b"),
    ("AFP", r"\bAgence France[- ]Presse\b|\bAFP\b"),
    ("UPI", r"\bUnited Press International\b|\bUPI\b"),
    ("Bloomberg", r"(?<!Michael )(?<!Mr\. )(?<!R\. )\bBloomberg\b(?! New Energy)"),
    ("Xinhua", r"\bXinhua\b"),
    ("CNN", r"\bCNN\b"),
    ("MSNBC", r"\bMSNBC\b"),
    ("CNBC", r"\bCNBC\b"),
    ("Fox News", r"\bFox News\b|(?<!Vicente )\bFox\b(?! Business| News|[- ]Networks)"),
    ("Fox Business", r"\bFox Business\b"),
    ("NBC News", r"\bNBC\b"),
    ("ABC News", r"\bABC\b"),
    ("CBS News", r"\bCBS\b"),
    ("PBS", r"\bPBS\b"),
    ("NPR", r"\bNPR\b|\bNational Public Radio\b"),
    ("C-SPAN", r"\bC-SPAN\b"),
    ("Univision", r"\bUnivision\b"),
    ("Telemundo", r"\bTelemundo\b"),
    ("BBC", r"\bBBC\b"),
    ("Al Jazeera", r"\bAl Jazeera\b"),
    ("RT", r"\bRT\b|\bRussia Today\b"),
    ("Sputnik", r"\bSputnik\b"),
    ("CTV News", r"\bCTV\b"),
    ("BFM TV", r"\bBFM ?TV\b"),
    ("GMA News", r"\bGMA News\b"),
    ("One America News Network", r"\bOne America News\b"),
    ("WMUR", r"\bWMUR\b"),
    ("KING-TV", r"\bKING-TV\b"),
    ("WKOW", r"\bWKOW\b"),
    ("Wyoming Public Radio", r"\bWyoming Public Radio\b"),
    ("New Hampshire Public Radio", r"\bNew Hampshire Public Radio\b"),
    ("The New York Times", r"\bNew York Times\b(?! Magazine)|\bNYT\b|\bNY Times\b"),
    ("The New York Times Magazine", r"\bNew York Times Magazine\b"),
    ("The Washington Post", r"\bWashington Post\b|\bWash Post\b|\bPost-ABC\b|\bPost-SurveyMonkey\b"),
    ("Wall Street Journal", r"\bWall Street Journal\b|\bWSJ\b"),
    ("USA Today", r"\bUSA (?:TODAY|Today)\b"),
    ("Los Angeles Times", r"\bLos Angeles Times\b|\bL\.?A\.? Times\b"),
    ("Chicago Tribune", r"\bChicago Tribune\b"),
    ("Chicago Sun-Times", r"\bSun-Times\b"),
    ("The Boston Globe", r"\bBoston Globe\b"),
    ("Boston Herald", r"\bBoston Herald\b"),
    ("Miami Herald", r"\bMiami Herald\b"),
    ("Des Moines Register", r"\bDes Moines Register\b"),
    ("The Dallas Morning News", r"\bDallas Morning News\b"),
    ("The Texas Tribune", r"\bTexas Tribune\b"),
    ("The Charlotte Observer", r"\bCharlotte Observer\b"),
    ("Milwaukee Journal Sentinel", r"\bMilwaukee Journal Sentinel\b"),
    ("Las Vegas Sun", r"\bLas Vegas Sun\b"),
    ("New York Post", r"\bNew York Post\b|\bNY Post\b"),
    ("New York Daily News", r"\bDaily News\b"),
    ("Asbury Park Press", r"\bAsbury Park Press\b"),
    ("Burlington Free Press", r"\bBurlington Free Press\b"),
    ("The Washington Times", r"\bWashington Times\b"),
    ("Washington Examiner", r"\bWashington Examiner\b"),
    ("Washington Free Beacon", r"\bFree\s+Beacon\b"),
    ("Financial Times", r"\bFinancial Times\b"),
    ("The Guardian", r"\b[Tt]he Guardian\b"),
    ("The Economist", r"\bEconomist\b"),
    ("The Sun", r"\bThe Sun\b(?!-)"),
    ("Global Times", r"\bGlobal Times\b"),
    ("People's Daily", r"\bPeople['’]s Daily\b"),
    ("The Philippine Star", r"\bPhilippine Star\b"),
    ("International Business Times", r"\bInternational Business Times\b"),
    ("Military Times", r"\bMilitary Times\b"),
    ("Legal Times", r"\bLegal Times\b"),
    ("Roll Call", r"\bRoll Call\b"),
    ("Politico", r"\bPolitico\b|\bPOLITICO\b"),
    ("Breitbart", r"\bBreitbart\b"),
    ("HuffPost", r"\bHuffington Post\b|\bHuffPost\b|\bHuffPollster\b"),
    ("BuzzFeed", r"\bBuzzFeed\b"),
    ("Yahoo News", r"\bYahoo News\b|\bYahoo\b(?! Studios)"),
    ("The Hill", r"\bThe Hill\b(?! beat)"),
    ("The Atlantic", r"\bThe Atlantic\b(?! City)"),
    ("The New Yorker", r"\bNew Yorker\b"),
    ("National Review", r"\bNational Review\b"),
    ("The Daily Caller", r"\bDaily Caller\b"),
    ("The Daily Beast", r"\bDaily Beast\b"),
    ("TheBlaze", r"\bTheBlaze\b|\bBlaze\b"),
    ("Slate", r"\bSlate\b"),
    ("Salon", r"\bSalon\b"),
    ("Vox", r"\bVox\b(?! Populi)"),
    ("Vice News", r"\bVice News\b|\bVICE\b"),
    ("Vanity Fair", r"\bVanity Fair\b"),
    ("Variety", r"\bVariety\b"),
    ("Forbes", r"(?<!Steve )\bForbes\b"),
    ("Fortune", r"\bFortune magazine\b"),
    ("Newsweek", r"\bNewsweek\b"),
    ("Time", r"\bTime magazine\b|\bTime['’]s\b|\bTIME\b"),
    ("Business Insider", r"\bBusiness Insider\b"),
    ("Gawker", r"\bGawker\b"),
    ("Mediaite", r"\bMediaite\b"),
    ("Drudge Report", r"\bDrudge\b"),
    ("RealClearPolitics", r"\bRealClear\w*\b|\bReal Clear Politics\b"),
    ("FiveThirtyEight", r"\bFiveThirtyEight\b|\b538\b"),
    ("PolitiFact", r"\bPolitiFact\b|\bPolitifact\b"),
    ("FactCheck.org", r"\bFactCheck\.org\b"),
    ("Snopes", r"\bSnopes\b"),
    ("ProPublica", r"\bProPublica\b"),
    ("Mic", r"\bMic\.com\b"),
    ("Fusion", r"\bFusion\b(?! GPS)"),
    ("Infowars", r"\bInfowars\b|\bInfoWars\b"),
    ("Newsmax", r"\bNewsmax\b"),
    ("Independent Journal Review", r"\bIndependent Journal\b|\bIJ ?Review\b"),
    ("The Intercept", r"\bThe Intercept\b"),
    ("The Nation", r"\bThe Nation\b"),
    ("Mother Jones", r"\bMother Jones\b"),
    ("Rolling Stone", r"\bRolling Stone\b"),
    ("The Weekly Standard", r"\bWeekly Standard\b"),
    ("Cook Political Report", r"\bCook Political Report\b"),
    ("Rothenberg & Gonzales Political Report", r"\bRothenberg\S* Political Report\b"),
    ("Publishers Weekly", r"\bPublishers Weekly\b"),
]
OUTLET_RES = [(name, re.compile(p)) for name, p in OUTLETS]
# Names of each publisher's own outlet (left out of the outlet gold, as score.py leaves the
# publisher out of media).
OWN = {
    "breitbart": {"Breitbart"},
    "huff-post": {"HuffPost"},
    "nyt": {"The New York Times", "The New York Times Magazine"},
    "politico": {"Politico"},
    "wash-post": {"The Washington Post"},
    "usa-today": {"USA Today"},
    "west-journal": set(),
}
# Titles that CoreNLP sometimes tags PERSON with the name (`Justice Kennedy`).
TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev)\.?|President|Justice|Judge|Senator|"
                   r"Governor|Pastor|Father|Sister)\s+")
WIRE = {"ap": "AP", "upi": "UPI", "afp": "AFP", "reuters": "Reuters"}
# The agency's name anywhere in the text: the wire article shows its credit.
VISIBLE = {"AP": r"\bAP\b|Associated Press", "UPI": r"\bUPI\b|United Press International",
           "AFP": r"\bAFP\b|Agence France-Presse", "Reuters": r"\bReuters\b"}
# `Graham told CNN`: PolNeAR's source is Graham and CNN lies outside every span, while the
# project's guidelines count the addressed outlet as a media source. A media answer whose mention
# starts this many characters after an annotated cue counts as such an addressee.
ADDRESSEE_WINDOW = 40
EXTRA_GROUPS = [["UPI", "United Press International"], ["HuffPost", "Huffington Post", "The Huffington Post"],
                ["The Washington Post", "Washington Post"], ["USA Today", "USA TODAY"],
                ["Fox News", "Fox", "Fox News Channel"], ["NBC News", "NBC"], ["ABC News", "ABC"],
                ["CBS News", "CBS"], ["Breitbart", "Breitbart News"], ["TheBlaze", "The Blaze", "Blaze"],
                ["RealClearPolitics", "Real Clear Politics", "RCP"], ["Drudge Report", "Drudge"],
                ["Independent Journal Review", "IJ Review", "Independent Journal"]]


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.GROUPS = mod.GROUPS + EXTRA_GROUPS
    return mod


def read_jsonl(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"polnear_eval.py: {path} line {n} is not JSON: {e}")
                out[str(obj.get("id"))] = obj
    return out


def brat_records(path):
    """BRAT lines; a span's text may hold a line break, so a line that starts no record
    continues the previous one."""
    recs = []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            if re.match(r"^[TEARN#*]\d*\t", line):
                recs.append(line)
            elif recs:
                recs[-1] += line
    return [r.rstrip("\r\n") for r in recs]


def attribution_spans(path, text):
    """([(segments, span text)] of the Source of each attribution, [segments] of every Cue);
    segments are (start, end) offsets into text."""
    spans, out, cues = {}, [], []
    for r in brat_records(path):
        parts = r.split("\t")
        if r.startswith("T") and len(parts) >= 3:
            kind, _, offs = parts[1].partition(" ")
            segs = [tuple(map(int, s.split())) for s in offs.split(";")]
            got = " ".join(text[a:b] for a, b in segs)
            if re.sub(r"\s+", "", got) != re.sub(r"\s+", "", parts[2]):
                sys.exit(f"polnear_eval.py: {path}: {parts[0]} offsets do not fit the text")
            spans[parts[0]] = segs
    for r in brat_records(path):
        parts = r.split("\t")
        if r.startswith("E") and len(parts) >= 2:
            roles = dict(x.split(":", 1) for x in parts[1].split() if ":" in x)
            if "Attribution" not in roles:
                continue
            if roles.get("Cue") in spans:
                cues.append(spans[roles["Cue"]])
            if roles.get("Source") in spans:
                segs = spans[roles["Source"]]
                out.append((segs, " ".join(text[a:b] for a, b in segs)))
    return out, cues


def person_tokens(xml_path):
    """[(start, end, word, ner)] from the corpus's CoreNLP file (words are normalised: ' for ’)."""
    toks = []
    for t in ET.parse(xml_path).getroot().iter("token"):
        a, b = int(t.findtext("CharacterOffsetBegin")), int(t.findtext("CharacterOffsetEnd"))
        toks.append((a, b, t.findtext("word"), t.findtext("NER")))
    return toks


def named_people(segs, toks, text):
    """PERSON runs heading a Source span (see the docstring)."""
    names = []
    for a, b in segs:
        inside = [t for t in toks if t[0] >= a and t[1] <= b]
        i = 0
        while i < len(inside):
            if inside[i][3] != "PERSON":
                i += 1
                continue
            j = i
            while j + 1 < len(inside) and inside[j + 1][3] == "PERSON":
                j += 1
            nxt = inside[j + 1][2] if j + 1 < len(inside) else None
            name = text[inside[i][0]:inside[j][1]]
            if name.endswith(("'s", "’s", "'", "’")):
                nxt = "'s"
            name = TITLE.sub("", re.sub(r"\s+", " ", name).strip())
            if name and (nxt is None or not (nxt in ("'s", "’s", "'", "’") or nxt[:1].islower())):
                names.append(name)
            i = j + 1
    return names


def outlets_in(span):
    found = set()
    for name, rx in OUTLET_RES:
        if rx.search(span):
            found.add(name)
    return found


def addressee_span(mentions, after_cue):
    """True when a mention starts within ADDRESSEE_WINDOW characters after an annotated cue."""
    for m in mentions or []:
        s = m.get("start")
        if isinstance(s, int) and any(a <= s < b for segs, _ in after_cue for a, b in segs):
            return True
    return False


def overlaps(mentions, spans):
    for m in mentions or []:
        s, e = m.get("start"), m.get("end")
        if isinstance(s, int) and isinstance(e, int):
            for segs, _ in spans:
                if any(s < b and a < e for a, b in segs):
                    return True
    return False


def ratio(a, b):
    return round(a / b, 4) if b else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="PolNeAR's data folder")
    ap.add_argument("trace", help="trace --format jsonl output for polnear.jsonl")
    ap.add_argument("--corpus", default=os.path.join(HERE, "../../shared/corpus/polnear.jsonl"))
    ap.add_argument("--score-py", default=os.path.join(HERE, "../../shared/tools/score.py"))
    ap.add_argument("--errors", action="store_true", help="list misses and unsupported answers")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    a = ap.parse_args()
    score = load_score(a.score_py)

    meta = {}
    with open(os.path.join(a.data, "metadata.tsv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["compartment"] in ("train", "dev", "test"):
                meta[row["filename"]] = row
    by_text = collections.defaultdict(list)
    for fn, row in meta.items():
        with open(os.path.join(a.data, row["compartment"], "text", fn + ".txt"), encoding="utf-8", newline="") as f:
            by_text[f.read()].append(fn)
    corpus = read_jsonl(a.corpus)
    trace = read_jsonl(a.trace)

    c = collections.Counter()
    errors = []
    for aid in sorted(corpus):
        text = corpus[aid]["text"]
        cands = by_text.get(text, [])
        if len(cands) > 1:
            cands = [fn for fn in cands if "polnear-" + fn == aid] or cands[:1]
        if not cands:
            c["unmatched"] += 1
            continue
        fn = cands[0]
        row = meta[fn]
        comp = row["compartment"]
        annotator = sorted(row["annotators"].split("|"))[0]
        spans, cues = attribution_spans(os.path.join(a.data, comp, "attributions", f"{fn}_{annotator}.ann"), text)
        after_cue = [([(b, b + ADDRESSEE_WINDOW) for _, b in segs[-1:]], "") for segs in cues]
        c["articles"] += 1
        c["annotated_sources"] += len(spans)
        sysobj = trace.get(aid)
        if sysobj is None:
            c["no_trace"] += 1
            sysobj = {}
        wire = WIRE.get(row["wire"].strip().lower())
        own = OWN.get(row["publisher"], set())
        gold_outlets = set()
        for _, span in spans:
            gold_outlets |= outlets_in(span)
        gold_outlets -= own
        credit = row["credit"].strip()
        hat_tip = credit[4:].strip().rstrip(".") if credit.lower().startswith("h/t:") else None
        if hat_tip in ("Twitter", "YouTube"):
            hat_tip = None
        pseudo = {"media": sorted(gold_outlets | own | ({hat_tip} if hat_tip else set())),
                  "syndicated_from": [wire] if wire else []}
        canon = score.Resolver(pseudo)
        sv = score.system_view(sysobj, canon)
        own_keys = {canon(o) for o in own}
        errs = []

        # Wire copy.
        synd = sv["syndicated_from"]
        if wire:
            c["wire_gold"] += 1
            if re.search(VISIBLE[wire], text):
                c["wire_visible"] += 1
                c["wire_visible_tp"] += int(canon(wire) in synd)
        if synd:
            c["wire_pred"] += 1
        if wire and canon(wire) in synd:
            c["wire_tp"] += 1
        elif wire:
            errs.append(f"  wire: missed {wire} (syndicated_from {sorted(synd)})")
        if synd and not (wire and canon(wire) in synd):
            errs.append(f"  wire: extra {sorted(synd)} (gold {wire})")
        c["wire_pairs_tp"] += int(bool(wire) and canon(wire) in synd)
        c["wire_pairs_fp"] += len(synd - ({canon(wire)} if wire else set()))
        c["wire_pairs_fn"] += int(bool(wire) and canon(wire) not in synd)

        # Outlets named as sources.
        media = sv["media"] - own_keys
        mentions = collections.defaultdict(list)
        for s in sysobj.get("sources") or []:
            if isinstance(s, dict) and s.get("name"):
                mentions[canon(s["name"])] += s.get("mentions") or []
        for o in sorted(gold_outlets):
            key = canon(o)
            c["outlet_gold"] += 1
            if key in media:
                c["outlet_tp"] += 1
                c["outlet_tp_lenient"] += 1
            elif any(score.tokens(o) and score.tokens(m) and (score.tokens(o) <= score.tokens(m) or score.tokens(m) <= score.tokens(o))
                     for m in media):
                c["outlet_tp_lenient"] += 1
            else:
                errs.append(f"  outlet: missed {o}")
        gold_keys = {canon(o) for o in gold_outlets}
        for m in sorted(media - ({canon(wire)} if wire else set())):
            c["outlet_pred"] += 1
            if m in gold_keys or overlaps(mentions[m], spans):
                c["outlet_pred_ok"] += 1
                c["outlet_pred_ok_addressee"] += 1
            elif addressee_span(mentions[m], after_cue):
                c["outlet_pred_ok_addressee"] += 1
            else:
                errs.append(f"  outlet: unsupported {m}")

        # People named as sources.
        xml_path = os.path.join(a.data, comp, "corenlp", fn + ".txt.xml")
        if os.path.exists(xml_path):
            c["person_articles"] += 1
            toks = person_tokens(xml_path)
            names = []
            for segs, _ in spans:
                names += named_people(segs, toks, text)
            people = []
            for n in sorted(set(names), key=lambda x: (-len(score.tokens(x)), x)):
                tn = score.tokens(n)
                if tn and not any(tn <= score.tokens(p) for p in people):
                    people.append(n)
            quoted = score.match_quoted(sv["quoted"], set(people))
            for p in people:
                c["person_gold"] += 1
                if p in quoted:
                    c["person_tp"] += 1
                else:
                    errs.append(f"  person: missed {p}")
            for s in sysobj.get("sources") or []:
                if not isinstance(s, dict) or s.get("kind") != "person" or "quote" not in (s.get("roles") or []):
                    continue
                c["person_pred"] += 1
                ts = score.tokens(s.get("name"))
                by_name = any(ts and (ts <= score.tokens(p) or score.tokens(p) <= ts) for p in people)
                c["person_pred_name"] += int(by_name)
                if by_name or overlaps(s.get("mentions"), spans):
                    c["person_pred_ok"] += 1
                else:
                    errs.append(f"  person: unsupported {s.get('name')}")

        # h/t credits of Western Journalism.
        if hat_tip:
            c["ht_gold"] += 1
            tk = score.tokens(hat_tip)
            if canon(hat_tip) in media or any(tk and score.tokens(m) and (tk <= score.tokens(m) or score.tokens(m) <= tk) for m in media):
                c["ht_tp"] += 1
            else:
                errs.append(f"  h/t: missed {hat_tip}")
        if a.errors and errs:
            errors.append(f"{aid}:\n" + "\n".join(errs))

    fig = {
        "articles": c["articles"], "unmatched_corpus_records": c["unmatched"], "no_trace_output": c["no_trace"],
        "annotated_sources": c["annotated_sources"],
        "wire_articles": c["wire_gold"], "wire_predicted": c["wire_pred"], "wire_correct": c["wire_tp"],
        "wire_recall": ratio(c["wire_tp"], c["wire_gold"]), "wire_precision": ratio(c["wire_tp"], c["wire_pred"]),
        "wire_visible": c["wire_visible"], "wire_recall_visible": ratio(c["wire_visible_tp"], c["wire_visible"]),
        "wire_pairs_tp_fp_fn": [c["wire_pairs_tp"], c["wire_pairs_fp"], c["wire_pairs_fn"]],
        "wire_pairs_precision": ratio(c["wire_pairs_tp"], c["wire_pairs_tp"] + c["wire_pairs_fp"]),
        "outlet_gold": c["outlet_gold"], "outlet_found": c["outlet_tp"],
        "outlet_recall": ratio(c["outlet_tp"], c["outlet_gold"]),
        "outlet_recall_lenient": ratio(c["outlet_tp_lenient"], c["outlet_gold"]),
        "outlet_predicted": c["outlet_pred"], "outlet_supported": c["outlet_pred_ok"],
        "outlet_precision_est": ratio(c["outlet_pred_ok"], c["outlet_pred"]),
        "outlet_precision_est_addressees": ratio(c["outlet_pred_ok_addressee"], c["outlet_pred"]),
        "person_articles": c["person_articles"], "person_gold": c["person_gold"], "person_found": c["person_tp"],
        "person_recall": ratio(c["person_tp"], c["person_gold"]),
        "person_predicted": c["person_pred"], "person_supported": c["person_pred_ok"],
        "person_precision_est": ratio(c["person_pred_ok"], c["person_pred"]),
        "person_precision_by_name": ratio(c["person_pred_name"], c["person_pred"]),
        "ht_credits": c["ht_gold"], "ht_found": c["ht_tp"], "ht_recall": ratio(c["ht_tp"], c["ht_gold"]),
    }
    if a.errors:
        print("\n".join(errors))
    if a.json:
        print(json.dumps(fig))
        return
    print(f"articles {fig['articles']} (corpus records not found in PolNeAR {fig['unmatched_corpus_records']}, "
          f"without trace output {fig['no_trace_output']}); annotated attribution sources {fig['annotated_sources']}")
    print(f"wire copy        recall {fig['wire_recall']}  precision {fig['wire_precision']}   "
          f"({fig['wire_correct']} right of {fig['wire_articles']} wire articles, {fig['wire_predicted']} predicted; "
          f"pairs tp/fp/fn {'/'.join(map(str, fig['wire_pairs_tp_fp_fn']))}; "
          f"recall {fig['wire_recall_visible']} on the {fig['wire_visible']} naming their agency)")
    print(f"outlet sources   recall {fig['outlet_recall']} (lenient {fig['outlet_recall_lenient']})  "
          f"precision~ {fig['outlet_precision_est']} (with addressees {fig['outlet_precision_est_addressees']})   "
          f"({fig['outlet_found']} of {fig['outlet_gold']}; {fig['outlet_supported']} of {fig['outlet_predicted']} "
          f"media answers supported)")
    print(f"person sources   recall {fig['person_recall']}  precision~ {fig['person_precision_est']} "
          f"(by name only {fig['person_precision_by_name']})   ({fig['person_found']} of {fig['person_gold']} in "
          f"{fig['person_articles']} articles; {fig['person_supported']} of {fig['person_predicted']} person answers supported)")
    print(f"h/t credits      recall {fig['ht_recall']}   ({fig['ht_found']} of {fig['ht_credits']} Western Journalism credits)")


if __name__ == "__main__":
    main()
