"""phone-number: personal phone numbers, found with the phonenumbers library for region JP."""
from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

from ..rule import Context

_PERSONAL_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER}
_BUSINESS_TYPES = {PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE,
                   PhoneNumberType.UAN}
# Mobile-shaped even where the block is unassigned (090-0000-0000 is still a mobile to a reader).
_MOBILE_SHAPE = re.compile(r"^(?:[6789]0\d{8})$")
_CONTEXT = 12  # characters before a number that may label it


def check(ctx: Context) -> None:
    doc = ctx.doc
    text = doc.view
    personal = ctx.options.get("personal-labels", [])
    business = ctx.options.get("business-labels", [])
    seen: set[tuple[int, int]] = set()
    for leniency in (Leniency.VALID, Leniency.POSSIBLE):
        for match in PhoneNumberMatcher(text, "JP", leniency=leniency):
            span = (match.start, match.end)
            if any(a < span[1] and span[0] < b for a, b in seen):
                continue
            number = match.number
            national = phonenumbers.national_significant_number(number)
            kind = phonenumbers.number_type(number)
            if leniency == Leniency.POSSIBLE and not _MOBILE_SHAPE.match(national):
                continue  # a merely possible number that is not mobile-shaped: likely a date or an id
            seen.add(span)
            if kind in _BUSINESS_TYPES:
                continue
            before = text[max(0, match.start - _CONTEXT):match.start]
            if any(w in before for w in business):
                continue
            is_mobile = kind in _PERSONAL_TYPES or bool(_MOBILE_SHAPE.match(national))
            if is_mobile or any(w in before for w in personal):
                ctx.report(match.start, match.end, match=text[match.start:match.end])
