"""phone-number: personal phone numbers, found with the phonenumbers matcher for region JP.

A number is personal when it is a mobile, pager or personal (060) number, or when the nearest label
before it (or a bracket right after it) says 自宅/携帯/個人/プライベート. Office, toll-free and
navi-dial numbers, ids, dates and prices stay quiet.
"""
from __future__ import annotations

import re

from ..rule import Context
from ..lazyre import lazy

# phonenumbers is imported by _load(), on the first draft that may hold a number: importing it is
# ~25 ms, an eighth of a one-draft run, and most drafts hold no number.
phonenumbers = Leniency = PhoneNumberMatcher = phonenumbermatcher = None
_PERSONAL_TYPES: frozenset = frozenset()
_SERVICE_TYPES: frozenset = frozenset()


def _load() -> None:
    global phonenumbers, Leniency, PhoneNumberMatcher, phonenumbermatcher, _PERSONAL_TYPES, _SERVICE_TYPES
    if phonenumbers is not None:
        return
    import phonenumbers as pn
    from phonenumbers import phonenumbermatcher as matcher_module

    t = pn.PhoneNumberType
    _PERSONAL_TYPES = frozenset({t.MOBILE, t.PERSONAL_NUMBER, t.PAGER})
    _SERVICE_TYPES = frozenset({t.TOLL_FREE, t.SHARED_COST, t.PREMIUM_RATE, t.UAN})
    Leniency, PhoneNumberMatcher, phonenumbermatcher = pn.Leniency, pn.PhoneNumberMatcher, matcher_module
    phonenumbers = pn
# National significant numbers of service blocks (0120, 0800, 0570, 0990, 0180, 0170), typed or not.
_SERVICE_PREFIX = ("120", "800", "570", "990", "180", "170")
# Mobile-shaped even where the block is unassigned (090-0000-0000 is still a mobile to a reader).
_MOBILE_SHAPE = lazy(r"[6789]0\d{8}")
# Separators the matcher does not know: middle dots (090・1234・5678), half-width ｰ, bars and dashes.
_SEPARATORS = str.maketrans({"・": "-", "･": "-", "ｰ": "-", "―": "-", "‒": "-", "⁃": "-"})
# Disguised digits (opt-in `jargon`): kanji, circled and daiji numerals.
_JARGON = str.maketrans({
    **{c: str(i) for i, c in enumerate("〇一二三四五六七八九")},
    **{c: str(i + 1) for i, c in enumerate("①②③④⑤⑥⑦⑧⑨")},
    "⓪": "0", "十": "0", "壱": "1", "弐": "2", "参": "3",
})
_JARGON_O = lazy(r"(?<=[0-9０-９\-ー－(（])[oO]|[oO](?=[0-9０-９\-ー－)）])")
_URL = lazy(r"https?://[^\s\"'<>）)」]{1,2000}")
_LATIN = lazy(r"[A-Za-zＡ-Ｚａ-ｚ]")
_DIGITS = lazy(r"[0-9０-９]")
_BRACKET_AFTER = lazy(r"[ \u3000]?[（(【\[［]([^）)】\]］\n]{1,10})[）)】\]］]")
_MAX_TRIES = 65535
# Cheap proof that the matcher finds nothing. Without a + sign, a number it accepts as possible has at
# least 7 digits: 8 for a Japanese national number, 010 + country code + 2 for an international one.
# Its digits come from one stretch of the characters the matcher reads (`_D` may become digits: \d and
# letters that parse maps to digits, as in 1-800-FLOWERS; `_P` is its punctuation, plus _SEPARATORS);
# any other character (kana, kanji, most letters) ends a stretch. tests/test_speed_privacy_rules.py
# checks these classes against phonenumbers' own pattern.
_D = r"\dAEINOSTXaeinostxÓóİıſБДОбдоᲁᲂＥＩＮＴＸｅｉｎｔｘ"
_P = "\t #()+,\\-./:;=\\[\\]~\xa0\xad\u0301\u200b‐‑‒–—―⁓\u2060−∼\u3000＃（）＋－．／［］～ー・･ｰ⁃"
_PLAUSIBLE = lazy(f"[+＋]|[{_D}](?:[{_P}]*[{_D}]){{5}}")  # 6 in a stretch: one digit of margin


def check(ctx: Context) -> None:
    doc = ctx.doc
    text = doc.view
    if not _DIGITS.search(text) and not ctx.options.get("jargon", False):
        return
    opts = ctx.options
    jargon = bool(opts.get("jargon", False))
    if not jargon and not _PLAUSIBLE.search(text):
        return
    norm = _normalize(text, jargon)
    if jargon and not _PLAUSIBLE.search(norm):
        return
    labels = _Labels(opts.get("personal-labels", []), opts.get("business-labels", []), opts.get("id-labels", []),
                     opts.get("neutral-labels", []))
    window = int(opts.get("window", 16))
    urls = [m.span() for m in _URL.finditer(text)] if "://" in text else []
    prev_end = 0
    for start, end, number in _numbers(norm):
        if any(a <= start < b for a, b in urls):
            continue
        kind = _classify(number, norm[start:end])
        label = labels.nearest(text, start, end, max(prev_end, start - window))
        prev_end = end
        if kind is None or kind == "service" or label in ("business", "id"):
            continue
        if kind == "personal" and (_id_like(text, start, end) or _quoted_dummy(text, start, end)):
            continue
        if kind == "personal" or label == "personal":
            if (text[start] in "(（" and text.startswith((")", "）"), end)
                    and not any(c in ")）" for c in text[start:end])):
                start += 1  # 携帯（090-1234-5678）: the brackets hold the number, they are not part of it
            ctx.report(start, end, match=doc.text[start:end])


def _normalize(text: str, jargon: bool) -> str:
    """Same length as text, so offsets carry over."""
    norm = text.translate(_SEPARATORS)
    if jargon:
        norm = norm.translate(_JARGON)
        for _ in range(4):  # o/O next to a digit, then next to that one (oO00)
            norm, n = _JARGON_O.subn("0", norm)
            if not n:
                break
    return norm


def _numbers(norm: str):
    """(start, end, PhoneNumber) for each candidate. A merely possible candidate that is not a
    phone-shaped number is retried strictly inside its span (080（７６００）0000.1 -> without .1).

    The matcher reads a number only inside one stretch of its own characters, and what it finds
    there depends on that stretch alone, as long as its shared budget of tries (_MAX_TRIES) lasts.
    So only the plausible stretches are matched, each once per batch (a signature's number recurs);
    when the tries spent there plus the most the other stretches could spend might exhaust the
    budget, the whole text is matched as one, as before."""
    _load()
    plan = _plan(norm)
    if plan is None:
        yield from _scan(norm)[0]
        return
    found, spent = [], plan[1]
    for a, b in plan[0]:
        stretch = norm[a:b]
        known = _STRETCHES.get(stretch)
        if known is None:
            if len(_STRETCHES) >= _STRETCHES_KEPT:
                _STRETCHES.clear()
            known = _STRETCHES[stretch] = _scan(stretch)
        found.append((a, known[0]))
        spent += known[1]
    if spent >= _MAX_TRIES:
        yield from _scan(norm)[0]
        return
    for a, numbers in found:
        for start, end, number in numbers:
            yield a + start, a + end, number


_STRETCH = lazy(f"[{_D}{_P}]+")
_DIGIT = lazy(r"\d")
_STRETCHES: dict[str, tuple] = {}  # stretch -> (numbers, tries spent)
_STRETCHES_KEPT = 2048
_KNOWN_MATCHER: bool | None = None


def _plan(norm: str):
    """(plausible stretches, most tries the others can spend), or None if the matcher's internals
    are not the ones this reasoning is about. Another stretch holds fewer than 6 digits, so at most
    5 candidates, all failing; each spends one try and, per inner pattern, one more than the
    inner groups it tries (at most one per character)."""
    global _KNOWN_MATCHER
    if _KNOWN_MATCHER is None:
        _KNOWN_MATCHER = (hasattr(phonenumbermatcher, "_INNER_MATCHES")
                          and hasattr(PhoneNumberMatcher("", "JP"), "_max_tries"))
    if not _KNOWN_MATCHER:
        return None
    inner = phonenumbermatcher._INNER_MATCHES
    plausible, bound = [], 0
    for m in _STRETCH.finditer(norm):
        a, b = m.span()
        if _PLAUSIBLE.search(norm, a, b):
            plausible.append((a, b))
        else:
            digits = len(_DIGIT.findall(norm, a, b))
            bound += digits * (1 + len(inner) * (1 + b - a))
    return plausible, bound


def _scan(text: str) -> tuple:
    """What the matcher finds in text, and the tries it spent."""
    _load()
    numbers = []
    matcher = PhoneNumberMatcher(text, "JP", leniency=Leniency.POSSIBLE, max_tries=_MAX_TRIES)
    for match in matcher:
        number = match.number
        if _classify(number, match.raw_string) is not None or phonenumbers.is_valid_number(number):
            numbers.append((match.start, match.end, number))
            continue
        inner = text[match.start:match.end]
        for sub in PhoneNumberMatcher(inner, "JP", leniency=Leniency.VALID, max_tries=16):
            numbers.append((match.start + sub.start, match.start + sub.end, sub.number))
    return tuple(numbers), _MAX_TRIES - getattr(matcher, "_max_tries", 0)


def _classify(number, raw: str) -> str | None:
    """personal | service | fixed | None (not a phone number we judge)."""
    digits = "".join(_DIGITS.findall(raw)).translate(_FULLWIDTH)
    international = raw.lstrip("(（ ").startswith(("+", "＋"))
    if not international and not digits.startswith("0"):
        return None  # a national number always starts with 0: 8012345678 is an id
    if not international and digits.startswith("00"):
        return None  # a longer digit run (008076000000) is an id, not a number
    nsn = phonenumbers.national_significant_number(number)
    kind = phonenumbers.number_type(number)
    if number.country_code != 81:
        if kind in _PERSONAL_TYPES:
            return "personal"
        return "fixed" if phonenumbers.is_valid_number(number) else None
    if nsn.startswith("800") and len(nsn) == 10 and _first_group(raw) == 3:
        return "personal"  # 080-0xxx-xxxx is written as a mobile (0800-xxx-xxxx is the toll-free form)
    if kind in _SERVICE_TYPES or nsn.startswith(_SERVICE_PREFIX):
        return "service"
    if nsn.startswith("200") and len(nsn) == 10:
        return None  # 0200 is the 14-digit M2M block; an 11-digit 0200 number does not exist
    if kind in _PERSONAL_TYPES or _MOBILE_SHAPE.fullmatch(nsn):
        return "personal"
    if phonenumbers.is_valid_number(number) or len(nsn) in (9, 10):
        return "fixed"
    return None


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_GROUP = lazy(r"[0-9０-９]+")


def _first_group(raw: str) -> int:
    m = _GROUP.search(raw)
    return len(m.group(0)) if m else 0


def _quoted_dummy(text: str, start: int, end: int) -> bool:
    """is_valid_phone('090-0000-0000'): an all-zero number quoted as a string literal is test data.
    (私の番号は 090-0000-0000 です stands for the writer's number and is still reported.)"""
    digits = [c for c in text[start:end] if c.isdigit()]
    return (len(digits) >= 10 and set(digits[3:]) == {"0"} and start > 0 and end < len(text)
            and text[start - 1] in "'\"" and text[end] == text[start - 1])


def _id_like(text: str, start: int, end: int) -> bool:
    """An unformatted digit run glued to letters on both sides (ab09012345678cd) is an id."""
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    if not (_LATIN.match(before) and _LATIN.match(after)):
        return False
    return not re.search(r"[^0-9０-９]", text[start:end])


class _Labels:
    """The nearest word before a number decides what it is; 社用の携帯 is a business phone."""

    def __init__(self, personal, business, ids, neutral):
        self.classes = [("personal", list(personal)), ("business", list(business)), ("id", list(ids)),
                        ("neutral", list(neutral))]

    def _nearest_in(self, window: str):
        best = None  # (end, length, class, start)
        for name, words in self.classes:
            for word in words:
                pos = window.rfind(word)
                if pos < 0:
                    continue
                key = (pos + len(word), len(word), name, pos)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best is None:
            return None
        _, _, name, pos = best
        if name == "personal":
            # 仕事用の携帯, 会社の携帯, 社用スマホ: a business word just before the label wins.
            head = window[max(0, pos - 4):pos]
            if any(w in head for w in self.classes[1][1]):
                return "business"
        return None if name == "neutral" else name

    def nearest(self, text: str, start: int, end: int, lo: int) -> str | None:
        after = _BRACKET_AFTER.match(text, end)
        if after:
            found = self._nearest_in(after.group(1))
            if found:
                return found
        window = text[lo:start]
        nl = window.rfind("\n")
        if nl >= 0:
            tail = window[nl + 1:]
            if tail.strip(" \t\u3000:：（(）)"):
                window = tail
            else:
                # The number opens its line: a short line above (自宅：) may label it.
                above = window[:nl].rstrip("\r")
                above = above[above.rfind("\n") + 1:]
                window = above + tail if len(above.strip()) <= 12 else tail
        found = self._nearest_in(window)
        if found is None and text[max(0, start - 2):start].rstrip(" \u3000").endswith("。"):
            # 自宅の電話番号もお伝えしておきます。0266-52-3187です。: the sentence before names it.
            before = text[max(0, start - 40):start].rstrip(" \u3000")[:-1]
            cut = max(before.rfind("。"), before.rfind("\n"))
            before = before[cut + 1:]
            if "番号" in before or "電話" in before:
                found = self._nearest_in(before)
        return found
