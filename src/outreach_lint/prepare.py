"""What part of a file is the user's prose.

- Markdown (*.md): front matter, fenced and indented code, inline code, link targets, reference
  definitions, autolinks, HTML comments and tags are excluded; front matter may set `platform:`.
- E-mail (*.eml, or an RFC 822 message given with --platform email): headers are excluded except
  the Subject value; only inline text/plain parts are linted (HTML, attachments and forwarded
  messages are not); quoted earlier messages are excluded on the email platform in any file type
  (lines starting with > and the block after 「…wrote:」/「…のメール:」/-----Original Message-----).

Positions: excluded spans are blanked, so offsets stay those of the file. When the file does not
hold the prose as text (a base64 or quoted-printable body, a MIME encoded-word Subject), the linted
text is a rendering of the file: decoded parts replace their encoded bytes, each other line keeps
its place (a decoded Subject stays on the Subject line; a decoded body starts on the body's first
line and is padded with empty lines to the encoded body's length, so the lines after it keep their
numbers). `segments` then says which stretches of the linted text are verbatim copies of the file:
--fix applies fixes only there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ConfigError
from .lazyre import lazy


@dataclass
class Prepared:
    excluded: list[tuple[int, int]] = field(default_factory=list)
    platform: str | None = None
    # The text to lint when it differs from the file's text (decoded e-mail parts), else None.
    text: str | None = None
    # (lint offset, file offset, length): stretches of `text` copied verbatim from the file.
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    # What the rendering changed, for messages (e.g. "base64 body").
    decoded_parts: list[str] = field(default_factory=list)

    def to_file(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a span of the linted text to the file's text; None where it was decoded."""
        if self.text is None:
            return start, end
        for lint_at, file_at, length in self.segments:
            if lint_at <= start and end <= lint_at + length:
                return file_at + start - lint_at, file_at + end - lint_at
        return None


def prepare(text: str, path: str, platform: str | None = None) -> Prepared:
    """`platform` is the draft's platform when known (quoted mail is excluded only on email)."""
    lower = path.lower()
    if lower.endswith(".eml") or (platform == "email" and looks_like_message(text)):
        return _prepare_email(text)
    if lower.endswith((".md", ".markdown")):
        prepared = _prepare_markdown(text, path)
    else:
        prepared = Prepared()
    if platform == "email":
        prepared.excluded = _merge(prepared.excluded + _plain_subject_label(text)
                                   + quoted_spans(text, _front_matter_end(text), len(text)))
    return prepared


# -- lines -----------------------------------------------------------------------------------------
_LINE = lazy(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _lines(text: str, start: int = 0, end: int | None = None):
    """(line start, content end, next line start) for each line in text[start:end]."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        m = _LINE.match(text, pos, end)
        content_end = m.end()
        while content_end > m.start() and text[content_end - 1] in "\r\n":
            content_end -= 1
        yield pos, content_end, m.end()
        if m.end() == pos:
            break
        pos = m.end()


# -- Markdown --------------------------------------------------------------------------------------
_FENCE_OPEN = lazy(r" {0,3}(`{3,}|~{3,})")
_FRONT_PLATFORM = lazy(r"""^platform\s*:\s*["']?([\w\-]+)["']?\s*(?:#.*)?$""", re.M)
_LIST_ITEM = lazy(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:\s|$)")
_BACKTICKS = lazy(r"`+")
# Bounded repeats: every scan stays linear on pathological input.
_INLINE = lazy(
    r"""(?P<autolink><(?:https?|mailto|ftp):[^<>\s]{0,2000}>|<[\w.+\-]{1,200}@[\w\-]{1,200}(?:\.[\w\-]{1,63}){1,10}>)"""
    r"""|(?P<target>(?<=\])\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}"""
    r"""(?:\s{1,20}(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?\s{0,20}\))"""
    r"""|(?P<ref>(?<=\])\[[^\[\]\n]{0,200}\])"""
    r"""|(?P<tag></?[A-Za-z][A-Za-z0-9\-]{0,30}(?:\s[^<>]{0,500})?/?>)""",
)
_REF_DEF = lazy(r" {0,3}\[[^\]]{1,200}\]:[ \t]*[!-~]+(?:[ \t].*)?")


def _prepare_markdown(text: str, path: str) -> Prepared:
    prepared = Prepared()
    blocks: list[tuple[int, int]] = []  # front matter, code blocks, reference definitions
    lines = list(_lines(text))
    i = 0
    front = _front_matter_end(text)
    if front:
        m = _FRONT_PLATFORM.search(text, 0, front)
        if m:
            prepared.platform = _front_platform(m.group(1), path)
        blocks.append((0, front))
        while i < len(lines) and lines[i][0] < front:
            i += 1
    paragraphs: list[tuple[int, int]] = []
    previous_blank = True
    in_list = False
    while i < len(lines):
        start, content_end, nxt = lines[i]
        line = text[start:content_end]
        fence = _FENCE_OPEN.match(line)
        if fence and not (fence.group(1)[0] == "`" and "`" in line[fence.end():]):
            mark = fence.group(1)
            j = i + 1
            while j < len(lines) and not _closes_fence(text[lines[j][0]:lines[j][1]], mark):
                j += 1
            blocks.append((start, lines[j][2] if j < len(lines) else len(text)))
            i = j + 1
            previous_blank = True
            continue
        if previous_blank and not in_list and _indented_code(line):
            last = j = i
            while j < len(lines):
                candidate = text[lines[j][0]:lines[j][1]]
                if candidate.strip() and not _indented_code(candidate):
                    break
                if candidate.strip():
                    last = j
                j += 1
            blocks.append((start, lines[last][2]))
            i = last + 1
            previous_blank = True
            continue
        if _REF_DEF.fullmatch(line):
            blocks.append((start, nxt))
        elif line.strip():
            # Consecutive prose lines form a paragraph: code spans and links may wrap.
            if paragraphs and paragraphs[-1][1] == start:
                paragraphs[-1] = (paragraphs[-1][0], nxt)
            else:
                paragraphs.append((start, nxt))
            if _LIST_ITEM.match(line):
                in_list = True
            elif not line.startswith((" ", "\t")):
                in_list = False
        previous_blank = not line.strip()
        i += 1
    excluded = list(blocks)
    comments = _html_comments(text, blocks)
    excluded += comments
    for a, b in paragraphs:
        excluded += _inline_spans(text, a, b, comments)
    prepared.excluded = _merge(excluded)
    return prepared


def _front_matter_end(text: str) -> int:
    """End offset of a leading --- front matter block (0 when there is none)."""
    lines = _lines(text)
    first = next(lines, None)
    if first is None or text[first[0]:first[1]].lstrip("\ufeff").rstrip() != "---":
        return 0
    for ls, le, nxt in lines:
        if text[ls:le].rstrip() in ("---", "..."):
            return nxt
    return 0


def _closes_fence(line: str, mark: str) -> bool:
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3:
        return False
    run = len(stripped) - len(stripped.lstrip(mark[0]))
    return run >= len(mark) and not stripped[run:].strip()


def _indented_code(line: str) -> bool:
    return line.startswith(("    ", "\t")) and bool(line.strip())


def _html_comments(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """<!-- … --> outside code blocks, across lines (one linear sweep)."""
    import bisect

    starts = [a for a, _ in blocks]
    spans = []
    pos = text.find("<!--")
    while pos >= 0:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < blocks[k][1]:
            pos = text.find("<!--", blocks[k][1])
            continue
        close = text.find("-->", pos + 4)
        if close < 0:
            break
        spans.append((pos, close + 3))
        pos = text.find("<!--", close + 3)
    return spans


def _inline_spans(text: str, start: int, end: int, comments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    import bisect

    spans = _code_spans(text, start, end)
    covered = sorted(spans + [c for c in comments if c[0] < end and start < c[1]])
    starts = [a for a, _ in covered]
    for m in _INLINE.finditer(text, start, end):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < covered[k][1]:
            continue
        if m.group("tag") and not _looks_like_html(m.group("tag")):
            continue  # <名前> or <3 in prose is not HTML
        spans.append(m.span())
    return spans


def _code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`code`: a backtick run up to the next run of the same length (CommonMark), linear time."""
    import bisect

    runs = [(m.start(), m.end() - m.start()) for m in _BACKTICKS.finditer(text, start, end)]
    by_length: dict[int, list[int]] = {}
    for index, (_, length) in enumerate(runs):
        by_length.setdefault(length, []).append(index)
    spans = []
    k = 0
    while k < len(runs):
        at, length = runs[k]
        same = by_length[length]
        nxt = bisect.bisect_right(same, k)
        if nxt < len(same):
            close = same[nxt]
            spans.append((at, runs[close][0] + length))
            k = close + 1
        else:
            k += 1
    return spans


_HTML_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "details", "div", "em", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "s", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul", "center", "font", "iframe",
    "picture", "source", "video", "audio", "figure", "figcaption", "section", "article", "header", "footer",
}


def _looks_like_html(tag: str) -> bool:
    name = re.match(r"</?([A-Za-z][A-Za-z0-9\-]*)", tag).group(1).lower()
    return name in _HTML_TAGS


def _front_platform(value: str, path: str) -> str:
    from .rule import PLATFORMS

    value = value.strip().lower()
    if value not in PLATFORMS:
        raise ConfigError(f"{path}: front matter platform: unknown platform {value!r} "
                          f"(expected one of {', '.join(PLATFORMS)})")
    return value


# -- quoted mail -----------------------------------------------------------------------------------
_QUOTE = lazy(r"[ \t\u3000]*[>＞]")
# Attribution lines are short; longer lines are prose (and regexes stay cheap on huge lines).
_ATTRIBUTION_MAX = 300
_ATTRIBUTION = lazy(
    r"(?:\bwrote|書きました|書かれました)\s*[:：]\s*$"
    # Apple Mail: "2024/01/15 10:00、山田 <taro@example.com>のメール:" (a date or an address in the line).
    r"|^(?=.*[\d@]).*(?:のメール|のメッセージ)\s*[:：]\s*$"
    r"|^\s*(?:On|Le|Am|El)\s.{6,}\bwrote\b.*$"
    r"|^\s*\d{4}[年/\-.]\s?\d{1,2}[月/\-.]\s?\d{1,2}.*<[^<>\s@]+@[^<>\s]+>\s*[:：]?\s*$"
    r"|^\s*-{2,}\s*(?:Original Message|Forwarded [Mm]essage|元のメッセージ|転送メッセージ|転送されたメッセージ|"
    r"Reply Message|返信元メッセージ)\s*-{2,}\s*$",
    re.I,
)
_ORIGINAL_MARK = lazy(
    r"^\s*-{2,}\s*(?:Original Message|Forwarded [Mm]essage|元のメッセージ|転送メッセージ|転送されたメッセージ)", re.I)
_OUTLOOK_FROM = lazy(r"^\s*(?:From|差出人|送信者)\s*[:：]\s*\S")
_OUTLOOK_NEXT = lazy(r"^\s*(?:Sent|Date|To|送信日時|日時|日付|宛先|件名|Subject)\s*[:：]")
_ON_DATE = lazy(r"^\s*(?:On|Le|Am|El)\s+\S.*[^。．.!?！？]$")


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted earlier messages inside text[start:end]: > lines, and what follows an attribution.

    An attribution followed by > lines excludes itself and those lines (the user may answer
    below); one followed by unquoted text (Outlook style, or a forwarded message) excludes the
    rest of the region. Spans cover whole lines, line breaks included."""
    lines = list(_lines(text, start, end))
    spans: list[tuple[int, int]] = []
    seen_prose = False  # a From:/To: block at the top is the draft's own header, not Outlook's quote
    i = 0
    while i < len(lines):
        ls, le, nxt = lines[i]
        line = text[ls:le]
        if _QUOTE.match(line):
            spans.append((ls, nxt))
            i += 1
            continue
        if len(line) > _ATTRIBUTION_MAX:
            seen_prose = True
            i += 1
            continue
        attribution = bool(_ATTRIBUTION.search(line))
        outlook = seen_prose and bool(_OUTLOOK_FROM.match(line)) and any(
            _OUTLOOK_NEXT.match(text[a:b]) for a, b, _ in lines[i + 1:i + 4])
        if outlook:
            # Outlook puts a rule of underscores or dashes above its header block.
            first = i - 1 if i > 0 and re.fullmatch(r"\s*[_\-─━]{8,}\s*", text[lines[i - 1][0]:lines[i - 1][1]]) else i
            spans.append((lines[first][0], end))
            break
        if attribution:
            first = i
            # "On Mon, 1 Jan 2024, Taro <taro@example.com>\nwrote:" wraps the attribution.
            if i > 0 and _ON_DATE.match(text[lines[i - 1][0]:lines[i - 1][1]]) and not _ON_DATE.match(line):
                first = i - 1
            j = i + 1
            while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
                j += 1
            if _ORIGINAL_MARK.match(line) or j >= len(lines) or not _QUOTE.match(text[lines[j][0]:lines[j][1]]):
                spans.append((lines[first][0], end))
                break
            spans.append((lines[first][0], nxt))
        elif line.strip():
            seen_prose = True
        i += 1
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# -- e-mail ----------------------------------------------------------------------------------------
_HEADER_FIELD = lazy(r"[!-9;-~]+[ \t]*:")
_KNOWN_HEADERS = lazy(
    r"(?:from|to|cc|bcc|subject|date|reply-to|sender|message-id|mime-version|content-type|"
    r"content-transfer-encoding|return-path|received|delivered-to|in-reply-to|references|x-[\w\-]+)[ \t]*:",
    re.I,
)
_SUBJECT_PREFIX = lazy(r"(?:\s*(?:re|fw|fwd|aw|sv|vs|tr|返信|転送)\s*(?:\[\d+\])?\s*[:：])+\s*", re.I)
_PLAIN_SUBJECT = lazy(r"[ \t\u3000]*(?:件名|Subject)[ \t\u3000]*[:：][ \t\u3000]*", re.I)


def looks_like_message(text: str) -> bool:
    """An RFC 822 header block at the top: the first line a known header, and a Subject, From or
    To before the first empty line."""
    head = text.lstrip("\ufeff")
    if not _KNOWN_HEADERS.match(head):
        return False
    block_end = _header_end(head, 0, len(head))
    block = head[:block_end]
    return bool(re.search(r"^(?:subject|from|to)[ \t]*:", block, re.I | re.M)) and all(
        _HEADER_FIELD.match(head[a:b]) or head[a:a + 1] in (" ", "\t") for a, b, _ in _lines(head, 0, block_end))


def _header_end(text: str, start: int, end: int) -> int:
    """Offset where the header block that starts at `start` ends (the start of its empty line)."""
    for ls, le, nxt in _lines(text, start, end):
        if ls == le:
            return ls
        if not (_HEADER_FIELD.match(text, ls, le) or text[ls:ls + 1] in (" ", "\t")):
            return ls  # not a header: a message without the empty line
    return end


def _headers(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """(lower-case name, line start, value start, end incl. continuation lines, excl. last break)."""
    out = []
    for ls, le, nxt in _lines(text, start, end):
        if text[ls:ls + 1] in (" ", "\t") and out:
            name, a, v, _ = out[-1]
            out[-1] = (name, a, v, le)
            continue
        m = _HEADER_FIELD.match(text, ls, le)
        if m:
            value_start = m.end()
            while value_start < le and text[value_start] in " \t":
                value_start += 1
            out.append((text[ls:m.end() - 1].strip().lower(), ls, value_start, le))
    return out


def find_subject(text: str) -> tuple[int, int] | None:
    """The span of the Subject's words in a linted e-mail text (after Re:/Fwd: prefixes), or None.

    Works on what prepare() renders: an RFC 822 header block, or a plain draft whose first
    line is 件名：… or Subject: …"""
    head = text.lstrip("\ufeff")
    shift = len(text) - len(head)
    if _KNOWN_HEADERS.match(head):
        for name, _, value_start, value_end in _headers(head, 0, _header_end(head, 0, len(head))):
            if name == "subject":
                return _subject_words(text, value_start + shift, value_end + shift)
        return None
    for ls, le, _ in _lines(text, _front_matter_end(text)):
        if text[ls:le].strip():
            m = _PLAIN_SUBJECT.match(text, ls, le)
            return _subject_words(text, m.end(), le) if m else None
    return None


def _subject_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    m = _SUBJECT_PREFIX.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] in " \t\u3000\r\n":
        end -= 1
    return (start, end) if end > start else None


def subject_text(text: str, span: tuple[int, int]) -> str:
    """The subject as read: a folded header unfolded."""
    return re.sub(r"\r?\n[ \t]+", " ", text[span[0]:span[1]])


def _plain_subject_label(text: str) -> list[tuple[int, int]]:
    """A plain e-mail draft whose first line is 件名：…: the label is not prose."""
    for ls, le, _ in _lines(text, _front_matter_end(text)):
        if text[ls:le].strip():
            m = _PLAIN_SUBJECT.match(text, ls, le)
            if not m:
                return []
            prefix = _SUBJECT_PREFIX.match(text, m.end(), le)
            return [(ls, prefix.end() if prefix else m.end())]
    return []


class _Render:
    """Builds the linted text from pieces of the file (verbatim) and decoded replacements."""

    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[tuple[int, int, int]] = []
        self.excluded: list[tuple[int, int]] = []
        self.prose: list[tuple[int, int]] = []  # body regions, in linted offsets
        self.replaced = False
        self.decoded_parts: list[str] = []

    def copy(self, start: int, end: int, kind: str = "prose") -> None:
        if end <= start:
            return
        at = self.length
        self.parts.append(self.source[start:end])
        self.length += end - start
        if self.segments and self.segments[-1][0] + self.segments[-1][2] == at and \
                self.segments[-1][1] + self.segments[-1][2] == start:
            lint_at, file_at, length = self.segments[-1]
            self.segments[-1] = (lint_at, file_at, length + end - start)
        else:
            self.segments.append((at, start, end - start))
        self._mark(at, self.length, kind)

    def insert(self, text: str, kind: str) -> None:
        if not text:
            return
        at = self.length
        self.parts.append(text)
        self.length += len(text)
        self.replaced = True
        self._mark(at, self.length, kind)

    def _mark(self, a: int, b: int, kind: str) -> None:
        if kind == "excluded":
            self.excluded.append((a, b))
        elif kind == "body":
            self.prose.append((a, b))

    def text(self) -> str:
        return "".join(self.parts)


def _prepare_email(text: str) -> Prepared:
    render = _Render(text)
    offset = len(text) - len(text.lstrip("\ufeff"))
    render.copy(0, offset, "excluded")
    _render_entity(render, text, offset, len(text), top=True)
    out = render.text()
    prepared = Prepared(platform="email", decoded_parts=render.decoded_parts)
    excluded = list(render.excluded)
    for a, b in render.prose:
        excluded += quoted_spans(out, a, b)
    prepared.excluded = _merge(excluded)
    if render.replaced:
        prepared.text = out
        prepared.segments = render.segments
    return prepared


def _line_break(text: str) -> str:
    m = re.search(r"\r\n|\r|\n", text)
    return m.group(0) if m else "\n"


def _render_entity(render: _Render, text: str, start: int, end: int, top: bool = False, depth: int = 0) -> None:
    """One MIME entity (the message, or a part): its header block, then its body."""
    import email
    from email import policy

    header_end = _header_end(text, start, end)
    header_text = text[start:header_end]
    try:
        msg = email.message_from_string(header_text, policy=policy.default)
        ctype = msg.get_content_type() if header_text.strip() else "text/plain"
        disposition = msg.get_content_disposition()
        boundary = msg.get_param("boundary")
        charset = msg.get_content_charset()
        cte = str(msg.get("content-transfer-encoding", "7bit")).strip().lower()
    except Exception:  # a malformed header must not stop the lint; treat the part as plain text
        msg, ctype, disposition, boundary, charset, cte = None, "text/plain", None, None, None, "7bit"
    # Header block: excluded, except the top-level Subject's value.
    cursor = start
    if top:
        for name, line_start, value_start, value_end in _headers(text, start, header_end):
            if name != "subject":
                continue
            render.copy(cursor, value_start, "excluded")
            raw = text[value_start:value_end]
            decoded = _decoded_subject(msg, raw)
            if decoded is None:
                # Re:/Fwd: are not the user's words.
                prefix = _SUBJECT_PREFIX.match(text, value_start, value_end)
                words_start = prefix.end() if prefix else value_start
                render.copy(value_start, words_start, "excluded")
                render.copy(words_start, value_end, "subject")
            else:
                prefix = _SUBJECT_PREFIX.match(decoded)
                if prefix:
                    render.insert(decoded[:prefix.end()], "excluded")
                    decoded = decoded[prefix.end():]
                # Keep the line count: continuation lines become empty lines.
                breaks = re.findall(r"\r\n|\r|\n", raw)
                render.insert(decoded + "".join(breaks), "subject")
                render.decoded_parts.append("Subject")
            cursor = value_end
            break
    # The empty line that ends the header block goes with the headers.
    body_start = header_end
    for ls, le, nxt in _lines(text, header_end, end):
        if ls == le:
            body_start = nxt
        break
    render.copy(cursor, body_start, "excluded")
    if depth > 20:
        render.copy(body_start, end, "excluded")
        return
    maintype = ctype.split("/", 1)[0]
    if maintype == "multipart" and boundary:
        _render_multipart(render, text, body_start, end, str(boundary), ctype, depth)
    elif ctype == "text/plain" and disposition != "attachment":
        _render_text_body(render, text, body_start, end, cte, charset)
    else:
        render.copy(body_start, end, "excluded")


def _decoded_subject(msg, raw: str) -> str | None:
    """The Subject as a reader sees it, or None when the file already holds it as text."""
    if "=?" not in raw or msg is None:
        return None
    try:
        value = str(msg["subject"] or "")
    except Exception:
        return None
    value = re.sub(r"\s*[\r\n]+\s*", " ", value)
    return None if value == raw else value


def _render_multipart(render: _Render, text: str, start: int, end: int, boundary: str, ctype: str, depth: int) -> None:
    delimiter = "--" + boundary
    marks = []  # (line start, next line start, closing)
    for ls, le, nxt in _lines(text, start, end):
        line = text[ls:le].rstrip(" \t")
        if line == delimiter or line == delimiter + "--":
            marks.append((ls, nxt, line.endswith("--") and line != delimiter))
            if marks[-1][2]:
                break
    if not marks:
        render.copy(start, end, "excluded")
        return
    render.copy(start, marks[0][1], "excluded")  # preamble and first delimiter
    parts = []
    for k, (ls, nxt, closing) in enumerate(marks):
        if closing:
            break
        part_end = marks[k + 1][0] if k + 1 < len(marks) else end
        parts.append((nxt, part_end, marks[k + 1][1] if k + 1 < len(marks) else end))
    # In multipart/alternative only the first text/plain version is the user's words once.
    alternative = ctype == "multipart/alternative"
    chose_plain = False
    for part_start, part_end, after_delimiter in parts:
        is_plain = _part_is_plain_text(text, part_start, part_end)
        if alternative and (chose_plain or not is_plain) and not _part_is_multipart(text, part_start, part_end):
            render.copy(part_start, after_delimiter, "excluded")
            continue
        chose_plain = chose_plain or is_plain
        _render_entity(render, text, part_start, part_end, depth=depth + 1)
        render.copy(part_end, after_delimiter, "excluded")
    last = parts[-1][2] if parts else marks[0][1]
    render.copy(last, end, "excluded")  # closing delimiter and epilogue


def _part_headers(text: str, start: int, end: int):
    import email
    from email import policy

    try:
        return email.message_from_string(text[start:_header_end(text, start, end)], policy=policy.default)
    except Exception:
        return None


def _part_is_plain_text(text: str, start: int, end: int) -> bool:
    msg = _part_headers(text, start, end)
    return msg is not None and msg.get_content_type() == "text/plain" and msg.get_content_disposition() != "attachment"


def _part_is_multipart(text: str, start: int, end: int) -> bool:
    msg = _part_headers(text, start, end)
    return msg is not None and msg.get_content_maintype() == "multipart"


def _render_text_body(render: _Render, text: str, start: int, end: int, cte: str, charset: str | None) -> None:
    if cte not in ("base64", "quoted-printable"):
        render.copy(start, end, "body")
        return
    raw = text[start:end]
    try:
        data = raw.encode("ascii", "ignore")
        if cte == "base64":
            import base64

            payload = base64.b64decode(re.sub(rb"[^A-Za-z0-9+/=]", b"", data) + b"==", validate=False)
        else:
            import quopri

            payload = quopri.decodestring(data)
        decoded = _decode_payload(payload, charset)
    except Exception:
        render.copy(start, end, "excluded")  # undecodable: not lintable, and not fixable
        return
    render.decoded_parts.append(f"{cte} body")
    # Lines after the body keep their numbers: pad the decoded text to the encoded line count.
    raw_lines = len(re.findall(r"\r\n|\r|\n", raw))
    decoded_lines = len(re.findall(r"\r\n|\r|\n", decoded))
    if decoded_lines < raw_lines:
        decoded += _line_break(raw) * (raw_lines - decoded_lines)
    render.insert(decoded, "body")


def _decode_payload(payload: bytes, charset: str | None) -> str:
    import codecs

    if charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = None
        if codec:
            try:
                return payload.decode(codec)
            except UnicodeDecodeError:
                pass
    from .decode import decode_bytes

    return decode_bytes(payload, "body").text
