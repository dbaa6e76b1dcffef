"""Phone numbers checked and put in international format, the plainest writings without phonenumbers' parse.

An import checks two numbers a row; phonenumbers' parse, validity check
and formatting cost ~20 µs a number, nearly all of it Python calls around
a few regular expressions. A number written as "+", a country code and
digits, or as digits in the default region's national form (spaces and
hyphens between them), is read here from phonenumbers' own metadata by its
rules, step for step: the national prefix taken off as parse takes it, the
lengths and patterns is_possible_number and is_valid_number test, the
format format_number chooses (~7 µs). Anything else (letters, brackets, an
extension, an international dialling prefix, a leading zero, a code of no
region, a national number that starts with its own country code, a prefix
rewritten by a transform rule) is left to phonenumbers, and so is a number
found wrong (phonenumbers says how): `quick_phone` answers None.
tests/core/services/test_phone_check.py compares both over the demo's and
the tests' numbers, every region's example numbers and random digits.
"""

from __future__ import annotations

import functools
import re

_PLAIN = re.compile(r"\+?[0-9](?:[ -]?[0-9])*\Z")
_SEPARATORS = str.maketrans("", "", " -")
MIN_NSN, MAX_NSN, MAX_CODE = 2, 17, 3  # phonenumbers' _MIN_LENGTH_FOR_NSN, _MAX_LENGTH_FOR_NSN, country codes


class _Region:
    """One region's metadata, compiled once: what the fast path reads of it."""

    def __init__(self, metadata):
        general = metadata.general_desc
        self.code = metadata.country_code
        self.general = _desc(general)
        self.lengths = tuple(general.possible_length)
        self.local_lengths = tuple(general.possible_length_local_only)
        self.types = [d for d in map(_desc, _type_descs(metadata)) if d is not None]
        self.by_length: dict[int, re.Pattern | None] = {}
        self.prefix = re.compile(metadata.national_prefix_for_parsing) if metadata.national_prefix_for_parsing else None
        self.transforms = bool(metadata.national_prefix_transform_rule)
        self.idd = re.compile(metadata.international_prefix) if metadata.international_prefix else None
        self.leading = re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None
        formats = metadata.intl_number_format or metadata.number_format
        self.formats = [(re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None,
                         re.compile(f.pattern), f.format) for f in formats]

    def matches(self, nsn: str) -> bool:
        """phonenumbers' _number_type_helper(nsn) != UNKNOWN: the general pattern and one type's."""
        if not _matching(nsn, self.general):
            return False
        size = len(nsn)
        if size not in self.by_length:
            self.by_length[size] = _either(desc[1] for desc in self.types if not desc[0] or size in desc[0])
        either = self.by_length[size]
        return either is not None and either.fullmatch(nsn) is not None

    def length_result(self, nsn: str) -> str:
        """phonenumbers' _test_number_length for any type: "possible", "local", "short", "long" or "invalid"."""
        size, lengths = len(nsn), self.lengths
        if size in self.local_lengths:
            return "local"
        if lengths[0] == size:
            return "possible"
        if lengths[0] > size:
            return "short"
        if lengths[-1] < size:
            return "long"
        return "possible" if size in lengths[1:] else "invalid"

    def strip_prefix(self, digits: str) -> str | None:
        """The national number as parse keeps it after its national prefix; None: left to phonenumbers."""
        found = self.prefix.match(digits) if self.prefix and digits else None
        if found is None:
            return digits
        if self.transforms:
            return None
        rest = digits[found.end():]
        if _matching_pattern(digits, self.general) and not _matching_pattern(rest, self.general):
            return digits
        return rest if self.length_result(rest) in ("possible", "long") else digits

    def international(self, nsn: str) -> str:
        """format_number(..., INTERNATIONAL): the first of the region's formats that fits the number."""
        for leading, pattern, rule in self.formats:
            if (leading is None or leading.match(nsn)) and pattern.fullmatch(nsn):
                return f"+{self.code} {pattern.sub(rule, nsn)}"  # sub keeps the rule parsed; expand would not
        return f"+{self.code} {nsn}"


def _type_descs(metadata):
    return (metadata.premium_rate, metadata.toll_free, metadata.shared_cost, metadata.voip,
            metadata.personal_number, metadata.pager, metadata.uan, metadata.voicemail, metadata.fixed_line,
            metadata.mobile)


def _desc(desc):
    """(possible lengths, compiled pattern) of a number description, None when it matches nothing."""
    if desc is None or not desc.national_number_pattern:
        return None
    return tuple(desc.possible_length), re.compile(desc.national_number_pattern)


def _either(patterns) -> re.Pattern | None:
    """One pattern that matches what any of `patterns` matches (one regular expression call, not ten)."""
    sources = [f"(?:{pattern.pattern})" for pattern in patterns]
    return re.compile("|".join(sources)) if sources else None


def _matching(nsn: str, desc) -> bool:
    return desc is not None and (not desc[0] or len(nsn) in desc[0]) and desc[1].fullmatch(nsn) is not None


def _matching_pattern(nsn: str, desc) -> bool:
    return desc is not None and desc[1].fullmatch(nsn) is not None


_regions: dict[str, _Region | None] = {}


@functools.cache
def _tables() -> tuple[dict[int, tuple[str, ...]], set[str]]:
    """phonenumbers' country code → regions and its regions, imported on the first number, not at start-up."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, SUPPORTED_REGIONS

    return COUNTRY_CODE_TO_REGION_CODE, SUPPORTED_REGIONS


def _codes() -> dict[int, tuple[str, ...]]:
    return _tables()[0]


def _region(code: str) -> _Region | None:
    if code not in _regions:
        from phonenumbers.phonemetadata import PhoneMetadata

        metadata = PhoneMetadata.metadata_for_region(code, None)
        _regions[code] = _Region(metadata) if metadata is not None else None
    return _regions[code]


def quick_phone(value: str, region: str) -> str | None:
    """A plainly written valid number in international format, or None: ask phonenumbers.

    `value` is stripped; `region` is the default region for a number without "+".
    """
    if _PLAIN.match(value) is None:
        return None
    digits = value.translate(_SEPARATORS)
    if len(digits) < 4:  # near phonenumbers' least viable number (three digits): left to it
        return None
    found = _international(digits[1:]) if digits[0] == "+" else _national(digits, region)
    if found is None:
        return None
    code, nsn, main = found
    if not MIN_NSN <= len(nsn) <= MAX_NSN or nsn[0] == "0":
        return None
    if main.length_result(nsn) not in ("possible", "local") or not _valid(code, nsn):
        return None
    return main.international(nsn)


def _international(digits: str):
    """(country code, national number, the code's main region) of the digits after "+", or None."""
    codes = _codes()
    if len(digits) <= MIN_NSN or digits[0] == "0":
        return None
    for size in range(1, MAX_CODE + 1):
        code = int(digits[:size])
        if code in codes:
            main = codes[code][0]
            region = _region(main) if main != "001" else None
            nsn = region.strip_prefix(digits[size:]) if region and len(digits) - size >= MIN_NSN else None
            return None if nsn is None else (code, nsn, region)
    return None


def _national(digits: str, region_code: str):
    """(country code, national number, the code's main region) of digits in `region_code`'s national form, or None."""
    if region_code not in _tables()[1] or len(digits) < MIN_NSN:
        return None
    region = _region(region_code)
    if region is None or (region.idd and region.idd.match(digits)) or digits.startswith(str(region.code)):
        return None
    nsn = region.strip_prefix(digits)
    main = _region(_codes()[region.code][0])
    return None if nsn is None or main is None else (region.code, nsn, main)


def _valid(code: int, nsn: str) -> bool:
    """phonenumbers' is_valid_number: the region the number belongs to (the first of a shared code's that
    claims it), then its patterns."""
    regions = _codes()[code]
    if len(regions) == 1:
        region = _region(regions[0])
        return region is not None and region.matches(nsn)
    for name in regions:
        region = _region(name)
        if region is None:
            continue
        if region.leading is not None:
            if region.leading.match(nsn):
                return region.matches(nsn)
        elif region.matches(nsn):
            return True
    return False
