"""Bytes to text: the encodings Japanese drafts actually come in.

Order of trust: a byte-order mark; ISO-2022-JP's escape sequences; strict UTF-8; CP932 or EUC-JP
when the result reads as text (charset-normalizer decides between them); a UTF-8 file with a few
broken bytes last, keeping those bytes (as lone surrogates) so `--fix` writes them back unchanged.
Anything else is binary or undecodable: the draft is skipped with one line naming it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import InputError
from .lazyre import lazy

# Every message for a draft that is skipped (binary, undecodable) ends with this word; the runner
# counts those apart from missing or unreadable paths.
SKIPPED = "skipped"

# Order matters: the longer BOM (UTF-32) shares its first bytes with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Candidates for text that is not UTF-8, most likely first for short Japanese drafts.
_LEGACY = ("cp932", "euc_jp")
_ISO2022 = ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "iso2022_jp_3")
_ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(I", b"\x1b$(D", b"\x1b$(O", b"\x1b$(Q")
# Files that start like these are not drafts, whatever their name.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive (docx, xlsx...)"),
    (b"\x1f\x8b", "gzip archive"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\x7fELF", "executable"),
)
# Characters that ordinary text does not hold: C0 controls (not tab, line ends, form feed, ESC),
# DEL and C1 controls, private use, the replacement character. A decode full of them is a wrong guess.
_ODD = lazy("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
# Where the non-ASCII characters of real drafts live: Latin, Greek, Cyrillic, punctuation and
# symbols, CJK and kana, Hangul, full-width forms, emoji. Legacy bytes misread as UTF-8 land elsewhere.
_COMMON = lazy("[\u00a0-\u04ff\u2000-\u2bff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe00-\uffef"
                     "\U0001f000-\U0001faff]")
_ESCAPED_SURROGATE = lazy("\udced[\udcb2\udcb3][\udc80-\udcbf]")
# A UTF-8 file is kept with broken bytes only if at most this share of its bytes are broken.
_BROKEN_UTF8_SHARE = 0.02
_SNIFF = 8192
_SHORT = 200  # bytes: below this charset-normalizer's guess between CP932 and EUC-JP is unreliable


@dataclass(frozen=True)
class Decoded:
    text: str  # without the byte-order mark
    encoding: str
    bom: bytes = b""
    # How undecodable bytes were kept: "strict" (none) or KEEP_BROKEN (encoded lone surrogates as
    # themselves, stray bytes as escapes). encode_text uses the same, so a fix round-trips them.
    errors: str = "strict"
    broken_bytes: int = 0


def decode_bytes(data: bytes, name: str = "-") -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec), codec, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {codec.upper()} after its byte-order mark "
                                 f"({exc.reason} at byte {exc.start + len(bom)}), {SKIPPED}") from None
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{name}: binary file ({kind}), {SKIPPED}")
    if any(esc in data for esc in _ISO2022_ESCAPES):
        for codec in _ISO2022:
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Lone surrogates written as UTF-8 by a broken program stay one character each; any other
    # broken byte stays as an escape (U+DC80..U+DCFF). encode_text reverses both exactly.
    escaped = data.decode("utf-8", KEEP_BROKEN)
    # Stray bytes; a lone surrogate from U+DC80..U+DCFF is kept as three escaped bytes, not counted.
    broken = sum(1 for ch in escaped if "\udc80" <= ch <= "\udcff") - 3 * len(_ESCAPED_SURROGATE.findall(escaped))
    if not broken:
        return Decoded(escaped, "utf-8", errors=KEEP_BROKEN)
    # Mostly UTF-8 with a few broken bytes (a file cut mid-character, a stray byte): lint the words
    # that are there; the broken bytes stay as they were. Legacy encodings seldom form valid UTF-8
    # sequences, so valid multi-byte characters outnumbering the broken bytes settle it.
    multibyte = [ch for ch in escaped if ch > "\x7f" and not "\ud800" <= ch <= "\udfff"]
    common = sum(1 for ch in multibyte if _COMMON.match(ch))
    if (len(multibyte) >= broken and common * 10 >= len(multibyte) * 9
            and (broken <= len(data) * _BROKEN_UTF8_SHARE or _cut_utf8(data))):
        return Decoded(escaped, "utf-8", errors=KEEP_BROKEN, broken_bytes=broken)
    candidates = []
    for codec in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            candidates.append((codec, text))
    if len(candidates) == 1:
        return Decoded(candidates[0][1], candidates[0][0])
    if len(candidates) > 1:
        text, codec = _pick_legacy(data, candidates)
        return Decoded(text, codec)
    # Mostly ASCII with a stray byte or two (a Latin-1 é in an English draft): keep the bytes.
    if broken <= max(1, len(data) * _BROKEN_UTF8_SHARE) and _reads_as_text(escaped, ignore_escapes=True):
        return Decoded(escaped, "utf-8", errors=KEEP_BROKEN, broken_bytes=broken)
    raise InputError(f"{name}: cannot decode (not UTF-8, UTF-16, Shift_JIS/CP932, EUC-JP or ISO-2022-JP), "
                     f"{SKIPPED}")


def _cut_utf8(data: bytes) -> bool:
    """UTF-8 whose only flaw is a last character cut short (a truncated download or copy)."""
    for k in (1, 2, 3):
        if len(data) <= k or data[-k] < 0xC0:
            continue
        lead = data[-k]
        needed = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if k >= needed or not all(0x80 <= b < 0xC0 for b in data[len(data) - k + 1:]):
            return False
        try:
            data[:-k].decode("utf-8", "surrogatepass")
            return True
        except UnicodeDecodeError:
            return False
    return False


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0b\x0c\x1b")


def _binary_kind(data: bytes) -> str | None:
    for magic, label in _MAGIC:
        if data.startswith(magic):
            return label
    head = data[:_SNIFF]
    if b"\x00" in data:
        return "NUL bytes"
    # Mostly control characters (no NUL): a binary format, not a draft.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls * 10 > len(head) * 3:
        return "control characters"
    return None


def _reads_as_text(text: str, ignore_escapes: bool = False) -> bool:
    """True when at most 1 % of the characters are ones that ordinary text never holds."""
    if not text:
        return True
    odd = len(_ODD.findall(text))
    if ignore_escapes:
        text_len = len(text) - sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
        return text_len > 0 and odd * 100 <= text_len
    return odd * 100 <= len(text)


def _pick_legacy(data: bytes, candidates: list[tuple[str, str]]) -> tuple[str, str]:
    """Both CP932 and EUC-JP decode the bytes. A long text: ask charset-normalizer which reads as
    Japanese. A short one (where its statistics are thin) or a tie: the one made of commoner
    characters, CP932 when even that ties."""
    if len(data) >= _SHORT:
        from charset_normalizer import from_bytes  # imported here: slow to import, rarely needed

        best = from_bytes(data, cp_isolation=[c for c, _ in candidates], preemptive_behaviour=False).best()
        if best is not None:
            chosen = codecs.lookup(best.encoding).name
            for codec, text in candidates:
                if codecs.lookup(codec).name == chosen:
                    return text, codec
    codec, text = max(candidates, key=lambda c: _japanese_score(c[1]))  # max keeps the first on a tie
    return text, codec


def _japanese_score(text: str) -> float:
    """How much a decode looks like ordinary Japanese: kana, common (JIS level 1) kanji, ASCII and
    full-width punctuation score; half-width punctuation (typical of EUC-JP read as CP932), rare
    kanji (typical of CP932 read as EUC-JP) and odd characters cost."""
    # Scores are per byte of input, so a two-byte kanji and two half-width kana compare fairly.
    score = 0.0
    previous = ""
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
            score += 2
        elif 0x20 <= o < 0x7F or ch in "\t\r\n":
            score += 1
        elif 0xFF61 <= o <= 0xFF65:  # ｡｢｣､･
            score -= 1
        elif ch in "\uff9e\uff9f":  # ﾞﾟ after a half-width kana: real half-width text
            score += 1.5 if "\uff66" <= previous <= "\uff9d" else -1
        elif 0xFF66 <= o <= 0xFF9D:
            score += 0.75
        elif 0x4E00 <= o <= 0x9FFF:
            try:
                code = ch.encode("euc_jp")
            except UnicodeEncodeError:
                code = b""
            score += 2 if len(code) == 2 and 0xB0 <= code[0] < 0xD0 else -1  # JIS level 1 or not
        elif _ODD.match(ch):
            score -= 3
        previous = ch
    return score


def _keep_broken_decode(exc: UnicodeDecodeError):
    data, i = exc.object, exc.start
    chunk = data[i:i + 3]
    if len(chunk) == 3 and chunk[0] == 0xED and 0xA0 <= chunk[1] <= 0xBF and 0x80 <= chunk[2] <= 0xBF:
        code = 0xD000 | (chunk[1] & 0x3F) << 6 | (chunk[2] & 0x3F)
        if not 0xDC80 <= code <= 0xDCFF:  # those would read back as escaped bytes: escape instead
            return chr(code), i + 3
    return chr(0xDC00 + data[i]), i + 1


def _keep_broken_encode(exc: UnicodeEncodeError):
    out = bytearray()
    for ch in exc.object[exc.start:exc.end]:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(code - 0xDC00)
        elif 0xD800 <= code <= 0xDFFF:
            out += ch.encode("utf-8", "surrogatepass")
        else:
            raise exc
    return bytes(out), exc.end


KEEP_BROKEN = "outreach-lint-keep-broken"
codecs.register_error(KEEP_BROKEN, lambda exc: _keep_broken_decode(exc) if isinstance(exc, UnicodeDecodeError)
                      else _keep_broken_encode(exc))


def encode_text(text: str, decoded: Decoded) -> bytes:
    """Encode as the file was: same codec, same byte-order mark, broken bytes as they were."""
    errors = decoded.errors
    if errors == "strict" and decoded.encoding == "utf-8":
        errors = "surrogatepass"  # a fix never adds surrogates, but never crash on one either
    return decoded.bom + text.encode(decoded.encoding, errors)
