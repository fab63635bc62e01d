"""Twenty-third round: who claims an unsigned strike carried it out; an air force "treats" its targets in
Sahel communiqués; an air force striking the attackers of its own post answers that attack, it is not that
attack; and a passive subject is hit, in a clause split off by "tandis que" too.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

import sitrep


def _events(text, lang, published="2025-03-12"):
    return sitrep.extract(text, published=published, language=lang).events


# --- a claimant of an unsigned strike is its author ---------------------------------------------------------
@pytest.mark.parametrize("lang,text,group", [
    ("fr", "Mardi soir, deux drones ont visé la base de Harir, a revendiqué la Résistance islamique en Irak.",
     "Islamic Resistance in Iraq"),
    ("fr", "Un engin explosif a détruit un véhicule de l'armée près de Douentza, a revendiqué le JNIM dans un message.",
     "Jama'at Nusrat al-Islam wal-Muslimin"),
])
def test_the_claimant_of_an_unsigned_strike_is_actor1(lang, text, group):
    evs = _events(text, lang)
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == group
    assert evs[0].attribution.status == "claimed"


def test_a_claim_of_the_attack_does_not_make_the_group_the_author_of_an_arrest():
    evs = _events("La police a arrêté mardi à Solingen un homme de 26 ans, quelques heures après que l'État islamique "
                  "a revendiqué l'attaque au couteau.", "fr")
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor1 is not None and arrests[0].actor1.name != "Islamic State"


# --- "l'aviation a traité" ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Selon l'état-major, l'aviation a « traité » jeudi un rassemblement de terroristes à l'est de Ménaka.",
    "L'armée de l'air a traité mardi plusieurs motos de terroristes en fuite près de Ménaka.",
])
def test_an_air_force_treating_a_target_is_an_air_strike(text):
    evs = _events(text, "fr")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    assert evs[0].location is not None and evs[0].location.country == "ML"


@pytest.mark.parametrize("text", [
    "Le traité a été signé mardi à Bamako par le gouvernement et le chef de l'armée de l'air.",
    "Les blessés ont été traités mardi à l'hôpital de Ménaka.",
])
def test_a_treaty_or_medical_care_is_not_a_strike(text):
    assert all(e.sub_event_type != "Air/drone strike" for e in _events(text, "fr"))


# --- an air strike answering an attack on a post is its own event -----------------------------------------
def test_an_air_strike_on_the_attackers_of_a_post_is_not_the_attack():
    text = ("Au moins huit soldats maliens ont été tués samedi dans l'attaque d'un poste militaire près de Ménaka. "
            "Dans la foulée, l'armée de l'air malienne a frappé samedi les assaillants en fuite près de Ménaka.")
    subs = sorted(e.sub_event_type for e in _events(text, "fr", "2025-03-10"))
    assert subs == ["Air/drone strike", "Armed clash"]


def test_a_strike_told_twice_is_still_one_event():
    text = ("Un drone a frappé samedi un véhicule près de Ménaka, tuant deux civils. "
            "L'attaque a été menée par l'armée de l'air malienne.")
    evs = _events(text, "fr", "2025-03-10")
    assert len(evs) == 1 and evs[0].sub_event_type == "Air/drone strike"


# --- a passive subject is hit, in a split clause too --------------------------------------------------------
def test_the_passive_subject_of_a_split_clause_is_not_the_attacker():
    text = ("Six soldats tchadiens ont été tués dimanche dans l'attaque d'une position de l'armée près de Ngouri, "
            "tandis qu'à Bol, des hommes armés enlevaient deux pêcheurs.")
    evs = _events(text, "fr", "2025-03-11")
    ngouri = [e for e in evs if e.location is not None and "gouri" in e.location.name.lower()]
    assert ngouri and (ngouri[0].actor1 is None or ngouri[0].actor1.name != "Military Forces of Chad")


# --- "the attack" claimed later is the one told, not a new one where the last sentence went ------------------
def test_a_claim_of_the_attack_after_a_scene_sentence_joins_the_attack():
    text = ("Three soldiers were killed on Tuesday when their truck hit a roadside bomb near Garissa. "
            "The wounded were later flown to Nairobi for treatment. "
            "Al-Shabaab later said that its fighters had carried out the attack.")
    evs = _events(text, "en", "2025-03-12")
    assert len(evs) == 1
    assert evs[0].location.name.lower().startswith("garissa")
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Al-Shabaab"


# --- a town "in X Division" / "X, Y Division" lies in that unit ------------------------------------------------
@pytest.mark.parametrize("text,town", [
    ("Gunmen abducted four farmers on Monday at Batibo in Momo Division of the North West Region.", "Batibo"),
    ("Suspected separatists torched two buses in Muyuka, Fako Division, on Sunday night.", "Muyuka"),
])
def test_a_town_in_a_division_is_the_place(text, town):
    evs = _events(text, "en", "2025-03-12")
    assert [e.location.name for e in evs] == [town]


# --- Arabic: "how" is no city; the unit a place "belongs to" is not a second place ---------------------------
def test_the_arabic_word_for_how_is_not_kyiv():
    text = "أوقفت وحدات الجيش أمس ثلاثة مهربين وحجزت كميات من الكيف المعالج قرب الحدود في ولاية تلمسان."
    evs = _events(text, "ar", "2024-05-09")
    assert all(e.location is None or e.location.country != "UA" for e in evs)
    from sitrep.gazetteer import get_gazetteer
    assert get_gazetteer().geocode("كيف") == []
    assert get_gazetteer().geocode("كييف")[0].country == "UA"


def test_a_subdistrict_belonging_to_a_district_is_one_place():
    text = ("قُتل راعيان، مساء أمس الأحد، بقصف مدفعي تركي استهدف قرية قرب ناحية سيدكان التابعة لقضاء "
            "سوران في محافظة أربيل.")
    evs = _events(text, "ar", "2024-06-10")
    assert len(evs) == 1 and "soran" not in evs[0].location.name.lower()


# --- a month's toll is a statistic, not an event ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins 45 civils ont été tués dans des frappes à Idleb au cours du mois de mars, selon un bilan de l'OSDH."),
    ("en", "At least 45 civilians were killed in air strikes in Idlib during the month of March, the monitor said."),
    ("ar", "ووثّق المرصد مقتل 45 مدنياً في غارات على إدلب خلال شهر آذار الماضي."),
])
def test_a_months_toll_is_a_statistic(lang, text):
    r = sitrep.extract(text, published="2025-04-02", language=lang)
    assert r.events == []
    assert [s.count for s in r.statistics] == [45]


# --- the clause a speaker reports is not its speaker --------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "A local official said an Israeli drone struck a tent in Khan Younis on Monday, killing three."),
    ("fr", "Un responsable local a indiqué qu'un drone israélien avait frappé lundi une tente à Khan Younès."),
])
def test_the_actor_after_said_that_is_not_the_speaker(lang, text):
    evs = _events(text, lang, "2025-06-17")
    assert evs and evs[0].actor1.name == "Military Forces of Israel"
    assert evs[0].attribution.status == "reported"


# --- a correspondent's town is where the report was filed, not where the event was ----------------------------
@pytest.mark.parametrize("lang,text", [
    ("ar", "وقال مراسل إذاعة محلية في درعا إن عبوة ناسفة انفجرت صباح اليوم بسيارة عسكرية قرب بلدة طفس."),
    ("en", "A correspondent for Radio Rozana in Daraa said a roadside bomb hit a military car near Tafas this morning."),
])
def test_a_correspondents_town_is_not_the_event_place(lang, text):
    evs = _events(text, lang, "2025-06-16")
    assert len(evs) == 1 and evs[0].location is not None and "daraa" not in evs[0].location.name.lower() \
        and "dar‘ā" not in evs[0].location.name.lower()


# --- a ministry's seat says where the ministry is, not where the dead fell --------------------------------
@pytest.mark.parametrize("lang,text,town", [
    ("fr", "Des raids ont frappé dimanche soir un marché de Saada, tuant quatre civils, selon un bilan du ministère de la "
           "Santé à Sanaa.", "Sanaa"),
    ("en", "An air strike hit a market in Saada on Sunday evening, killing four civilians, according to the health ministry "
           "in Sanaa.", "Sanaa"),
])
def test_a_ministrys_seat_is_not_an_event_place(lang, text, town):
    evs = _events(text, lang, "2025-04-14")
    assert evs and all(town.lower() not in e.location.name.lower() for e in evs)


# --- of two villages of one name, the one near the reference point ------------------------------------------
@pytest.mark.parametrize("lang,text,lat", [
    ("en", "Israeli forces raided the town of Sebastia near Nablus on Friday and arrested four men. Later that day, "
           "settlers set fire to two houses in the village of Burqa, east of Ramallah.", 31.9),
    ("fr", "Les forces israéliennes ont mené vendredi un raid à Sebastia, près de Naplouse, et arrêté quatre hommes. "
           "Plus tard, des colons ont incendié deux maisons dans le village de Burqa, à l'est de Ramallah.", 31.9),
])
def test_a_namesake_near_the_reference_point_is_chosen(lang, text, lat):
    # (Sebastia's Burqa lies 45 km north of Ramallah's; the first sentence pulls towards it)
    evs = [e for e in _events(text, lang, "2024-10-26") if e.sub_event_type != "Arrests"]
    assert evs and abs(evs[0].location.lat - lat) < 0.1


def test_an_inverted_speaker_after_an_article_is_still_the_speaker():
    # "…, said a senior Hezbollah official": an inversion, not a reported clause
    evs = _events("Two drones struck a position near Metula on Tuesday, said a senior Hezbollah official.",
                  "en", "2024-03-06")
    assert evs and evs[0].attribution.claimant == "Hezbollah"
