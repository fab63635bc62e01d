"""Who says an event happened: the perpetrator (claimed), the side hit (confirmed), a third
party (reported), or someone who denies it. Helpers read the cue spans of one sentence."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.doc import Doc, Span

_NP_END = re.compile(r"[,.;:!?()«»\"“”\n]| qui | que | a | ont | dans | said | says | told | who | that |، | إن | أن | بأن | بان | ان ")
# "أفادت مصادر محلية بأن…": the cue ends on the reporter's own head noun, which belongs to its name
# "بحسب ما أفادت به الوكالة": the reporter follows "what … said"
_AR_WHAT_SAID = re.compile(r"^\s*ما\s+(?:[أا]فاد|[أا]فادت|ذكر|ذكرت|قال|قالت|[أا]علن|[أا]علنت|[أا]ورد|[أا]وردت|نقل|نقلت|نقلته|[أا]كد|[أا]كدت)(?:ه|ها|\s+به|\s+عنه)?\s+")
_AR_NOT_SOURCE = re.compile(r"(?:[أا]حكام|الماد[ةه]|ماد[ةه]|قانون|القانون|الدستور|خط[ةه]|الخط[ةه]|جدول|برنامج|تعليمات)(?:\s|$)")
_AR_SOURCE_HEAD = re.compile(r"(?:مصادر|مصدر|شهود|وكالة|وكاله|وسائل|وسايل)\s*$")


def source_phrase(doc: Doc, sent: int) -> Optional[tuple[str, int, int]]:
    """The reporter after "selon" / "according to" / "بحسب": its catalogue name if it is an
    actor, else its words (up to a clause boundary, at most 8 words)."""
    for cue in doc.get("source", sent):
        end = doc.sents[sent].end
        actor = next((a for a in doc.get("actor", sent) if 0 <= a.start - cue.end <= 6), None)
        if actor is not None:
            return actor.label, actor.start, actor.end
        head = _AR_SOURCE_HEAD.search(doc.text[cue.start:cue.end]) if doc.lang == "ar" else None
        start = cue.start + head.start() if head else cue.end
        said = _AR_WHAT_SAID.match(doc.text[start:end]) if doc.lang == "ar" else None
        start += said.end() if said else 0
        rest = doc.text[start:end]
        m = _NP_END.search(rest)
        phrase = rest[: m.start()] if m else rest
        words = phrase.split()[:8]
        text = " ".join(words).strip(" '’")
        if doc.lang == "ar" and _AR_NOT_SOURCE.match(text):
            continue  # "مطلوبين وفق أحكام المادة 4 إرهاب": according to a law, not to a reporter
        if doc.lang == "ar":  # "مصدر عسكري لـ«الشرق الأوسط»": the quoted outlet was cut off, its preposition goes too
            text = re.sub(r"(?:\s+(?:لـ|ل|في|من|الى|إلى|عن|على))+$", "", text)
        if len(text) >= 3:
            s = start + (len(rest) - len(rest.lstrip()))
            return text, s, s + len(text)
    return None


_OTHER_SPEAKER = re.compile(r"[,;]\s*(?:(?i:a|an|the|one|two|three|un|une|le|la|les|l['’]|des|deux|trois)\s+[^\W\d]"
                            r"|[A-Z][^\W\d]+(?:['’]s)?\s)")  # "…, a senior official said", "…, Ukraine's governor said"


_CLAUSE_OPENING = re.compile(r"(?:^|\s)(?:that|an?|que|un|une|des)(?:\s|$)|qu['’]", re.I)
_INVERSION_BEFORE = re.compile(r"(?:^|,)\s*(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?$")


def speaker_before(doc: Doc, sent: int) -> Optional[Span]:
    """The actor who speaks in a sentence: the nearest actor before a say/deny cue, or right after it
    ("a annoncé le Pentagone")."""
    cues = doc.get("say", sent) + doc.get("deny", sent)
    actors = doc.get("actor", sent)
    best: Optional[Span] = None
    for cue in cues:
        # "…, a affirmé l'armée rwandaise": right after its verb, the speaker of an inversion
        # ("…près de Douentza, a revendiqué le JNIM": an auxiliary may stand between the comma and the verb)
        inversion = bool(_INVERSION_BEFORE.search(doc.text[max(0, cue.start - 10):cue.start]))
        inverted = [a for a in actors if 0 <= a.start - cue.end <= 4]
        if inverted and inversion:
            best = inverted[0]
            break
        # the speaker stands right before its verb ("le Hezbollah a affirmé"); farther off, the verb
        # belongs to someone the catalogue does not know ("…, the agency said")
        # ("…, killing 23 militants, a senior official said": after a comma, a speaker the catalogue does not know)
        # ("…avec les miliciens Wazalendo, ont indiqué des sources locales": a verb right after a comma has its
        # speaker after it)
        before = [a for a in actors if a.end <= cue.start and cue.start - a.end <= 40
                  and not _OTHER_SPEAKER.search(doc.text[a.end:cue.start])
                  and not (doc.lang == "fr" and re.search(r",\s*$", doc.text[a.end:cue.start]))]
        if before:
            best = before[-1]
            break
        # ("a local official said an Israeli drone struck…", "a indiqué qu'un drone israélien…": outside an
        # inversion, after a complementiser or an indefinite article comes the reported clause, not its speaker;
        # "…, said a senior US official" keeps its speaker)
        after = [a for a in actors if a.start >= cue.end and a.start - cue.end <= 12
                 and not (doc.lang != "ar" and not inversion and _CLAUSE_OPENING.search(doc.text[cue.end:a.start]))]
        if after:
            best = after[0]
            break
    return best


def is_related(a: Optional[str], b: Optional[str]) -> bool:
    """Same actor, or one is a member group of the other (Kataib Hezbollah and the IRI)."""
    if not a or not b:
        return False
    if a == b:
        return True
    from sitrep.lang import load_actors

    entries = load_actors()[2]
    ea, eb = entries.get(a), entries.get(b)
    return bool((ea and ea.parent == b) or (eb and eb.parent == a))


def _can_confirm(name: str) -> bool:
    """Only an armed side that was hit "confirms"; civilians' words about it are a report."""
    from sitrep.lang import load_actors

    e = load_actors()[2].get(name)
    return e is None or e.type not in ("Civilians", "Protesters", "Rioters")


def attribution_for(doc: Doc, sent: int, actor1: Optional[str], actor2: Optional[str]) -> tuple[str, Optional[str], Optional[str], float]:
    """(status, claimant, cue text, strength) for events of one sentence."""
    deny = doc.get("deny", sent)
    speaker = speaker_before(doc, sent)
    if deny:
        who = speaker.label if speaker else None
        return "denied", who, doc.text[deny[0].start:deny[0].end], 0.8
    says = doc.get("say", sent) + doc.get("claim_strong", sent)
    src = source_phrase(doc, sent)
    if says and speaker is not None:
        cue = doc.text[says[0].start:says[0].end]
        if is_related(speaker.label, actor1):
            return "claimed", speaker.label, cue, 0.9
        if actor2 and is_related(speaker.label, actor2) and _can_confirm(actor2):
            return "confirmed", speaker.label, cue, 0.8
        if not actor1 and doc.get("claim_strong", sent):
            return "claimed", speaker.label, cue, 0.7
        return "reported", speaker.label, cue, 0.7
    if src:
        if is_related(src[0], actor1):
            return "claimed", src[0], doc.text[src[1]:src[2]], 0.7
        if actor2 and is_related(src[0], actor2) and _can_confirm(actor2):
            return "confirmed", src[0], doc.text[src[1]:src[2]], 0.7
        return "reported", src[0], doc.text[src[1]:src[2]], 0.7
    if doc.get("claim_strong", sent) and actor1:
        cue = doc.get("claim_strong", sent)[0]
        return "claimed", actor1, doc.text[cue.start:cue.end], 0.7
    issuer = document_issuer(doc)
    if issuer is not None and sent > issuer.sent:
        heading = doc.text[issuer.start:issuer.end]
        if is_related(issuer.label, actor1):
            return "claimed", issuer.label, heading, 0.6
        if actor2 and is_related(issuer.label, actor2) and _can_confirm(actor2):
            return "confirmed", issuer.label, heading, 0.6
    return "reported", doc.article.source, None, 0.4


def document_issuer(doc: Doc) -> Optional[Span]:
    """"DEFENCE HEADQUARTERS … PRESS BRIEFING ON THE OPERATIONS OF THE ARMED FORCES OF NIGERIA", "حصاد عمليات
    المجاهدين … حركة الشباب": a heading, before any event is told, that names a document and the armed actor who
    issues it. The operations told after it with no other source are that actor's own account."""
    first = min((t.sent for t in doc.get("trigger")), default=None)
    # a heading is a short line among the first few, not a lede that mentions "a statement"
    if not first or not any(doc.get("issued", i) and doc.sents[i].end - doc.sents[i].start <= 120 for i in range(min(first, 4))):
        return None
    return next((a for i in range(first) for a in doc.get("actor", i)
                 if a.data["entry"].type not in ("Civilians", "Protesters", "Rioters")), None)
