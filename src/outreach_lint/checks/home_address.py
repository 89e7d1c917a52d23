"""home-address: a street-level address that is the writer's own, not an office or a venue.

Street level = block numbers (3丁目2番1号, 2-10-5, 123番地) right after a place: a prefecture or
municipality (…都道府県, …市区町村郡) with an optional town name, or, when the text introduces it as
自宅/実家/住所は/…に住んでいます, a town name alone (UniDic 名詞-固有名詞-地名). A building with 号室
is a home even in a signature; an office context (株式会社, ビル 5F, TEL/代表, 本社/オフィス/所在地)
or a venue (会場, 開催, 場所:) keeps it quiet. Every regex is bounded and works on one line.
"""
from __future__ import annotations

import re

from ..privacy import PREFECTURE
from ..rule import Context
from ..lazyre import lazy

_PREF = PREFECTURE
_KANJI = r"一-龥々〆ヶケ"
_KATA = r"ァ-ヴー"
_MUNI = rf"[{_KANJI}{_KATA}ぁ-ん]{{1,7}}?(?:市|区|郡|町|村)"
# A town: kanji/katakana, hiragana only inside (美しが丘, 丸の内), and Sapporo's 北1条西.
_JO = r"[1-9]\d?条[東西南北]?"
_TOWN = (rf"(?:[{_KANJI}{_KATA}](?:[{_KANJI}{_KATA}ぁ-んノ]{{0,10}}[{_KANJI}{_KATA}])?(?:{_JO})?|{_JO}"
         # all-hiragana towns (みなとみらい, おもろまち), never starting with a particle
         rf"|(?![のはがをにでとへもやよかまっ])[ぁ-ん]{{3,8}}[{_KANJI}]{{0,3}})")
_SP = r"[ \u3000]?"
# What stands before block numbers: [prefecture] [municipality…] [town], ending where the numbers start.
_ANCHOR = lazy(rf"(?:(?P<pref>{_PREF}){_SP}(?P<muni>(?:{_MUNI}){{0,3}})|(?P<muni2>(?:{_MUNI}){{1,3}}))"
                     rf"{_SP}(?P<town>{_TOWN})?{_SP}$")
# 京都市北区小山下総町, 目黒区中町: a 町 after a city or ward is a town within it, not a municipality.
_CITY_TOWN = lazy(r"[市区].+町$")
_TOWN_ONLY = lazy(rf"(?P<town>{_TOWN}){_SP}$")
_PREF_RE = lazy(_PREF)
_POSTAL = lazy(r"(?:〒[ \u3000]?\d{3}[-ー－]?\d{4}|(?<![\d\-])\d{3}-\d{4})[ \u3000]{0,2}$")

_NUM = r"(?:[1-9]\d{0,4}|[一二三四五六七八九十]{1,3})"
_HY = r"[-‐‑–—−ーｰ－]"
_UNITS = (r"ヶ|ケ|か所|箇所|カ所|名|人|社|件|年|月|日|時|分|秒|円|%|％|割|回|位|歳|才|倍|代|個|本"
          r"|枚|万|億|千|百|kg|km|cm|mm|ページ|頁|点|種|期|期生|週|泊|章|巻|号(?!室)|勝|敗|引き分け|で勝|で敗|対|試合|戦|局"
          r"|セット|:|/|\.\d|,\d")
# After a space, a one-kanji unit followed by more kanji starts a name instead (3-21-4 日吉ハイツ, 1-2 本町ビル).
_NOT_UNIT = rf"(?![\d０-９]|(?:{_UNITS})|[ \u3000](?:{_UNITS})(?![{_KANJI}]))"
_BLOCK = lazy(
    rf"(?<![\d０-９.,/:])(?:"
    # (本通7丁目南3-15: Sapporo's block after a compass point)
    rf"(?P<chome>{_NUM}丁目(?:[東西南北](?=[1-9]))?(?:{_SP}[1-9]\d{{0,4}}(?:番地?|{_HY})(?:{_SP}[1-9]\d{{0,4}}(?:号(?!室))?)?)?)"
    rf"|(?P<ban>[1-9]\d{{0,4}}番(?:地(?:の[1-9]\d{{0,3}})?|(?![目町線手館口組台隊外勝人気]))(?:{_SP}[1-9]\d{{0,4}}号(?!室))?)"
    rf"|(?P<hy>[1-9]\d{{0,3}}(?:{_HY}\d{{1,4}}){{1,3}}){_NOT_UNIT}"
    rf")"
)
_HY_RE = lazy(_HY)
_DATE_LIKE = lazy(r"(?:19|20)\d\d\D|\d{3}\D\d{4}$")  # a year (2024-25, 2024-11-27) or a postal code
# After the numbers, on the same line: a building, floor or room.
# (学生会館ドミール五橋 512号室: a room number may follow the building's name after one space)
_BUILDING = lazy(r"[ \u3000]?[^\s、。,，！？!?()（）「」『』：:]{0,30}(?:[ \u3000][A-Za-z]?[1-9]\d{0,4}号?室)?")
_ROOM = lazy(r"[1-9]\d{0,4}号室|[A-Za-z]?[1-9]\d{0,3}[号]?室")
_FLOOR = lazy(r"(?:[1-9]\d?|[一二三四五六七八九十]{1,3})(?:F|階|Ｆ)(?![a-zA-Z])|(?<![A-Za-z])B[1-9]F")
_RESIDENTIAL = ("マンション", "ハイツ", "コーポ", "アパート", "荘", "レジデンス", "メゾン", "ハイム", "パレス", "ヴィラ",
                "寮", "社宅", "シェアハウス", "団地", "住宅", "邸")
_OFFICE_BUILDING = ("ビル", "ビルディング", "タワー", "オフィス", "センター", "スクエア", "プラザ", "ヒルズ", "Bldg", "BLDG",
                    "会館", "ホール", "キャンパス", "研究所", "工場", "店", "号館", "研究棟")
_PLAIN_OFFICE = ("ビル", "ビルディング", "オフィス", "Bldg", "BLDG", "号館", "研究棟")  # never a block of flats
_LINE = lazy(r"[^\r\n]+")
# The writer's home named as the place (not 自宅から近い…): read up to 60 characters back, one line up.
# 自宅で開催します / 自宅の一室でやっています / 私の自宅宛に返送してください, up to two lines above the address.
_HOME_AS_PLACE = lazy(r"(?:(?:自宅|実家|我が家|わが家|私の家|うちの家)(?:兼[^\s。、]{0,6}|の一室|の一角|の一部)?(?:宛て?|あて)?(?:で|にて|に|へ|まで)"
                      r"|うちで[^。\n]{0,14}?(?:やる|やり|開催|開き|開く|開こう|集ま|宅飲み|家飲み|飲み会|ホームパーティ)"  # 今回はうちでやることにしました
                      # 場所はうちです→ / 会場はうちの家です: the home given as the place (not うちの会社)
                      r"|(?:場所|会場|集合場所)は(?:うち|私の家|僕の家|わが家)(?:です|だよ|だ|になります|で[すし]|[!！→⇒:：\s])"
                      # 場所はうちの自宅の裏です: the home, and a spot at it
                      r"|(?:場所|会場|集合場所)は(?:(?:うち|私|僕|わたし)の)?(?:自宅|実家|我が家|わが家)(?:の(?:裏|前|庭|隣|近く|一室|離れ|ガレージ))?(?:です|だよ|になります|で[すし]|[!！→⇒:：\s。])"
                      # 自宅開催にします / オフィスより自宅の方が確実です: the home named as the place
                      r"|(?:自宅|実家|我が家)(?:開催|集合)|(?:自宅|実家)の(?:方|ほう)(?:が|に|へ|で|まで)"
                      r"|(?:自宅|実家)を(?:使っ|使い|使用|会場|開放)"  # うちの自宅を使ってください
                      # ぜひうちに寄ってください。新城市…12-3: the home, the reader invited to it
                      r"|(?:うち|我が家|わが家|私の家|僕の家)に(?:ぜひ|気軽に|お気軽に)?(?:寄って|寄り|来て|遊びに|泊まって|泊まり|お越し|いらして|いらっしゃって))"
                      r"(?![^\n]*\n[^\n]*\n[^\n]*\n)")


# Every _BLOCK match holds 丁目, 番 or a digit, a hyphen and a digit (－ as typed, before folding).
_MAY_BLOCK = lazy(rf"丁目|番|\d{_HY}\d")
# Every _ANCHOR match ends a prefecture (…都道府県) or a municipality (…市区郡町村).
_ANCHOR_CHARS = frozenset("都道府県市区郡町村")


def check(ctx: Context) -> None:
    doc = ctx.doc
    if not _MAY_BLOCK.search(doc.view):
        return
    text = doc.folded
    opts = ctx.options
    labels = _Labels(opts)
    context_words = [w for key in ("company-context", "venue-context") for w in opts.get(key, [])]
    for line in _LINE.finditer(text):
        ls, le = line.span()
        if not _MAY_BLOCK.search(text, ls, le):
            continue
        pos = ls
        for block in _BLOCK.finditer(text, ls, le):
            if block.start() < pos:
                continue
            found = _address(doc, text, ls, le, block, labels)
            if found is None:
                continue
            start, end, building, labelled = found
            pos = end
            area_only = block.group("chome") is not None and block.group().endswith("丁目") and building is None
            if labelled is None and _home_line_after(text, le):
                labelled = "personal"  # 〒… 奈良市芝辻町3-5-11⏎TEL（自宅）0742-…: the signature says it is home
            if labelled == "personal":
                # A bare 住所は after カフェ/会場 on the lines around gives the place's address
                # (私が店長をしているカフェの2階が使えます。住所は…); 自宅/実家 or a flat stay home.
                decide = not (building != "residential" and _bare_address_label(text, ls, start)
                              and _near_context(text, start, end, context_words))
            elif labelled in ("business", "venue"):
                decide = False
            elif building == "residential":
                decide = True
            elif building == "office-room":
                decide = not _near_context(text, start, end, context_words)
            elif area_only:
                decide = False  # 阿佐谷北1丁目 names a neighbourhood, not a door
            elif building == "office" or _near_context(text, start, end, context_words):
                decide = False
            else:
                decide = True  # a street address on its own, e.g. the sender's own signature line
            if decide:
                ctx.report(start, end, match=doc.text[start:end])
    if any(w in text for w in _ROMAJI_HINTS):
        _romanized(ctx, doc, text, labels)


# 4-12-8 Nakameguro, Meguro-ku, Tokyo 153-0061: a Japanese address in Latin letters, numbers first.
_ROMAJI_HINTS = ("-ku", "-shi", "-cho", "-machi", "-gun", "-mura", "-Ku", "-Shi")
_ROMAJI = lazy(r"(?<![\w-])\d{1,4}-\d{1,4}(?:-\d{1,4})?,?[ \u3000]+[A-Z][a-z]+(?:[ -][A-Za-z]+){0,2},[ \u3000]*"
               r"[A-Z][a-z]+-(?:[kK]u|[sS]hi|[cC]ho|[mM]achi|[gG]un|[mM]ura)\b(?:,?[ \u3000]*[A-Z][a-z]+(?:-(?:to|fu|ken))?)?"
               r"(?:,?[ \u3000]*\d{3}-\d{4})?")
# A flat or a home said in so many words: Room 1102, #202, Sunny Heights 203号室, （自宅です）.
_ROMAJI_HOME = lazy(r"号室|(?<![A-Za-z])(?:Room|Rm\.?|Apt\.?|Apartment|Unit)[ \u3000]*#?\d|#\d{2,4}(?!\d)"
                    r"|Heights|Haitsu|Mansion|Corpo|Residence|Maison|自宅|実家|[Hh]ome")
_ROMAJI_OFFICE = lazy(r"(?<![A-Za-z])(?:Bldg|Building|Tower|Floor|Office|Inc|K\.K\.|Co\.|Ltd)|\d{1,2}F(?![A-Za-z])|ビル|階|オフィス|株式会社")


def _romanized(ctx, doc, text: str, labels) -> None:
    """Romanized addresses: reported when the writer says it is their home or gives a flat, and no
    office sign is on the line or the next one."""
    for m in _ROMAJI.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        nxt_end = text.find("\n", le + 1) if le < len(text) else -1
        nxt = text[le + 1:(len(text) if nxt_end < 0 else nxt_end)] if le < len(text) else ""
        around = text[ls:le] + ("\n" + nxt if len(nxt) <= 40 else "")
        label = labels.around(text, ls, le, m.start(), m.end())
        personal = label == "personal" or _home_named_before(text, m.start())
        if (label in ("business", "venue") or _ROMAJI_OFFICE.search(around)) and not personal:
            continue  # 会場：…, Room 3 / …, 10F: a venue or an office
        if personal or _ROMAJI_HOME.search(around):
            ctx.report(m.start(), m.end(), match=doc.text[m.start():m.end()])


def _address(doc, text, ls, le, block, labels):
    """(start, end, building kind, label) for an address ending in this block, or None."""
    bs, be = block.span()
    raw_block = block.group()
    if block.group("hy") and _DATE_LIKE.match(raw_block):
        return None
    before = text[max(ls, bs - 40):bs]
    anchor = _ANCHOR.search(before) if not _ANCHOR_CHARS.isdisjoint(before) else None
    start = None
    building, end = _building(text, be, le)
    if anchor:
        # Two numbers joined by a hyphen (3-4) need a town name between the place and them, or a
        # home after them (京都市左京区北白川別当町12-3 コーポ白川201号室).
        if (block.group("hy") and len(_HY_RE.findall(raw_block)) < 2 and not anchor.group("town")
                and not _CITY_TOWN.search(anchor.group("muni") or anchor.group("muni2") or "")
                and building != "residential"):
            return None
        start = _snap_start(doc, bs - len(before) + anchor.start(), bs, bool(anchor.group("pref")))
    label = labels.around(text, ls, le, start if start is not None else bs, end)
    if start is None:
        # No prefecture or municipality: only an address introduced as the writer's home counts,
        # and it must name a place (a 地名 token) before its block numbers.
        if label != "personal":
            return None
        town = _TOWN_ONLY.search(before)
        if not town:
            return None
        tstart = bs - len(before) + town.start()
        if not any(t.pos3 == "地名" for t in doc.tokens_in(tstart, bs)):
            return None
        start = _snap_start(doc, tstart, bs, False)
    # A postal code right before the place belongs to the address: 〒150-0001 東京都…
    postal = _POSTAL.search(text[max(ls, start - 12):start])
    if postal:
        start = max(ls, start - 12) + postal.start()
    return start, end, building, label


def _snap_start(doc, start: int, limit: int, has_pref: bool) -> int:
    """Begin at the first place-name token: a regex anchor may have swallowed words before it
    (所在地東京都…, 私はさいたま市…)."""
    if has_pref:
        m = _PREF_RE.search(doc.folded, start, limit)
        if m:
            return m.start()
    for tok in doc.tokens_in(start, limit):
        if tok.pos3 == "地名" or tok.surface in ("都", "道", "府", "県", "市", "区", "郡", "町", "村"):
            return max(start, tok.start)
    return start


def _building(text: str, be: int, le: int):
    """Extend over a building segment after the numbers; say whether it is a home or an office."""
    seg = _BUILDING.match(text, be, le)
    if not seg or not seg.group().strip():
        return None, be
    s = seg.group()
    room = _ROOM.search(s)
    floor = _FLOOR.search(s)
    home = next((w for w in _RESIDENTIAL if w in s), None)
    office = next((w for w in _OFFICE_BUILDING if w in s), None)
    if room:
        # 御幸ビル3階301号室, 青山ブルービル502号室: a room in an office building (the caller still wants
        # a company or venue around it); any other 号室 is a flat.
        if office and not home and (floor and s.find(office) < floor.start() < room.start()
                                    or office in _PLAIN_OFFICE and s.find(office) < room.start()):
            return "office-room", be + room.end()
        return "residential", be + room.end()
    if home and (not office or s.find(home) > s.find(office)):
        return "residential", be + s.find(home) + len(home)
    if floor:
        return "office", be + floor.end()
    if office:
        return "office", be + s.find(office) + len(office)
    return None, be


def _bare_address_label(text, ls, start) -> bool:
    """住所は (or ご住所/所在地) just before, with no word that makes it the writer's home."""
    before = text[max(ls, start - 24):start]
    return "住所" in before and not any(w in before for w in _HOME_WORDS) and not _home_named_before(text, start)


def _home_line_after(text: str, le: int) -> bool:
    """The next line labelled as the home's: TEL（自宅）…, 自宅TEL：…, 自宅電話：…."""
    if le >= len(text):
        return False
    end = text.find("\n", le + 1)
    stop = len(text) if end < 0 else end
    return _HOME_LABEL.match(text, le + 1, stop) is not None or _HOME_TAG.search(text, le + 1, stop) is not None


_HOME_TAG = lazy(r"[（(]自宅[）)]")  # 電話 042-…（自宅）
_HOME_LABEL = lazy(r"[ \t\u3000]*(?:TEL|Tel|tel|電話|携帯|FAX)?[ \t\u3000]*[（(]?自宅[）)]?[ \t\u3000]*(?:TEL|Tel|電話|番号)?[ \t\u3000]*[:：]?")


def _home_named_before(text, start) -> bool:
    """The home named as the place just before the address (自宅で開催します, 私の自宅宛に…⏎住所：),
    unless another place comes between (自宅兼事務所ですが、郵送物は下記のバーチャルオフィス宛てに)."""
    home = _HOME_AS_PLACE.search(text, max(0, start - 100), start)  # (two lines up at most: the regex says)
    return bool(home) and not _ELSEWHERE.search(text, home.end(), start)


_HOME_WORDS = ("自宅", "実家", "私の", "わたしの", "僕の", "現住所", "住まい", "下宿", "我が家", "家", "引っ越し", "引越", "転居", "新居", "送付先", "送り先", "郵送先")


_NOT_THERE = lazy(r"(?:では|じゃ|で)なく|ではありません|じゃない")
_ELSEWHERE = lazy(r"オフィス|本社|会社|店舗|コワーキング|私書箱|事業所|営業所")


def _near_context(text, start, end, words) -> bool:
    """Company or venue words on the address's line or up to two lines around it (a signature
    block, an event notice). TEL right before a mobile number is not a company sign."""
    lo = max(0, start - 160)
    hi = min(len(text), end + 160)
    lines = text[lo:hi].split("\n")
    offset, index = lo, 0
    for index, line in enumerate(lines):
        if offset + len(line) >= start:
            break
        offset += len(line) + 1
    window = "\n".join(lines[max(0, index - 2):index + 3])
    for word in words:
        i = window.find(word)
        while i >= 0:
            if not (word in ("TEL", "Tel", "電話") and re.match(r"\W{0,4}0[6-9]0", window[i + len(word):])):
                return True
            i = window.find(word, i + 1)
    return False


_HOME_AFTER = lazy(r"[ \u3000]?の[^。、\s]{0,8}?(?:家|自宅|実家|おうち|お家|住まい)(?![具電族計業庭政事元賃主])")


class _Labels:
    """The nearest label before the address (same line, or a short line above), or one right after
    it in the same sentence (…に住んでいます), says whose address it is."""

    def __init__(self, opts):
        self.before = [("personal", w) for w in opts.get("personal-labels", [])]
        self.before += [("business", w) for w in opts.get("business-labels", [])]
        self.before += [("venue", w) for w in opts.get("venue-labels", [])]
        self.before += [("neutral", w) for w in opts.get("neutral-labels", [])]
        self.after = [("personal", w) for w in opts.get("personal-after", [])]
        self.after += [("business", w) for w in opts.get("business-after", [])]
        self.after += [("venue", w) for w in opts.get("venue-after", [])]
        self.heads = opts.get("business-heads", [])
        self.window = int(opts.get("window", 24))

    def around(self, text, ls, le, start, end) -> str | None:
        """personal | business | venue | None. Home wins over an office or a venue word on the
        other side (自宅（…）までお越しください), the nearest word wins on one side."""
        after = self._after(text, le, end)
        before = self._before(text, ls, start)
        if "personal" in (before, after):
            return "personal"
        return after or before

    def _after(self, text, le, end):
        after = text[end:min(le, end + 16)]
        cut = re.search(r"[。！？!?]", after)
        after = after[:cut.start()] if cut else after
        best = None
        for name, word in self.after:
            i = after.find(word)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, name)
        if best:
            return best[1]
        # …2丁目5-18の青い屋根の家なので: the address is a home's
        if _HOME_AFTER.match(after):
            return "personal"
        # …1-3-1の経済産業省, …4-1-1にあるカフェ: the address locates a facility, not a home.
        if re.match(r"[ \u3000]?(?:の|にある|にござい)", after) and not any(w in after for w in _RESIDENTIAL):
            return "venue"
        if any(w in after for w in _OFFICE_BUILDING):
            return "venue"
        return None

    def _before(self, text, ls, start):
        lo = max(ls, start - self.window)
        window = text[lo:start]
        if not window.strip(" \u3000:：") and ls > 0:
            # The address opens its line: a short line above (自宅住所：) may label it.
            above_end = ls - 1
            above_start = text.rfind("\n", 0, max(0, above_end)) + 1
            above = text[above_start:above_end].rstrip("\r")
            if len(above.strip()) <= 20:
                window = above + window
        cut = max(window.rfind("。"), window.rfind("！"), window.rfind("？"))
        window = window[cut + 1:]
        best = None
        for name, word in self.before:
            i = window.rfind(word)
            if i < 0:
                continue
            key = (i + len(word), len(word))
            if best is None or key > best[0]:
                best = (key, name, i)
        if (best is None or best[1] in ("venue", "neutral")) and _home_named_before(text, start):
            # 自宅で勉強会をします。場所は…, 自宅にお立ち寄りください。⏎<address>: the place is the home.
            return "personal"
        if best is None:
            return None
        _, name, i = best
        if (name == "personal" and any(h in window[max(0, i - 6):i] for h in self.heads)
                and not _NOT_THERE.search(window, max(0, i - 6), i)):
            return "business"  # 会社の住所は, 弊社の所在地は (not 会社ではなく自宅で)
        return None if name == "neutral" else name
