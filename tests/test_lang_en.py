"""English pipeline behaviour on sentences written for these tests (real pipeline, no mocks)."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Article
from sitrep.pipeline import process_article

PUB = date(2024, 3, 8)  # a Friday


def run(text: str, published: date | None = PUB):
    return process_article(Article(text=text, published=published, language="en", source="Wire"))


def only(events, country=None):
    evs = [e for e in events if country is None or (e.location and e.location.country == country)]
    assert len(evs) == 1, [(e.sub_event_type, e.location and e.location.name) for e in events]
    return evs[0]


def test_claim_by_the_perpetrator():
    r = run("The Islamic Resistance in Iraq said in a statement that its fighters had attacked "
            "a US base in Erbil, Iraq, with a drone on Thursday.")
    e = only(r.events)
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 and e.actor1.name == "Islamic Resistance in Iraq"
    assert e.attribution.status == "claimed"
    assert e.event_date == date(2024, 3, 7)
    assert "drone" in e.weapons


def test_claimed_responsibility():
    r = run("Al-Shabaab claimed responsibility for a suicide bombing at a restaurant in Mogadishu, Somalia, on Thursday "
            "that killed at least nine people.")
    e = only(r.events)
    assert e.sub_event_type == "Suicide bomb"
    assert e.attribution.status == "claimed"
    assert e.fatalities == 9


def test_denial():
    r = run("Hezbollah denied that its fighters had fired rockets at Kiryat Shmona in northern Israel on Thursday.")
    e = only(r.events)
    assert e.attribution.status == "denied"
    assert e.event_date == date(2024, 3, 7)


def test_interception_is_disrupted_weapons_use():
    r = run("Jordanian border guards shot down a drone carrying narcotics near the town of Ramtha on Thursday, "
            "the Jordanian army said, adding that it had entered from Syria.")
    e = only(r.events)
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.event_type == "Strategic developments"
    assert e.location.country == "JO"


def test_intercepted_passive():
    r = run("Two rockets fired at Kiryat Shmona in northern Israel on Wednesday were intercepted by air defences, "
            "the Israeli military said.")
    e = only(r.events)
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.event_date == date(2024, 3, 6)


@pytest.mark.parametrize("phrase, expected, precision", [
    ("on Thursday", date(2024, 3, 7), "day"),
    ("late Monday", date(2024, 3, 4), "day"),
    ("yesterday", date(2024, 3, 7), "day"),
    ("on March 5", date(2024, 3, 5), "day"),
    ("on Oct. 7", date(2023, 10, 7), "day"),
    ("last week", None, "week"),  # a week, no day: the date stays empty, the precision says what is known
])
def test_dates_against_published(phrase, expected, precision):
    r = run(f"An Israeli air strike hit a house in Khan Younis, in the Palestinian territories, {phrase}, medics said.")
    e = only(r.events)
    assert e.event_date == expected
    assert e.date_precision == precision


def test_no_invented_day_without_a_date():
    r = run("Israeli warplanes have repeatedly struck targets near Damascus in recent months.", published=None)
    for e in r.events:
        assert e.event_date is None or e.date_precision != "day"


def test_dateline_date_is_not_the_event_date():
    r = run("BEIRUT, March 8 (Reuters) - Israeli warplanes struck a building in Bint Jbeil in south Lebanon on Wednesday, "
            "the agency said.")
    e = only(r.events)
    assert e.event_date == date(2024, 3, 6)
    assert e.location.name != "Beirut"


def test_casualties_in_words():
    r = run("A roadside bomb exploded near an army patrol in Tarmiyah, Iraq, on Thursday, "
            "killing three Iraqi soldiers and wounding five others.")
    e = only(r.events)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.fatalities == 3
    assert e.injured == 5


def test_list_of_places_is_one_event_per_place():
    r = run("The Islamic Resistance in Iraq said its fighters had targeted US bases at Erbil, Kirkuk and Mosul in Iraq "
            "with drones on Thursday.")
    names = {e.location.name for e in r.events}
    assert len(r.events) == 3, names
    assert all(e.sub_event_type == "Air/drone strike" for e in r.events)


def test_passive_voice_agent_is_actor1():
    r = run("A checkpoint near Kirkuk, Iraq, was attacked by Islamic State militants on Thursday, police said.")
    e = only(r.events)
    assert e.actor1 and e.actor1.name == "Islamic State"


def test_threat_is_no_event():
    r = run("The Houthis threatened to attack ships in the Red Sea off Yemen and vowed to strike Eilat in Israel.")
    assert r.events == []


def test_reference_point_is_not_a_second_place():
    r = run("Israeli settlers torched cars in Turmus Ayya, north of Ramallah, in the West Bank on Thursday, "
            "the Palestinian Red Crescent said.")
    e = only(r.events)
    assert e.location.name != "Ramallah"


def test_protest_with_tear_gas():
    r = run("Police fired tear gas to disperse a protest in Nairobi, Kenya, on Tuesday.")
    e = only(r.events)
    assert e.sub_event_type == "Protest with intervention"


def test_aggregate_is_a_statistic_not_an_event():
    r = run("US forces in Iraq and Syria have come under attack at least 170 times since October 17, according to the Pentagon.")
    assert r.events == []
    assert any(s.count == 170 and s.qualifier == "at_least" for s in r.statistics)


def test_boilerplate_lines_are_ignored():
    r = run("Israeli warplanes struck Khan Younis in the Palestinian territories on Thursday, medics said.\n\n"
            "(Reporting by the Cairo newsroom; Editing by the Gaza desk)")
    assert len(r.events) == 1


def test_sea_area_named_with_the_sea_word_after():
    r = run("On Thursday, US forces shot down two drones launched by the Houthis over the southern Red Sea, "
            "off Yemen, the military said.")
    e = only(r.events)
    assert e.sub_event_type == "Disrupted weapons use"
    assert e.location and "Red Sea" in e.location.name
    assert abs(e.location.lat - 15.0) < 2 and abs(e.location.lon - 41.8) < 2


def test_clock_time_is_not_a_place():
    r = run("At about 9:30 p.m. (Baghdad time) on Thursday, Houthi fighters fired two anti-ship ballistic missiles "
            "into the Gulf of Aden, the military said.")
    e = only(r.events)
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert e.actor1 and e.actor1.name == "Ansar Allah"
    assert e.location and e.location.name == "Gulf of Aden"


def test_statement_day_yields_to_the_event_day():
    r = run("The Jordanian army said on Friday its border guards had killed three armed smugglers in a clash "
            "at dawn on Wednesday near Ruwaished.")
    e = only(r.events)
    assert e.event_date == date(2024, 3, 6)
    assert e.actor1 and e.actor1.name == "Military Forces of Jordan"


def test_passive_casualties_are_the_side_hit():
    r = run("Three Iraqi soldiers were killed when a roadside bomb exploded beside their patrol near Tarmiyah, "
            "north of Baghdad, on Thursday, security sources said.")
    e = only(r.events)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert not (e.actor1 and e.actor1.name == "Military Forces of Iraq")


def test_later_that_day_keeps_the_story_day():
    r = run("On March 5, US forces destroyed a drone over the Red Sea.\n\nThe Houthis said nothing.\n\n"
            "Officials gave no details.\n\nShipping firms were alarmed.\n\nInsurers raised rates.\n\nAnalysts commented.\n\n"
            "Later that day, US forces carried out an air strike on a missile launcher near Hodeidah, Yemen.")
    e = next(e for e in r.events if e.location and e.location.country == "YE" and "Hodeidah" in (e.location.text or ""))
    assert e.event_date == date(2024, 3, 5)


def test_habitual_attacks_make_no_event():
    r = run("Supply convoys on the road to Baghdad, Iraq, are periodically targeted by roadside bombs.")
    assert r.events == []


def test_previous_day_counts_from_the_statement_day():
    r = run("The Malian army said on Tuesday that it had struck militant targets in Douentza, Mali, the previous day.")
    e = only(r.events)
    assert e.event_date == date(2024, 3, 4)


def test_launch_and_its_interception_are_one_event():
    r = run("Yemen's Houthis said on Thursday they had launched drones at military targets in Eilat, Israel, on Wednesday.\n"
            "The Israeli military said on Wednesday night that its air defences had intercepted an aerial target approaching Eilat.")
    e = only(r.events)
    assert e.event_date == date(2024, 3, 6)


def test_adjective_after_toward_is_no_attacker():
    r = run("Yemen's Houthi rebels claimed Friday to have launched drones toward the Israeli port city of Eilat.")
    e = only(r.events)
    assert e.actor1 and e.actor1.name == "Ansar Allah"
    assert e.location.name.lower().endswith("eilat")


def test_countryside_is_the_region_not_the_town():
    r = run("Unidentified gunmen shot dead a former rebel commander in Tafas city in western Daraa countryside, Syria, on Thursday evening.")
    e = only(r.events)
    assert abs(e.location.lat - 32.737) < 0.05


def test_page_date_line_is_not_the_story_day():
    r = run("Strikes hit Yemen\n\nFriday, 8 March 2024\n\n"
            "US and British warplanes carried out raids late on Thursday on the port of Hodeidah, Yemen.\n"
            "The United States and Britain have launched a fresh wave of airstrikes on Hodeidah, killing 16 people.")
    e = only(r.events)
    assert e.event_date == date(2024, 3, 7)


def test_tally_with_number_of_is_a_statistic():
    r = run("According to monitor statistics, the number of people killed in Daraa province, Syria, since early 2024 has risen to 312.")
    assert r.events == []
    assert any(s.count == 312 for s in r.statistics)


def test_new_actors_in_the_catalogue():
    r = run("A Ukrainian drone struck a car near Belgorod, Russia, on Thursday, killing one man.")
    assert only(r.events).actor1.name == "Military Forces of Ukraine"
    r = run("The Ta'ang National Liberation Army (TNLA) clashed with the Myanmar military near Lashio, Myanmar, on Thursday.")
    assert only(r.events).actor1.name == "Ta'ang National Liberation Army"


def test_unclaimed_roadside_bomb_is_by_an_unidentified_group():
    r = run("A roadside bomb exploded beside an army patrol near Samawah, Iraq, on Thursday, wounding two soldiers.")
    e = only(r.events)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor1 and e.actor1.name == "Unidentified armed group"


def test_army_claiming_its_warplanes_struck_is_the_attacker():
    r = run("The Sudanese army said its warplanes had struck RSF positions at Nyala airport in South Darfur, Sudan, on Tuesday.")
    e = only(r.events)
    assert e.actor1 and e.actor1.name == "Military Forces of Sudan"
    assert e.actor2 and e.actor2.name == "Rapid Support Forces"


def test_handover_and_ceasefire_are_strategic_developments():
    r = run("An ethnic armed group withdrew from the city of Lashio, Myanmar, on Tuesday and handed control back to the military.")
    assert only(r.events).sub_event_type == "Non-violent transfer of territory"
    r = run("On Monday, the military and the TNLA, another armed group fighting in Myanmar, agreed to a ceasefire at talks in Kunming, China.")
    assert only(r.events).sub_event_type == "Agreement"


def test_place_named_for_an_institution_is_no_location():
    r = run("Israeli air strikes killed 7 people in Khan Younis on Thursday, as the Gaza health ministry said the toll had risen.")
    e = only(r.events)
    assert abs(e.location.lat - 31.34) < 0.05


def test_each_place_takes_its_own_attack_word():
    r = run("Hezbollah said its fighters had attacked an Israeli army position in Metula, Israel, and launched a salvo of "
            "Katyusha rockets at a military base in Kiryat Shmona on Thursday.")
    subs = {e.location.name.lower(): e.sub_event_type for e in r.events}
    assert any("shmona" in k and v == "Shelling/artillery/missile attack" for k, v in subs.items()), subs


def test_offset_at_sea_from_a_reference_town():
    r = run("A merchant vessel was struck by a projectile some 70 nautical miles (130 kilometers) west of the port city of "
            "Hodeidah, Yemen, on Thursday, the UKMTO said.")
    e = only(r.events)
    assert abs(e.location.lon - 41.75) < 0.1 and abs(e.location.lat - 14.8) < 0.1


def test_speaker_who_said_it_attacked_is_the_attacker_and_the_adjective_target_is_hit():
    # the claim cue "said it attacked" ends on the trigger itself; "a US base" names the side hit
    e = only(run("The Islamic Resistance in Iraq said it attacked a US base in Syria with drones on Thursday.").events)
    assert e.actor1 and e.actor1.name == "Islamic Resistance in Iraq"
    assert e.actor2 and e.actor2.name == "Military Forces of the United States"
    e = only(run("Hezbollah said it targeted Israeli soldiers at the Metula position with guided missiles on Thursday.").events)
    assert e.actor1 and e.actor1.name == "Hezbollah"
    assert e.actor2 and e.actor2.name == "Military Forces of Israel"


def test_us_abbreviation_is_a_demonym_attacker():
    e = only(run("A US drone strike killed a commander in Baghdad on Thursday.").events)
    assert e.actor1 and e.actor1.name == "Military Forces of the United States"
    assert e.location and e.location.country == "IQ"


def test_group_named_on_a_target_after_the_trigger_is_hit():
    e = only(run("Rockets were fired at Hezbollah positions near Khiam on Thursday.").events)
    assert not (e.actor1 and e.actor1.name == "Hezbollah")
    assert e.actor2 and e.actor2.name == "Hezbollah"


def test_gunmen_shooting_an_official_is_an_attack():
    e = only(run("Unidentified gunmen shot dead a local official in Daraa on Thursday.").events)
    assert e.sub_event_type == "Attack"


def test_overnight_with_a_weekday_takes_the_weekday():
    e = only(run("An Israeli air strike hit Rafah overnight Tuesday, killing five people.").events)
    assert e.event_date == date(2024, 3, 5)


def test_troops_named_by_their_country_and_houses_blown_up():
    r = run("Overnight, Israeli troops blew up several houses on the outskirts of Houla, in south Lebanon, the NNA reported.")
    e = only(r.events)
    assert e.sub_event_type == "Looting/property destruction"
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Israel"


def test_a_group_that_continues_to_attack_reports_no_one_attack():
    r = run("The group, which lost its last stronghold at Baghuz in Syria years ago, continues to carry out attacks from desert hideouts.")
    assert not r.events


def test_unnamed_attacker_of_a_strike_is_an_unidentified_armed_group():
    e = only(run("A drone struck a car near Qamishli, in northeast Syria, on Thursday, killing two people, medics said.").events)
    assert e.actor1 is not None and e.actor1.name == "Unidentified armed group"
    assert e.actor2 is not None and e.actor2.name == "Civilians"


def test_a_month_alone_is_no_day():
    # "in March" told in July: the month of that year, never a day
    r = run("The army retook the town of Wad Rawah from the rebels in March, officials in Khartoum said.", date(2025, 7, 16))
    assert all(e.event_date is None for e in r.events)
    # but a bare month in a relative clause yields to the day the sentence gives
    r = run("The army said on Sunday its troops had recaptured Singa, which the RSF seized in June.", date(2024, 9, 23))
    assert [e.event_date for e in r.events] == [date(2024, 9, 22)]


def test_a_strike_named_by_its_country_is_that_states():
    r = run("On Tuesday, a US strike on a farm near Jurf al-Sakhar killed three members of Kataib Hezbollah.", date(2024, 8, 7))
    e = only(r.events)
    assert e.actor1.name == "Military Forces of the United States"


def test_a_state_missing_from_the_catalogue_still_gets_its_forces():
    r = run("Security forces killed five militants in a raid near Bannu in northwest Pakistan on Monday, the army said.",
            date(2025, 2, 18))
    assert any(e.actor1 and e.actor1.name == "Military Forces of Pakistan" for e in r.events)


def test_the_days_strikes_are_no_tally():
    r = run("Russian jets carried out more than 30 airstrikes today on hideouts in the desert near Palmyra, Syria.", date(2024, 3, 8))
    assert not r.statistics


def test_a_protests_addressee_is_no_place_and_its_residents_protest_at_home():
    r = run("Hundreds of residents of Zakho rallied outside the town hall on Friday, calling on Baghdad to stop the "
            "Turkish shelling of nearby villages.", date(2024, 8, 16))
    e = only(r.events)
    assert e.event_type == "Protests" and e.location.text == "Zakho"


def test_a_role_or_any_attack_is_no_event():
    assert not [e for e in run("Israel said it had identified the Hezbollah commander responsible for rocket fire on Metula in Lebanon.").events
                if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert not run("Tehran warned that any attack on its nuclear sites in Iran would be met with force.").events


def test_a_wire_dateline_with_two_dashes_is_no_place():
    r = run("MOGADISHU, Oct. 31 (Xinhua) -- Somali troops repulsed an al-Shabab attack on a base near Afgoye on Wednesday, "
            "killing 12 militants, officials said.", date(2024, 10, 31))
    assert {e.location.name for e in r.events} == {"Afgooye"}


def test_condemnation_place_of_speech_and_capital_as_government_add_no_event():
    r = run("Government spokesman Ali Hassan condemned the overnight raids as a violation of sovereignty and said Baghdad "
            "would raise the matter with Washington. The minister told journalists in Mogadishu that talks would go on.",
            date(2023, 11, 23))
    assert not r.events


def test_a_tally_since_the_start_of_the_year_is_a_statistic_not_an_event():
    r = run("More than 400 people were kidnapped in Zamfara and Sokoto states in the first three months of the year, "
            "according to a risk consultancy.", date(2025, 5, 18))
    assert not r.events and [(s.count, s.qualifier) for s in r.statistics] == [(400, "more_than")]


def test_exchanged_heavy_fire_is_a_clash():
    r = run("Pakistani and Afghan border forces exchanged heavy fire at the Torkham crossing late Monday, officials said.",
            date(2025, 3, 4))
    assert [e.sub_event_type for e in r.events] == ["Armed clash"]


def test_the_subject_stands_before_its_apposition_and_jets_strike_targets():
    r = run("The Islamic Resistance in Iraq, a loose alliance of factions opposed to US support for Israel, said it had "
            "launched drones on Wednesday at the Harir air base north of Arbil, Iraq.", date(2023, 11, 23))
    e = only(r.events)
    assert e.actor1.name == "Islamic Resistance in Iraq"
    r = run("In response, Israeli fighter jets struck Hezbollah military structures in Aita al-Shaab, Lebanon, on Monday, the IDF said.",
            date(2024, 4, 23))
    e = only(r.events)
    assert e.actor1.name == "Military Forces of Israel" and e.actor2.name == "Hezbollah"
