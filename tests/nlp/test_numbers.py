import pytest

from frontlines.nlp.numbers import Quantity, parse_quantity, to_int, too_large, victim_count


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("15", Quantity(15, 15, 15)),
        ("fifteen", Quantity(15, 15, 15)),
        ("twenty-one", Quantity(21, 21, 21)),
        ("two hundred", Quantity(200, 200, 200)),
        ("1,400", Quantity(1400, 1400, 1400)),
        ("at least five", Quantity(5, 5, 5)),
        ("more than 80", Quantity(80, 80, 88)),
        ("8-10", Quantity(8, 8, 10)),
        ("five or six", Quantity(5, 5, 6)),
        ("between 43 and 52", Quantity(43, 43, 52)),
        ("seventeen", Quantity(17, 17, 17)),
        ("up to eight", Quantity(8, 8, 8)),
        ("about 30", Quantity(27, 30, 33)),
        ("several", Quantity(3, 3, 9, vague=True)),
        ("dozens", Quantity(12, 24, 99, vague=True)),
        ("hundreds", Quantity(100, 200, 999, vague=True)),
        ("a man", None),
        ("", None),
        ("soldiers", None),
    ],
)
def test_parse_quantity(phrase: str, expected: Quantity | None) -> None:
    assert parse_quantity(phrase) == expected


@pytest.mark.parametrize(("token", "value"), [("7", 7), ("seven", 7), ("1,000", 1000), ("x", None)])
def test_to_int(token: str, value: int | None) -> None:
    assert to_int(token) == value


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("12", Quantity(12, 12, 12)),
        ("at least 40", Quantity(40, 40, 40)),
        ("90,000", Quantity(90_000, 90_000, 90_000)),
        ("1,000,000,000", None),  # no event has that many victims: no figure at all
        ("250000", None),
        ("a crowd", None),
    ],
)
def test_victim_count(phrase: str, expected: Quantity | None) -> None:
    assert victim_count(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "large"), [("1,000,000,000", True), ("300000", True), ("3,000", False), ("x", False)]
)
def test_too_large(phrase: str, large: bool) -> None:
    assert too_large(phrase) is large
