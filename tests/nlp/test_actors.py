"""The actor alias table, one family of entries at a time, and generic actor shapes."""

import pytest

from frontlines.nlp.actors import alias_table, find_actor_mentions, generic_name


def names(text: str) -> list[tuple[str, str | None]]:
    return [(m.kind, m.name) for m in find_actor_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Jihadist families: every spelling is one actor.
        ("ISIL fighters attacked", "Islamic State"),
        ("an ISIS cell", "Islamic State"),
        ("IS militants", "Islamic State"),
        ("Daesh claimed it", "Islamic State"),
        ("al-Shabaab gunmen", "Al Shabaab"),
        ("Al Shabab fighters", "Al Shabaab"),
        ("Boko Haram insurgents", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("ISWAP fighters", "Islamic State West Africa Province"),
        # Middle East
        ("the Houthis fired", "Houthi Movement"),
        ("Ansar Allah said", "Houthi Movement"),
        ("Hezbollah fired rockets", "Hezbollah"),
        ("the Syrian Democratic Forces", "SDF: Syrian Democratic Forces"),
        # Africa
        ("the Rapid Support Forces shelled", "RSF: Rapid Support Forces"),
        ("M23 rebels advanced", "M23: March 23 Movement"),
        # Europe and the Americas
        ("the Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel"),
    ],
)
def test_alias_families_normalise(text: str, expected: str) -> None:
    assert ("named", expected) in names(text)


def test_capitalised_acronyms_are_case_sensitive() -> None:
    # "is" the verb must never become the Islamic State.
    assert names("The situation is calm and it is quiet.") == []


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Iraqi security forces raided", "state", "Military Forces of Iraq"),
        ("Kenyan police arrested", "police", "Police Forces of Kenya"),
        ("Iraq’s military said", "state", "Military Forces of Iraq"),
        ("Nigerian troops repelled", "state", "Military Forces of Nigeria"),
        ("US troops withdrew", "state", "Military Forces of the United States"),
    ],
)
def test_state_forces_from_demonyms(text: str, kind: str, name: str) -> None:
    assert (kind, name) in names(text)


def test_joint_forces_are_two_actors() -> None:
    found = names("US and Iraqi forces killed 15 fighters")
    assert ("state", "Military Forces of the United States") in found
    assert ("state", "Military Forces of Iraq") in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Unidentified gunmen shot", "unidentified"),
        ("protesters marched", "protesters"),
        ("a mob lynched", "rioters"),
        ("villagers fled", "civilians"),
        ("Pokot raiders attacked", "identity"),
    ],
)
def test_generic_actor_kinds(text: str, kind: str) -> None:
    assert kind in {k for k, _ in names(text)}


def test_military_base_is_not_an_actor() -> None:
    assert names("an attack against a military base") == []


@pytest.mark.parametrize(
    ("kind", "country", "expected"),
    [
        ("unidentified", "Kenya", "Unidentified Armed Group (Kenya)"),
        ("civilians", "Mali", "Civilians (Mali)"),
        ("police", "United States", "Police Forces of the United States"),
        ("protesters", None, "Protesters (International)"),
    ],
)
def test_generic_names(kind: str, country: str | None, expected: str) -> None:
    assert generic_name(kind, country) == expected


def test_alias_table_is_versioned_and_unambiguous() -> None:
    version, actors = alias_table()
    assert version
    seen: dict[str, str] = {}
    for actor in actors:
        for alias in actor.aliases:
            owner = seen.setdefault(alias.lower(), actor.name)
            assert owner == actor.name, f"alias {alias!r} belongs to two actors"
