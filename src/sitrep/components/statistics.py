"""Aggregate figures ("au moins 118 attaques depuis le 17 octobre") as statistics, not events."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.components.attribution import source_phrase, speaker_before
from sitrep.doc import Doc, Span
from sitrep.model import Statistic

# Nouns whose counts are tallies only with a cumulative cue (otherwise they are an event's toll).
_TOLL = {"deaths", "injured", "displaced", "arrests", "abductions", "projectiles"}
# A number followed by a unit is a distance, a share or an age, never a count of events or people.
_UNIT = re.compile(r"^\s*(?:(?:de|d['’]|of)\s*)?(?:(?:derni[èe]re?s|premi[èe]re?s|last|past|previous)\s+(?=semaines|mois|jours|weeks|months|days))?(?:%|semaines?\b|mois\b|jours?\b|nuits?\b|pour\s?cent|per\s?cent|km|kilom|miles?|milles?|m\b|mètres|metres|meters|ans\b|years?\b|heures|hours|h\b|"
                   r"gmt|months?\b|weeks?\b|days?\b|decades?\b|dollars?|\$|euros?|€|tonnes?|tons?|كلم|كيلومتر|بالمئة|بالمائة|عاما|سنة|ساعة|دولار|"
                   r"ميل|أميال|اميال|كم(?!\w)|متر|أمتار|امتار|في المئة|في المائة|دقيقة|دقائق)", re.I)


# Where, not when: "across the country", "على الصعيد الوطني" make a tally only of counts no day dates
_SCOPE = re.compile(r"(?:across|throughout)\s+the\s+country|nationwide|sur\s+l['’]ensemble\s+du\s+territoire|[àa]\s+travers\s+le\s+pays|dans\s+tout\s+le\s+pays"
                    r"|على الصعيد الوطني|في مختلف أنحاء البلاد|في عموم البلاد|في أنحاء البلاد", re.I)
_FORCE_WORD = re.compile(r"troops|soldiers|fighters|members|personnel|combatants|militants|servicem[ae]n", re.I)  # a force's men
_YEAR_ONLY = re.compile(r"(?:this|last) year|cette ann[ée]e|l['’]an dernier|l['’]ann[ée]e derni[èe]re|(?:ال)?عام الماضي|هذا العام|العام الجاري"
                        r"|(?:in|during|throughout|en|durant|pendant|au cours de(?: l['’]ann[ée]e)?|خلال|في|طوال)\s+(?:(?:ال)?عام\s+|سن[ةه]\s+)?(?:19|20)\d\d", re.I)


# between a crowd's count and its protest verb: an auxiliary, an adverb or two
_CROWD_VERB_GAP = re.compile(r"\s+(?:(?:have|had|has|ont|avaient|then|also|reportedly|aussi|ensuite|قد)\s+)*", re.I)


def _crowd_size(doc: Doc, n: Span, noun: Span) -> bool:
    """The people counted are the subject of a protest verb right after them."""
    end = max(noun.end, n.end)
    verb = next((t for t in doc.get("trigger", n.sent) if t.label[0] == "protest" and t.start >= end), None)
    return verb is not None and bool(_CROWD_VERB_GAP.fullmatch(doc.text[end:verb.start]))


def find_statistics(doc: Doc) -> None:
    # "des dizaines de cibles" is a manner of speaking, not a figure
    nums = [n for n in doc.get("number") if not n.data.get("article") and not n.data.get("plural_approx") and not _in_date(doc, n)]
    for n in nums:
        if doc.sents[n.sent].ignored or _UNIT.match(doc.text[n.end:n.end + 24]) or doc.overlaps("cumulative", n.start, n.end) is not None:
            continue  # "au cours des deux dernières semaines": the period's number counts nothing
        noun = _ar_casualty_before(doc, n) or _noun_after(doc, n) or _verb_before(doc, n) or _people_count(doc, n) \
            or _tally_subject(doc, n) or _noun_in_sentence_before(doc, n) or _counted_then_hurt(doc, n)
        if noun is None:
            continue
        qual = _qualifier(doc, n)
        count = int(n.label)
        cues = [s for s in doc.get("cumulative") if s.sent == n.sent and not _superlative(doc, s) and not _event_toll(doc, s)
                and not _since_of_other(doc, n, s) and not _from_place(doc, s) and not _other_clause(doc, n, s)]
        if (count < 10 or noun.data.get("verb")) and cues and all(_YEAR_ONLY.fullmatch(doc.text[s.start:s.end]) for s in cues):
            cues = []  # "Last year, two militants staged a bomb attack", "In August 2022, clashes killed 32 people": the year dates one event
        if any(d.label and d.data.get("precision") == "day" and not d.data.get("dateline") for d in doc.get("date", n.sent)):
            cues = [c for c in cues if not _SCOPE.fullmatch(doc.text[c.start:c.end])]  # "clashes spread across the country yesterday"
        in_month = _month_period(doc, n.sent)
        cumulative = bool(cues) or any(d.data.get("since") and not _superlative(doc, d) and not _since_of_other(doc, n, d)
                                       for d in doc.get("date", n.sent)) or (count >= 10 and in_month)
        if noun.label == "projectiles" and not any(d.data.get("since") for d in doc.get("date", n.sent)) \
                and not _SINCE_PERIOD.search(doc.text[doc.sents[n.sent].start:doc.sents[n.sent].end]):
            if not _salvo_tally(doc, n):
                continue  # "cinq drones lancés depuis les zones houthies" is one salvo; "200 missiles depuis novembre" a tally
            cumulative = True
        if noun.label == "attacks" and not cumulative and any(
                d.label and d.data.get("precision") == "day" and not d.data.get("dateline") for d in doc.get("date", n.sent)):
            continue  # "more than 20 airstrikes today": how big the day's events were, not a tally over a period
        if noun.label == "deaths" and not cumulative and _FORCE_WORD.fullmatch(doc.text[noun.start:noun.end]) \
                and not any(doc.get(k, n.sent) for k in ("killed", "injured", "losses")):
            continue  # "the US has about 2,500 troops in Iraq", "the ELN has some 6,000 fighters": a force's size, no toll
        if noun.label == "deaths" and _crowd_size(doc, n, noun):
            continue  # "some 2,000 people marched", "des milliers de personnes ont manifesté": a crowd's size, no toll
        if noun.label in _TOLL:
            if not (cumulative or count >= 1000):
                continue
        elif not (cumulative or count >= 10 or (qual in ("at_least", "more_than") and count >= 5)):
            continue
        since = [d for d in doc.get("date", n.sent) if d.data.get("since") and d.label]
        month = [d for d in doc.get("date", n.sent) if d.data.get("precision") == "month" and d.label] if in_month else []
        countries = []
        for c in doc.get("country", n.sent):
            if not c.data.get("adjective") and c.label not in countries:
                countries.append(c.label)
        claimant = _claimant(doc, n.sent)
        sent_ev = doc.sentence_evidence(n.sent)
        st = Statistic(
            id="", article_ids=[doc.article.id], description=noun.label, count=count, qualifier=qual,
            period_start=since[0].label if since else month[0].label if month else None,
            period_end=doc.anchor if since and doc.anchor_source == "published" else None,
            countries=countries, claimant=claimant, evidence=[sent_ev],
        )
        doc.statistics.append(st)
        if noun.end < n.start - 60:  # a noun far before its figure: the words between ("… overnight and on Thursday …") are not the tally's
            doc.add(Span("stat", noun.start, noun.end, st, sent=n.sent))
            doc.add(Span("stat", n.start, n.end, st, sent=n.sent))
        else:
            doc.add(Span("stat", min(n.start, noun.start), max(n.end, noun.end), st, sent=n.sent))
    for n in nums:
        _subcount(doc, n)


# "875 personnes ont été interpellées, dont plus de 400 en région parisienne", "بينهم 24 من عناصر الأمن",
# "1,584 attacks …, 766 of them by settlers": a part of a tally is a tally too
_PART_BEFORE = re.compile(r"(?:\bdont|\bamong\s+them|\bof\s+(?:which|whom)|(?:^|\s)(?:من\s+)?(?:بينهم|بينها|منهم|منها))\s*$", re.I)
_PART_AFTER = re.compile(r"^\s*(?:of\s+(?:them|which|whom)\b|d['’]entre\s+(?:eux|elles)\b)", re.I)


def _subcount(doc: Doc, n: Span) -> None:
    if doc.overlaps("stat", n.start, n.end) is not None or doc.sents[n.sent].ignored or _UNIT.match(doc.text[n.end:n.end + 24]):
        return
    q = _qualifier_before(doc, n)
    head = q.start if q is not None else n.start
    if not (_PART_BEFORE.search(doc.text[max(doc.sents[n.sent].start, head - 20):head]) or _PART_AFTER.match(doc.text[n.end:n.end + 16])):
        return
    whole = [w for w in doc.get("stat", n.sent) if w.end <= head]
    if not whole:
        return
    parent: Statistic = whole[-1].label
    if int(n.label) >= parent.count:
        return  # "dont 2024": a part is smaller than its whole
    st = Statistic(id="", article_ids=[doc.article.id], description=parent.description, count=int(n.label), qualifier=_qualifier(doc, n),
                   period_start=parent.period_start, period_end=parent.period_end, countries=list(parent.countries),
                   claimant=parent.claimant, evidence=list(parent.evidence))
    doc.statistics.append(st)
    doc.add(Span("stat", n.start, n.end, st, sent=n.sent))


# "… killed two and wounded 4 others, while sources say the island became a launch pad over the past months"
_CLAUSE_BREAK = re.compile(r"[,،]\s*(?:while|whereas|tandis\s+que|alors\s+que|في\s+حين|فيما|بينما)\s", re.I)


def _other_clause(doc: Doc, n: Span, cue: Span) -> bool:
    """A period told after the figure, past a contrastive clause break, qualifies that clause."""
    return cue.start > n.end and bool(_CLAUSE_BREAK.search(doc.text[n.end:cue.start]))


def _salvo_tally(doc: Doc, n: Span) -> bool:
    """"Russia launched 81 drones and six ballistic missiles overnight, of which air defences shot down 52": a night's
    air-defence tally counts what many strikes over a country sent; a figure of ten or more, or one beside it.
    ("some 35 rockets were fired toward Kiryat Shmona": a salvo at a town is one event, no tally)"""
    regions = _listed_regions(doc, n.sent)
    if any(p.data.get("specific") and not p.data.get("origin") and id(p) not in regions for p in doc.get("place", n.sent)):
        return False
    return any(int(m.label) >= _SALVO_TALLY and (m is n or ((noun := _noun_after(doc, m)) is not None and noun.label == "projectiles"))
               for m in doc.get("number", n.sent))


_SALVO_TALLY = 10
# "over the Tver, Smolensk, Bryansk and Oryol regions", "dans les régions de Koursk et de Belgorod": a list of regions
_REGIONS_AFTER = re.compile(r"^\s+(?:regions|oblasts|provinces|governorates|states|districts)\b", re.I)
_REGIONS_BEFORE = re.compile(r"\b(?:r[ée]gions|oblasts|provinces|gouvernorats|districts)\s+(?:de|du|d['’]|des)\s*$|(?:مناطق|محافظات|مقاطعات)\s*$", re.I)
_LIST_GAP = re.compile(r"\s*(?:,|and|et|y|و)\s*(?:(?:the|de|du|d['’]|des)\s*)?(?:و)?$", re.I)


def _listed_regions(doc: Doc, sent: int) -> set[int]:
    """The places of a sentence named in a list of regions (a plural region word after or before the list)."""
    places = doc.get("place", sent)
    out: set[int] = set()
    run: list[Span] = []
    for p in places + [None]:
        if p is not None and run and _LIST_GAP.fullmatch(doc.text[run[-1].end:p.start]):
            run.append(p)
            continue
        if len(run) >= 2 and (_REGIONS_AFTER.match(doc.text[run[-1].end:run[-1].end + 16])
                              or _REGIONS_BEFORE.search(doc.text[max(0, run[0].start - 24):run[0].start])):
            out |= {id(x) for x in run}
        run = [p] if p is not None else []
    return out


def _month_period(doc: Doc, sent: int) -> bool:
    """"Iraqi forces arrested 87 suspects during January", "شهدت البلاد في سبتمبر الماضي 45 هجوماً": a month and no
    day in the sentence make its counts a month's tally."""
    dates = [d for d in doc.get("date", sent) if d.label and not d.data.get("dateline")]
    if not any(d.data.get("precision") == "month" for d in dates) or any(d.data.get("precision") == "day" for d in dates):
        return False
    # "En novembre, un attentat-suicide avait fait 26 morts" dates one event: a tally counts the month's attacks
    return any((noun := _noun_after(doc, m)) is not None and noun.label == "attacks" for m in doc.get("number", sent))


_COUNTED_WORD = re.compile(r"^\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}")


def _verb_before(doc: Doc, n: Span) -> Optional[Span]:
    """"troops neutralised 11 criminals", "had killed 40,005 Palestinians and wounded 92,401": a casualty or arrest
    verb right before the figure says what it counts, whatever the noun."""
    for kind, label in (("killed", "deaths"), ("injured", "injured"), ("trigger", "arrests")):
        for v in doc.get(kind, n.sent):
            if v.end > n.start or n.start - v.end > 30:
                continue
            if kind == "trigger" and v.label[0] not in ("Arrests", "Abduction/forced disappearance"):
                continue
            between = doc.text[v.end:n.start]
            if any(c in between for c in ".;:,،") or not (between.strip() == "" or any(
                    q.start >= v.end and q.end <= n.start for q in doc.get("qualifier", n.sent))):
                continue
            # a figure the verb governs: its noun follows, or the clause ends with it ("wounded 92,401 since Oct.")
            if not (_COUNTED_WORD.match(doc.text[n.end:n.end + 40]) or re.match(r"^\s*(?:$|[,.;]|and\b|et\b)", doc.text[n.end:n.end + 6])):
                continue
            return Span("statnoun", v.start, n.end, label if kind != "trigger" else
                        ("arrests" if v.label[0] == "Arrests" else "abductions"), sent=n.sent, data={"verb": True})
    return None


# "depuis novembre", "depuis le début de l'année", "since October": a period, not a place ("depuis les zones houthies")
_SINCE_PERIOD = re.compile(r"\b(?:depuis|since)\s+(?:le\s+|la\s+|l['’]|the\s+|early\s+|late\s+|mid-?\s*)?(?:d[ée]but|mois|semaines?|ann[ée]es?|"
                           r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|"
                           r"march|april|may|june|july|august|september|october|november|december|start|beginning|\d)", re.I)


def _from_place(doc: Doc, cue: Span) -> bool:
    """"des obus tirés depuis la RDC": a bare "depuis" before a place says where from, not since when."""
    if doc.text[cue.start:cue.end].lower() not in ("depuis", "since"):
        return False
    if _SINCE_PERIOD.match(doc.text[cue.start:cue.start + 60]):
        return False
    # "tiré depuis leurs positions", "lancés depuis le territoire libanais": where from, whatever the place is called
    return any(0 <= p.start - cue.end <= 14 for k in ("place", "country", "target", "actor") for p in doc.get(k, cue.sent)) \
        or bool(_FIRED.search(doc.text[max(0, cue.start - 24):cue.start]))


_FIRED = re.compile(r"\b(?:tir[ée]e?s?|lanc[ée]e?s?|fired|launched|tir[ée]s?|partis?|venus?|venant)\s+(?:\w+\s+)?$", re.I)


def _since_of_other(doc: Doc, n: Span, d: Span) -> bool:
    """"Le 20/10, une cinquantaine de déplacés ont observé un sit-in … des distributions, suspendues depuis
    septembre": on a dated day, a period after a comma and a participle qualifies something else, not the count."""
    day = any(x.label and x.data.get("precision") == "day" and not x.data.get("since") and not x.data.get("dateline")
              and x.end <= n.start for x in doc.get("date", n.sent))
    return day and d.start > n.end and bool(re.search(r",\s*[^\W\d_]+\s+$", doc.text[max(0, d.start - 30):d.start]))


def _in_date(doc: Doc, n: Span) -> bool:
    if doc.overlaps("date", n.start, n.end) is not None:
        return True
    # "en 2023" is a year; "2.000 personnes", "2000 morts" are counts
    looks_like_year = doc.text[n.start:n.end].isdigit() and 1900 <= int(n.label) <= 2100
    return looks_like_year and not _followed_by_noun(doc, n)


def _followed_by_noun(doc: Doc, n: Span) -> bool:
    # ("since the start of 2024, landmines have…": a comma between ends the year's phrase)
    return any(0 <= s.start - n.end <= 3 and not doc.text[n.end:s.start].strip() for s in doc.get("statnoun", n.sent) + doc.get("people", n.sent))


def _noun_after(doc: Doc, n: Span) -> Optional[Span]:
    """The counted noun right after the number ("118 attaques", "30 000 morts"), allowing one
    or two words between ("118 nouvelles attaques", "centaine d'attaques")."""
    for s in doc.get("statnoun", n.sent):
        between = doc.text[n.end:s.start]
        if 0 <= s.start - n.end <= 24 and len(between.split()) <= 2 and not any(c in between for c in ".;:"):
            if doc.lang == "ar" and len(between.split()) == 2 and between.split()[0] in ("من", "ومن"):
                continue  # "العشرات من المعلمين وقفة احتجاجية": the number counts the teachers, not the protest
            return s
    return None


def _ar_casualty_before(doc: Doc, n: Span) -> Optional[Span]:
    """"مقتل 58 مدنياً وإصابة 117 آخرين": Arabic names the casualty before its count."""
    if doc.lang != "ar":
        return None
    for kind, label in (("killed", "deaths"), ("injured", "injured")):
        k = next((k for k in doc.get(kind, n.sent) if 0 <= n.start - k.end <= 2), None)
        if k is not None:
            return Span("statnoun", k.start, n.end, label, sent=n.sent)
    return None


def _people_count(doc: Doc, n: Span) -> Optional[Span]:
    """"412 personnes … tuées", "au moins 560 Palestiniens ont été tués": people counted in a
    sentence that says they were killed or wounded."""
    # "219 Maoists have been killed … since January 1": members of a named side are people too (in a tally
    # over a period; "onze assaillants neutralisés" is one fight's toll)
    since = any(d.data.get("since") for d in doc.get("date", n.sent))
    people = [p for p in doc.get("people", n.sent) + [c for c in doc.get("country", n.sent) if c.data.get("adjective")]
              + [a for a in doc.get("actor", n.sent) if since and not a.data.get("derived") and not a.data["entry"].generic]
              if 0 <= p.start - n.end <= 12]
    people.sort(key=lambda p: p.start)
    if not people:
        return None
    # "the enemy lost up to 160 servicemen": a side's losses are its dead (and hurt), told only as tallies
    killed = doc.get("killed", n.sent) + doc.get("losses", n.sent)
    injured = doc.get("injured", n.sent)
    p = people[0]
    if not killed and not injured:
        # "1.400 élèves ont été kidnappés", "300 people were detained": tallies of abductions and arrests
        kinds = {t.label[0] for t in doc.get("trigger", n.sent) if t.start >= p.end}
        if "Abduction/forced disappearance" in kinds:
            return Span("statnoun", p.start, p.end, "abductions", sent=n.sent)
        if "Arrests" in kinds:
            return Span("statnoun", p.start, p.end, "arrests", sent=n.sent)
        return None
    label = "deaths" if killed and (not injured or abs(killed[0].start - p.end) <= abs(injured[0].start - p.end)) else "injured"
    return Span("statnoun", p.start, p.end, label, sent=n.sent)


def _counted_then_hurt(doc: Doc, n: Span) -> Optional[Span]:
    """"at least 34 cops have been martyred", "38 kolbars ont été tués": a noun our people list lacks, then the
    casualty verb of the same clause."""
    m = _COUNTED_WORD.match(doc.text[n.end:n.end + 40])
    if not m:
        return None
    for kind, label in (("killed", "deaths"), ("injured", "injured")):
        for k in doc.get(kind, n.sent):
            gap = doc.text[n.end + m.end():k.start]
            if 0 <= k.start - (n.end + m.end()) <= 24 and not any(c in gap for c in ".;:,،("):
                return Span("statnoun", n.start, n.end + m.end(), label, sent=n.sent)
    return None


def _noun_in_sentence_before(doc: Doc, n: Span) -> Optional[Span]:
    """"ses attaques … à plus d'une centaine": a qualified number whose noun came earlier."""
    if _qualifier(doc, n) == "exact" and not n.data.get("approx"):
        # "the number of people killed … since early 2024 has risen to 312": a tally cue, then its noun, then the figure
        cues = [c for c in doc.get("cumulative", n.sent) if c.end <= n.start]
        nouns = [s for s in doc.get("statnoun", n.sent) + doc.get("people", n.sent)
                 if s.end <= n.start and cues and s.start >= cues[0].start and n.start - s.end <= 80]
        if nouns and doc.lang == "en" and _TALLY_BEFORE.search(doc.text[doc.sents[n.sent].start:nouns[-1].start]):
            s = nouns[-1]
            label = s.label if s.kind == "statnoun" else "deaths"
            return Span("statnoun", s.start, s.end, label, sent=n.sent)
        return None
    before = [s for s in doc.get("statnoun", n.sent) if s.end <= n.start and s.label == "attacks"]
    return before[-1] if before else None


# "the number of people killed … has risen to 187", "le bilan … s'élève à 1 200", "ارتفع عدد الموظفين المختطفين إلى 24":
# the tally is named before its figure
_TALLY_HEAD = re.compile(r"\b(?:number|toll|tally|total|count)\s+of\b|\bdeath\s+toll\b|\bnombre\s+(?:de|d['’])|\bbilan\b"
                         r"|(?:^|\s)[وف]?(?:ال)?(?:عدد|حصيل[ةه]|إجمالي|اجمالي)(?:\s|$)", re.I)
_REACHED = re.compile(r"(?:\b(?:risen|rose|climbed|jumped|increased|reached|stands?|stood|hit|totals?|totalled|amounts?\s+to|came)\s+(?:to|at)?"
                      r"|\b(?:atteint|s['’][ée]l[èe]ve(?:nt|rait)?\s+(?:d[ée]sormais\s+)?[àa]|pass[ée]e?\s+[àa]|grimp[ée]e?\s+[àa]|mont[ée]e?\s+[àa]|est\s+de)"
                      r"|(?:^|\s)[وف]?(?:ارتفع|ارتفعت|يرتفع|بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|يصل|تصل)(?:\s+(?:إلى|الى))?)\s*$", re.I)


def _tally_subject(doc: Doc, n: Span) -> Optional[Span]:
    """A figure that a named tally reaches: what the tally counts comes after its head ("the number of people killed",
    "عدد الإرهابيين الذين جرى تحييدهم … 1593 إرهابياً")."""
    sent = doc.sents[n.sent]
    q = _qualifier_before(doc, n)
    head_end = q.start if q is not None else n.start
    before = doc.text[sent.start:head_end]
    heads = list(_TALLY_HEAD.finditer(before))
    if not heads:
        return None
    people_after = any(0 <= p.start - n.end <= 3 for p in doc.get("people", n.sent))
    if not (_REACHED.search(before) or people_after):
        return None
    h = heads[-1]
    at = sent.start + h.end()
    toll = re.search(r"toll|bilan|حصيل", h.group(0), re.I)
    if toll and any(t.start < n.start for t in doc.get("trigger", n.sent) + doc.get("anaphora", n.sent)) \
            and not any(d.data.get("since") for d in doc.get("date", n.sent)):
        return None  # "the death toll from Friday night's attack has risen to 100", "… on a church, as the death toll rose to 25"
    nouns = sorted((s for s in doc.get("statnoun", n.sent) + doc.get("people", n.sent) if at <= s.start < n.start), key=lambda s: s.start)
    label = nouns[0].label if nouns and nouns[0].kind == "statnoun" else "deaths" if toll or doc.get("killed", n.sent) else "count"
    return Span("statnoun", sent.start + h.start(), n.end, label, sent=n.sent)


_TALLY_BEFORE = re.compile(r"\b(?:number|toll|tally|total)\s+of\b[^.;:]*$", re.I)


# "لـ66 هجوماً على الأقل": Arabic may put "at least" after the counted noun
_AT_LEAST_AFTER = re.compile(r"^\s*\S+\s+$")


def _qualifier_before(doc: Doc, n: Span) -> Optional[Span]:
    """"au moins 37", "أكثر من 200": the qualifier written right before the figure."""
    return next((q for q in doc.get("qualifier", n.sent) if q.end <= n.start and n.start - q.end <= 3), None)


def _qualifier(doc: Doc, n: Span) -> str:
    q = _qualifier_before(doc, n)
    if q is not None:
        if q.label == "about" and q.data.get("pattern") in ("une", "un", "des", "a", "an"):
            return "about" if n.data.get("approx") else "exact"
        return q.label
    if doc.lang == "ar":
        for q in doc.get("qualifier", n.sent):
            if q.label == "at_least" and q.start >= n.end and _AT_LEAST_AFTER.match(doc.text[n.end:q.start]):
                return "at_least"
    # "تجاوز عدد الضربات الإسرائيلية على الأراضي السورية 700", "le nombre de violations a dépassé 1 000":
    # a verb of exceeding governs the count named before the figure
    before = doc.text[max(doc.sents[n.sent].start, n.start - 90):n.start]
    if _EXCEEDED.search(before):
        return "more_than"
    # "au moins 37 658 morts et 86 237 blessés": the qualifier of the first figure covers the second
    prev = [m for m in doc.get("number", n.sent) if m.end <= n.start and _COORDINATED.match(doc.text[m.end:n.start])]
    if prev and not n.data.get("approx"):
        return _qualifier(doc, prev[-1])
    return "about" if n.data.get("approx") else "exact"


_EXCEEDED = re.compile(r"(?:(?:^|\s)[وف]?(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|فاق|فاقت|يفوق|تخطى|تخطت|يتخطى)\s+(?:عدد|حصيله|حصيلة)\s+[^.،,;:؛]{0,70}"
                       r"|\b(?:exceeded|surpassed|topped|passed)\s+|\b(?:a|ont|avait|avaient)\s+(?:dépassé|depasse|franchi)\s+(?:le\s+cap\s+des?\s+|la\s+barre\s+des?\s+)?)$", re.I)
_COORDINATED = re.compile(r"^\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,?\s+(?:et|and|و)\s*$")
# "les combats les plus meurtriers depuis le début de la semaine", "the deadliest since 2014": a comparison, no period
_SUPERLATIVE = re.compile(r"(?:\b(?:le|la|les)\s+plus\s+\w+|\bthe\s+(?:deadliest|worst|heaviest|bloodiest|biggest|largest|most\s+\w+)"
                          r"|(?:الأعنف|الاعنف|الأكثر\s+\w+|الاكثر\s+\w+|الأكبر|الاكبر))\s*,?\s*$", re.I)


# "في واحد من أعنف الهجمات التي تتعرض لها القوات … منذ أشهر", "the deadliest attack on the army since 2020":
# an elative some words before the period compares, it counts nothing
_SUPERLATIVE_FAR = re.compile(r"(?:\bthe\s+(?:deadliest|worst|heaviest|bloodiest|biggest|largest)|\b(?:le|la|les)\s+plus\s+(?:meurtri\w*|sanglant\w*|grave\w*|lourd\w*|important\w*|violent\w*)"
                              r"|(?:^|\s)(?:أعنف|اعنف|أشد|اشد|أسوأ|اسوأ|أدمى|ادمى|أكبر|اكبر|أكثر|اكثر)\s)[^.;:!?؟]*$", re.I)


_TOLL_WORD = re.compile(r"^(?:[وف]?(?:ال)?حصيل[ةه]|bilan|(?:death\s+)?toll)$", re.I)


def _event_toll(doc: Doc, sp: Span) -> bool:
    """"ارتفعت حصيلة الهجوم إلى 5 قتلى", "le bilan de l'attaque", "the toll from the blast": one event's toll, no tally."""
    if not _TOLL_WORD.match(doc.text[sp.start:sp.end]):
        return False
    return any(0 <= t.start - sp.end <= 16 for t in doc.get("trigger", sp.sent) + doc.get("anaphora", sp.sent))


def _superlative(doc: Doc, sp: Span) -> bool:
    return bool(_SUPERLATIVE.search(doc.text[max(0, sp.start - 40):sp.start])
                or _SUPERLATIVE_FAR.search(doc.text[max(0, sp.start - 90):sp.start]))


def _claimant(doc: Doc, sent: int) -> Optional[str]:
    src = source_phrase(doc, sent)
    if src:
        return src[0]
    sp = speaker_before(doc, sent)
    return sp.label if sp else None
