"""components.sentences: sentence splitting, headlines, datelines and site furniture."""
from __future__ import annotations

from fr_helpers import events, run_doc


def _sents(text: str, lang: str = "fr"):
    doc = run_doc(text, upto="sentences", lang=lang)
    return doc, [(text[s.start:s.end], s.paragraph, s.ignored) for s in doc.sents]


def test_splits_on_final_punctuation_before_a_capital():
    _, s = _sents("Un obus est tombé. Deux autres ont suivi ! Qui les a tirés ? Personne ne le sait.")
    assert [x[0] for x in s] == ["Un obus est tombé.", "Deux autres ont suivi !", "Qui les a tirés ?", "Personne ne le sait."]


def test_no_split_before_lowercase_or_inside_a_number():
    _, s = _sents("Le bilan est de 1.200 morts. environ selon lui.")
    assert len(s) == 1


def test_split_after_closing_quote():
    _, s = _sents("Il a dit « nous avons frappé.» Le groupe a ensuite publié une vidéo.")
    assert len(s) == 2
    assert s[0][0].startswith("Il a dit « nous avons frappé.")
    assert s[1][0] == "Le groupe a ensuite publié une vidéo."


def test_abbreviations_do_not_end_a_sentence():
    text = ("M. Dupont a rencontré le Dr. Haddad et le Gén. Aoun. Les U.S. forces sont restées à l'écart. "
            "J. Martin a confirmé.")
    _, s = _sents(text)
    assert [x[0] for x in s] == [
        "M. Dupont a rencontré le Dr. Haddad et le Gén. Aoun.",
        "Les U.S. forces sont restées à l'écart.",
        "J. Martin a confirmé.",
    ]


def test_sentences_are_ordered_disjoint_and_within_lines():
    text = "Premier paragraphe. Encore une phrase.\n\nSecond paragraphe ici.\nTroisième."
    doc, s = _sents(text)
    prev_end = 0
    for sent in doc.sents:
        assert prev_end <= sent.start < sent.end <= len(text)
        assert "\n" not in text[sent.start:sent.end]
        prev_end = sent.end
    assert [p for _, p, _ in s] == [0, 0, 1, 2]


def test_first_line_without_final_punctuation_is_a_headline():
    text = "Des drones visent une base américaine en Syrie\nLe texte de l'article commence ici."
    _, s = _sents(text)
    assert s[0] == ("Des drones visent une base américaine en Syrie", 0, True)
    assert s[1][2] is False


def test_first_line_with_final_punctuation_is_not_a_headline():
    _, s = _sents("Des drones ont visé une base américaine en Syrie.\nSuite de l'article.")
    assert s[0][2] is False


def test_only_the_first_line_can_be_a_headline():
    _, s = _sents("Le premier paragraphe se termine bien.\nUne ligne sans point final")
    assert s[1] == ("Une ligne sans point final", 1, False)


def test_headline_is_never_a_source_of_events():
    body = "Le ministre a inauguré mardi une école à Bagdad."
    headline = "Mardi, une attaque de drone vise une base à Erbil, en Irak"
    assert events(headline + "\n" + body) == []
    # the same words ending with a period, in the body, are an event
    evs = events(body + "\n" + headline + ".")
    assert [e.location.name for e in evs] == ["Erbil"]


def test_french_dateline_with_date_and_agency():
    text = "Beyrouth, 11 août 2024 (AFP) - Des avions ont frappé un village du sud. Rien d'autre."
    doc, _ = _sents(text)
    assert [text[s:e] for s, e in doc.datelines] == ["Beyrouth, 11 août 2024 (AFP) - "]


def test_capitals_dateline_with_agency():
    text = "BAGHDAD (Reuters) - Rockets hit a base near the airport on Tuesday."
    doc, _ = _sents(text, lang="en")
    assert [text[s:e] for s, e in doc.datelines] == ["BAGHDAD (Reuters) - "]


def test_no_dateline_in_an_ordinary_sentence():
    doc, _ = _sents("Selon l'armée, deux roquettes sont tombées - sans faire de victimes.")
    assert doc.datelines == []


def test_dateline_city_is_not_the_event_place():
    text = "BEYROUTH (AFP) - Des avions israéliens ont frappé mardi la ville de Tyr, dans le sud du Liban."
    evs = events(text)
    assert [e.location.name for e in evs] == ["Tyre"]


def test_boilerplate_lines_are_ignored():
    text = ("Des roquettes sont tombées mardi sur Erbil, en Irak.\n"
            "A lire: Une attaque de drone a visé mardi la ville de Mossoul, en Irak.\n"
            "https://example.org/article/123\n"
            "Abonnez-vous à notre chaîne : https://t.me/exemple\n"
            "Lire aussi : Des frappes ont visé Alep.")
    _, s = _sents(text)
    assert [ign for _, _, ign in s] == [False, True, True, True, True]


def test_boilerplate_line_is_never_a_source_of_events():
    text = ("Le ministre a inauguré mardi une école à Bagdad.\n"
            "A lire: Une attaque de drone a visé mardi une base à Erbil, en Irak.")
    assert events(text) == []
    assert len(events(text.replace("A lire: ", ""))) == 1


def test_a_cue_word_inside_a_line_does_not_make_it_boilerplate():
    _, s = _sents("Le groupe a appelé à lire le communiqué à la télévision.")
    assert s[0][2] is False


def test_empty_text_still_has_one_sentence():
    doc, _ = _sents("")
    assert len(doc.sents) == 1


# Formerly known gaps, now fixed.
def test_french_spaced_closing_guillemet_ends_the_sentence():
    doc = run_doc("Il a dit « nous avons frappé. » Le groupe a ensuite publié une vidéo.", upto="sentences")
    assert [doc.text[s.start:s.end] for s in doc.sents] == [
        "Il a dit « nous avons frappé. »", "Le groupe a ensuite publié une vidéo."]


def test_closing_quote_stays_with_its_sentence():
    doc = run_doc("Il a dit « nous avons frappé.» Le groupe a ensuite publié une vidéo.", upto="sentences")
    assert doc.text[doc.sents[0].start:doc.sents[0].end] == "Il a dit « nous avons frappé.»"
