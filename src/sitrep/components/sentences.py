"""Split the text into paragraphs and sentences, and mark site furniture (boilerplate) lines."""
from __future__ import annotations

import re

from sitrep.doc import Doc, Sentence

# A sentence ends at . ! ? ؟ … and the closing quotes after it (French puts a space before »), when
# the next one starts with a capital, digit, opening quote or Arabic letter.
_END = re.compile(r"[.!?؟…](?:\s?[\"»”’)])*(?=\s+[\"«“(]?[A-ZÀ-ÖØ-Þ0-9\u0600-\u06FF])")
# Abbreviations after which a period does not end a sentence.
_ABBREV = re.compile(r"(?:\b(?:M|Mme|Mlle|Dr|Pr|Gen|Gén|Lt|Col|Capt|Sgt|St|Mr|Mrs|Ms|Jr|Sr|No|vs|etc|cf|env|av|apr|J\.-C|U\.S|U\.N|U\.K|p|ex|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Gov|Govs|Sen|Rep|Maj|Brig|Adm|Cpl|Pvt|Insp|Supt|Cmdr|Prof|Rev|Gal)\.|\b[A-Z]\.)$")
_URL_ONLY = re.compile(r"^\s*(?:https?://\S+|www\.\S+)\s*$")
# "Beyrouth, 11 août 2024 (AFP) - ", "BAGHDAD (Reuters) -": where and when the story was filed.
_DATELINE = re.compile(
    r"\s*[A-ZÀ-Ý\u0600-\u06FF][^,\n()]{1,40}?(?:\s*\([^()\n]{2,40}\))?"
    r"(?:,\s*[^()\n]{3,30}?\d{4}(?:\s*\((?:[A-Z][\w.\- ]{1,20}|[\u0600-\u06FF ]{2,20})\))?"
    r"|,\s*[^()\n]{0,20}?\d{1,2}[^()\n\d]{0,20}?\s*\((?:[A-Z][\w.\- ]{1,20}|[\u0600-\u06FF ]{2,20})\)"  # "Daraa, 25 mars (SANA) -"
    r"|\s*\((?:[A-Z][\w.\- ]{1,20}|[\u0600-\u06FF ]{2,20})\))\s*(?:[-–—:]|--)\s+")

# English wires: "BEIRUT, July 21 (Reuters) - ", "DUBAI, March 20 - ", "TAMPA, Fla. - ", "TURBAT / QUETTA: ": cities in capitals.
_DATELINE_CAPS = re.compile(r"\s*[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+)*(?:\s*/\s*[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+)*)*(?:,\s*[^()\n\-–—]{2,30}?)?(?:\s*\([^()\n]{2,20}\))?\s*(?:--|[-–—:])\s+")
# "Addis Abeba - Residents said…": a town in title case and a dash, opening one of the first paragraphs
_DATELINE_TITLE = re.compile(r"\s*[A-ZÀ-Ý][\w'’.\-]+(?: [A-ZÀ-Ý][\w'’.\-]+){0,2}\s+(?:--|[-–—])\s+")
# "أديس أبابا - العين الإخبارية", "مابوتو/ الأناضول": the same in Arabic, one to three words before a dash or slash;
# "وطنية - بنت جبيل -": an agency, then the town
_DATELINE_AR = re.compile(r"(?:\s*[\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,}){0,2}\s*(?:--|[-–—]\s|/\s*)){1,2}"
                          # "رام الله 2-8-2024 وفا-": the town, the day in figures, the agency (WAFA's own form); the
                          # day stays a date of the story (with no other, the lead's events are that day's)
                          r"|\s*[\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,}){0,2}(?=\s+[\d٠-٩]{1,2}[-/.][\d٠-٩]{1,2}[-/.][\d٠-٩]{2,4}"
                          r"\s*(?:[\u0621-\u064A]{2,}\s*)?(?:--|[-–—]))")


def split_sentences(doc: Doc) -> None:
    text = doc.text
    sents: list[Sentence] = []
    para = 0
    head_line = False  # the first line is a short unpunctuated one (an outlet and a date, or a title)
    for pm in re.finditer(r"[^\n]+", text):
        pstart, pend = pm.start(), pm.end()
        if not pm.group(0).strip():
            continue
        # under an outlet's line ("المرصد السوري – الخميس 12 حزيران 2025"), the title comes second
        dl = _DATELINE.match(text, pstart, pend) or _DATELINE_CAPS.match(text, pstart, pend) \
            or (para <= 2 and (_DATELINE_TITLE.match(text, pstart, pend) or (doc.lang == "ar" and _DATELINE_AR.match(text, pstart, pend))))
        boiler = _is_boilerplate(doc, pstart, pend) or ((para == 0 or (para == 1 and head_line and not dl)) and _is_headline(pm.group(0))) \
            or bool(_SCRIPTURE.fullmatch(pm.group(0)))
        if para == 0:
            head_line = _is_headline(pm.group(0)) and len(pm.group(0).strip()) <= 100
        if dl and not boiler:
            doc.datelines.append((pstart, dl.end()))
        cut = pstart
        for m in _END.finditer(text, pstart, pend):
            before = text[max(pstart, m.start() - 12):m.start() + 1]
            if _ABBREV.search(before):
                continue
            sents.append(Sentence(cut, m.end(), para, boiler))
            cut = m.end()
            while cut < pend and text[cut].isspace():
                cut += 1
        if cut < pend:
            sents.append(Sentence(cut, pend, para, boiler))
        para += 1
    if not sents:
        sents.append(Sentence(0, len(text), 0, False))
    doc.set_sentences(sents)


# "﴿وَلَا تَحْسَبَنَّ الَّذِينَ قُتِلُوا …﴾": a verse a statement opens with, never a report
_SCRIPTURE = re.compile(r"\s*﴿[^﴾]*﴾[\s.]*")


def _is_headline(line: str) -> bool:
    """A first line without closing punctuation is a headline: it sums up the story told below,
    so it is never a source of events of its own."""
    line = line.strip()
    # (a title may end on a quoted word: 'توقيف مشتبه به بعد تبني "داعش"'; a sentence ends on its stop, then the quote)
    return 0 < len(line) <= 200 and not re.search(r"[.!?؟…][\s»\"”’)]*$", line)


def _is_boilerplate(doc: Doc, start: int, end: int) -> bool:
    line = doc.text[start:end]
    if _URL_ONLY.match(line):
        return True
    head = min(end, start + 40)
    for s, _e, _m in doc.find(doc.L.boilerplate, start, head):
        if s - start <= 2:  # the cue opens the line
            return True
    return "http" in line and len(line) < 160 and any(True for _ in doc.find(doc.L.boilerplate, start, end))
