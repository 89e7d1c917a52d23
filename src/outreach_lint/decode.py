"""Bytes to text: the encodings Japanese drafts actually come in."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import InputError

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


@dataclass(frozen=True)
class Decoded:
    text: str  # without the byte-order mark
    encoding: str
    bom: bytes = b""


def decode_bytes(data: bytes, name: str = "-") -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec), codec, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {codec} after its byte-order mark ({exc.reason})") from None
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL bytes), skipped")
    if b"\x1b$B" in data or b"\x1b$@" in data:
        try:
            return Decoded(data.decode("iso2022_jp"), "iso2022_jp")
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for codec in _LEGACY:
        try:
            candidates.append((codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        return Decoded(candidates[0][1], candidates[0][0])
    if len(candidates) > 1:
        return Decoded(*_pick_legacy(data, candidates))
    try:
        # A broken UTF-8 file holding encoded lone surrogates: keep them rather than drop the file.
        return Decoded(data.decode("utf-8", "surrogatepass"), "utf-8")
    except UnicodeDecodeError:
        pass
    raise InputError(f"{name}: cannot decode (not UTF-8, UTF-16, Shift_JIS/CP932, EUC-JP or ISO-2022-JP), skipped")


def _pick_legacy(data: bytes, candidates: list[tuple[str, str]]) -> tuple[str, str]:
    """Both CP932 and EUC-JP decode the bytes: ask charset-normalizer which reads as Japanese."""
    from charset_normalizer import from_bytes  # imported here: it is slow to import and rarely needed

    best = from_bytes(data, cp_isolation=[c for c, _ in candidates], preemptive_behaviour=False).best()
    if best is not None:
        chosen = codecs.lookup(best.encoding).name
        for codec, text in candidates:
            if codecs.lookup(codec).name == chosen:
                return text, codec
    codec, text = candidates[0]
    return text, codec


def encode_text(text: str, decoded: Decoded) -> bytes:
    """Encode as the file was: same codec, same byte-order mark."""
    errors = "surrogatepass" if decoded.encoding == "utf-8" else "strict"
    return decoded.bom + text.encode(decoded.encoding, errors)
