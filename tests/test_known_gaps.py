"""Known gaps of the French pipeline: behaviour an analyst would call wrong, found while writing the
component tests. Each test states the right answer and is marked xfail(strict=True), so CI stays
green while the gap exists and turns red (XPASS) the day it is fixed: then drop the marker. The tests
below without a marker are gaps that have been fixed and now guard against their return."""
from __future__ import annotations

from datetime import date

import pytest

from fr_helpers import events, only_event, run_doc


def gap(reason: str):
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


# -- sentences -----------------------------------------------------------------------------

# -- numbers -------------------------------------------------------------------------------

# -- event types and actors ----------------------------------------------------------------

def test_civilians_killed_by_soldiers_is_violence_against_civilians():
    e = only_event("Jeudi, trois civils ont été tués par des tirs de l'armée israélienne à Jénine, en Cisjordanie.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_side_hit_confirming_with_a_possessive_is_confirmed():
    e = only_event("L'armée israélienne a confirmé jeudi qu'une attaque de drone du Hezbollah avait visé "
                  "une de ses bases près de Metoula.")
    assert e.attribution.status == "confirmed"
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Israel"


# -- places --------------------------------------------------------------------------------

# -- merge and dates -----------------------------------------------------------------------

def test_claim_then_place_in_next_sentence_is_one_claimed_drone_strike():
    e = only_event("Mardi, la Résistance islamique en Irak a revendiqué une attaque de drone. "
                  "L'attaque a visé la base d'Aïn al-Assad, dans l'ouest de l'Irak.")
    assert e.sub_event_type == "Air/drone strike"
    assert e.attribution.status == "claimed"
    assert e.location.country == "IQ"
    assert len(e.evidence) == 2


