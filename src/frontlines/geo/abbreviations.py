"""Abbreviations that name a country or a first-level unit, written for this project.

Matched on the exact written form (case and dots count): "US" is the United States while "us"
is a pronoun and "Us" a French village; "UP" in "(Meerut, UP)" is Uttar Pradesh.
"""

from __future__ import annotations

# Written form → ISO 3166-1 alpha-2.
COUNTRY_CODES: dict[str, str] = {
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "U.S.A": "US",
    "UK": "GB", "U.K.": "GB", "U.K": "GB",
    "DRC": "CD", "DR Congo": "CD", "D.R. Congo": "CD", "DRCongo": "CD",
    "UAE": "AE", "U.A.E.": "AE",
    "KSA": "SA", "PRC": "CN", "ROK": "KR", "DPRK": "KP", "PNG": "PG",
    "BiH": "BA", "RSA": "ZA", "PRK": "KP",
}  # fmt: skip

# Written form → (ISO alpha-2 of the country, a name of the unit the gazetteer knows). Only
# read where a container stands ("(Meerut, UP)", "Wana (SW, KPK)"): elsewhere "MP" is a member
# of parliament, "AP" a news agency and "TN" Tennessee: those are left out.
ADMIN_CODES: dict[str, tuple[str, str]] = {
    "KPK": ("PK", "Khyber Pakhtunkhwa"),
    "KP": ("PK", "Khyber Pakhtunkhwa"),
    "NWFP": ("PK", "Khyber Pakhtunkhwa"),
    "FATA": ("PK", "Khyber Pakhtunkhwa"),
    "AJK": ("PK", "Azad Kashmir"),
    "J&K": ("IN", "Jammu and Kashmir"),
    "UP": ("IN", "Uttar Pradesh"),
    "HP": ("IN", "Himachal Pradesh"),
    "WB": ("IN", "West Bengal"),
    "KZN": ("ZA", "KwaZulu-Natal"),
    "CDMX": ("MX", "Mexico City"),
    "NCT": ("IN", "Delhi"),
}
