"""sitrep.text.fold (folding with an exact offset map) and sitrep.lexicon.Lexicon (phrase patterns)."""
from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.lang import load_language
from sitrep.lexicon import Lexicon
from sitrep.model import Article
from sitrep.text import fold, fold_char, fold_str


def _check_map(text: str) -> tuple[str, list[int]]:
    """Invariants of the offset map, whatever the text."""
    folded, index = fold(text)
    assert len(index) == len(folded) + 1
    assert index[-1] == len(text)
    assert index == sorted(index), "the map must never go backwards"
    for i, ch in enumerate(folded):
        assert 0 <= index[i] < len(text)
        assert ch in fold_char(text[index[i]]), (i, ch, text[index[i]])
    return folded, index


# -- fold ------------------------------------------------------------------------------------

def test_fold_lowercases_and_strips_accents_one_to_one():
    text = "Élévation à Alep, DÉIR EZ-ZÔR"
    folded, index = _check_map(text)
    assert folded == "elevation a alep, deir ez-zor"
    assert index[:-1] == list(range(len(text)))


def test_fold_expands_oe_ligature_and_both_letters_point_at_it():
    text = "Cœur de l'Œuvre"
    folded, index = _check_map(text)
    assert folded == "coeur de l'oeuvre"
    # "œ" (offset 1) became two folded characters, both mapped back to it
    assert index[1] == index[2] == 1
    # what follows is shifted by one in the folded text but maps to its own original offset
    assert folded[3] == "u" and index[3] == 2
    start = folded.index("oeuvre")
    assert text[index[start]:index[start + len("oeuvre") - 1] + 1] == "Œuvre"


def test_fold_normalises_curly_quotes_dashes_and_spaces_in_place():
    text = "l’armée « ciblée » – 30\u00a0000\u202fmorts"
    folded, index = _check_map(text)
    assert folded == "l'armee \" ciblee \" - 30 000 morts"
    assert index[:-1] == list(range(len(text)))


def test_fold_drops_arabic_diacritics_and_tatweel_keeping_offsets():
    text = "قَصَفَ الـجيش مدينةَ حلب"
    folded, index = _check_map(text)
    assert folded == "قصف الجيش مدينه حلب"
    assert len(folded) < len(text)
    # each folded word maps back onto the original word with its diacritics
    for word in folded.split(" "):
        s = folded.index(word)
        orig = text[index[s]:index[s + len(word) - 1] + 1]
        assert fold_str(orig) == word
    # the last diacritic of قَصَفَ is dropped: the word ends before it in the fold, after it in the text
    assert text[index[0]:index[2] + 1] == "قَصَف"


def test_fold_unifies_arabic_letter_variants_and_digits():
    folded, _ = _check_map("أعلنت إدارة آمنة مستشفى ١٢٣ ۴")
    assert folded == "اعلنت اداره امنه مستشفي 123 4"


def test_fold_drops_invisible_marks():
    text = "Ga\u200bza\u200f !"
    folded, index = _check_map(text)
    assert folded == "gaza !"
    assert index[2] == 3  # the "z" after the zero-width space


def test_doc_find_slices_the_original_text():
    text = "Une FRAPPE AÉRIENNE a touché le «  cœur » d’Alep."
    doc = Doc(Article(text=text), "fr", load_language("fr"))
    lex = Lexicon([("frappe aérienne", "A"), ("coeur", "B"), ("d'alep", "C")], "fr")
    got = [(text[s:e], m.value) for s, e, m in doc.find(lex)]
    assert got == [("FRAPPE AÉRIENNE", "A"), ("cœur", "B"), ("d’Alep", "C")]


# -- Lexicon patterns -----------------------------------------------------------------------

def _matches(lex: Lexicon, text: str) -> list[tuple[str, object]]:
    folded = fold_str(text)
    return [(folded[m.start:m.end], m.value) for m in lex.finditer(folded)]


def test_star_matches_any_ending_but_not_a_word_middle():
    lex = Lexicon([("frapp*", "strike")], "fr")
    assert _matches(lex, "Ils ont frappé, frappent et frapperont.") == [
        ("frappe", "strike"), ("frappent", "strike"), ("frapperont", "strike")]
    assert _matches(lex, "Elle refrappe encore.") == []


def test_plain_word_is_whole_word_only():
    lex = Lexicon([("drone", "d")], "fr")
    assert _matches(lex, "un drone") == [("drone", "d")]
    assert _matches(lex, "des drones, un antidrone") == []


@pytest.mark.parametrize("text,hit", [
    ("une attaque de drones", True),             # one word between
    ("une attaque menée par trois drones", True),  # three words between
    ("une attaque menée hier par trois drones", False),  # four words: too far
    ("une attaque. Des drones", False),          # never across a sentence stop
])
def test_ellipsis_allows_up_to_three_words(text, hit):
    lex = Lexicon([("attaque … drone*", "x")], "fr")
    assert bool(_matches(lex, text)) is hit


def test_three_dots_is_the_same_as_ellipsis():
    lex = Lexicon([("tir* ... roquette*", "x")], "fr")
    assert _matches(lex, "des tirs de deux roquettes") == [("tirs de deux roquettes", "x")]


def test_alternatives_including_multiword_ones():
    lex = Lexicon([("(tue|blesse par|mort) au combat", "x")], "fr")
    assert [m for m, _ in _matches(lex, "tué au combat; blessé par au combat; mort au combat")] == [
        "tue au combat", "blesse par au combat", "mort au combat"]
    assert _matches(lex, "blessé au combat") == []


def test_longest_pattern_wins_whatever_the_input_order():
    for items in ([("frappe", "generic"), ("frappe aérienne", "air")],
                  [("frappe aérienne", "air"), ("frappe", "generic")]):
        lex = Lexicon(items, "fr")
        assert _matches(lex, "une frappe aérienne puis une frappe") == [("frappe aerienne", "air"), ("frappe", "generic")]


def test_matches_do_not_overlap():
    lex = Lexicon([("base aerienne", "a"), ("aerienne de", "b")], "fr")
    assert _matches(lex, "la base aérienne de Harir") == [("base aerienne", "a")]


def test_apostrophes_and_hyphens_are_separators():
    lex = Lexicon([("cessez-le-feu", "truce"), ("l'armée", "army")], "fr")
    assert [v for _, v in _matches(lex, "un cessez le feu")] == ["truce"]
    assert [v for _, v in _matches(lex, "un cessez-le-feu")] == ["truce"]
    assert [v for _, v in _matches(lex, "l’ARMÉE")] == ["army"]


def test_empty_patterns_are_ignored_and_empty_lexicon_finds_nothing():
    lex = Lexicon([("", "x"), ("   ", "y"), ("raid", "r")], "fr")
    assert len(lex) == 1
    assert list(Lexicon([], "fr").finditer("raid")) == []
    assert lex.search(fold_str("Un raid puis un raid")).start == 3


def test_a_leading_group_matches_each_alternative_and_keeps_its_pattern():
    lex = Lexicon([("(frappe|raid|bombardement) (aerien|aerienne)", "air"), ("bombe", "bomb")], "fr")
    found = list(lex.finditer(fold_str("un raid aérien, une bombe, un bombardement aérien")))
    assert [(m.value, m.pattern) for m in found] == [("air", "(frappe|raid|bombardement) (aerien|aerienne)"),
                                                     ("bomb", "bombe"), ("air", "(frappe|raid|bombardement) (aerien|aerienne)")]


@pytest.mark.parametrize("text", ["مرتبطة", "المرتبطة", "والمرتبطة", "التابعة"])
def test_an_arabic_leading_group_keeps_the_article_optional(text):
    lex = Lexicon([("(التابعة|المرتبطة)", "linked")], "ar")
    assert [v for _, v in _matches(lex, text)] == ["linked"]


# -- Arabic clitics ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["قصف", "وقصف", "بقصف", "فبقصف"])
def test_arabic_first_word_takes_clitics(text):
    lex = Lexicon([("قصف", "shelling")], "ar")
    assert _matches(lex, text) == [(fold_str(text), "shelling")]


@pytest.mark.parametrize("text", ["المقاومة الإسلامية", "والمقاومة الإسلامية", "للمقاومة الإسلامية",
                                  "وللمقاومة الإسلامية", "بالمقاومة الإسلامية"])
def test_arabic_article_contracts_to_lil(text):
    lex = Lexicon([("المقاومة الإسلامية", "iri")], "ar")
    assert [v for _, v in _matches(lex, text)] == ["iri"]


def test_arabic_clitics_do_not_make_any_prefix_match():
    lex = Lexicon([("قصف", "shelling")], "ar")
    assert _matches(lex, "تقصف") == []  # a verb prefix, not a clitic
    assert _matches(lex, "قصفت") == []  # a suffix is not allowed without *


def test_clitics_are_arabic_only():
    lex = Lexicon([("قصف", "shelling")], "fr")
    assert _matches(lex, "وقصف") == []


def test_optional_group_matches_with_and_without_it():
    from sitrep.lexicon import Lexicon
    from sitrep.text import fold

    lex = Lexicon([("(en )?(riposte|reponse) (a|aux)", "cause"), ("une (nouvelle|nouveau)? base", "base")])
    for text, expected in [("en riposte aux tirs", "en riposte aux"), ("riposte aux tirs", "riposte aux"),
                           ("une nouvelle base", "une nouvelle base"), ("une base", "une base")]:
        folded, _ = fold(text)
        found = [folded[m.start:m.end] for m in lex.finditer(folded)]
        assert found == [expected]


def test_every_language_keeps_its_lexicon_keys_apart():
    # "subject_anaphora" (who the story is about) and "anaphora"/"mention" (which event) are different lists
    import yaml
    from pathlib import Path

    for lang in ("fr", "en", "ar"):
        d = yaml.safe_load((Path(__file__).resolve().parents[1] / "src/sitrep/lang" / lang / "misc.yaml").read_text(encoding="utf-8"))
        assert "mention" in d and "anaphora" in d
        assert not any("…" in x for x in d.get("subject_anaphora") or []), lang
