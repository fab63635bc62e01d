"""Government forces are the state's where they fight, and a sentence that blames someone for "the attack"
names the attacker of the event told just before it.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

from fr_helpers import events


@pytest.mark.parametrize("text,lang", [
    ("Yémen : l'armée américaine a frappé Hodeïda samedi. Dimanche, de violents combats ont opposé les forces "
     "gouvernementales aux rebelles houthistes près de Harib, dans la province de Marib.", "fr"),
    ("Yemen: the US military struck Hodeidah on Saturday. On Sunday, government forces fought Houthi rebels near Harib, "
     "in Marib province.", "en"),
])
def test_government_forces_are_the_state_where_they_fight_not_the_foreign_army_named_before(text, lang):
    evs = events(text, "2025-04-28", lang=lang)
    harib = [e for e in evs if e.location.text == "Harib"]
    assert [e.actor1.name for e in harib] == ["Military Forces of Yemen"]


@pytest.mark.parametrize("text,lang,who", [
    ("Yémen : une frappe aérienne a touché un marché de Saada samedi, tuant onze civils. La télévision des rebelles a "
     "attribué l'attaque aux Etats-Unis.", "fr", "Military Forces of the United States"),
    ("Yemen: an air strike hit a market in Saada on Saturday, killing eleven civilians. The rebels' television "
     "blamed the attack on the United States.", "en", "Military Forces of the United States"),
    ("سوريا: قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة درعا يوم السبت. وحمّلت مصادر محلية تنظيم داعش "
     "مسؤولية الهجوم.", "ar", "Islamic State"),
])
def test_the_next_sentence_that_blames_someone_for_the_attack_names_its_author(text, lang, who):
    evs = events(text, "2025-03-03", lang=lang)
    assert [e.actor1.name for e in evs] == [who]


def test_blame_for_another_kind_of_event_does_not_name_the_author():
    # "le tir" is a shot fired; the clash told just before is another event
    evs = events("Liban : des combats ont éclaté samedi près de Chebaa entre deux familles. L'armée israélienne a "
                 "imputé le tir au Hezbollah.", "2024-07-28")
    assert "Hezbollah" not in {e.actor1.name for e in evs if e.actor1}
