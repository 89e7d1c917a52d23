"""Masking of personal data in every output, so CI logs never hold a number or an address."""
from __future__ import annotations

import re
from .lazyre import lazy

_DIGIT = lazy(r"[0-9０-９]")
# Digits as a phone number may be written, disguised ones included (〇九〇-①②③④-⑤⑥⑦⑧).
_PHONE_DIGIT = lazy(r"[0-9０-９〇一二三四五六七八九十①-⑨⓪壱弐参]|(?<=[0-9０-９〇一二三四五六七八九①-⑨\-ー－(（])[oO]|[oO](?=[0-9０-９〇一二三四五六七八九①-⑨\-ー－)）])")
PREFECTURE = (r"(?:北海道|東京都|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟"
              r"|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川"
              r"|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)")
_NAME = r"[^\s0-9０-９\-ー－‐、。,区郡]"  # no ward or district inside a name: 渋谷区神宮前 stops at 区
_ADMIN = lazy(
    rf"(?P<postal>〒?[ \u3000]?[0-9０-９]{{3}}[-ー－‐]?[0-9０-９]{{4}}[ \u3000]*)?(?P<pref>{PREFECTURE})?[ \u3000]?"
    rf"(?P<muni>{_NAME}{{1,6}}?郡{_NAME}{{1,5}}?[町村]|{_NAME}{{1,6}}?市(?:{_NAME}{{1,4}}?区)?|{_NAME}{{1,5}}?区)?"
)


def mask_phone(raw: str) -> str:
    """Keep the first group (at most three digits) and the last four, hide at least three digits:
    090-1234-5678 -> 090-****-5678, 03-1234-5678 -> 03-****-5678, 09012345678 -> 090****5678."""
    positions = [m.start() for m in _PHONE_DIGIT.finditer(raw)]
    n = len(positions)
    head = 0
    while head < min(3, n) and (head == 0 or positions[head] == positions[head - 1] + 1):
        head += 1
    tail = 4
    while n - head - tail < 3 and tail > 1:
        tail -= 1
    while n - head - tail < 3 and head > 0:
        head -= 1
    hidden = set(positions[head:n - tail]) if n - head - tail > 0 else set(positions)
    return "".join("*" if i in hidden else ch for i, ch in enumerate(raw))


def mask_address(raw: str) -> str:
    """Keep the prefecture and municipality, hide the rest: 東京都渋谷区神宮前1-2-3 -> 東京都渋谷区****,
    〒150-0001 横浜市青葉区… -> 〒***-**** 横浜市青葉区****. A town name alone is hidden too."""
    m = _ADMIN.match(raw)
    keep = ""
    if m:
        keep = _DIGIT.sub("*", m.group("postal") or "") + (m.group("pref") or "") + (m.group("muni") or "")
    return keep + "****"


def mask(rule_id: str, raw: str) -> str:
    # Any rule may quote a number (contact-preference points at "070 5512 8834に…"): mask it as one.
    if rule_id == "phone-number" or (rule_id != "home-address" and len(_DIGIT.findall(raw)) >= 6):
        return mask_phone(raw)
    return mask_address(raw)
