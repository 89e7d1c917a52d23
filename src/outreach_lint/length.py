"""How long a draft is, counted the way each platform counts.

X: our own implementation of twitter-text's v3 weighted length (the `twitter-text-parser` package
takes ~0.3 s to import and needs pkg_resources at run time). Code points in U+0000–U+10FF,
U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1, everything else 2; a URL weighs 23 and an
emoji sequence 2; the text is NFC-normalized first and CR LF counts as one character. URLs follow
twitter-text's extractor (http(s):// with IDN labels, or a bare domain whose ASCII part is the URL,
IDNA-checked, at most 4096 characters); emoji follow the Unicode 12.0 data that package uses.
tests/test_rules_tone.py compares it with twitter_text on hundreds of strings. Known differences,
all rare in drafts: any ZWJ join of emoji counts as one sequence, as X counts newer emoji today
(the package counts 🧑‍💻 as 5); a bare domain (no http(s)://) is a URL only for a common TLD
(every ccTLD and the gTLDs in `_GTLDS`), while after http(s):// an unlisted all-letter TLD of an
ASCII domain is accepted.

Other platforms count code points of the body (line breaks as one); an e-mail's body leaves out a
件名: line, its signature block and quoted mail.
"""
from __future__ import annotations

import re
import unicodedata

from .lazyre import lazy

# Hard limits and first-contact guidelines; every one is configurable on the too-long rule.
DEFAULT_LIMITS = {"linkedin-note": 300, "x": 280, "linkedin": 600, "facebook": 600, "email": 600}

# -- X weighting -------------------------------------------------------------------------------
_LIGHT = "\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037"
_HEAVY = lazy(f"[^{_LIGHT}]")
_URL_WEIGHT = 23
_EMOJI_WEIGHT = 2

# Emoji as twitter-text-parser finds them (Unicode emoji 12.0 data: which pictographs take VS16 or
# a skin tone), except that any ZWJ join of emoji counts as one sequence. A single pictograph
# outside U+0000–U+10FF already weighs 2, so only sequences and ©/® change the count.
_PICTO = ("\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9-\u21aa\u231a-\u231b\u2328\u23cf\u23e9-\u23f3"
          "\u23f8-\u23fa\u24c2\u25aa-\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u2604\u260e\u2611\u2614-\u2615\u2618"
          "\u261d\u2620\u2622-\u2623\u2626\u262a\u262e-\u262f\u2638-\u263a\u2640\u2642\u2648-\u2653\u265f-\u2660"
          "\u2663\u2665-\u2666\u2668\u267b\u267e-\u267f\u2692-\u2697\u2699\u269b-\u269c\u26a0-\u26a1\u26aa-\u26ab"
          "\u26b0-\u26b1\u26bd-\u26be\u26c4-\u26c5\u26c8\u26ce-\u26cf\u26d1\u26d3-\u26d4\u26e9-\u26ea\u26f0-\u26f5"
          "\u26f7-\u26fa\u26fd\u2702\u2705\u2708-\u270d\u270f\u2712\u2714\u2716\u271d\u2721\u2728\u2733-\u2734"
          "\u2744\u2747\u274c\u274e\u2753-\u2755\u2757\u2763-\u2764\u2795-\u2797\u27a1\u27b0\u27bf\u2934-\u2935"
          "\u2b05-\u2b07\u2b1b-\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299\U0001f004\U0001f0cf\U0001f170-\U0001f171"
          "\U0001f17e-\U0001f17f\U0001f18e\U0001f191-\U0001f19a\U0001f201-\U0001f202\U0001f21a\U0001f22f"
          "\U0001f232-\U0001f23a\U0001f250-\U0001f251\U0001f300-\U0001f321\U0001f324-\U0001f393\U0001f396-\U0001f397"
          "\U0001f399-\U0001f39b\U0001f39e-\U0001f3f0\U0001f3f3-\U0001f3f5\U0001f3f7-\U0001f3fa\U0001f400-\U0001f4fd"
          "\U0001f4ff-\U0001f53d\U0001f549-\U0001f54e\U0001f550-\U0001f567\U0001f56f-\U0001f570\U0001f573-\U0001f57a"
          "\U0001f587\U0001f58a-\U0001f58d\U0001f590\U0001f595-\U0001f596\U0001f5a4-\U0001f5a5\U0001f5a8"
          "\U0001f5b1-\U0001f5b2\U0001f5bc\U0001f5c2-\U0001f5c4\U0001f5d1-\U0001f5d3\U0001f5dc-\U0001f5de\U0001f5e1"
          "\U0001f5e3\U0001f5e8\U0001f5ef\U0001f5f3\U0001f5fa-\U0001f64f\U0001f680-\U0001f6c5\U0001f6cb-\U0001f6d2"
          "\U0001f6d5\U0001f6e0-\U0001f6e5\U0001f6e9\U0001f6eb-\U0001f6ec\U0001f6f0\U0001f6f3-\U0001f6fa"
          "\U0001f7e0-\U0001f7eb\U0001f90d-\U0001f93a\U0001f93c-\U0001f945\U0001f947-\U0001f971\U0001f973-\U0001f976"
          "\U0001f97a-\U0001f9a2\U0001f9a5-\U0001f9aa\U0001f9ae-\U0001f9af\U0001f9b4-\U0001f9ca\U0001f9cd-\U0001f9ff"
          "\U0001fa70-\U0001fa73\U0001fa78-\U0001fa7a\U0001fa80-\U0001fa82\U0001fa90-\U0001fa95")
# Pictographs shown as text by default: only these take VS16 (U+FE0F) inside one emoji.
_VS_BASE = ("\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9-\u21aa\u2328\u23cf\u23ed-\u23ef\u23f1-\u23f2"
            "\u23f8-\u23fa\u24c2\u25aa-\u25ab\u25b6\u25c0\u25fb-\u25fc\u2600-\u2604\u260e\u2611\u2618\u261d\u2620"
            "\u2622-\u2623\u2626\u262a\u262e-\u262f\u2638-\u263a\u2640\u2642\u265f-\u2660\u2663\u2665-\u2666\u2668"
            "\u267b\u267e\u2692\u2694-\u2697\u2699\u269b-\u269c\u26a0\u26b0-\u26b1\u26c8\u26cf\u26d1\u26d3\u26e9"
            "\u26f0-\u26f1\u26f4\u26f7-\u26f9\u2702\u2708-\u2709\u270c-\u270d\u270f\u2712\u2714\u2716\u271d\u2721"
            "\u2733-\u2734\u2744\u2747\u2763-\u2764\u27a1\u2934-\u2935\u2b05-\u2b07\u3030\u303d\u3297\u3299"
            "\U0001f170-\U0001f171\U0001f17e-\U0001f17f\U0001f202\U0001f237\U0001f321\U0001f324-\U0001f32c\U0001f336"
            "\U0001f37d\U0001f396-\U0001f397\U0001f399-\U0001f39b\U0001f39e-\U0001f39f\U0001f3cb-\U0001f3ce"
            "\U0001f3d4-\U0001f3df\U0001f3f3\U0001f3f5\U0001f3f7\U0001f43f\U0001f441\U0001f4fd\U0001f549-\U0001f54a"
            "\U0001f56f-\U0001f570\U0001f573-\U0001f579\U0001f587\U0001f58a-\U0001f58d\U0001f590\U0001f5a5\U0001f5a8"
            "\U0001f5b1-\U0001f5b2\U0001f5bc\U0001f5c2-\U0001f5c4\U0001f5d1-\U0001f5d3\U0001f5dc-\U0001f5de\U0001f5e1"
            "\U0001f5e3\U0001f5e8\U0001f5ef\U0001f5f3\U0001f5fa\U0001f6cb\U0001f6cd-\U0001f6cf\U0001f6e0-\U0001f6e5"
            "\U0001f6e9\U0001f6f0\U0001f6f3")
# Pictographs that take a skin tone (U+1F3FB–U+1F3FF).
_MOD_BASE = ("\u261d\u26f9\u270a-\u270d\U0001f385\U0001f3c2-\U0001f3c4\U0001f3c7\U0001f3ca-\U0001f3cc"
             "\U0001f442-\U0001f443\U0001f446-\U0001f450\U0001f466-\U0001f469\U0001f46b-\U0001f46e"
             "\U0001f470-\U0001f478\U0001f47c\U0001f481-\U0001f483\U0001f485-\U0001f487\U0001f4aa"
             "\U0001f574-\U0001f575\U0001f57a\U0001f590\U0001f595-\U0001f596\U0001f645-\U0001f647"
             "\U0001f64b-\U0001f64f\U0001f6a3\U0001f6b4-\U0001f6b6\U0001f6c0\U0001f6cc\U0001f90f"
             "\U0001f918-\U0001f91c\U0001f91e-\U0001f91f\U0001f926\U0001f930-\U0001f939\U0001f93d-\U0001f93e"
             "\U0001f9b5-\U0001f9b6\U0001f9b8-\U0001f9b9\U0001f9bb\U0001f9cd-\U0001f9cf\U0001f9d1-\U0001f9dd")
_ELEMENT = f"(?:[{_MOD_BASE}][\U0001f3fb-\U0001f3ff]|[{_VS_BASE}]\ufe0f|[{_PICTO}])"
EMOJI = lazy(
    "[#*0-9]\ufe0f?\u20e3"
    "|[\U0001f1e6-\U0001f1ff]{2}"
    "|\U0001f3f4[\U000e0020-\U000e007e]{1,8}\U000e007f"
    f"|{_ELEMENT}(?:\u200d{_ELEMENT}){{0,10}}"
)

# TLDs recognised without a protocol: every two-letter ccTLD and the common gTLDs.
_CCTLDS = frozenset("""
ac ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br
bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee
eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm
hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li
lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne
nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc
sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tp tr tt
tv tw tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
""".split())
_GTLDS = frozenset("""
com net org info biz edu gov mil int name pro mobi asia tel jobs travel aero coop museum cat post
app dev page new blog tech site online store shop link club live news media world today fun life
space work works team network systems solutions agency academy career careers consulting company
group global ventures capital engineer engineering software codes email social events money
finance services center school education science health games design studio cloud digital
marketing photo photos photography art music land city website wiki inc llc ltd xyz top icu vip
ink pub chat community tools tips guide help how jp-net run zone one plus law legal partners
management business expert training institute university college foundation support solutions
technology host hosting domains software sale tokyo osaka nagoya yokohama kyoto okinawa ryukyu
google youtube amazon microsoft apple lol wtf gg
""".split())
_URL_PRECEDING_BAD = frozenset("@＠$#＃\ufffe\ufeff\uffff")
# twitter-text's domain characters: anything but ASCII punctuation, spaces and invisible marks.
_NOT_DOMAIN = ("!'#%&()*+,\\-./:;<=>?@\\[\\]^_{|}~$\t-\r \u0085\u00a0\u1680\u180e\u2000-\u200a"
               "\u2028\u2029\u202f\u205f\u3000\ufffe\ufeff\uffff\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069")
_NOT_DOMAIN_OR_SEP = _NOT_DOMAIN.replace("\\-./", "/").replace("^_", "^")
_DOMAIN_CHAR = lazy(f"[^{_NOT_DOMAIN}]")
_DOMAIN_RUN = lazy(f"[^{_NOT_DOMAIN_OR_SEP}]*+")  # labels, dots, - and _
_ACCENTS = ("\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b"
            "\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff")
_ASCII_RUN = lazy(f"[-0-9A-Za-z.{_ACCENTS}]++")
_PROTOCOL = lazy(r"https?://", re.IGNORECASE)
_WORD = lazy(r"[a-zA-Z]++")
_XN_TLD = lazy(r"xn--[\-0-9a-z]++", re.IGNORECASE)
_TLD_BOUNDARY = lazy(r"[0-9a-zA-Z@+\-]")
_P = f"a-z\u0400-\u04ff0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&{_ACCENTS}"
_PATH_RUN = lazy(f"[{_P}]++", re.IGNORECASE)
_PATH_END = lazy(f"[+\\-a-z\u0400-\u04ff0-9=_#/{_ACCENTS}]", re.IGNORECASE)
# Balanced parentheses in a path, one level of nesting (twitter-text's rule), no backtracking.
_PAREN = lazy(f"\\((?:[{_P}]++|[{_P}]*+\\([{_P}]++\\)[{_P}]*+)\\)", re.IGNORECASE)
_QUERY = lazy(r"\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*+", re.IGNORECASE)
_QUERY_END = lazy(r"[a-z0-9\-_&=#/]", re.IGNORECASE)
_PORT = lazy(r":[0-9]++")
_TCO = lazy(r"https?://t\.co/([a-z0-9]++)", re.IGNORECASE)


def _tld_end(text: str, i: int, any_word: bool) -> int:
    """End of a TLD at text[i] that is followed by no [0-9a-zA-Z@+-], or -1. After http(s)://
    any word of 2+ letters is taken as a TLD; a bare domain needs a known one."""
    m = _XN_TLD.match(text, i) or _WORD.match(text, i)
    if not m:
        return -1
    end = m.end()
    if end < len(text) and _TLD_BOUNDARY.match(text, end):
        return -1
    word = m.group(0).lower()
    if word.startswith("xn--") or word in _CCTLDS or word in _GTLDS:
        return end
    # After http(s)://, an unlisted word ending the domain is taken as a TLD we do not list.
    if any_word and len(word) >= 2 and (word == m.group(0) or m.group(0).isupper()) and "http" not in word \
            and (end == len(text) or not _DOMAIN_CHAR.match(text[end])):
        return end
    return -1


_MAX_URL = 4096  # twitter-text rejects longer URLs; also bounds every scan below


def _chain_end(text: str, start: int, stop: int, any_tld: bool, ascii_labels: bool = False) -> int:
    """End of the longest `label.label….TLD` from `start` within text[:stop], or -1. A label is
    non-empty and starts and ends with a domain character; the one before the TLD has no `_`.
    Scans at most _MAX_URL characters (a longer domain is no URL)."""
    best = -1
    label_start = start
    stop = min(stop, start + _MAX_URL)
    while True:
        dot = text.find(".", label_start, stop)
        if dot < 0:
            return best
        if dot == label_start:
            return best
        if not ascii_labels and (not _DOMAIN_CHAR.match(text, label_start) or not _DOMAIN_CHAR.match(text, dot - 1)):
            return best
        if text.find("_", label_start, dot) < 0:
            end = _tld_end(text, dot + 1, any_tld)
            if end > 0:
                best = end
        label_start = dot + 1


def _path_end(text: str, i: int) -> int:
    """End of a URL path that starts with the '/' at text[i]: path characters and balanced
    parentheses, cut back to the last point where twitter-text's path units may end (after an
    ending character, or after a parenthesised group that itself starts at such a point)."""
    j = last_good = i + 1
    limit = i + _MAX_URL
    while j < limit:
        m = _PATH_RUN.match(text, j, limit)
        if m:
            k = _last_end_char(text, j, m.end())
            if k >= 0:
                last_good = k + 1
            j = m.end()
            continue
        m = _PAREN.match(text, j, limit)
        if m:
            if j == last_good:
                last_good = m.end()
            j = m.end()
            continue
        break
    return last_good


_PATH_END_CHARS = frozenset("+-=_#/0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _last_end_char(text: str, lo: int, hi: int) -> int:
    for k in range(hi - 1, lo - 1, -1):
        c = text[k]
        if c in _PATH_END_CHARS or (not c.isascii() and _PATH_END.match(c)):
            return k
    return -1


def _query_end(text: str, i: int) -> int:
    m = _QUERY.match(text, i, i + _MAX_URL)
    for k in range(m.end() - 1, i, -1):
        if _QUERY_END.match(text, k):
            return k + 1
    return i


def _url_tail(text: str, end: int) -> tuple[int, bool]:
    """End of port, path and query after a domain; and whether there was a path."""
    m = _PORT.match(text, end, end + _MAX_URL)
    if m:
        end = m.end()
    has_path = text.startswith("/", end)
    if has_path:
        end = _path_end(text, end)
    if text.startswith("?", end):
        end = _query_end(text, end)
    return end, has_path


def _idna_ok(domain: str) -> bool:
    if domain.isascii():
        return all(0 < len(label) <= 63 for label in domain.split("."))
    try:
        domain.encode("idna")
    except UnicodeError:
        return False
    return True


def _valid_before(c: str) -> bool:
    return not (c.isascii() and c.isalnum()) and c not in _URL_PRECEDING_BAD


# A dot that may start a TLD; where a bare domain's regex match could start (after a character the
# regex accepts before a URL, at a domain character).
_TLD_DOT = lazy(r"\.(?=[a-zA-Z]{2}|xn--)", re.IGNORECASE)
_START = lazy(f"(?<=[^A-Za-z0-9@＠$#＃\ufffe\ufeff\uffff])(?=[^{_NOT_DOMAIN}])")
_RUN_BACK = lazy(f"[^{_NOT_DOMAIN_OR_SEP}]+")


def url_spans(text: str) -> list[tuple[int, int]]:
    """URLs as twitter-text finds them, left to right like its one big regex: after http(s)://
    (IDN labels allowed), or a bare domain with a known TLD, whose ASCII part is the URL."""
    if "." not in text:
        return []
    spans: list[tuple[int, int]] = []
    floor = 0
    protocols = _PROTOCOL.finditer(text)
    proto = next(protocols, None)
    dots = _TLD_DOT.finditer(text)
    dm = next(dots, None)
    runs = None  # maximal runs of domain characters, dots, - and _ (for bare domains), computed once
    while proto is not None or dm is not None:
        if proto is not None and (dm is None or proto.start() < dm.start()):
            s, after = proto.span()
            proto = next(protocols, None)
            if s < floor or not (s == 0 or (s - 1 >= floor and _valid_before(text[s - 1]))):
                continue
            stop = _DOMAIN_RUN.match(text, after, after + _MAX_URL).end()
            end = _chain_end(text, after, stop, any_tld=False)
            if end < 0:
                end = _chain_end(text, after, stop, any_tld=True)
                if end > 0 and not text[after:end].isascii():
                    end = -1
            if end < 0:
                continue
            domain = text[after:end]
            tco = _TCO.match(text, s) if domain.lower() == "t.co" else None
            if tco:
                url_end = tco.end()
                if text.startswith("?", url_end):
                    url_end = _query_end(text, url_end)
                floor = max(url_end, _url_tail(text, end)[0])
                if len(tco.group(1)) > 40:
                    continue
            else:
                url_end = floor = _url_tail(text, end)[0]
            if _idna_ok(domain) and url_end - after + 8 <= _MAX_URL:
                spans.append((s, url_end))
            continue
        dot = dm.start()
        dm = next(dots, None)
        if dot < floor or _tld_end(text, dot + 1, False) < 0:
            continue
        if runs is None:
            runs = _Runs(text)
        got = _bare_match(text, dot, floor, runs.start_of(dot))
        if got is None:
            continue
        q, domain_end, match_end, has_path = got
        floor = match_end
        before = text[q - 1] if q > 0 else ""
        if before in ("-", "_", ".", "/") or match_end - q + 8 > _MAX_URL or not _idna_ok(text[q:domain_end]):
            continue
        found = []
        for run in _ASCII_RUN.finditer(text, q, domain_end):
            pos, stop = run.span()
            while pos < stop:
                end = _chain_end(text, pos, stop, any_tld=False, ascii_labels=True)
                if end > 0:
                    found.append([pos, end])
                    break
                nxt = text.find("..", pos, stop)
                if nxt < 0:
                    break
                pos = nxt + 2
        if found and has_path:
            found[-1][1] = match_end
        spans.extend(map(tuple, found))
    return spans


class _Runs:
    """Starts of the maximal runs of domain characters, dots, - and _ in a text."""

    def __init__(self, text: str):
        self.starts = []
        self.ends = []
        for m in _RUN_BACK.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def start_of(self, pos: int) -> int:
        import bisect

        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 and self.ends[i] > pos else pos


def _bare_match(text: str, dot: int, floor: int, run_start: int):
    """Where twitter-text's regex would match a domain with no protocol around the '.' at `dot`:
    (start, domain end, match end, has path), or None."""
    r = max(run_start, floor, dot - _MAX_URL)
    # The regex's `before` alternative consumes a valid character first and tries `^` only after,
    # so at the very start of the text a URL may begin at 1 before it begins at 0.
    candidates = []
    if r == 0:
        if len(text) > 1 and _valid_before(text[0]) and _DOMAIN_CHAR.match(text, 1):
            candidates.append(1)
        if _DOMAIN_CHAR.match(text, 0):
            candidates.append(0)
    tries = 0
    for q in _iter_starts(text, r, dot, floor, candidates):
        stop = _DOMAIN_RUN.match(text, q, q + _MAX_URL).end()
        domain_end = _chain_end(text, q, stop, any_tld=False)
        if domain_end > dot:
            match_end, has_path = _url_tail(text, domain_end)
            return q, domain_end, match_end, has_path
        tries += 1
        if tries > 64:  # a chain that keeps breaking: no URL here
            return None
    return None


def _iter_starts(text: str, r: int, dot: int, floor: int, first: list[int]):
    yield from first
    pos = max(r, floor + 1, 1)
    while pos < dot:
        m = _START.search(text, pos, dot)
        if not m:
            return
        q = m.start()
        if q not in first:
            yield q
        pos = q + 1


# -- NFC with offsets ------------------------------------------------------------------------
_COMPOSES_BACK = frozenset(map(chr, (0x102E, 0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF,
                                     0x11930, 0x1B35, 0x9BE, 0x9D7, 0xB3E, 0xB56, 0xB57, 0xBBE, 0xBD7, 0xCC2,
                                     0xCD5, 0xCD6, 0xD3E, 0xD57, 0xDCF, 0xDDF)))


def _original_offset(text: str, k: int) -> int:
    """Offset into `text` of the cluster that holds character k of NFC(text). Walks clusters
    (a starter and what composes onto it), normalizing each; equals whole-text NFC."""
    i, n, produced = 0, len(text), 0
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or text[j] in _COMPOSES_BACK or "\u1160" <= text[j] <= "\u11ff"):
            j += 1
        produced += len(unicodedata.normalize("NFC", text[i:j]))
        if produced > k:
            return i
        i = j
    return n


# -- counting ----------------------------------------------------------------------------------
# Coarse first-character filter (few ranges, so fast on plain text); EMOJI decides.
_EMOJI_START = lazy("[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]")


def _emoji_spans(norm: str, end: int | None = None):
    """Emoji sequences in norm[:end], found from their first characters (fast on plain text)."""
    end = len(norm) if end is None else end
    pos = 0
    while True:
        m = _EMOJI_START.search(norm, pos, end)
        if not m:
            return
        i = m.start()
        if norm[i] == "\u20e3":  # a keycap: its base is the character before (and maybe VS16)
            s = i - 2 if i >= 2 and norm[i - 1] == "\ufe0f" else i - 1
            if s >= pos and norm[s] in "#*0123456789":
                yield s, i + 1
            pos = i + 1
            continue
        e = EMOJI.match(norm, i, end)
        if e:
            yield e.span()
            pos = e.end()
        else:
            pos = i + 1


_LIGHT_RUN = lazy(f"[{_LIGHT}]+")


def _plain(text: str, s: int = 0, e: int | None = None) -> int:
    """Weighted length (in units of 1) of text[s:e] without URLs and emoji: CR LF counts once."""
    part = text[s:e]
    return len(part) + len(_LIGHT_RUN.sub("", part)) - part.count("\r\n")


# Runs of characters emoji are made of: EMOJI is applied per run, so plain text costs nothing.
_EMOJI_RUN = lazy("(?:[#*0-9]\ufe0f?\u20e3|[\u00a9\u00ae\u200d\u203c-\u2bff\u3030\u303d\u3297\u3299\ufe0f"
                        "\U0001f000-\U0001faff\U000e0020-\U000e007f])+")


def _units(norm: str, stop: int):
    """Yield (start, end, weight) over norm[:stop] as X counts it."""
    urls = url_spans(norm[:stop])
    emoji = dict(_emoji_spans(norm, stop))
    u = 0
    i = 0
    while i < stop:
        while u < len(urls) and urls[u][0] < i:
            u += 1
        if u < len(urls) and urls[u][0] == i:
            j, w = urls[u][1], _URL_WEIGHT
        elif i in emoji:
            j, w = emoji[i], _EMOJI_WEIGHT
        elif norm.startswith("\r\n", i):
            j, w = i + 2, 1
        else:
            j, w = i + 1, 2 if _HEAVY.match(norm, i) else 1
        yield i, j, w
        i = j


def x_units(text: str):
    """Yield (start, end, weight) over NFC(text) as X counts it (offsets into the NFC text)."""
    norm = unicodedata.normalize("NFC", text)
    return _units(norm, len(norm))


def weighted_length_x(text: str) -> int:
    """X's weighted count (CJK and most full-width characters 2, a URL 23, an emoji 2)."""
    norm = unicodedata.normalize("NFC", text)
    urls = url_spans(norm)
    total = _URL_WEIGHT * len(urls)
    pos = 0
    for s, e in urls + [(len(norm), len(norm))]:
        total += _plain_with_emoji(norm[pos:s])
        pos = e
    return total


def _plain_with_emoji(part: str) -> int:
    total = _plain(part)
    for run in _EMOJI_RUN.finditer(part):
        chunk = run.group(0)
        # Every emoji sequence becomes one heavy character: weight 2.
        total += _plain(EMOJI.sub("\U0001f600", chunk)) - _plain(chunk)
    return total


def x_overflow(text: str, limit: int) -> int | None:
    """Offset into `text` of the first character that takes the weighted count past `limit`.
    Analyses a growing prefix: what decides a unit lies within one URL's length after it."""
    size = 8 * (limit + 2) + 2 * _MAX_URL
    while True:
        whole = size >= len(text)
        raw = text if whole else text[:size]
        norm = unicodedata.normalize("NFC", raw)
        total = 0
        for start, _end, w in _units(norm, len(norm)):
            total += w
            if total > limit:
                if whole or start + _MAX_URL + 16 < len(norm):
                    return start if norm == raw else _original_offset(raw, start)
                break
        else:
            if whole:
                return None
        size *= 4


# -- bodies ------------------------------------------------------------------------------------
_SUBJECT = lazy(r"[ \t\u3000]*(?:件名|Subject|タイトル|題名)[ \t\u3000]*[:：]")
_SIG_DASH = lazy(r"--[ \t]?")
# A decorative rule of 3+ line characters (――, ━━, ＝＝, --- , ＿＿, ** …), maybe with spaces.
_SIG_RULE = lazy(r"[ \t\u3000]*[―━─－\-=＝_＿*＊~〜～・◆◇■□★☆]{3,}[ \t\u3000]*")
_SIG_MAX_LINES = 12
_SIG_MAX_CHARS = 500


def body_span(doc, platform: str) -> tuple[int, int]:
    """(start, end) of the text a platform's length is counted on, blank space trimmed. For e-mail,
    a leading 件名: line and the signature block (after a `-- ` line or a decorative rule followed
    by at most 12 short lines at the end) are left out."""
    view = doc.view
    start, end = 0, len(view)
    if platform == "email":
        start = _after_subject(doc)
        end = _signature_start(view, start)
    start += len(view[start:end]) - len(view[start:end].lstrip())
    end -= len(view[start:end]) - len(view[start:end].rstrip())
    return start, end


_LINE = lazy(r"[^\n]*(?:\n|$)")


def _after_subject(doc) -> int:
    """Past the leading blank (or blanked header) lines and a 件名:/Subject: line. The label may be
    blanked in the view (it is not prose), so the line is read from the text."""
    pos = 0
    for m in _LINE.finditer(doc.view):
        if m.start() == len(doc.view) or m.start() > 4 * _SIG_MAX_CHARS:
            break
        if not m.group(0).strip():
            pos = m.end()
            continue
        if _SUBJECT.match(doc.text, m.start(), m.end()):
            pos = m.end()
            continue
        break
    return pos


def _signature_start(view: str, start: int) -> int:
    """Start of the first separator line whose remainder is a short block (a signature)."""
    n = len(view)
    tail = max(start, n - 8 * _SIG_MAX_CHARS)  # a signature sits at the end: look only there
    if tail > start:
        nl = view.find("\n", tail)
        tail = n if nl < 0 else nl + 1
    for m in _LINE.finditer(view, tail):
        if m.start() == n:
            break
        line = m.group(0).rstrip("\r\n")
        if _SIG_DASH.fullmatch(line) or _SIG_RULE.fullmatch(line):
            rest = view[m.end():]
            lines = [ln for ln in rest.splitlines() if ln.strip()]
            if len(lines) <= _SIG_MAX_LINES and len(rest.strip()) <= _SIG_MAX_CHARS:
                return m.start()
    return n


def _count(text: str) -> int:
    """Code points, CR LF counted once; blanked (excluded) stretches are not counted."""
    return len(text) - text.count("\r\n")


def _pieces(doc, start: int, end: int):
    """Stretches of doc.view[start:end] outside excluded spans (quoted mail, code)."""
    pos = start
    for a, b in sorted(doc.excluded):
        a, b = max(a, start), min(b, end)
        if a >= b or b <= pos:
            continue
        if a > pos:
            yield pos, a
        pos = max(pos, b)
    if pos < end:
        yield pos, end


def measure(doc, platform: str) -> int:
    start, end = body_span(doc, platform)
    if platform == "x":
        return weighted_length_x(doc.view[start:end])
    return sum(_count(doc.view[a:b]) for a, b in _pieces(doc, start, end))


def overflow_offset(doc, platform: str, limit: int) -> int | None:
    """Offset into the document of the first character past `limit`, or None if within it."""
    start, end = body_span(doc, platform)
    if platform == "x":
        at = x_overflow(doc.view[start:end], limit)
        return None if at is None else start + at
    remaining = limit
    for a, b in _pieces(doc, start, end):
        n = _count(doc.view[a:b])
        if n <= remaining:
            remaining -= n
            continue
        # The (remaining+1)-th character of this piece, CR LF counted once.
        i = a
        while True:
            if remaining == 0:
                return i
            remaining -= 1
            i += 2 if doc.view.startswith("\r\n", i) else 1
    return None
