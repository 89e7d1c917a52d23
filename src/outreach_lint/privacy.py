"""Masking of personal data in every output, so CI logs never hold a number or an address."""
from __future__ import annotations

import re

_DIGIT = re.compile(r"[0-9０-９]")
_ADDRESS_KEEP = re.compile(r"^.*?(?:都|道|府|県)?.*?(?:市|区|町|村|郡)")


def mask_phone(raw: str) -> str:
    """Keep the first three and last four digits: 090-1234-5678 -> 090-****-5678."""
    positions = [m.start() for m in _DIGIT.finditer(raw)]
    hidden = set(positions[3:-4]) if len(positions) > 7 else set(positions[1:-1])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(raw))


def mask_address(raw: str) -> str:
    """Keep the prefecture and municipality, hide the street part: 東京都渋谷区****."""
    m = _ADDRESS_KEEP.match(raw[:20])
    keep = m.group(0) if m and len(m.group(0)) < len(raw) else ""
    keep = re.sub(r"[0-9０-９]", "*", keep)
    return keep + "****"


def mask(rule_id: str, raw: str) -> str:
    if rule_id == "phone-number":
        return mask_phone(raw)
    return mask_address(raw)
