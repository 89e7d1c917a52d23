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
from ..patterns import RegexSelector
from ..rule import Context
from .too_stiff import short
from ..lazyre import lazy

_SENT = r"[^。！？!?\n]"

# (category, regex). Categories name the finding: 飲酒, 夜遊び, 恋愛・容姿, うわさ話, 俗語.
_PATTERNS: list[tuple[str, re.Pattern]] = [(cat, lazy(p)) for cat, p in [
    ("飲酒", r"宅飲み|家飲み|サシ飲み|二日酔い?|酔っ?払[いうっわ]|酔っぱら[いうっわ]|酔い(?:つぶ|潰)れ|泥酔|べろべろ|ベロベロ|へべれけ|千鳥足"),
    # 翌朝は完全に記憶が飛んでました: the night's drinking told by its morning
    ("飲酒", r"(?:翌朝|次の日|翌日)[^。\n]{0,8}?記憶が(?:飛|な|無)"),
    ("飲酒", r"(?:飲|呑)み(?:すぎ|過ぎ|まくっ|明か|潰れ|つぶれ)|(?:飲|呑)んだくれ|はしご酒|ハシゴ酒|深酒|やけ酒|ヤケ酒"),
    ("飲酒", r"(?:飲み会で|飲み会では|飲んで|お酒で|酒で|(?:飲み|呑み)(?:すぎ|過ぎ)て)(?:潰れ|つぶれ|記憶を?(?:なく|無く|失)|記憶が(?:な|無|飛))"),
    ("飲酒", r"(?:お?酒|飲ん|飲み|ビール|ワイン|日本酒|焼酎|ハイボール|バー|居酒屋|スナック)" + _SENT + r"{0,8}酔っ(?:て|た|ちゃ)"
             # 二軒目のバーで伺った…件、正直かなり酔っていて / ハイボールがうますぎて、全部忘れました
             r"|(?:かなり|相当|だいぶ|完全に|すっかり)酔っ(?:て|た|ちゃ)"
             r"|(?:お?酒|飲み|ビール|ワイン|日本酒|焼酎|ハイボール|居酒屋)" + _SENT + r"{0,14}?(?:全部|すっかり|何も)忘れ"),
    ("夜遊び", r"朝まで(?:[0-9０-９一二三四五]軒)?(?:飲|呑|騒|遊|踊|カラオケ|はしご|ハシゴ)|(?:飲|呑)み歩(?:い|く|き|け)|(?:[3-9３-９]|三|四|五)軒目まで|オールで(?:飲|カラオケ|遊)|始発(?:待ち|まで(?:飲|騒|遊|カラオケ))"
               r"|(?:踊り|遊び|歌い)明か"
               r"|終電を?(?:逃|なくし|無くし)|(?:二|三)次会で朝まで"
               # 二次会のカラオケまで / 次はサシで飲みましょう: the night out, and one for two
               r"|(?:二|三)次会(?:の|で)カラオケ|サシ(?:で)?飲み|サシで(?:飲|呑)"),
    ("夜遊び", r"合コン|キャバ嬢|(?:キャバクラ|ホストクラブ)(?!向け|業界|店舗|の経営|の運営|経営|運営)|風俗店?(?:で|に(?:行|通|ハマ))"
               r"|ナンパ(?:して|した|され|しに|目的)"
               # 銀座のクラブまでお付き合いいただき / スナックのママ: the hostess bar after hours
               r"|(?:銀座|六本木|北新地|新地|中洲|すすきの|歌舞伎町|祇園|錦)の(?:クラブ|スナック|ラウンジ)(?:まで|で|に|へ|の)"
               r"|(?:クラブ|スナック|ラウンジ)の(?:ママ|ホステス|女の子)"
               # 女の子も何人か呼べますよ: company laid on for the night
               r"|女の子(?:も|を)" + _SENT + r"{0,6}?(?:呼べ|呼び|呼ん|呼ぶ|連れて|用意)"
               r"|(?:パチンコ|パチスロ|スロット|競馬|競艇)(?:で(?:勝|負|すっ|大勝|大負)|に(?:ハマ|はま|行っ))"),
    ("恋愛・容姿", r"(?:婚活|恋活)(?:中|して|を(?:して|始め)|パーティー|(?:も|を)?(?:兼ね|がてら))|マッチングアプリ(?:で(?:出会|知り合)|を(?:使|始)|に登録)"
                   r"|出会い系|元カノ|元カレ"
                   # 独身メンバーだけ集めて、出会い目的の飲み会: a party for meeting partners
                   r"|出会い(?:目的|を目的|探し|が欲しい|がほしい)|(?:可愛い|かわいい|カワイイ)(?:子|女の子)(?!ども|供|育て|たち)(?:を|も|が)?(?:たくさん|何人か|いっぱい)?(?:呼|連れ|集め)"),
    ("恋愛・容姿", r"(?:彼氏|彼女|恋人)(?:さん)?(?:は|って)?(?:いますか|いるんですか|いるの[？?]|いらっしゃいますか|いない歴|募集|できた|持ち|と別れ|とデート)"
                   r"|(?:彼氏|恋人|元カノ|元カレ)と(?:の)?(?:旅行|ディズニー|同棲|喧嘩|ケンカ|別れ|過ごし)"),
    # お付き合いされている方とかいらっしゃるんですか: whether the reader is seeing someone (not 今後ともお付き合いのほど)
    ("恋愛・容姿", r"(?:お)?付き合い(?:されて|して|なさって)(?:いる|いらっしゃる|る)(?:方|人|相手|お相手)(?:は|とか|って|が)?"
                   r"(?:いますか|いるんですか|いるの|いらっしゃいますか|いらっしゃるんですか|いらっしゃるのでしょうか|おられますか)"),
    ("恋愛・容姿", r"独身(?:ですか|でしょうか|なんですか|ですよね|なのでしょうか|でしたよね|でしたっけ|だよね)|ご結婚(?:は|されて)" + _SENT + r"{0,6}(?:ますか|ですか|でしょうか)"),
    ("恋愛・容姿", r"(?<!作品の)(?<!料理の)(?<!風景の)(?<!商品の)(?:お写真|プロフィール写真|プロフ写真|プロフィール画像|アイコン写真|お顔|お顔立ち|見た目|容姿|ルックス|お姿)(?:が|も|は)?"
                   r"(?:とても|すごく|本当に|めちゃくちゃ|大変)?(?:素敵|綺麗|きれい|キレイ|可愛|かわい|カワイ|美し|タイプ|好み)"),
    ("恋愛・容姿", r"美人|美女|イケメン|好みのタイプ|タイプの女性|タイプの男性|正直[、,]?(?:かなり|すごく)?タイプ(?:です|でした|かも|なんです)"),
    ("恋愛・容姿", r"(?:二人|ふたり)(?:きり|だけ)?で(?:お?食事|飲み|ご飯|ごはん|ディナー|デート|お酒)"
                   r"(?:でも|に(?:行き|いき)(?:ませんか|ません[？?]|ましょう)|に(?:行こ|いこ)う|しませんか|しましょう|どう|いかが)"
                   r"|(?:お?仕事|ビジネス)(?:の話)?(?:は|を)?抜き(?:に|で)(?=[^。\n]{0,12}?(?:お?食事|飲み|ご飯|ごはん|ディナー|デート|お酒|お茶))|(?:プライベートで|個人的に)(?:お?食事|飲み|ご飯|ディナー|デート)"),
    ("うわさ話", r"ここだけの話|ここだけですが|オフレコ|内緒(?:の話|ですが|ですけど|なんですが|なんですけど|にしてください)"
                 r"|噂で持ちきり|社内恋愛で(?:揉め|もめ|トラブ)|(?:奥さん|奥様|旦那さん|ご主人|妻|夫)と別れ"
                 r"|不倫|浮気|陰口|悪口"),
    ("うわさ話", r"(?:という|との|って)噂|(?<!お)噂(?:話|になって|が(?:立|広|流|あ)|によると|では|だと|で聞|を(?:聞|耳)|もあり|(?:です|だ)(?:けど|けれど|が|ね))"
                 r"|(?:さん|氏|部長|課長|社長|先輩|上司|同僚|くん|ちゃん)の噂(?!はかねがね)"
                 # 営業部の岡部さんの離婚の話: someone's private life passed on
                 r"|(?:さん|氏|部長|課長|社長|先輩|上司|同僚|くん|ちゃん)の(?:離婚|別居|不倫|浮気|借金|病気)の(?:話|件|こと|噂)"),
    ("うわさ話", r"辞め(?:る|た)" + _SENT + r"{0,10}(?:らしい|らしく|みたい(?:です|だ)|噂)"
                 r"|(?:クビ|左遷|降格|離婚|別居|揉め|もめ|評判が悪|性格が悪|仲が悪|ご?結婚され|妊娠|ご懐妊|交際して|付き合って)" + _SENT
                 + r"{0,10}(?:らしい|らしく|(?:と|って)(?:も)?(?:聞|聴)|みたい(?:です|だ)|噂)"
                 # 田村課長って離婚したって本当ですか / まだ付き合ってるのかも気になります: asked about
                 r"|(?:離婚|別居|不倫|浮気)(?:した|してる|している)って(?:本当|ほんと|マジ)"
                 # 裏でコンサルをやっていたのがバレて、異動になったらしいですよ: a scandal passed on
                 r"|(?:バレ|ばれ)(?:て|た)" + _SENT + r"{0,16}?(?:らしい|らしく|みたい(?:です|だ)|って(?:聞|話))"
                 # うちの人事部長は最近離婚したばかりで: a named person's private life passed on
                 r"|(?:部長|課長|社長|専務|常務|上司|先輩|さん|氏)(?:は|が|って)" + _SENT + r"{0,8}?(?:離婚|別居|不倫|浮気)(?:した|して|中)(?!って(?:本当|ほんと|マジ))"
                 r"|(?:人|さん|課長|部長|先輩|上司)と(?:まだ)?付き合って(?:る|いる)(?:の|って|らしい)"),
    # 昨夜は嫁と大喧嘩して / 夫と離婚調停中で: a family quarrel told to a work contact
    ("家庭の揉め事", r"(?:嫁|妻|夫|旦那|主人|義母|義父|姑|舅)と(?:大|また)?(?:喧嘩|ケンカ|けんか|揉め|もめ|離婚調停)|夫婦喧嘩"
                     r"|(?:嫁|旦那|妻|夫|義母|姑)の愚痴"),
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
_NEGATED = lazy(r"(?:ではな|じゃな|ではあり|ではござ|は(?:一切)?(?:しません|いたしません|抜き|なし|無し)|抜きで)")

# Kaomoji: a short bracketed face with at least two "eye" characters and one distinctive mark.
_PAREN = lazy(r"[（(][^()（）\n]{1,14}[)）]")
_EYES = set("^＾´`≧≦・•゜ﾟ°ᴗ◕≖⊙◉TＴ;；><＞＜_＿-ー~～oOｏωДд∀▽")
_STRONG = set("^＾´`≧≦゜ﾟ°◕ᴗ≖⊙◉ωДд∀▽><＞＜TＴ;；")
_NOT_FACE = lazy(r"[ぁ-ゖ一-龯々A-NP-SU-Za-np-z0-9０-９Ａ-Ｚａ-ｚ、。]")
_KAOMOJI_EXTRA = lazy(r"(?<![A-Za-z0-9^])\^[_\-。oO]?\^;?(?![A-Za-z0-9])|m[（(][_＿]\s?[_＿][)）]m"
                            r"|[（(][-ー][_＿][-ー];?[)）]")
# Emoji counted in runs: sequences shown as pictures (not ©, ™, arrows or other text symbols).
_BMP_PICTURE = set("⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕")
_DECORATION = set("♪♫♬♡♥")  # not ★☆: ratings (★★★☆☆) are business text
_RUN_GAP = lazy(r"[ \t\u3000]*")
_EMOJI_FIRST = lazy("[\u2190-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]|[#*0-9](?=\ufe0f?\u20e3)")


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


_EMOJI_GATE = lazy("[\u2190-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff\u20e3]")
# Only the regexes whose required words occur in a draft run (most drafts: none).
_GATE = RegexSelector([p for _, p in _PATTERNS])




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


# Plant names UniDic splits before 草 (ほうれん草, 月見草): a vegetable, not the slang.
_PLANT_STEMS = frozenset({"菠薐", "月見", "勿忘", "三つ葉", "浜"})


def _token_slang(doc):
    toks = doc.tokens
    for s in doc.sentences:
        for k in range(s.tok_start, s.tok_end):
            t = toks[k]
            nxt = toks[k + 1] if k + 1 < s.tok_end else None
            adjacent = nxt is not None and nxt.start == t.end
            if t.surface == "笑" and not (adjacent and nxt.pos1 in ("名詞", "接尾辞")):
                yield t.start, t.end
            elif t.surface == "草" and not (k > s.tok_start and toks[k - 1].lemma in _PLANT_STEMS and toks[k - 1].end == t.start) and (
                    not adjacent or nxt.pos1 in ("補助記号", "助動詞", "記号")
                                       or nxt.base in _GRASS_NEXT or nxt.surface[:1] in "wｗ"):
                yield t.start, t.end
            elif t.surface in ("マジ", "まじ", "マジで", "まじで") and t.pos1 in ("形状詞", "名詞", "副詞"):
                yield t.start, t.end
            elif t.lemma == "やばい" or t.base in ("ヤバい", "やばい", "ヤバイ"):
                yield t.start, t.end
            elif t.pos1 == "動詞" and t.surface.startswith("ウケ") and not (adjacent and nxt.pos1 == "名詞") \
                    and not (k > s.tok_start and toks[k - 1].surface == "に") \
                    and not (nxt is not None and (nxt.surface in ("と", "そう", "はず", "かも") or nxt.lemma == "そう")):
                yield t.start, t.end  # ウケる！ (that's funny), not 若者にウケる企画 or 絶対ウケると思う (popular)
            elif t.surface == "デート" and not (adjacent and nxt.surface in _DATE_BUSINESS):
                yield t.start, t.end


_OPEN_QUOTE, _CLOSE_QUOTE = "「『“\"'", "」』”\"'"


def check(ctx: Context) -> None:
    doc = ctx.doc
    text = doc.view
    hits: list[tuple[int, int, str]] = []
    # Only the patterns whose required words occur in the draft can match (most drafts: none).
    for k in sorted(_GATE.active(text)):
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
    # 「笑」や「ｗ」を仕事のDMで使うか: a word in quotes by itself is mentioned, not used.
    hits = [h for h in hits if not (0 < h[0] and h[1] < len(text) and text[h[0] - 1] in _OPEN_QUOTE
                                    and _OPEN_QUOTE.index(text[h[0] - 1]) == _CLOSE_QUOTE.find(text[h[1]]))]
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
