"""personal-content: off-hours personal content in a professional message.

Drinking stories, hangovers, nightlife, dating and remarks on looks, gossip, slang (笑, ｗｗ, 草,
マジ, ヤバい, ぶっちゃけ, ウケる…), runs of emoji and kaomoji. Words that are also ordinary
Japanese (草 in 草案, 笑 in 笑顔, マジ in マジック, ウケ in 受ける) are read from the tokens; the
rest are bounded regexes over the view. A plain mention of an event (懇親会, 飲み会のご案内) or a
shared interest is not personal content: only excess and after-hours stories are.
"""
from __future__ import annotations

import re

from ..length import EMOJI
from ..rule import Context
from .too_stiff import short

_SENT = r"[^。！？!?\n]"

# (category, regex). Categories name the finding: 飲酒, 夜遊び, 恋愛・容姿, うわさ話, 俗語.
_PATTERNS: list[tuple[str, re.Pattern]] = [(cat, re.compile(p)) for cat, p in [
    ("飲酒", r"二日酔い?|酔っ?払[いうっわ]|酔っぱら[いうっわ]|酔い(?:つぶ|潰)れ|泥酔|べろべろ|ベロベロ|へべれけ|千鳥足"),
    ("飲酒", r"(?:飲|呑)み(?:すぎ|過ぎ|まくっ|明か|潰れ|つぶれ)|(?:飲|呑)んだくれ|はしご酒|ハシゴ酒|深酒|やけ酒|ヤケ酒"),
    ("飲酒", r"(?:飲み会で|飲み会では|飲んで|お酒で|酒で|(?:飲み|呑み)(?:すぎ|過ぎ)て)(?:潰れ|つぶれ|記憶を?(?:なく|無く|失)|記憶が(?:な|無|飛))"),
    ("飲酒", r"(?:お?酒|飲ん|飲み|ビール|ワイン|日本酒|焼酎|ハイボール)" + _SENT + r"{0,8}酔っ(?:て|た|ちゃ)"),
    ("夜遊び", r"朝まで(?:飲|呑|騒|遊|踊|カラオケ|はしご|ハシゴ)|オールで(?:飲|カラオケ|遊)|始発(?:待ち|まで(?:飲|騒|遊|カラオケ))"
               r"|(?:踊り|遊び|歌い)明か"
               r"|終電を?(?:逃|なくし|無くし)|(?:二|三)次会で朝まで"),
    ("夜遊び", r"合コン|キャバ嬢|(?:キャバクラ|ホストクラブ)(?!向け|業界|店舗|の経営|の運営|経営|運営)|風俗店?(?:で|に(?:行|通|ハマ))"
               r"|ナンパ(?:して|した|され|しに|目的)"
               r"|(?:パチンコ|パチスロ|スロット|競馬|競艇)(?:で(?:勝|負|すっ|大勝|大負)|に(?:ハマ|はま|行っ))"),
    ("恋愛・容姿", r"(?:婚活|恋活)(?:中|して|を(?:して|始め)|パーティー)|マッチングアプリ(?:で(?:出会|知り合)|を(?:使|始)|に登録)"
                   r"|出会い系|元カノ|元カレ"),
    ("恋愛・容姿", r"(?:彼氏|彼女|恋人)(?:さん)?(?:は|って)?(?:いますか|いるんですか|いるの[？?]|いらっしゃいますか|いない歴|募集|できた|持ち|と別れ|とデート)"
                   r"|(?:彼氏|恋人|元カノ|元カレ)と(?:の)?(?:旅行|ディズニー|同棲|喧嘩|ケンカ|別れ|過ごし)"),
    ("恋愛・容姿", r"独身(?:ですか|でしょうか|なんですか|ですよね|なのでしょうか)|ご結婚(?:は|されて)" + _SENT + r"{0,6}(?:ますか|ですか|でしょうか)"),
    ("恋愛・容姿", r"(?<!作品の)(?<!料理の)(?<!風景の)(?<!商品の)(?:お写真|お顔|お顔立ち|見た目|容姿|ルックス|お姿)(?:が|も|は)?"
                   r"(?:とても|すごく|本当に|めちゃくちゃ|大変)?(?:素敵|綺麗|きれい|キレイ|可愛|かわい|カワイ|美し|タイプ|好み)"),
    ("恋愛・容姿", r"美人|美女|イケメン|好みのタイプ|タイプの女性|タイプの男性"),
    ("恋愛・容姿", r"(?:二人|ふたり)(?:きり|だけ)?で(?:お?食事|飲み|ご飯|ごはん|ディナー|デート|お酒)"
                   r"(?:でも|に(?:行き|いき)ませんか|しませんか|どう|いかが)"
                   r"|(?:お?仕事|ビジネス)の話(?:は|を)?抜きに|(?:プライベートで|個人的に)(?:お?食事|飲み|ご飯|ディナー|デート)"),
    ("うわさ話", r"ここだけの話|ここだけですが|オフレコ|内緒(?:の話|ですが|ですけど|なんですが|なんですけど|にしてください)"
                 r"|不倫|浮気|陰口|悪口"),
    ("うわさ話", r"(?:という|との|って)噂|(?<!お)噂(?:話|になって|が(?:立|広|流|あ)|によると|では|だと|で聞|を(?:聞|耳)|もあり)"
                 r"|(?:さん|氏|部長|課長|社長|先輩|上司|同僚|くん|ちゃん)の噂(?!はかねがね)"),
    ("うわさ話", r"辞め(?:る|た)" + _SENT + r"{0,10}(?:らしい|らしく|みたい(?:です|だ)|噂)"
                 r"|(?:クビ|左遷|降格|離婚|揉め|もめ|評判が悪|性格が悪|仲が悪)" + _SENT
                 + r"{0,10}(?:らしい|らしく|(?:と|って)(?:も)?(?:聞|聴)|みたい(?:です|だ)|噂)"),
    ("俗語", r"ぶっちゃけ|ぶっちゃける|ガチ(?:勢|で|すぎ|じゃん|恋)|エモ(?:い|かっ|く|すぎ)|ワンチャン|ぴえん|ぱおん|激おこ"
             r"|オワタ|オワコン|詰んだ|詰んでる|ムカつ|むかつ|ウザ(?:い|かっ|すぎ)|うざ(?:い|かっ|すぎ)|キモ(?:い|かっ|すぎ)"
             r"|ワロタ|ワロス|ﾜﾛﾀ|マジ卍|(?<![ぁ-ん])(?:ヤバ|やば)(?:っ|すぎ|そう|め|み)"
             r"|(?<![ぁ-んァ-ン一-龯])それな(?=$|[\s。！!？?、]|[wｗ])"),
    ("俗語", r"(?<![A-Za-z])(?:lol|LOL|lmao|LMAO|lmfao|LMFAO|kwsk|ktkr|wktk|orz|OTL)(?![A-Za-z])"),
    ("俗語", r"[（(]\s?笑\s?[)）]|(?<![A-Za-z0-9ａ-ｚＡ-Ｚ０-９./:@_\-wｗＷ])[wｗＷ]{2,}(?![A-Za-z0-9ａ-ｚＡ-Ｚ.])"
             r"|(?<=[ぁ-んァ-ン一-龯！？!?])[wｗ](?=$|[\s。、！!？?])"),
    ("俗語", r"(?<![一-龯])乙(?:です|でした|(?=[！!〜～]))"),
]]

# 噂話ではなく, 合コンはしません: named in order to rule it out.
_NEGATED = re.compile(r"(?:ではな|じゃな|ではあり|ではござ|は(?:一切)?(?:しません|いたしません|抜き|なし|無し)|抜きで)")

# Kaomoji: a short bracketed face with at least two "eye" characters and one distinctive mark.
_PAREN = re.compile(r"[（(][^()（）\n]{1,14}[)）]")
_EYES = set("^＾´`≧≦・•゜ﾟ°ᴗ◕≖⊙◉TＴ;；><＞＜_＿-ー~～oOｏωДд∀▽")
_STRONG = set("^＾´`≧≦゜ﾟ°◕ᴗ≖⊙◉ωДд∀▽><＞＜TＴ;；")
_NOT_FACE = re.compile(r"[ぁ-ゖ一-龯々A-NP-SU-Za-np-z0-9０-９Ａ-Ｚａ-ｚ、。]")
_KAOMOJI_EXTRA = re.compile(r"(?<![A-Za-z0-9^])\^[_\-。oO]?\^;?(?![A-Za-z0-9])|m[（(][_＿]\s?[_＿][)）]m"
                            r"|[（(][-ー][_＿][-ー];?[)）]")
# Emoji counted in runs: sequences shown as pictures (not ©, ™, arrows or other text symbols).
_BMP_PICTURE = set("⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕")
_DECORATION = set("♪♫♬♡♥")  # not ★☆: ratings (★★★☆☆) are business text
_RUN_GAP = re.compile(r"[ \t\u3000]*")
_EMOJI_FIRST = re.compile("[\u2190-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]|[#*0-9](?=\ufe0f?\u20e3)")


def _is_picture(seq: str) -> bool:
    first = seq[0]
    return (len(seq) > 1 or ord(first) >= 0x1F000 or first in _BMP_PICTURE) and first not in "©®™"


def _emoji_units(text: str):
    """(start, end) of each emoji sequence or decoration mark (♪, ☆…) in text, in order."""
    i, n = 0, len(text)
    while i < n:
        m = _EMOJI_FIRST.search(text, i)
        if not m:
            return
        s = m.start()
        e = EMOJI.match(text, s)
        if e and _is_picture(e.group(0)):
            yield s, e.end()
            i = e.end()
        elif text[s] in _DECORATION:
            yield s, s + 1
            i = s + 1
        elif ord(text[s]) >= 0x1F000:  # emoji newer than our table: still a picture
            yield s, s + 1
            i = s + 1
        else:
            i = s + 1


def _emoji_runs(text: str, minimum: int):
    run: list[tuple[int, int]] = []
    for s, e in _emoji_units(text):
        if run and _RUN_GAP.fullmatch(text, run[-1][1], s):
            run.append((s, e))
            continue
        if len(run) >= minimum:
            yield run[0][0], run[-1][1]
        run = [(s, e)]
    if len(run) >= minimum:
        yield run[0][0], run[-1][1]


def _kaomoji(text: str):
    for m in _PAREN.finditer(text):
        inner = m.group(0)[1:-1]
        if inner.strip() in ("笑", "汗", "泣", "涙"):
            continue  # （笑） is slang, found with the slang; （汗） reads as a note
        if _NOT_FACE.search(inner):
            continue
        if sum(c in _EYES for c in inner) >= 2 and any(c in _STRONG for c in inner):
            yield m.start(), m.end()
    if "^" in text or "_" in text or "＿" in text:  # each of the extra forms has one of these
        for m in _KAOMOJI_EXTRA.finditer(text):
            yield m.span()


_EMOJI_GATE = re.compile("[\u2190-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff\u20e3]")


class LiteralGate:
    """Which of several regexes can match a text, found with one scan instead of one per regex.

    Each regex's parse tree gives a set of literal strings such that every match contains one of them
    (二日酔い?|泥酔 -> {二日酔, 泥酔}); `active(text)` returns the indexes of the regexes whose
    literals occur in the text, and of those with no such set (always run). A regex that is not
    active cannot match: skipping it changes nothing."""

    _CAP = 16  # most strings an exact piece may stand for

    def __init__(self, patterns: list[re.Pattern]):
        self.always: frozenset = frozenset()
        self.scan = None
        try:
            needs = [self.required(p) for p in patterns]
        except Exception:  # noqa: BLE001 - an unknown parse tree (another Python): run every regex
            self.always = frozenset(range(len(patterns)))
            return
        self.always = frozenset(k for k, need in enumerate(needs) if need is None)
        # A literal is looked for from its first rare character (という噂 as 噂): the scan then stops
        # at fewer places, and a text holding the literal still holds that end of it.
        needed_by: dict[str, set] = {}
        for k, need in enumerate(needs):
            for w in need or ():
                key = w[next((i for i, ch in enumerate(w) if self._rare(ch)), 0):]
                needed_by.setdefault(key, set()).add(k)
        if not needed_by:
            return
        # The scan reports the longest key at a position; the shorter ones there are its prefixes.
        self.owners = {w: frozenset().union(*(needed_by.get(w[:i], ()) for i in range(1, len(w) + 1)))
                       for w in needed_by}
        self.scan = re.compile(self._trie(sorted(needed_by)))

    def active(self, text: str) -> frozenset:
        found = self.always
        if self.scan is None:
            return found
        search, owners = self.scan.search, self.owners
        m = search(text)
        while m:  # from every start, so overlapping literals are all seen
            found = found | owners[m.group()]
            m = search(text, m.start() + 1)
        return found

    @classmethod
    def _trie(cls, words: list[str]) -> str:
        """A regex matching exactly the words, longest first: a trie, so a position costs one branch."""
        root: dict = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}

        def emit(node: dict) -> str:
            alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
            if not alts:
                return ""
            body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
            return f"(?:{body})?" if "" in node else body  # greedy: the longer word wins

        return emit(root)

    # -- what a regex needs: walking the parse tree (re._parser; unknown nodes need nothing) --------
    @classmethod
    def required(cls, pattern: re.Pattern):
        from re import _parser

        if pattern.flags & re.IGNORECASE:
            return None
        return cls._needs(list(_parser.parse(pattern.pattern, pattern.flags)))

    @classmethod
    def _needs(cls, items):
        """Strings one of which every match of this sequence contains, or None."""
        from re import _constants as c

        best = None

        def consider(words):
            nonlocal best
            if words and "" not in words and (best is None or cls._score(words) > cls._score(best)):
                best = words

        run = {""}  # what the current stretch of exact pieces matches
        for op, av in items:
            exact = cls._exact(op, av)
            if exact is not None:
                joined = {a + b for a in run for b in exact}
                if len(joined) <= cls._CAP:
                    run = joined
                else:
                    consider(run)
                    run = exact
                consider(run)
                continue
            consider(run)
            run = {""}
            if op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
                consider(cls._needs(av[3]))
            elif op is c.BRANCH:
                alternatives = [cls._needs(alt) for alt in av[1]]
                if all(alternatives):
                    consider(set().union(*alternatives))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                consider(cls._needs(av[2]))
        return best

    @classmethod
    def _exact(cls, op, av):
        """Every string this piece can match, if there are few; else None."""
        from re import _constants as c

        if op is c.LITERAL:
            return {chr(av)}
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {""}  # matches nothing: a look-around or an anchor
        if op is c.IN:
            chars = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE and a[1] - a[0] < 16:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    return None
            return chars
        if op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
            return cls._exact_seq(av[3])
        if op is c.BRANCH:
            out: set = set()
            for alt in av[1]:
                words = cls._exact_seq(alt)
                if words is None:
                    return None
                out |= words
            return out if len(out) <= cls._CAP else None
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] <= 3:
            inner = cls._exact_seq(av[2])
            if inner is None:
                return None
            out, cur = set(), {""}
            for k in range(av[1] + 1):
                if k >= av[0]:
                    out |= cur
                cur = {a + b for a in cur for b in inner}
                if len(out) > cls._CAP or len(cur) > cls._CAP:
                    return None
            return out
        return None

    @classmethod
    def _exact_seq(cls, items):
        out = {""}
        for op, av in items:
            words = cls._exact(op, av)
            if words is None:
                return None
            out = {a + b for a in out for b in words}
            if len(out) > cls._CAP:
                return None
        return out

    @staticmethod
    def _rare(ch: str) -> bool:
        """Kanji, katakana and the like: rarer in a draft than kana, ASCII, brackets and ー."""
        return not (ord(ch) < 0x3000 or "\u3040" <= ch <= "\u309f" or ch in "（）ー")

    @classmethod
    def _score(cls, words) -> int:
        """Prefer literals made of rarer characters."""
        return min(sum(2 if cls._rare(ch) else 1 for ch in w) for w in words)


_GATE: LiteralGate | None = None  # built on first use (parsing the regexes takes a few ms)


# Slang read from the tokens: the standalone 笑 and 草 (not 笑顔, 草案, 草の根), マジ (not マジック),
# ヤバい in any form, ウケる as a verb in katakana (not 受ける).
_DATE_BUSINESS = {"スポット", "アプリ", "サービス", "プラン", "コース", "事業", "市場", "向け"}
_GRASS_NEXT = {"生える", "生え", "不可避", "w", "ｗ", "ww", "ｗｗ"}


_SLANG_SURFACES = ("笑", "草", "マジ", "まじ", "ウケ", "デート")  # every surface _token_slang reads, or its start
_YABAI = ("ヤバい", "やばい", "ヤバイ")


def _may_have_token_slang(doc) -> bool:
    """False when no token can be slang: its surface (a piece of the view) is absent, and so are
    the lemma and base forms of やばい."""
    text = doc.view
    return (any(w in text for w in _SLANG_SURFACES) or "やばい" in doc.tokens.column("lemma")
            or not set(_YABAI).isdisjoint(doc.tokens.column("base")))


def _token_slang(doc):
    toks = doc.tokens
    for s in doc.sentences:
        for k in range(s.tok_start, s.tok_end):
            t = toks[k]
            nxt = toks[k + 1] if k + 1 < s.tok_end else None
            adjacent = nxt is not None and nxt.start == t.end
            if t.surface == "笑" and not (adjacent and nxt.pos1 in ("名詞", "接尾辞")):
                yield t.start, t.end
            elif t.surface == "草" and (not adjacent or nxt.pos1 in ("補助記号", "助動詞", "記号")
                                       or nxt.base in _GRASS_NEXT or nxt.surface[:1] in "wｗ"):
                yield t.start, t.end
            elif t.surface in ("マジ", "まじ", "マジで", "まじで") and t.pos1 in ("形状詞", "名詞", "副詞"):
                yield t.start, t.end
            elif t.lemma == "やばい" or t.base in ("ヤバい", "やばい", "ヤバイ"):
                yield t.start, t.end
            elif t.pos1 == "動詞" and t.surface.startswith("ウケ") and not (adjacent and nxt.pos1 == "名詞") \
                    and not (k > s.tok_start and toks[k - 1].surface == "に"):
                yield t.start, t.end  # ウケる！ (that's funny), not 若者にウケる企画 (popular)
            elif t.surface == "デート" and not (adjacent and nxt.surface in _DATE_BUSINESS):
                yield t.start, t.end


def check(ctx: Context) -> None:
    global _GATE
    if _GATE is None:
        _GATE = LiteralGate([p for _, p in _PATTERNS])
    doc = ctx.doc
    text = doc.view
    hits: list[tuple[int, int, str]] = []
    # Only the patterns whose required words occur in the draft can match (most drafts: none).
    for k in _GATE.active(text):
        cat, pattern = _PATTERNS[k]
        hits += [(m.start(), m.end(), cat) for m in pattern.finditer(text)
                 if m.end() > m.start() and not _NEGATED.match(text, m.end())]
    if _may_have_token_slang(doc):
        hits += [(s, e, "俗語") for s, e in _token_slang(doc)]
    if "(" in text or "（" in text or "^" in text:  # every kaomoji pattern needs a bracket or ^
        hits += [(s, e, "顔文字") for s, e in _kaomoji(text)]
    minimum = int(ctx.options.get("emoji-run", 3))
    if minimum < 1 or _EMOJI_GATE.search(text):  # no emoji, no mark, no keycap: no unit, so no run
        hits += [(s, e, "絵文字の連続") for s, e in _emoji_runs(text, minimum)]
    if not hits:
        return
    hits.sort()
    # One finding per stretch: overlapping or touching hits merge (a run of 笑笑笑 is one).
    merged: list[list] = []
    for s, e, cat in hits:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            continue
        merged.append([s, e, cat])
    what_en = {"飲酒": "drinking", "夜遊び": "nightlife", "恋愛・容姿": "dating or looks", "うわさ話": "gossip",
               "俗語": "slang", "顔文字": "kaomoji", "絵文字の連続": "a run of emoji"}
    english = ctx.options.get("_lang") == "en"
    for s, e, cat in merged:
        ctx.report(s, e, match=short(doc.text[s:e]), what=what_en[cat] if english else cat)
