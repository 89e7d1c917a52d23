"""Who asks whom for what: requests, offers, interest and relationship signals in a draft.

Shared by one-sided-ask and form-letter. Requests and offers are read from the fugashi/UniDic
tokens (lemma, conjugation form), so いただけますか, いただけないでしょうか, いただければ幸いです
and くださいませんか are one form, not four strings. Every scan is one pass over the tokens with
bounded look-around, or a regex with bounded repeats over the view: linear in the draft's length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .document import Document, Token
from .patterns import where
from .lazyre import lazy

# -- vocabulary (lemmas; unknown words fall back to the surface) ----------------------------
# いただく/いただける, もらう/もらえる, くださる, くれる: the reader does something for the sender.
BENEFACTIVE = frozenset({"頂く", "貰う", "下さる", "呉れる", "頂戴"})
_PLEASED = frozenset({"幸い", "嬉しい", "助かる", "有り難い", "幸甚", "光栄"})
_CAUSATIVE = frozenset({"せる", "させる"})
_INTENSIFIERS = frozenset({"本当", "大変", "非常", "誠", "大層", "とても", "心", "大いに", "非常に"})

# What a substantial ask is about. `time` covers meetings, calls, talks and speaking slots.
TOPICS: dict[str, str] = {}
for _cat, _words in {
    "referral": "紹介 リファラル 推薦 口利き 繋ぐ 繋ぎ 取り次ぐ 取り次ぎ 仲介 橋渡し 引き合わせる 推す 宣伝 拡散 シェア "
                "RT リツイート リポスト ツイート 勧める 薦める 投稿 一声 口添え エンドースメント 推薦状 保証人",  # (RTしてもらえませんか, レビュー投稿してもらえませんか:
                # their audience vouching for the sender)
    "job": "採用 ポジション 求人 雇用 雇う 入社 働く 仕事 案件 内定 インターン インターンシップ 応募 転職",
    "purchase": "導入 契約 購入 発注 注文 申し込み 申込み 申込 商談 購読 乗り換え 乗り換える 買う 検討 "
                "出資 融資 投資 寄付 協賛 スポンサー 入会 加入 出稿",
    "advice": "相談 アドバイス 助言 知恵 レビュー 添削 意見 フィードバック 教える 教わる 指導 壁打ち 知見 "
              "ノウハウ 手伝う 手伝い 力添え 助ける 監修 教示 指摘 翻訳 英訳 和訳 校正 校閲 赤入れ",
    "time": "時間 面談 茶 ランチ 食事 会う 面会 話 話す 打ち合わせ 打合せ 打ち合せ ミーティング MTG mtg 1on1 "
            "通話 訪問 見学 説明 機会 伺う 登壇 講演 講義 寄稿 執筆 出演 取材 インタビュー ヒアリング zoom Zoom",
}.items():
    for _w in _words.split():
        TOPICS[_w] = _cat

# Mutual exchanges (情報交換, 交流) are not one-sided even when phrased as a request.
_MUTUAL = frozenset({"交換", "交流"})
# Small asks: a request about these is not substantial (つながり申請, ご確認ください, ご連絡ください).
_SMALL = frozenset({"繋がり", "繋がる", "申請", "承認", "確認", "返信", "返事", "連絡", "フォロー", "登録", "覧", "査収",
                    "都合", "回答", "了承", "承知", "容赦", "理解", "注意", "自愛", "参加", "視聴", "閲覧", "縁", "御覧"})
# 引用の範囲や条件についてご相談: a question about terms, not free advice.
_TERMS = frozenset({"条件", "範囲", "可否", "許可", "許諾", "提携", "協業", "取引", "委託", "契約", "詳細", "PR", "タイアップ", "出品", "出展",
                    "取り分", "手数料", "配分", "分配", "掛け率", "料率"})
_WHICH = frozenset({"どの", "何の", "どちら", "何方", "どれ", "何れ", "いつ", "何時", "どこ", "何処"})
_SCHEDULING = frozenset({"日程", "日時", "スケジュール", "段取り", "日取り", "時期", "候補日"})
# Asking leave to use the reader's words or work (使わせてください, 引用させていただけますか) is small.
_PERMITTED = frozenset({"使う", "引用", "掲載", "転載", "利用", "活用", "参考", "拝借"})
_TRIVIAL_OBJECTS = frozenset({"書類", "手続き", "連絡", "連絡先", "アドレス", "メールアドレス", "都合", "日程", "日時", "候補日", "時間帯", "予定", "場所", "URL",
                              "名前", "方法", "希望", "住所", "可否", "感想", "枠", "形式",
                              "条件", "価格", "料金", "納期", "在庫", "送料", "単価", "番号", "電話番号", "携帯番号", "携帯"})
# 状況を伺いたく / ご意向を伺えれば: where things stand, asked (a question, not a talk).
_STATUS = frozenset({"状況", "進捗", "ステータス", "意向", "見通し", "状態", "判断", "空き"})
# Verbs whose wish form (〜たい, 〜できれば, 〜しませんか) asks the reader for time or help.
_WANT = {"伺う": "time", "会う": "time", "聞く": "time", "話す": "time", "話": "time", "相談": "advice",
         "面談": "time", "訪問": "time", "見学": "time", "教わる": "advice", "面会": "time", "茶": "time",
         "食事": "time", "ランチ": "time", "打ち合わせ": "time", "応募": "job", "入社": "job", "働く": "job"}
# Invitations to these (弊社で働きませんか) are a recruiter's offer, not an ask.
# A wish to work (働きたい) asks the reader for a job only when it names their workplace.
_THEIR_PLACE = lazy(r"御社|貴社|貴院|貴校|貴学|貴団体|そちら|(?:さん|様)の(?:会社|チーム|部署|ところ|組織)|御社で|一緒に")
_WORK_STINT = frozenset({"インターン", "インターンシップ", "アルバイト", "バイト"})
_JOB_INVITE = frozenset({"働く", "応募", "入社", "ジョイン", "転職"}) | _WORK_STINT

# Things a sender sends in support of their own ask (not a gift to the reader).
_OWN_MATERIAL = ("経歴書", "履歴書", "ポートフォリオ", "ピッチ", "事業計画", "申込書", "申し込み書", "企画書",
                 "CV", "レジュメ", "自己紹介", "プロフィール", "私の", "僕の", "請求書", "契約書",
                 "リポジトリ", "コード", "原稿", "草稿", "下書き", "ドラフト", "エントリーシート", "志望動機",
                 "長編", "短編", "小説",  # what they would review
                 "相談内容", "経緯", "状況を詳しく")  # (状況を詳しく書いて送りますので: the sender's own problem)
_FREE = frozenset({"無料", "無償", "只", "ノーギャラ", "ボランティア"})
_OWN_PAPER_WORDS = ("履歴書", "経歴書", "レジュメ", "CV", "ポートフォリオ", "エントリーシート")
_PITCH_OBJECT = ("弊社", "当社", "自社", "サービス", "製品", "商品", "プロダクト", "ツール", "システム", "ソリューション")

_OFFER_WORDS = frozenset({"共有", "シェア", "提供", "送る", "送付", "紹介", "手伝う", "手伝い", "招待", "用意",
                          "差し上げる", "進呈", "プレゼント", "返す", "お返し", "負担", "馳走", "奢る", "協力",
                          "貢献", "支援", "案内", "お手伝い", "渡し", "渡す", "約束", "届ける", "届け", "見せる", "繋ぐ"})
_SEND = frozenset({"送る", "送付", "見せる"})  # (構成図もお見せできます: material shared, as when sent)
_GIFT_SENT = lazy(r"(?:製品|商品|サンプル|試供品|試作品|現物|ギフト|プレゼント|チケット|招待券|献本)(?:は|を|も)"
                  r"(?:もちろん|無料で|無償で|そのまま|すぐに)?(?:お|ご)?$")

# Their work: what a reader of their posts, talks or products would name.
_WORK = frozenset("""記事 投稿 ブログ note ノート ポスト ツイート 発信 登壇 講演 発表 セッション スライド 書籍 著書
論文 インタビュー テンプレート 連載 動画 ポッドキャスト 配信 番組 コード リポジトリ OSS ライブラリ プロダクト アプリ 取り組み
活動 事例 プレスリリース リリース ニュース 講義 作品 デザイン 写真 研究 寄稿 コラム ウェビナー セミナー 勉強会
カンファレンス LT トーク 対談 ホワイトペーパー レポート 資料 ツール サービス 製品 著作 プロジェクト 実績 記録
寄稿文 エッセイ 漫画 イラスト 講座 ラジオ 本 本書 同人誌 章 ご著書 ワークショップ 個展 展示 写真展 スレッド ツリー 報告""".split())
_CONSUME = frozenset({"拝見", "拝読", "拝聴", "読む", "聴く", "聞く", "伺う", "視聴", "聴講", "受講", "参加", "愛用",
                      "使う", "見る", "購読", "読了", "拝受", "利用", "読み切る", "読破", "購入"})
_MINE = frozenset({"私", "僕", "自分", "弊社", "当社", "自社", "私ども", "わたし"})
# The sender as the one spoken of (私に一声, 私を紹介): _MINE and the plainer and humbler words for "me".
_SELF_WORDS = _MINE | {"ぼく", "俺", "こちら", "当方"}
_HUMBLE_CONSUME = frozenset({"拝見", "拝読", "拝聴"})
_NOT_THEIR_WORK = frozenset({"プロフィール", "経歴", "名前", "ページ", "ホームページ", "HP", "求人", "募集", "アカウント",
                             "名簿", "サイト", "ウェブサイト", "求人票", "メール", "メッセージ", "連絡"})
# Reactions that show the sender took in something of the reader's. The strong ones count alone
# (大変参考になりました); the weak ones only next to their work or 御社の/〜さんの.
_APPRECIATE_STRONG = frozenset({"共感", "感銘", "感動", "感激", "刺激", "勉強", "参考", "尊敬", "憧れる", "憧れ",
                                "感心", "差さる"})  # 差さる: UniDic's lemma of 刺さる (刺さりました)
_APPRECIATE = _APPRECIATE_STRONG | frozenset({"興味深い", "面白い", "学ぶ", "学び", "楽しみ", "ファン", "印象",
                                              "唸る", "納得", "最高", "素晴らしい", "素敵", "分かり易い",
                                              "分かりやすい", "わかりやすい", "目出度い"})
_JOB_WORDS = ("ポジション", "求人", "募集", "採用", "選考", "応募", "職種")

_SENT_END = frozenset({"。", "！", "？", "!", "?", "．"})


@dataclass(frozen=True)
class Ask:
    start: int  # span to report: the topic word through the end of the request form
    end: int
    category: str  # referral | job | purchase | advice | time
    sentence: int  # index into doc.sentences
    form_start: int  # offset of the request form itself
    topic: str = ""  # the key of the word the category comes from (検討, 紹介), or the form's verb


def _key(t: Token) -> str:
    """The lemma without UniDic's gloss (デザイン-design, 私-代名詞), or the surface if unknown."""
    lemma = t.lemma
    if not lemma:
        return t.surface
    cut = lemma.find("-")
    return lemma[:cut] if cut > 0 else lemma


# -- request forms ---------------------------------------------------------------------------
def _is_past(t: Token) -> bool:
    return t.pos1 == "助動詞" and t.lemma == "た" and not t.cform.startswith("仮定形")


def _is_thanks(t: Token) -> bool:
    return t.surface.startswith(("ありがと", "有難う", "有り難う")) or t.lemma in ("感謝", "御礼", "お礼")


def _request_marker(toks: list[Token], i: int, hi: int) -> int | None:
    """After a verb at i, is this a request (question, wish, conditional + 幸い, imperative)?
    Returns the index just past the form, or None for statements, past and thanks."""
    t = toks[i]
    if t.cform.startswith("命令形"):
        return _chain_end(toks, i + 1, hi)
    if t.cform.startswith("仮定形"):
        return _chain_end(toks, i + 1, hi)
    j = i + 1
    limit = min(hi, i + 9)
    while j < limit:
        u = toks[j]
        if u.surface in _SENT_END:
            return None
        if _is_past(u) or _is_thanks(u):
            return None
        if u.lemma in _PLEASED and j + 1 < hi and _is_past(toks[j + 1]):
            return None  # お話しできて嬉しかったです: a report, not a wish
        if ((u.pos2 == "終助詞" and u.surface in ("か", "かな", "かしら"))
                or (u.pos1 == "助動詞" and u.lemma == "たい")
                or (u.lemma == "た" and u.cform.startswith("仮定形"))
                or u.cform.startswith("仮定形") or u.cform.startswith("命令形")
                or u.lemma in _PLEASED or u.lemma == "願う"):
            return _chain_end(toks, j + 1, hi)
        # A new clause (noun, another content verb) ends the form; 本当に/大変 do not.
        if u.pos1 in ("名詞", "代名詞") and u.lemma not in _PLEASED and _key(u) not in _INTENSIFIERS:
            return None
        if u.pos1 == "動詞" and u.pos2 == "一般" and u.lemma not in ("存ずる", "思う", "考える"):
            return None
        j += 1
    return None


def _chain_end(toks: list[Token], j: int, hi: int) -> int:
    """Extend a request form over trailing auxiliaries and particles (です, ます, か, ね)."""
    while j < hi and (toks[j].pos1 in ("助動詞",) or toks[j].pos2 in ("終助詞",)
                      or toks[j].lemma in _PLEASED or toks[j].lemma in ("存ずる",)):
        j += 1
    return j


def _prev_content(toks: list[Token], i: int, lo: int) -> int | None:
    """The content word a wish or potential form is built on: skips し/させ/て/お."""
    j = i - 1
    while j >= lo and (toks[j].lemma in ("為る", "致す", "せる", "させる", "出来る", "て", "居る")
                       or toks[j].pos2 == "接続助詞" or toks[j].pos1 == "接頭辞"):
        j -= 1
    return j if j >= lo else None


# Every branch of request_forms starts at a token with one of these lemmas.
_FORM_LEMMAS = frozenset(BENEFACTIVE | set(_WANT) | {"願う", "欲しい", "たい", "出来る", "ます", "如何", "可能", "宜しい",
                                                      "待つ"})


def request_forms(doc: Document, sent_index: int, starts: list[int] | None = None):
    """Yield (anchor token index, form end token index, default category or None, kind) for each
    request form in a sentence. kind: request | invite. `starts`: where(tokens, "lemma", _FORM_LEMMAS)."""
    toks = doc.tokens
    s = doc.sentences[sent_index]
    lo, hi = s.tok_start, s.tok_end
    if starts is None:
        starts = where(toks, "lemma", _FORM_LEMMAS)
    k = bisect.bisect_left(starts, lo)
    i = lo
    while k < len(starts) and starts[k] < hi:
        # Other tokens fall through every branch (i += 1): go straight to the next candidate.
        if starts[k] < i:
            k += 1
            continue
        i = starts[k]
        k += 1
        t = toks[i]
        lemma = t.lemma
        # ご紹介いただけますか / 教えてもらえませんか / ご検討ください / 推薦してくれませんか
        if t.pos1 == "動詞" and lemma in BENEFACTIVE:
            end = _request_marker(toks, i, hi)
            if end is not None:
                yield i, end, None, "request"
                i = end
                continue
        # お願いします / お願いできますか / OB訪問のお願い (not よろしくお願いします on its own: no topic)
        elif lemma == "願う" and i > lo and toks[i - 1].surface in ("お", "御"):
            # 図面のレビューをお願いする仕組み: a clause describing a noun, nothing asked
            attributive = (i + 2 < hi and toks[i + 1].lemma == "為る" and toks[i + 1].cform.startswith("連体形")
                           and toks[i + 2].pos1 == "名詞" and toks[i + 2].lemma not in ("事", "の", "方"))
            if not attributive and not any(_is_past(u) for u in toks[i + 1:min(hi, i + 5)]):
                end = _chain_end(toks, i + 1, hi)
                while end < hi and toks[end].pos1 == "動詞" and toks[end].pos2 == "非自立可能":
                    end = _chain_end(toks, end + 1, hi)
                yield i - 1, end, None, "request"
                i = end
                continue
        # 紹介してほしい / 紹介が欲しい
        elif lemma == "欲しい" and i > lo and toks[i - 1].surface in ("て", "で", "が", "を"):
            if not any(_is_past(u) for u in toks[i + 1:min(hi, i + 4)]):
                yield i, _chain_end(toks, i + 1, hi), None, "request"
        # お話を伺いたい / ご相談したく / 一度お会いしたいです / 御社で働きたい
        elif t.pos1 == "助動詞" and lemma == "たい":
            j = _prev_content(toks, i, lo)
            # 聞きたかった(テーマ): a past wish describes, it does not ask.
            past_wish = i + 1 < hi and _is_past(toks[i + 1])
            # 話したい方はこのスレッドで: the wish of the readers it picks, not the sender's
            their_wish = i + 1 < hi and toks[i + 1].surface in ("方", "人", "方々", "皆さん", "皆様")
            if (j is not None and not past_wish and not their_wish and _key(toks[j]) in _WANT
                    and toks[j].lemma not in BENEFACTIVE):
                yield j, _chain_end(toks, i + 1, hi), _WANT[_key(toks[j])], "request"
            # 御社でインターンをしたいです: a wish to work there, the noun naming the job
            elif (j is not None and not past_wish and not their_wish and toks[j].surface == "を" and j - 1 >= lo
                  and _key(toks[j - 1]) in _WORK_STINT):
                yield j - 1, _chain_end(toks, i + 1, hi), "job", "request"
        # 伺えないでしょうか / お会いできれば / ご相談できますか / お話を聞ければ幸いです
        elif t.pos1 == "動詞" and (lemma == "出来る" or (t.base and t.base != lemma and t.base.endswith("る")
                                                        and lemma in _WANT)):
            j = i if lemma != "出来る" else _prev_content(toks, i, lo)
            if j is not None and toks[j].surface in ("は", "が") and j > lo and _key(toks[j - 1]) in ("事", "こと"):
                j -= 1  # お繋ぎいただくことはできますか: the topic is before こと
            key = _key(toks[j]) if j is not None else ""
            if key in _WANT or key in ("頂戴", "事", "こと"):
                end = _request_marker(toks, i, hi)
                if end is not None:
                    yield j, end, _WANT.get(key), "request"
                    i = end
                    continue
        # お茶しませんか / 導入しませんか / 一度お会いしませんか
        elif lemma == "ます" and t.cform.startswith("未然"):
            if i + 2 < hi and toks[i + 1].lemma in ("ず", "ぬ") and toks[i + 2].surface == "か":
                j = _prev_content(toks, i, lo)
                if j is not None:
                    key = _key(toks[j])
                    if key in _JOB_INVITE:
                        pass  # 弊社で働きませんか: the reader is offered a job
                    else:
                        default = _WANT.get(key) or (TOPICS.get(key) if TOPICS.get(key) == "purchase" else None)
                        yield j, _chain_end(toks, i + 3, hi), default, "invite"
        # お茶でもいかがでしょうか / お時間をいただくことは可能でしょうか / 伺ってもよろしいでしょうか
        elif lemma in ("如何", "可能", "宜しい") and any(
                u.surface == "か" and u.pos2 == "終助詞" for u in toks[i + 1:min(hi, i + 4)]):
            yield i, _chain_end(toks, i + 1, hi), None, "invite"
        # ご注文をお待ちしております
        elif lemma == "待つ" and i > lo and toks[i - 1].surface in ("お", "御"):
            # (not 来週の打ち合わせは弊社オフィスでお待ちしております: where an agreed meeting happens)
            at_a_place = i - 2 >= lo and toks[i - 2].surface == "で"
            if not at_a_place and not any(_is_past(u) for u in toks[i + 1:min(hi, i + 6)]):
                yield i - 1, _chain_end(toks, i + 1, hi), None, "invite"
        i += 1


_ONE_POINT = ("一点", "1点", "１点", "ひとつ", "一つ", "1つ", "１つ")


def _one_point_before(toks: list[Token], k: int, lo: int = 0) -> bool:
    """一点 / ひとつ in the few words before token k: one question announced."""
    return any(w in "".join(u.surface for u in toks[max(lo, k - 4):k]) for w in _ONE_POINT)

# テストがあるかどうか / 図として掲載してよいか / 使っても良いか: a yes or no, before 教えて
# 参加できそうなら…教えて: whether they come, for a head count
_YES_NO_TAIL = lazy(r"かどうか|(?:て|で)(?:も)?(?:よい|良い|いい|よろしい)か|可能か"
                    r"|(?:が|は)(?:ある|あります|ございます|おありになる)か[、,]?(?:も)?$"  # お取り扱いがあるか、教えて
                    # メールとオンライン通話のどちらがよいかも教えて: a choice
                    r"|(?:どちら|どっち|どれ)(?:の方|のほう)?(?:が|で)(?:よい|良い|いい|よろしい|ご都合(?:が)?(?:よい|良い|いい)|便利)(?:の)?か|(?:どう|どちらに|いつに)(?:する|される|なさる)か"
                    r"|(?:参加|出席|来場)(?:でき|可能|され|する|します)[^。]{0,4}?(?:なら|か)|(?:参加|出席|出欠)の?可否")


def _asks_an_answer(toks: list[Token], k: int) -> bool:
    """教えて / ご教示 at token k asks for an answer, not advice (教える's twin of _question, for 伺う):
    一点ご教示いただけないでしょうか (one question, as 一点だけ伺いたい), テストがあるかどうか教えて
    (yes or no), このままDMでよいか、メールの方がよいか教えて (a choice), 一点質問があります。…ご教示
    ください (announced as a question). Cheapest evidence first."""
    if _one_point_before(toks, k):
        return True
    if _YES_NO_TAIL.search("".join(u.surface for u in toks[max(0, k - 12):k])):
        return True
    if _WHAT_TO_DO.search("".join(u.surface for u in toks[max(0, k - 30):k])):
        return False  # どのツールを入れるべきか、何から手をつければいいのか…教えて: advice, however many questions
    if sum(1 for j in range(max(1, k - 14), k)
           if toks[j].surface == "か" and toks[j].pos1 == "助詞" and toks[j - 1].surface != "と") >= 2:
        return True  # (プロフィールとか固定ポストとか: a list, not two questions)
    if _which_question_before(toks, k):
        return True
    return any(_framed_question(toks, j) for j in range(max(0, k - 300), k))


def _which_question_before(toks: list[Token], k: int) -> bool:
    """どの方法がご都合よいでしょうか。…教えてください: 教えて asks the answer to the question just asked
    (one with どの/どちら/いつ; みてもらえませんか？ is a request, not a question)."""
    lo = max(0, k - 24)
    for j in range(k - 2, lo - 1, -1):
        if toks[j].surface == "か" and toks[j].pos2 == "終助詞" and toks[j + 1].surface in ("。", "？", "?"):
            # (…という理解でよろしいでしょうか。…ご教示ください: a yes or no to confirm)
            return any(_key(u) in _WHICH or u.lemma == "宜しい" for u in toks[lo:j])
    return False


def _framed_question(toks: list[Token], j: int) -> bool:
    """質問があります / ご質問させてください at token j: the sender says a question follows."""
    if _key(toks[j]) != "質問" or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.lemma == "為る":
        return True
    return nxt.surface in ("が", "を") and j + 2 < len(toks) and toks[j + 2].lemma in ("有る", "御座る", "為る")


def _done_for_sender(toks: list[Token], j: int, hi: int) -> bool:
    """The verb at j (after an optional お) is done by the reader for the sender: お願いできないか,
    作っていただけませんか; not 無料でお貸しできます (the sender's own act)."""
    if toks[j].pos1 == "接頭辞":
        j += 1
    # (無償でご提供いただけないでしょうか: a サ変 noun done for the sender, as a verb is)
    if j >= hi or not (toks[j].pos1 == "動詞" or toks[j].pos3 == "サ変可能"):
        return False
    if toks[j].lemma == "願う":
        return True
    for u in toks[j + 1:min(hi, j + 4)]:
        if u.lemma in ("頂く", "貰う", "呉れる", "下さる"):
            return True
        if u.lemma == "出来る" or u.pos1 == "補助記号":
            return False
    return False


def _sender_gives_free(toks: list[Token], i: int, hi: int) -> bool:
    """無料でお貸しできます / 無償で提供します: the sender's own act, free (before the ask in the sentence)."""
    if not (i + 2 < hi and toks[i + 1].surface == "で"):
        return False
    j = i + 3 if toks[i + 2].pos1 == "接頭辞" else i + 2
    if j >= hi or toks[j].pos1 not in ("動詞", "名詞") or toks[j].lemma == "願う":
        return False  # (無料でお願いできないでしょうか asks)
    for u in toks[j + 1:min(hi, j + 4)]:
        if u.lemma in BENEFACTIVE:
            return False
        if u.lemma in ("出来る", "致す") or u.lemma == "ます" and u.cform.startswith("終止"):
            return True
    return False


_POSTED = frozenset({"ポスト", "投稿", "ツイート", "RT", "リポスト", "ストーリー", "ストーリーズ", "フィード"})


def _topic(toks: list[Token], k: int, hi: int) -> str | None:
    t = toks[k]
    key = _key(t)
    cat = TOPICS.get(key) or TOPICS.get(t.surface)
    if cat is None:
        if key in _FREE and k + 2 < hi and toks[k + 1].surface == "で" and _done_for_sender(toks, k + 2, hi):
            return "advice"  # 今回は無料でお願いできないでしょうか / 無償で作っていただけませんか: free work
        if key in ("回す", "渡す") and any(w in "".join(u.surface for u in toks[max(0, k - 6):k]) for w in _OWN_PAPER_WORDS):
            return "referral"  # 人事の方に私の履歴書を回していただけると: passing the sender's CV on is a referral
        return None
    if key == "一声" and not (k >= 2 and toks[k - 1].surface == "に" and toks[k - 2].surface not in _SELF_WORDS
                             and toks[k - 2].pos1 == "名詞"):
        return None  # 届いていなければ一声かけてください: tell the sender (not 人事の方に一声: a word put in)
    if cat == "job" and "".join(u.surface for u in toks[k + 1:min(hi, k + 4)]).startswith(("のことで", "の件で", "のことについて")):
        return None  # 今の仕事のことで相談したい: the job is what the talk is about, not what is asked for
    if key == "働く" and k + 1 < hi and toks[k + 1].surface == "方":
        return None  # リサーチチームの働き方を伺えたら: how they work, a topic of the talk
    if key == "紹介":
        if k > 0 and toks[k - 1].surface == "自己":
            return None
        # ご紹介させてください: the sender introduces (a pitch), not a referral.
        if k + 2 < hi and toks[k + 1].lemma == "為る" and toks[k + 2].lemma in _CAUSATIVE:
            return None
        if any(u.surface in _POSTED for u in toks[max(0, k - 3):min(hi, k + 3)]):
            return "referral"  # うちの新サービスをポストで紹介して / 紹介ポストして: their audience vouches for the sender
        if _presents_work(toks, k):
            return "time"  # 〜さんの事例を紹介していただけたら: a talk at the sender's event, not a referral
    if key in ("教える", "教示") and _asks_an_answer(toks, k):
        return None
    if key in ("申し込み", "申込み", "申込", "申し込む") and any(
            _key(u) in ("事前", "参加", "フォーム", "当日") or u.surface in ("フォーム", "申込フォーム", "ページ", "リンク", "URL")
            for u in toks[max(0, k - 4):k]):
        return None  # 事前申込はconnpassからお願いします: registration for the sender's event, not a sale
    if key in ("申し込み", "申込み", "申込") and k + 1 < hi and toks[k + 1].surface == "は" and any(
            u.surface in ("まで", "までに") for u in toks[k + 2:min(hi, k + 12)]):
        return None  # 申込は6月14日までにお願いします: a registration deadline, not a sale
    if key == "投稿" and not (k + 1 < hi and toks[k + 1].lemma == "為る"):
        return None  # この投稿にコメントください, 投稿を通じて学ばせて: the post is not what they are asked to do
    if key == "勧める" and k > 0 and toks[k - 1].pos1 == "接頭辞" and k + 1 < hi and toks[k + 1].surface == "の":
        return None  # おすすめのやり方があれば教えて: the recommended thing asked about, no referral
    if key == "投稿" and any(_key(u) in _SHARED_PLACES for u in toks[max(0, k - 3):k]):
        return None  # 概要をグループに投稿していただけると: a post to the group both are in, no referral
    if (key in ("意見", "アドバイス", "フィードバック", "感想", "指摘") and k + 2 < hi and toks[k + 1].surface in ("が", "も", "など", "等")
            and toks[k + 2].lemma in ("有る", "御座る") and any(u.cform.startswith("仮定形") for u in toks[k + 2:min(hi, k + 5)])):
        return None  # ご意見があれば教えてください: only if they have one
    if (key in ("教える", "教わる", "聞く", "教示", "指摘") and any(u.cform.startswith("仮定形") for u in toks[max(0, k - 6):k])
            and not _WHAT_TO_DO.search("".join(u.surface for u in toks[max(0, k - 8):k]))):
        return None  # 気づいた点があれば教えてください: only if they wish (not どこを直せばいいか教えて: what to do)
    if key == "相談" and _about_terms(toks, k, 0):
        return None
    if (key == "相談" and k + 2 < hi and toks[k + 1].lemma == "為る" and toks[k + 2].lemma in _CAUSATIVE
            and any(_key(u) in _SCHEDULING or u.surface in ("また", "改めて") for u in toks[max(0, k - 6):k])):
        return "time"  # デモの日程をご相談させてください / またご相談させてください: a talk to arrange, not free advice
    if key == "時間" and (k + 1 < hi and toks[k + 1].surface == "帯" or k > 0 and toks[k - 1].pos1 == "名詞"
                         and toks[k - 1].pos2 != "数詞" and toks[k - 1].end == t.start):
        return None  # 移動時間も含めて調整, 別の時間帯: a schedule, not their time
    if key == "指摘" and any(u.lemma in ("有る", "御座る") and u.cform.startswith("仮定形") for u in toks[max(0, k - 10):k]):
        return None  # お気付きの点があれば、お手数ですがご指摘ください: only if there is something
    if key == "時間" and k + 2 < hi and toks[k + 1].surface in ("の", "が") and toks[k + 2].lemma == "有る":
        return None  # お時間のあるときにご覧ください: a condition, not the thing asked for
    if (t.pos1 == "名詞" and k + 1 < hi and toks[k + 1].start == t.end
            and (toks[k + 1].pos1 == "名詞" and toks[k + 1].pos2 == "普通名詞" and _key(toks[k + 1]) not in TOPICS
                 or toks[k + 1].pos1 == "接尾辞" and toks[k + 1].surface in ("後", "前", "時", "以降", "以来"))):
        return None  # 導入手順, 採用事例, 入社後: the first noun of a compound only modifies its head
    if key == "検討" and k + 2 < hi and toks[k + 1].surface == "の" and toks[k + 2].surface not in ("ほど", "程"):
        return None  # 来期の拠点検討の参考にしてください: 検討 names the reader's own project, not the ask
    if key == "指導" and k + 2 < hi and toks[k + 2].surface.startswith("鞭撻"):
        return None  # ご指導ご鞭撻のほど: a set phrase, not a request for mentoring
    if key in ("指導", "教示") and any(u.surface in ("今後", "引き続き") for u in toks[max(0, k - 4):k]):
        return None  # 今後もご教示いただければ幸いです: a closing courtesy, not a request for advice
    if key == "茶" and not (k > 0 and toks[k - 1].surface in ("お", "御")):
        return None
    if key == "話" and k + 1 < hi and toks[k + 1].surface in ("題",):
        return None
    return cat


_SHARED_PLACES = frozenset({"グループ", "チャンネル", "スレッド", "スレ", "掲示板", "コミュニティ", "サロン", "サーバー"})
_PRESENTED = frozenset({"事例", "経験", "知見", "取り組み", "話", "工夫", "成果", "ノウハウ"})


def _presents_work(toks: list[Token], k: int) -> bool:
    """紹介 whose object (〜を, a few words back) is a piece of work or a case, not a person."""
    for j in range(k - 1, max(-1, k - 12), -1):
        u = toks[j]
        if u.surface == "も" and j > 0 and toks[j - 1].surface == "に":
            continue  # 取り組みを、参加者の皆様にもご紹介いただきたく: the audience, not the object
        if u.surface in ("を", "も"):
            return j > 0 and (_key(toks[j - 1]) in _WORK or _key(toks[j - 1]) in _PRESENTED)
        if u.surface == "、" and j > 0 and toks[j - 1].surface == "を":
            continue
        if u.pos1 in ("動詞", "助動詞") or u.surface in ("。", "が", "は") or u.surface in ("、", "に") and j < k - 6:
            return False
    return False


def _mutual_before(toks: list[Token], k: int, lo: int) -> bool:
    """情報交換の機会, 交流のお時間: a mutual exchange modifies the topic word."""
    for j in range(k - 1, max(lo, k - 5) - 1, -1):
        u = toks[j]
        if _key(u) in _MUTUAL:
            return True
        if u.pos1 == "助詞" and u.surface != "の" or u.surface in ("、", "，"):
            return False
    return False


def _start_of(toks: list[Token], k: int, lo: int) -> int:
    """Widen a topic word over its prefix and a leading number (ご紹介, 30分)."""
    while k > lo and (toks[k - 1].pos1 == "接頭辞" or toks[k - 1].pos2 == "数詞"):
        k -= 1
    return k


_WINDOW = 16  # tokens before a request form in which its topic is looked for


# 〜させていただきたい / させてください with these: the sender informs or gives, the reader only permits.
_SENDER_ACTS = frozenset({"案内", "紹介", "提案", "共有", "報告", "送付", "送る", "連絡", "挨拶", "申請", "繋がる", "レビュー",
                          "提供", "招待", "お礼", "返信", "購入", "注文", "発注", "買う",
                          "協力", "手伝う", "手伝い", "お手伝い", "応援", "支援", "貢献", "協賛"})  # (協力させてください: help offered)
_TIME_TO_TELL = lazy(r"(?:お)?時間を(?:いただ|頂戴し|頂|割いていただ|作っていただ)き")
_COME = frozenset({"来る", "越す", "寄る", "遊ぶ", "立ち寄る", "集まる", "運ぶ"})  # (ぜひお運びください)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(text)]


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Is offset inside one of the sorted, non-overlapping spans? (bisect: a 5 MB draft has many)"""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def asks(doc: Document) -> list[Ask]:
    """Substantial asks: a request form with a referral, job, purchase, advice or time topic."""
    toks = doc.tokens
    found: list[Ask] = []
    starts = where(toks, "lemma", _FORM_LEMMAS)
    if not starts:
        return found  # every request form starts at one of these tokens
    quotes = _quoted_spans(doc.view)
    quote_starts = [a for a, _ in quotes]
    sentences = doc.sentences
    ends = [s.tok_end for s in sentences]
    last = -1
    for p in starts:
        # Only the sentences holding a possible start can hold a form.
        si = bisect.bisect_right(ends, p)
        if si <= last or si == len(sentences):
            continue
        last = si
        s = sentences[si]
        lo, hi = s.tok_start, s.tok_end
        prev_end = lo
        for anchor, end, default, _kind in request_forms(doc, si, starts):
            if quotes and _inside(quotes, quote_starts, toks[anchor].start) and _SAID.match(
                    doc.view, quotes[bisect.bisect_right(quote_starts, toks[anchor].start) - 1][1]):
                prev_end = end
                continue  # ご相談者の多くが「運用の話も一緒に聞きたい」とおっしゃる: someone else's words
            before_form = _prev_content(toks, anchor, lo)
            if (before_form is not None and _key(toks[before_form]) in _COME
                    or _key(toks[anchor]) in _COME and toks[anchor].pos1 == "動詞"):  # (田んぼ見学に来ませんか)
                prev_end = end
                continue  # お茶しに来てください: an invitation to the sender's place, not a claim on time
            if (before_form is not None and _key(toks[before_form]) in _SENDER_ACTS
                    and any(u.lemma in _CAUSATIVE for u in toks[before_form + 1:anchor])):
                prev_end = end
                # 求人のご案内をさせていただきたく: the sender gives, with permission; but
                # 15分ほどお時間をいただき、ご紹介させてください asks for the time to do it
                m = _TIME_TO_TELL.search(doc.view, s.start, toks[anchor].start)
                if m:
                    found.append(Ask(m.start(), toks[end - 1].end, "time", si, toks[anchor].start, "時間"))
                continue
            if _standing_request(toks, anchor, hi):
                prev_end = end
                continue  # 宣伝は #告知 チャンネルだけでお願いしています: a rule for everyone, not a favour asked
            if (_question(toks, anchor, end, lo, hi) or _set_phrase(toks, anchor, lo) or _reported(toks, end, hi)
                    or _next_time_wish(toks, anchor, end, lo) or _whether(toks, end, hi)
                    or _told_not_to(toks, anchor, lo)):
                prev_end = end
                continue
            category = None
            topic_at = None
            k = anchor - 1
            stop = max(prev_end, anchor - _WINDOW, lo)
            mutual = False
            small = False
            while k >= stop:
                u = toks[k]
                if _is_past(u) or _is_thanks(u):
                    break
                if u.surface in ("、", "，") and k > lo and category is None and (
                        toks[k - 1].pos1 in ("動詞", "助動詞")
                        or toks[k - 1].surface in ("て", "で") and toks[k - 1].pos2 == "接続助詞"):
                    # 〜を検討しており、…伺えますか / 私も…の仕事をしていて、お話しできたら: the earlier clause is the
                    # sender's own doing
                    break
                if (u.surface in ("方", "人", "方々") and k + 1 < hi and category is None
                        and (toks[k + 1].surface == "は" or toks[k + 1].surface == "が" and k + 2 < hi
                             and toks[k + 2].lemma == "居る" and toks[k + 2].cform.startswith(("仮定形", "連用形")))):
                    break  # 話したい方はこのスレッドで声をかけてください: whoever wishes, not the reader asked
                if (u.lemma in _CAUSATIVE and k > lo and (_key(toks[k - 1]) in _PERMITTED or k > lo + 2
                                                          and toks[k - 1].lemma == "為る" and toks[k - 2].surface == "に"
                                                          and _key(toks[k - 3]) == "参考")  # (参考にさせてください)
                        and category is None):
                    small = True  # 説明で使わせてください / 引用させてください: leave to use, not a favour
                    break
                key = _key(u)
                if key in _MUTUAL:
                    mutual = True
                    break
                if key in _SMALL and category is None:
                    small = True
                    break
                if key in ("紹介", "教える") and category is None and _desk_before(toks, k, lo):
                    small = True  # ご相談できる窓口があれば、ご紹介いただけますでしょうか: where to write, not a referral
                    break
                if key in ("教える", "教わる", "聞く", "教示") and any(
                        _key(v) in _TRIVIAL_OBJECTS and not _skill_method(toks, v) or _key(v) in _STATUS
                        or v.surface in ("方", "ほう") and v.pos1 == "名詞"
                        or _preferred_thing(toks, v)  # (ご都合のよいものを教えて)
                        for v in _words_before(toks, k, lo, 4)):  # (やりやすい方を教えて: a preference)
                    small = True  # ご連絡先を教えてください, 申込みの方法を教えていただけますか: a small ask
                    break
                cat = _topic(toks, k, hi)
                if cat is not None and quotes and _inside(quotes, quote_starts, u.start):
                    cat = None  # 「採用面接」とお伝えください: a quoted word, not the request's object
                if cat is not None:
                    if category is None:
                        if _mutual_before(toks, k, lo):
                            mutual = True  # 情報交換の機会をいただけますか
                            break
                        category, topic_at = cat, k
                    elif category == "purchase" and key != "検討" and _key(toks[topic_at]) == "検討":
                        category, topic_at = cat, k  # ご登壇をご検討ください: the thing considered
                    if key != "検討":
                        break
                k -= 1
            prev_end = end
            if mutual or small:
                continue
            if (category is None and before_form is not None and _key(toks[before_form]) in _CREATE
                    and _UNPAID.search(doc.view)):
                # 予算はないのですが、アイコンを描いていただけないでしょうか: a creator's work asked for free
                category, topic_at = "advice", before_form
            if (category is None and before_form is not None and (_key(toks[before_form]) in ("見る", "目", "見せる")
                                                                   or _key(toks[before_form]) == "通す" and before_form >= lo + 2
                                                                   and toks[before_form - 2].surface == "目")
                    and _REVIEWABLE.search("".join(v.surface for v in _words_before(toks, before_form, lo, 8)[::-1]))):
                # リポジトリ全体を見ていただけないでしょうか / 職務経歴書を見てもらえませんか: a free review
                category, topic_at = "advice", before_form
            if category is None and default is not None:
                if default == "time" and _key(toks[anchor]) in ("伺う", "聞く") and _WHAT_SHOULD.search(
                        doc.view, s.start, toks[anchor].start):
                    default = "advice"  # 何を学ぶべきかを伺いたい: asking what to do is asking for advice
                if _key(toks[anchor]) == "相談" and (_about_terms(toks, anchor, lo) or _after_question(toks, anchor, lo)):
                    continue  # 引用の範囲や条件についてご相談できないでしょうか: terms, not free advice
                if _key(toks[anchor]) in ("伺う", "聞く") and any(
                        _key(v) in _TRIVIAL_OBJECTS or _key(v) in _STATUS for v in toks[max(lo, anchor - 3):anchor]):
                    continue  # 卸の条件を伺えますでしょうか / ご都合を伺えますか: a small question
                category, topic_at = default, anchor
            if category is None:
                continue
            if category == "advice" and _key(toks[topic_at]) == "相談":
                if _one_point_before(toks, topic_at, lo):
                    continue  # 訳語の方針で一点ご相談したいことがあります: one question, as 一点だけ伺いたい
                # 採用担当の方へご推薦いただけないか、ご相談させてください: the favour is the embedded request
                embedded = _embedded_request(toks, topic_at, lo, hi)
                if embedded is not None:
                    category, topic_at = embedded
            if category == "purchase" and _key(toks[topic_at]) == "検討" and not _has_object(toks, topic_at, lo):
                continue  # ぜひご検討ください, ご検討のほど: the closing formula of a pitch, nothing named to buy
            if category == "time" and any(u.surface in ("よろしく", "宜しく") for u in toks[max(lo, anchor - 3):anchor]):
                continue  # 明日10時のお打ち合わせ、よろしくお願いいたします: a meeting already agreed
            if (category == "job" and _key(toks[topic_at]) == "仕事"
                    and any(u.surface in ("よろしく", "宜しく") for u in toks[max(lo, anchor - 3):anchor])
                    and any(u.surface == "も" for u in toks[topic_at + 1:min(anchor, topic_at + 4)])):
                continue  # 仕事のほうもまたよろしくお願いします: a pleasantry about working together
            if (category == "time" and _key(toks[topic_at]) == "機会" and topic_at + 2 < hi
                    and toks[topic_at + 1].surface == "が" and toks[topic_at + 2].cform.startswith("仮定形")):
                continue  # 挿絵をお探しの機会があれば、思い出していただけたら: an if-clause, no time asked
            if category == "time" and _agreed_meeting(toks, topic_at, lo):
                continue  # 来週火曜の打ち合わせ、場所は…でいかがでしょうか: the meeting is set, its place asked
            if (category == "job" and _key(toks[topic_at]) in ("仕事", "案件") and anchor > lo and toks[anchor - 1].surface == "を"
                    and _key(toks[anchor + 1] if toks[anchor].pos1 == "接頭辞" and anchor + 1 < hi else toks[anchor])
                    in ("願う", "願い")):
                # 継続的にお仕事をお願いできる / 案件で設計監理をお願いできないか: work commissioned, paid
                # (not 回していただける案件があれば、ぜひお願いします: work asked for)
                continue
            if category == "job" and _key(toks[topic_at]) == "案件" and _key(toks[anchor]) in ("伺う", "聞く"):
                category = "time"  # 扱っている物流倉庫の案件、詳しく伺いたい: a deal talked about, not a job asked
            if category == "job" and _key(toks[topic_at]) in _JOB_INVITE and not _THEIR_PLACE.search(s.text):
                continue  # 将来は検索の領域で働きたいと考えています: a career goal, not a request to the reader
            start_tok = _start_of(toks, topic_at, lo)
            end_off = toks[end - 1].end if end > 0 else toks[anchor].end
            found.append(Ask(toks[start_tok].start, max(end_off, toks[anchor].end), category, si,
                             toks[anchor].start, _key(toks[topic_at])))
    return found


# The sender's work a reader may be asked to look over (not 資料 or サイト: a pitch asks that).
_REVIEWABLE = lazy(r"コード|ソース|リポジトリ|実装|プルリク|原稿|履歴書|経歴書|エントリーシート|ES|企画書|計画書|論文|就業規則|契約書|規約|構成図"
                   r"|問題(?:が|は)?(?:ない|無い)か|不備(?:が)?(?:ない|無い)か")  # (PDFを添付しますので、問題がないか見ていただけないか)
# Work a creator is asked to make; asked with no budget it is a favour, like free advice.
_CREATE = frozenset({"描く", "作る", "制作", "作成", "デザイン", "撮る", "撮影", "作曲", "編曲", "書く", "開発"})
_UNPAID = lazy(r"予算(?:は|が|も)?(?:ない|無い|なく|無く|ありません|ございません|ゼロ|ほぼ|ほとんど|あまり)|ノーギャラ|無報酬|無給"
               r"|(?:お金|費用|報酬|謝礼|ギャラ|制作費)(?:は|を|が|も)?(?:出せ|払え|お支払いでき|ご用意でき|お出しでき|用意でき)(?:ない|ません|ず)")


def _embedded_request(toks: list[Token], k: int, lo: int, hi: int) -> tuple[str, int] | None:
    """The referral or job asked in a whether-clause before ご相談 (〜いただけないか、ご相談させてください)."""
    j = k - 1
    while j > lo and toks[j].pos1 == "接頭辞":
        j -= 1
    if j > lo and toks[j].surface in ("、", "，"):
        j -= 1
    if not (j - 1 > lo and toks[j].surface == "か" and toks[j].pos1 == "助詞"):
        return None
    form = toks[j - 2] if toks[j - 1].lemma in ("ない", "ぬ") else toks[j - 1]
    if form.lemma not in BENEFACTIVE:
        return None
    for m in range(j - 1, lo - 1, -1):
        if toks[m].surface in ("。", "！", "？"):
            break
        cat = _topic(toks, m, hi)
        if cat in ("referral", "job"):
            return cat, m
    return None


def _joined_before(toks: list[Token], v: Token) -> Token | None:
    """The token right before v with nothing between them, or None."""
    i = bisect.bisect_left(toks.column("start"), v.start)
    return toks[i - 1] if i > 0 and toks[i - 1].end == v.start else None


def _preferred_thing(toks: list[Token], v: Token) -> bool:
    """ご都合のよいもの / いいもの: the reader's preference, asked (the thing they like best)."""
    if v.surface not in ("もの", "物", "ところ", "日", "時間"):
        return False
    prev = _joined_before(toks, v)
    return prev is not None and _key(prev) in ("良い", "好い", "宜しい", "都合")


def _skill_method(toks: list[Token], v: Token) -> bool:
    """テーマのカスタマイズ方法を教えて: a skill taught, not a procedure (申込みの方法, 連絡方法)."""
    if v.surface != "方法":
        return False
    prev = _joined_before(toks, v)
    return prev is not None and prev.pos1 == "名詞" and _key(prev) not in _PROCEDURES


_PROCEDURES = frozenset({"申し込み", "申込み", "申込", "参加", "連絡", "支払い", "支払", "登録", "応募", "予約", "購入",
                         "送付", "提出", "アクセス", "入金", "振込", "振り込み", "返品", "キャンセル", "問い合わせ"})


def _has_object(toks: list[Token], k: int, lo: int) -> bool:
    """ご支援をご検討 / 導入もご検討: the thing to consider is named right before it."""
    j = _start_of(toks, k, lo) - 1
    if j > lo and toks[j].surface in ("ぜひ", "是非", "何卒", "なにとぞ"):
        j -= 1  # ソフトをぜひご検討ください: the adverb between (not 方もぜひご検討: whoever may come)
        return toks[j].surface == "を" and toks[j].pos1 == "助詞"
    return j >= lo and toks[j].surface in ("を", "も") and toks[j].pos1 == "助詞"


def _desk_before(toks: list[Token], k: int, lo: int) -> bool:
    """A desk to write to (窓口があれば、ご紹介), not a person at it (発注の窓口になってる人を紹介)."""
    for j in range(k - 1, max(lo, k - 7) - 1, -1):
        if _key(toks[j]) in ("窓口", "担当部署", "部署"):
            # (部署があれば、私を紹介してもらえませんか: the sender introduced to it, a referral)
            return not any(_key(u) in ("人", "方", "担当者", "方々") or u.surface in _SELF_WORDS for u in toks[j + 1:k])
    return False


def _words_before(toks: list[Token], k: int, lo: int, n: int) -> list[Token]:
    """Up to n tokens before k, a parenthesis skipped whole (連絡方法（メール、LINEなど）を教えて)."""
    out: list[Token] = []
    j = k - 1
    while j >= lo and len(out) < n:
        if toks[j].surface in ("）", ")"):
            depth = 0
            while j >= lo:
                depth += toks[j].surface in ("）", ")")
                depth -= toks[j].surface in ("（", "(")
                j -= 1
                if depth == 0:
                    break
            continue
        out.append(toks[j])
        j -= 1
    return out


def _about_terms(toks: list[Token], k: int, lo: int) -> bool:
    """相談 about terms (引用の範囲や条件について) in the words just before token k."""
    return any(_key(u) in _TERMS for u in toks[max(lo, k - 10):k])


def _question(toks: list[Token], anchor: int, end: int, lo: int, hi: int) -> bool:
    """受け入れがあるか伺いたく, 一点だけ伺いたいことがございます: 伺う/聞く as "ask a question"."""
    if _key(toks[anchor]) not in ("伺う", "聞く"):
        return False
    j = anchor - 1
    while j >= lo and toks[j].pos1 == "接頭辞":
        j -= 1
    if j >= lo and toks[j].surface == "か" and toks[j].pos1 == "助詞":
        return True
    if any(_key(u) in _YES_NO for u in toks[max(lo, anchor - 5):anchor]):
        return True  # ご関心の有無だけでも伺えれば: a yes or no, not their time
    before = "".join(u.surface for u in toks[max(lo, anchor - 8):anchor])
    if "詳しく" in before and any(w in before for w in ("もう少し", "もっと", "もうちょっと")):
        return True  # もう少し詳しく伺いたいので: more on what they said, a question
    return end < hi and _key(toks[end]) in ("事", "こと", "点")


_MEETING_WORDS = frozenset({"打ち合わせ", "打合せ", "打ち合せ", "ミーティング", "MTG", "面談", "会議"})
_WHEN = frozenset({"来週", "今週", "明日", "明後日", "週明け", "月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜",
                   "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"})


def _agreed_meeting(toks: list[Token], k: int, lo: int) -> bool:
    """来週火曜の打ち合わせ: a meeting already set for a day (the request is about its details)."""
    j = _start_of(toks, k, lo) - 1
    return (_key(toks[k]) in _MEETING_WORDS and j > lo and toks[j].surface == "の"
            and any(_key(u) in _WHEN or u.surface in _WHEN for u in toks[max(lo, j - 3):j]))


def _after_question(toks: list[Token], anchor: int, lo: int) -> bool:
    """登壇をお願いできないか、ご相談したいです: consulting about the request just made, not free advice."""
    j = anchor - 1
    while j >= lo and toks[j].pos1 == "接頭辞":
        j -= 1
    if j >= lo and toks[j].surface in ("、", "，"):
        j -= 1
    return j >= lo and toks[j].surface == "か" and toks[j].pos1 == "助詞"


def _told_not_to(toks: list[Token], anchor: int, lo: int) -> bool:
    """打ち合わせの件は、どうかお気になさらないでください: asked not to do something, nothing claimed."""
    return (anchor - 2 >= lo and toks[anchor - 1].surface == "で" and toks[anchor - 2].surface in ("ない", "ず")
            and toks[anchor - 2].pos1 == "助動詞")


def _whether(toks: list[Token], end: int, hi: int) -> bool:
    """紹介をお願いするかどうかは、お話を聞いてから: whether to ask, not the ask."""
    return end + 1 < hi and toks[end].surface == "か" and toks[end + 1].surface in ("どう", "否")


def _next_time_wish(toks: list[Token], anchor: int, end: int, lo: int) -> bool:
    """次回はぜひお話ししたいです: a wish for the next occasion they share, like いつか…できたら."""
    return (any(u.lemma == "たい" for u in toks[anchor:end])
            and any(_key(u) in ("次回", "次") and j + 1 < anchor and toks[j + 1].surface == "は"
                    for j, u in enumerate(toks[lo:anchor], lo)))


def _standing_request(toks: list[Token], anchor: int, hi: int) -> bool:
    """お願いしています / お願いしております: a standing rule told, not a request made now."""
    i = anchor + 1 if toks[anchor].pos1 == "接頭辞" else anchor
    if i >= hi or _key(toks[i]) not in ("願う", "願い"):
        return False
    j = i + 1
    if j < hi and toks[j].lemma in ("為る", "致す"):
        j += 1
    return j + 1 < hi and toks[j].surface == "て" and toks[j + 1].lemma in ("居る", "おる", "居り")


def _reported(toks: list[Token], end: int, hi: int) -> bool:
    """相手の方もぜひお話ししたいとのことでした / 紹介してほしいと言っていました: someone else's wish, passed on."""
    if end < hi and toks[end].surface in ("的", "みたい", "という", "って") and end + 1 < hi and toks[end + 1].pos1 != "補助記号":
        return True  # 時間が欲しい的な感じの声が多かった: a wish reported, not made
    if end + 1 >= hi or toks[end].surface != "と":
        return False
    nxt = toks[end + 1]
    if nxt.surface == "の":
        return end + 2 < hi and _key(toks[end + 2]) in ("事", "こと")
    # (働きたいという気持ち: という names the wish, it does not pass it on)
    return _key(nxt) in ("言う", "仰る", "申す", "話す") and nxt.surface not in ("いう", "言う", "云う")


_YES_NO = frozenset({"有無", "可否", "意向"})  # not 是非: UniDic reads ぜひ as 是非
# 何をすればいいか / どこを直せばいいか教えて: what to do about something, advice (not どうしたらいいか alone:
# what to do now, a practical question)
_WHAT_TO_DO = lazy(r"(?:何|なに|どこ|どれ|どの[^をがは]{0,8}?)を[^。、]{0,8}?(?:ば|たら)(?:よい|良い|いい)(?:の)?か|べき(?:なの)?か"
                   r"|どう[^。、]{1,8}?(?:すれ|し|やれ)(?:ば|たら)(?:よい|良い|いい)(?:の)?か")  # (どう処置すればよいか; not どうしたらいいか, a how-to about their own form)
_WHAT_SHOULD = lazy(r"べきか|(?:ば|たら)(?:よい|良い|いい)(?:の)?か|どう(?:すれば|したら|やって|進め)")


def _set_phrase(toks: list[Token], anchor: int, lo: int) -> bool:
    """今後ともご指導賜りますよう…, いつか…お話しできたら: a closing formula or a someday wish, no claim."""
    for j in range(max(lo, anchor - _WINDOW), anchor):
        u = toks[j]
        if _key(u) == "今後" and j + 1 < anchor and (
                toks[j + 1].surface in ("とも", "も") or toks[j + 1].surface == "と" and j + 2 < anchor and toks[j + 2].surface == "も"):
            return True  # 今後とも (UniDic splits it as と + も before 変わらぬ); 今後もいろいろ教えていただけると
        if u.surface == "いつ" and j + 1 < anchor and toks[j + 1].surface == "か":
            return True
        if u.lemma in ("落ち着く", "一段落") and any(v.surface in ("たら", "れ", "ば") or v.cform.startswith("仮定形")
                                                   for v in toks[j + 1:min(anchor, j + 4)]):
            return True  # 落ち着いたらぜひお話聞かせてください: once they have settled, someday
        if (u.surface == "どこ" and j + 2 < anchor and toks[j + 1].surface == "か" and toks[j + 2].surface in ("で", "の")
                and any(v.cform.startswith("仮定形") or v.surface == "たら" for v in toks[anchor:anchor + 5])):
            return True  # どこかのイベントでお会いできたら: somewhere, someday (not 来週どこかで一時間ください)
    return False


# -- offers ------------------------------------------------------------------------------------
_JOB_OFFER = lazy(
    r"(?:ご経験|ご経歴|スキル|ご知見|ご実績)[^。\n]{0,20}(?:活か|生か)"
    r"|ご活躍いただ(?:け|きたく|きたい)"
    r"|(?:弊社|当社|私ども|わたしども|私たち|我々|弊グループ|弊チーム|クライアント)[^。\n]{0,60}"
    r"(?:募集|求人|ポジション|オファー|採用中|仲間|ジョイン|ご入社|お迎え|職(?:で|に|を|の|として)|候補として"
    r"|(?:人材|エンジニア|デザイナー|メンバー|正社員)を?(?:探し|求め))"
    # 1人目のエンジニアを探していて: a founder hiring, a job for the reader
    r"|(?:1|１|一)人目の?[^。\n]{0,12}?(?:エンジニア|デザイナー|メンバー|社員)を(?:探し|募集|採用)"
    # 舞台監督として一緒に動ける方を探しています: a role offered to the reader
    r"|(?:一緒に|共に|ともに)(?:働ける|働いていただける|動ける|動いていただける|走れる|走っていただける"
    r"|[^。\n、]{0,12}?(?:考えて|作って|働いて|動いて)(?:くれる|くださる|いただける))(?:方|人|仲間|メンバー)を(?:探し|募集|求め)"
    r"|(?:求人|ポジション|案件|職)[^。\n]{0,20}(?:ご用意|ご興味|ご関心|ご案内|ご紹介(?:でき|します|いたし|したい|させ))"
    r"|(?:求人|ポジション|案件)(?:が|を)[^。\n]{0,8}?(?:多数|数多く|豊富に)?(?:ございます|あります|抱えて)"  # 魅力的なポジションが多数ございます
    r"|(?:現在|いま|今)(?!の(?:会社|職場|勤め先|勤務先|チーム|部署))[、,]?[^。\n]{0,20}?(?:を|の)募集(?:しており|中|して(?!いれば|いたら|いるか|いる場合|いるなら))"  # 現在テックリードを募集しており: a job offered (not 募集していれば)
    # (not いま…を募集していると知りました: the reader's opening, heard of)
    r"(?![^。\n]{0,6}?(?:と|のを|ことを)(?:知|伺|うかが|聞|拝見|お聞き|耳に))"
    r"|スカウト(?!文|の書き方|メールの書き方)|ヘッドハンティング|働きませんか|ジョインしませんか|一緒に働(?:きませんか|いてみませんか|きましょう)"
    # ご経歴に合う案件があります / ご経験がぴったりだと感じています: a recruiter brings the reader a job.
    r"|(?:ご経験|ご経歴|ご実績|ご知見|スキル)(?:に|が|と)?[^。\n]{0,6}(?:合う|合った|マッチ|ぴったり|合致)"
    # 〜の経験は、今回のポジションにぴったり / 年収は現状から100万円以上のアップ: a recruiter's offer.
    r"|(?:ポジション|求人|案件)(?:に|と)(?:ぴったり|合う|合致|マッチ)|年収[^。\n]{0,20}(?:アップ|増)(?:が見込め|が可能|も可能|を実現|をお約束|をご提示)"
    r"|(?:案件|求人|ポジション|オファー)が(?:あります|ございます)(?:。|ので|、|！)"
    # 非公開求人をお預かりしております / ポジションのご相談 / 私がお手伝いしているバイオベンチャー
    r"|(?:求人|案件|ポジション)を(?:多数)?お預かり|ご紹介したい(?:求人|案件|ポジション)|(?:ポジション|求人|案件)の(?:ご相談|ご案内|ご紹介)"
    # 非公開のCFOポジションについてご相談したく / いい案件あるんで: a recruiter brings a job
    r"|(?:ポジション|求人|案件)(?:について|に関して|の件で)[、,]?(?:ご相談|ご案内|ご紹介)"
    r"(?:したく|したい|します|いたします|いたしたく|させて|できれば|でき(?:ます|る))"  # (not ご紹介いただけないでしょうか)
    r"|(?:いい|良い|面白い|おもしろい|すごい)(?:案件|求人|ポジション)(?:が)?(?:ある|あります)(?:んで|ので|から|んです)"
    r"|(?:私|わたし)が(?:お手伝い|ご支援|支援|担当)(?:している|させていただいている)[^。\n]{0,30}(?:企業|会社|ベンチャー|スタートアップ|組織)"
    # レシピ協力をお願いできる方を探していて / うちの案件もお願いしたい: paid work brought to the reader
    # サウンド全体をお任せできないかご相談したく: the reader's work commissioned
    r"|お任せ(?:できないか|したく|したいと)"
    r"|(?:お願いできる(?<!無料でお願いできる)(?<!無償でお願いできる)|ご協力いただける|お任せできる|依頼できる)"
    r"(?:方|クリエイター|人|パートナー)を探して"
    r"|(?:うち|弊社|当社|私ども)の(?:案件|お仕事|仕事)(?:も|を)(?:ぜひ)?(?:お願いしたい|お願いでき|お任せしたい|ご依頼したい)"
    # 弊社で進めている駅ナカ案件についても、ご相談できれば: a project of the sender's brought to the reader
    r"|(?:うち|弊社|当社|私ども)で(?:進めて|手がけて|手掛けて|計画して|企画して)(?:いる|おります|います)[^。\n]{0,12}?(?:案件|プロジェクト)"
    # ＜会社名＞で採用を担当している山田です…インフラチームのポジションについて: a recruiter with a position
    r"|(?:採用|人事)(?:を)?担当[^\n]{0,80}?(?:ポジション|求人|募集)"
)
# A buyer's intent is business offered to the reader: 導入を検討しており, 購入を考えています.
_BUYER = lazy(r"有償(?:の|で)[^。\n]{0,12}?(?:契約|サポート|ご依頼|依頼|お願い)"  # 有償のサポート契約が可能か: the sender pays
              r"|(?:バイヤー|購買担当|仕入れ?担当)(?:を(?:して|務めて)(?:いる|おります))?[、,の]?[^。\n、]{0,8}?(?:です|と申します)"  # a buyer writes
              r"|(?:購買|仕入れ?)を担当して(?:いる|おります)"
              r"|(?:導入|購入|契約|発注|利用|採用|依頼|提携|資本提携|出資|投資|買収|更新)(?:を|の)?(?:前向きに|社内で|具体的に)?"
                    # (not 導入を検討してもらえないでしょうか: the reader's purchase, asked for)
                    r"(?:検討|考えて|予定|計画)(?:して|し|中|いたして|を(?:始め|開始し|進め))(?!て?(?:もらえ|いただけ|頂け|くれ|ください|下さい|ほしい|欲しい))"
              # 豆を仕入れたい / うちの店の撮影をお願いできないか / 作品を置かせてもらえないか: paid work for them
              # 協業のご相談 / うちのブランドとのコラボ案件をご相談したい: a partnership proposed is business for both
              r"|(?:協業|業務提携|資本業務提携|アライアンス|コラボ(?:レーション)?|タイアップ)(?:案件|企画)?(?:の|に関する|について(?:の)?|を)?[、,]?"
              r"(?:ご相談|ご提案)(?!を(?:いただ|頂|くださ|下さ))"
              # 業務としてご依頼できないかと考えております: paid work for the reader
              r"|(?:業務として|有償で|仕事として)(?:お|ご)?(?:依頼|発注|お願い)(?![^。\n]{0,6}?(?:ほど|ではな|じゃな))"
              # 正式な仕事として相談したい: the sender the client
              r"|(?:正式な|正式に)(?:お)?(?:仕事|業務|依頼)として(?:ご)?相談"
              # お見積りをいただければ幸いです: the sender means to pay
              r"|(?:お|ご)?見積(?:も)?り(?!方|の(?:出し|作り|取り|書き)方)(?:(?:を|書を|と|や|、)?(?:いただ|頂|ください|下さい|お願い|のご依頼(?!は|も)|依頼(?!は|も))"
              r"|の(?:ご相談|相談|お願い)|(?:を|書を|と|や|、)[^。\n]{0,16}?(?:いただけ|頂け))"  # (not 見積りで重視される点なども教えていただけ: know-how asked)
              # (お見積りのご依頼は、下記のフォームより: the reader invited to ask for a quote, the seller writes)
              # お願いできる先生を探しております / 信頼できる司法書士を探してた: the sender means to engage someone
              r"|(?<!無料で)(?<!無償で)(?<!タダで)(?:お願いできる|依頼できる|信頼できる|頼める|任せられる)[^。\n]{0,12}?(?:先生|方|人|会社|事務所|業者|士|家|者|ナー|ター)を探して"
              # 立ち絵のご依頼の件でDM失礼します: a commission, the sender the client
              r"|(?:の)?ご依頼の件で(?:DM|ＤＭ|ご連絡|メッセージ)"
              r"|仕入れ(?:たい|させて|の(?:お話|ご相談|相談)|(?:を|について)(?:ご)?相談|(?:について|に関して)も?[、,][^。\n]{0,12}?(?:ご)?相談)"
              # 顧問としてご指導いただけないか / 顧問マッチングサービス経由でご連絡: an adviser engaged, a paid role
              r"|顧問(?:として|に)[、,]?(?:お迎え|ご就任|就任|ご指導|ご助言|ご支援|お力|関わ)"
              r"|(?:顧問|副業|業務委託|スポット)(?:人材)?(?:の)?マッチング(?:サービス|サイト)?(?:経由|を通じて|を通して)"
              # 貴館大ホールの利用をご相談したく: the sender means to book (and pay for) the reader's facility
              r"|(?:ホール|会場|施設|スタジオ|会議室|宴会場|ギャラリー|スペース|客室)の(?:ご)?(?:利用|予約|貸し切り|貸切)(?:を|について|に関して|の)(?:ご)?相談"
              # 貴ホテルの大宴会場を候補として検討しております: the sender means to book and pay
              r"|(?:候補|会場|発注先|依頼先|仕入れ先|取引先)として(?:前向きに)?検討して(?:おり|います|いる)|(?:うち|弊社|当社|当店|当館|私ども|自社)の[^。\n]{0,20}?"
              r"(?:撮影|制作|デザイン|執筆|翻訳|イラスト|ロゴ|動画|演奏)(?:を|の)(?:お願い|ご依頼|依頼)"
              r"|(?:作品|商品)を(?:置かせて|扱わせて|販売させて)|(?:返礼品|商品|取扱品)として扱わせて|(?:委託で|うちで|当店で|うちの店で)[^。\n]{0,12}?(?:置かせて|扱わせて|販売させて)"
              r"|ロット(?:数)?(?:を含め|について|や価格|の相談)|取り扱(?:いたく|いたい|わせて)|取り扱いの(?:可能性|ご相談|ご検討)"  # 御社の樹脂ギアを取り扱いたく: the sender would buy and resell
              # 豆も購入させてください / 私の店も来年の春に改装を予定している: the sender pays
              # (not 何度か買わせてもらっています: a customer's past, as in al009)
              r"|(?:(?:購入|注文|発注)さ|買わ)せて(?:ください|下さい|(?:いただ|頂|もら)(?:け(?:ません|ます|ない|れば|たら)|きたい|いたい|えれば|えたら|えません|えます))"
              r"|(?:改装|改修|リフォーム|リノベーション|新築|建て替え)(?:を|の)?(?:前向きに|具体的に)?(?:検討|考えて|予定|計画)(?:して|し|中|いたして)"
              # スポンサーをさせていただきたい / ゴールドスポンサーとしての協賛を検討しております: the sender pays
              # (not スポンサーになっていただけませんか, ご協賛をご検討ください: asked of the reader)
              r"|(?:スポンサー|協賛)(?:を|として|に)?(?:前向きに|具体的に)?(?:検討して(?:おり|います|いる)|予定して(?:おり|います)"
              r"|させて(?:いただきたい|いただきたく|いただければ|いただけれ|ください))")


def _own_plan(view: str, start: int) -> bool:
    """弊社でも外観検査へのAI導入を検討しており: the sender's own project, not business for the reader
    (弊社でも御社サービスの導入を検討しており is)."""
    before = view[max(0, start - 24):start]
    return any(w in before for w in ("弊社でも", "当社でも", "社内でも", "自社でも", "弊社では", "当社では")) and not any(
        w in before for w in ("御社", "貴社", "そちら", "さん", "様"))


_CAN_DO = lazy(r"(?:私|わたし|僕|弊社|当社|こちら)(?:に|で)も?(?:できる|出来る)こと"
               # うちで効果があったチラシの配り方もお伝えできます / 見本を数点お貸しできます: given
               r"|(?:方|やり方|コツ|ノウハウ|事例|方法|知見)(?:も|は)?(?:お伝え|共有|お教え)(?:でき|いたせ)(?:ます|る)"
               r"|(?:見本|サンプル|試作品?|機材|道具|装置)[^。\n]{0,16}?(?:お貸し|ご提供|提供)(?:でき(?:ます|る)|します|いたします)"
               # 研究費のほか、試験用基板…の貸与を予定しております: what the sender brings to a joint project
               r"|(?:貸与|無償提供|ご提供|提供)を予定して(?:おり|います)"
               # 当社の倉庫見学もご案内できます / 保護猫の様子は写真付きで毎月ご報告します: given in return
               r"|(?:見学|視察)(?:も|を|は)?(?:ご案内|お受け)(?:でき(?:ます|る)|します|いたします)"
               # 工場見学でしたら、いつでもご案内します / 稲刈り前なら案内できます
               r"|(?:見学|視察)(?:でしたら|なら|であれば)[、,]?[^。\n]{0,12}?(?:ご案内|案内|お受け)(?:でき(?:ます|る)|します|いたします)"
               # 自作のチェックリストを…お役立ていただければと思い添付しました: material for the reader's use
               r"|お役立て(?:いただ|頂|くださ|下さ)"
               # 前処理キットを無償でお試しいただきたく: a product given to try
               r"|(?:無償|無料)で(?:お試し|ご試用|試用|ご体験|お使い)(?:いただ|頂|ください|下さい)"
               # 料理をお出しし / 東京公演の対バンに貴店の出演バンドをお誘いできます / 試作品ができたら、ぜひ召し上がっていただきたい
               r"|(?:料理|お料理|食事|お食事)を(?:お出し|ご用意|振る舞|ふるま)|(?:お誘い|ご招待|お招き)(?:でき(?:ます|る)|します|いたします)|(?:試作品|試作|サンプル|試食品?)[^。\n]{0,20}?召し上がって(?:いただき|いただけ|ほし|もらい)"
               r"|(?:様子|成果|結果|進捗)(?:は|を|も)[^。\n]{0,12}?(?:ご報告|お知らせ)(?:します|いたします)"
               # 当校の選手の測定データもお持ちします / 失注理由の分析データを毎回お持ちします: data brought along
               r"|(?:データ|資料|サンプル|試作品|結果|記録|事例|プログラム|ノウハウ)[^。\n]{0,8}?お持ち(?:します|いたします|できます)"
               # PRに含めようと思います / パッチを送ります: a contribution to their project
               r"|(?:PR|プルリク(?:エスト)?|パッチ)(?:に含め|を(?:出|送|作)(?:り|し)?(?:ます|ましょう|たい|ようと|ておき)|(?:に|で)まとめられ)"
               # 会のチラシにもお店の名前を載せます: the reader's name shown to an audience
               r"|(?:お店|御社|貴社|お名前|店名|社名|ロゴ)(?:の名前)?を(?:載せ(?:ます|させていただきます)|掲載(?:します|いたします)|ご紹介(?:します|いたします))"
               # 授業で見つかった不具合は、私が取りまとめてご報告いたします
               r"|(?:取りまとめて|とりまとめて)(?:ご)?報告(?:いたします|します|できます)"
               # 貴媒体の読者の皆様にとっても有益な情報かと: news for the reader's audience (a press pitch)
               r"|(?:読者|視聴者|リスナー)の(?:皆様|皆さま|方々?)に(?:とって|も)[^。\n]{0,12}?(?:有益|喜んで|お役に|興味深)"
               # 浜の清掃ボランティアに…参加したいです: help offered
               r"|ボランティア[^。\n]{0,24}?(?:参加したい|参加させて|お手伝いしたい|手伝わせて)"
               # 閾値の見直し案をスプレッドシートにまとめました: work done for the reader
               r"|(?:見直し案|改善案|修正案|比較表)を[^。\n]{0,16}?(?:まとめ|作成し|作り)(?:ました|ておきました)"
               # トランクスへのロゴ掲出 / SNSで製品の使用感を発信できれば: a sponsor's exposure offered
               r"|ロゴ(?:の|を)?(?:掲出|掲載|掲示|露出)|(?:バナー|社名)(?:の|を)?(?:掲示|掲載|掲出)"
               r"|(?:SNS|インスタ|Instagram|ブログ|YouTube|レースレポート)[^。\n]{0,20}?(?:発信|ご紹介|投稿)(?:でき|します|いたします)"
               # 共著者として、先生の研究室のお名前を入れることも可能です: credit given in return
               r"|(?:共著者?|連名|謝辞|クレジット)[^。\n]{0,24}?(?:入れる|載せる|記載する|掲載する|お入れする)?(?:ことも)?(?:可能|できます|いたします|させていただきます)"
               # PR #1287 を出しました…修正が必要な点があれば、こちらで対応します: work done for their project
               r"|(?:PR|プルリク(?:エスト)?|パッチ)[^。\n]{0,12}?を(?:出し|送り|作成し|提出し)(?:ました|た)"
               r"|こちらで(?:対応|修正|調整|担当|用意|作成|実装)(?:します|いたします)"
               # 場所の手配も参加者への声かけも全部こちらでやります: the work done for the reader
               r"|(?:全部|全て|すべて)こちらで(?:やります|やる(?:ので|から|よ)|用意|手配|準備|対応)"
               # お電話でお話しいただければ、こちらで文章にまとめます: the writing done for them
               r"|こちらで[^。\n]{0,8}?(?:まとめ|書き起こし|編集し|清書し)(?:ます|いたします)"
               # 村田様の会社の採用情報も参加者にご案内します: the speaker's company promoted to the audience
               r"|(?:様|さん|先生|御社|貴社)の[^。\n]{0,12}?(?:も|を)(?:参加者|会員|受講者|読者|フォロワー)(?:の皆様|の皆さん)?に"
               r"(?:ご案内|ご紹介|共有|告知)(?:します|いたします)"
               # 協賛いただいた場合は、会場パネルに御社のロゴを掲載いたします: what a sponsor gets
               r"|(?:協賛|ご協賛|ご支援|寄付|ご寄付|ご協力)(?:いただいた|いただける|頂いた|くださった)(?:場合|際|企業様?|方)(?:は|には)?[、,]?"
               r"[^。\n]{0,60}?(?:ご用意|お送り|ご招待|掲載|掲出|進呈|差し上げ|お届け)"
               # 修正PRも出せます / 修正パッチを用意しています: work for their project
               r"|(?:PR|プルリク(?:エスト)?|パッチ|修正)[^。\n]{0,6}?(?:も|を|は)(?:出せ|送れ|作れ|用意でき|お送りでき)"
               r"|(?:PR|プルリク(?:エスト)?|パッチ|修正案)を用意して(?:います|おります|あります)"
               # うちのCTOとお話しする場を作れます / 設計の案件も回せると思う / 会の資料としてお使いいただけるよう準備します
               r"|(?:場|機会|席)を(?:作れ|作ります|設けます|設けられ|ご用意(?:でき|します|いたします))"
               r"|(?:案件|仕事|お仕事)(?:も|を)(?:回せ|お回しでき|ご紹介でき|紹介でき)"
               r"|(?:お使い|ご活用|ご利用)いただけるよう(?:に)?(?:準備|用意|手配)?(?:します|いたします)"
               # 現場の実態なら、かなり具体的にお伝えできると思います: what the sender knows, offered
               r"|(?:なら|であれば|でしたら)[、,]?[^。\n]{0,16}?(?:お伝え|お話し|お話|共有|ご説明|お教え)(?:でき|いたせ)(?:ます|る)"
               # イベント告知は、うちのSlack（約1,200人）でいつでも流します / 代わりと言ってはなんですが: given in return
               r"|(?:告知|宣伝|お知らせ|募集)[^。\n]{0,24}?(?:流します|流せます|シェアします|拡散します|投稿します|告知します)"
               r"|代わりと(?:言っては|いっては)(?:なん|何)ですが"
               # 集めたデータは、ご発表に自由に使っていただいて構いません: the sender's material, theirs to use
               r"|(?:ご?自由に|そのまま)(?:使って|お使い|ご活用|活用して|ご利用|利用して|転載して|引用して)(?:いただいて|もらって|くださって)?(?:も)?"
               r"(?:構いません|かまいません|大丈夫です|OKです|ください|いただけます)"
               # 最新の稼働データをお持ちして: material brought for the reader
               r"|(?:資料|データ|サンプル|試作品|見本|事例|試供品)[^。\n]{0,6}?を(?:お持ちし(?:て|ます)|お持ちいたし|お持ちでき|持参"
               r"|持って(?:ご挨拶|伺|お伺|参|行き))"  # 一度サンプルを持ってご挨拶に伺えたら
               # 原稿は公開前に確認していただけます / 話す役なども喜んでお引き受けします: given in return
               r"|(?:公開前|掲載前|事前)に(?:ご)?確認(?:していただけ|いただけ)(?:ます|る)|ご意向に沿う(?:よう)?(?:に)?(?:します|いたします)"
               r"|(?:喜んで|いつでも)(?:お)?引き受け(?:します|いたします|できます)"
               # 協賛企業様には会場でのロゴ掲出…をご用意しています: what sponsors get in return
               r"|(?:企業|会員|協賛(?:店|者)?|寄付者|支援者|スポンサー|ご支援いただいた方|出展者|加盟店)(?:様|の皆様)?(?:には|へは|に対しては)[^。\n]{0,60}?"
               r"(?:ご用意|お送り|ご招待|掲載|掲出|進呈|差し上げ|お届け)"
               # 現場の声でよければ、いくらでもお伝えします / 搾乳の応援なら、いつでも / 私が週1回入ることもできます
               r"|で(?:よければ|よろしければ)[、,]?[^。\n]{0,12}?(?:お伝え|お話し|共有|お手伝い|協力|お送り|ご案内|ご紹介|お貸し|ご提供|提供|話を)"
               r"(?:します|いたします|できます|させていただきます|するよ|できるよ)"
               r"|(?:応援|手伝い|協力|人手|力仕事)(?:なら|でしたら|であれば)[、,]?[^。\n]{0,8}?(?:いつでも|喜んで)"
               r"|(?:私|わたし|僕|自分)が[^。\n]{0,16}?(?:入る|入れる|手伝う|お手伝いする|担当する|引き受ける)(?:ことも|ことが)(?:でき|可能)"
               r"|(?:私|わたし|僕|私たち|弊社|当社|こちら)(?:の側)?(?:から(?:は|も)?|の)[^。\n]{0,40}?"
               r"(?:お話しでき|共有でき|お伝えでき|ご紹介でき)(?:ます|ると思)"
                     r"|(?:お手伝いできる|お手伝い出来る|手伝える|お役に立てる|役に立てる|お力になれる|力になれる|ご支援できる|支援できる|"
                     r"サポートできる|協力できる)こと")  # 手伝えることがあれば言ってください offers, it does not ask
# 開業以来、貴社の再仕込み醤油を…使っております: the sender is the reader's customer, which earns a visit or a
# talk but not a job or a referral (御社のアプリを2年間使っていて…御社で働く機会を).
_CUSTOMER = lazy(r"(?:貴社|御社|貴店|貴蔵|貴園|そちら)の[^。\n]{1,20}?を[^。\n]{0,16}?(?:使って|使わせて(?:いただいて|もらって)|愛用して"
                 r"|仕入れて|取り扱って|扱わせて(?:いただいて|もらって))(?:おり|い)")
# Something given in return or for the reader's use: 代わりに…調整しますね, 改善のヒントになればと思い添付します
# (not the sender's own CV or portfolio sent in support of their ask).
_IN_RETURN = lazy(r"(?:代わりに|その代わり|お返しに)[、,]?[^。\n]{0,60}?(?:します|いたします|できます|お渡し|お送り|ご用意|ご案内|ご招待"
                  r"|(?:て|で)(?:も)?(?:構いません|かまいません)"  # 代わりに、…記事のネタとして使っていただいて構いません
                  r"|する(?:よ|ね|から)|できる(?:よ|し|から)|話せる|(?:送る|渡す|あげる|教える|見せる)(?:よ|ね|から))"
                  r"|(?:ヒント|ご参考|足し|助け)になれば(?:と思い|と存じ|幸い)"
                  r"|(?:材料|ご参考|参考)にして(?:いただければ|いただけたら|もらえれば|ください)"  # (まとめましたので、商談の材料にしていただければ)
                  r"|[^。\n、,]{2,30}?と(?:引き換え|引換え|交換)に")  # 現場の話と引き換えに、業界の話を: a trade
_OWN_PAPERS = lazy(r"履歴書|経歴書|ポートフォリオ|レジュメ|自己紹介|プロフィール|事業計画|エントリーシート")


def _in_return(view: str):
    """Spans of _IN_RETURN whose sentence does not hand over the sender's own papers."""
    for m in _IN_RETURN.finditer(view):
        # The sentence around the match, looked for at most 200 characters away (linear on any input).
        floor, ceiling = max(0, m.start() - 200), min(len(view), m.end() + 200)
        lo = max(view.rfind("。", floor, m.start()), view.rfind("\n", floor, m.start()), floor - 1) + 1
        hi = min(x for x in (view.find("。", m.end(), ceiling), view.find("\n", m.end(), ceiling), ceiling) if x >= 0)
        if not _OWN_PAPERS.search(view, lo, hi):
            yield m.span()
_NO_FEE = lazy(r"(?:謝礼|謝金|報酬|お礼(?!という(?:ほど|わけ))|交通費)[^。\n]{0,12}(?:ございません|ありません|出せ|お支払いでき(?:ない|ません)|お出しでき(?:ない|ません)"
                 r"|ご用意でき(?:ない|ません)|なし|無し)")
_FEE = lazy(r"お仕事として|有償で|共同研究費|研究費のほか|謝礼|謝金|報酬|薄謝|ギャラ|交通費|紹介料|紹介ボーナス|原稿料|制作費(?!を(?:集め|募))|制作料|デザイン料|撮影料|作画料|翻訳料|出演料|講演料|お支払い(?:します|いたします|する)|お礼として|お礼に|お礼を(?:させ|いたし|します)|お礼という(?:ほど|わけ)では|ご馳走(?!にな)|ごちそう(?!にな)|奢|おご(?:り|ります|らせ)|お代は(?:いただきません|頂きません|いただかない|結構|不要|無用)")  # (ご馳走になれたら: the reader treats)


def offers(doc: Document, ask_list: list[Ask] | None = None) -> list[tuple[int, int, str]]:
    """What the sender gives: (start, end, kind) where kind is send | job | give.
    `send` (I'll send / share material) is weaker: a CV sent with a referral request is not a gift."""
    toks = doc.tokens
    out: list[tuple[int, int, str]] = []
    ask_list = ask_list or []
    ask_sentences = {a.sentence: a for a in ask_list}
    for si, s in enumerate(doc.sentences):
        lo, hi = s.tok_start, s.tok_end
        ask = ask_sentences.get(si)
        for i in range(lo, hi):
            found = _offer_at(toks, i, lo, hi, _key(toks[i]), ask)
            if found:
                out.append(found)
    view = doc.view
    for rx, kind in ((_JOB_OFFER, "job"), (_CAN_DO, "give"), (_BUYER, "give"), (_CUSTOMER, "customer")):
        for m in rx.finditer(view):
            if rx is _BUYER and _own_plan(view, m.start()):
                continue
            out.append((m.start(), m.end(), kind))
    out += [(a, b, "give") for a, b in _in_return(view)]
    no_fee = [m.span() for m in _NO_FEE.finditer(view)]
    for m in _FEE.finditer(view):
        if not any(a <= m.start() < b for a, b in no_fee):
            out.append((m.start(), m.end(), "give"))
    return out


def _offer_at(toks: list[Token], i: int, lo: int, hi: int, key: str, ask) -> tuple[int, int, str] | None:
    """The offer read from token i (its key: `key`) of the sentence toks[lo:hi], whose ask is `ask`
    (or None): (start, end, kind), or None."""
    t = toks[i]
    if key in _OFFER_WORDS:
        kind = _offer_kind(toks, i, lo, hi)
        return (t.start, t.end, kind) if kind else None
    if key == "役" and i + 2 < hi and toks[i + 1].surface == "に" and toks[i + 2].lemma in ("立つ", "立てる"):
        return t.start, toks[i + 2].end, "give"
    if key == "力" and i + 2 < hi and toks[i + 1].surface == "に" and toks[i + 2].lemma == "成る":
        return t.start, toks[i + 2].end, "give"
    if key in ("無料", "無償", "トライアル", "特典", "割引", "クーポン"):
        if key in ("無料", "無償") and i > lo and toks[i - 1].surface == "は" and i + 1 < hi and (
                toks[i + 1].surface == "です" or toks[i + 1].surface == "で" and i + 2 < hi and toks[i + 2].surface == "、"):
            return t.start, t.end, "give"  # 施術は無料で、ご感想を投稿してもらえたら: the sender's service, free
        if _describes_group(toks, i, hi):
            return None
        if any(u.pos1 == "動詞" and u.lemma in BENEFACTIVE and _request_marker(toks, j, hi) is not None
               for j, u in enumerate(toks[i + 1:min(hi, i + 8)], i + 1)):
            return None  # 無料で一度見ていただけませんか: the reader asked to work for free
        if (ask is None or t.start > ask.form_start or _sender_gives_free(toks, i, hi)
                or any(u.lemma in ("御座る", "有る", "用意") for u in toks[i + 1:min(hi, i + 4)])
                or any(_key(u) in _FREE_GIVEN for u in toks[i + 1:min(hi, i + 4)])
                and not any(u.lemma in BENEFACTIVE for u in toks[i + 1:min(hi, i + 7)])):  # (無償でご提供いただけないか asks)
            return t.start, t.end, "give"
        return None
    if t.lemma == "ます" and t.cform.startswith("意志推量") and i + 1 < hi and toks[i + 1].surface == "か":
        return t.start, toks[i + 1].end, "give"  # お送りしましょうか
    if t.pos1 == "動詞" and t.lemma == "頂く" and t.base in ("いただける", "頂ける"):
        # お試しいただけます / ご参加いただけます: the reader may use something (a statement).
        j = i + 1
        if (j < hi and toks[j].lemma == "ます" and toks[j].cform.startswith("終止")
                and (j + 1 >= hi or toks[j + 1].surface in _SENT_END)):
            c = _prev_content(toks, i, lo)
            if c is not None and _key(toks[c]) in ("試す", "利用", "参加", "使う", "受講", "閲覧", "読む",
                                                  "視聴", "体験", "活躍"):
                return toks[c].start, toks[j].end, "give"
    return None


def _describes_group(toks: list[Token], i: int, hi: int) -> bool:
    """無料で学習支援を行っているボランティア団体: a progressive clause on a noun, what the sender's group
    does for others, not something given to the reader."""
    for j in range(i + 1, min(hi - 1, i + 9)):
        u = toks[j]
        if u.surface in _SENT_END or u.surface in ("、", "，"):
            return False
        if (u.lemma in ("居る", "おる", "居り") and toks[j - 1].surface in ("て", "で")
                and u.cform.startswith("連体形") and toks[j + 1].pos1 == "名詞"):
            return True
    return False


def _message_object(toks: list[Token], i: int, lo: int) -> bool:
    """The thing sent at token i is a message (メッセージをお送りする, ご連絡差し上げ), not material
    sent by mail (資料はメールで送ります)."""
    j = i - 1
    if j >= lo and toks[j].pos1 == "接頭辞":
        j -= 1
    if j >= lo and toks[j].surface == "を":
        j -= 1
    return j >= lo and _key(toks[j]) in _MESSAGES


_MESSAGES = frozenset({"連絡", "メール", "便り", "一筆", "手紙", "返事", "返信", "メッセージ", "DM"})
_CONTACT_DETAILS = frozenset({"ID", "id", "ＩＤ", "アカウント", "連絡先", "QR", "QRコード", "番号", "電話番号", "携帯番号",
                              "アドレス", "メアド", "メールアドレス"})


def _offer_kind(toks: list[Token], i: int, lo: int, hi: int) -> str | None:
    """An offer word followed by the sender acting (します, できます, させていただきます, しましょうか),
    not by the reader doing it for the sender (共有していただけますか)."""
    key = _key(toks[i])
    if key == "紹介" and i > lo and toks[i - 1].surface == "自己":
        return None
    if key == "差し上げる" and _message_object(toks, i, lo):
        return None  # ご連絡(を)差し上げました: the humble "I wrote to you", nothing given
    if key in _SEND and _message_object(toks, i, lo):
        return None  # このようなメッセージをお送りすること自体: this very message, nothing given
    if key in _SEND and any(_key(u) in _SCHEDULING for u in toks[max(lo, i - 4):i]):
        return None  # DMで日程送ります: dates to pick from, nothing given
    if key == "負担" and not (i + 1 < hi and toks[i + 1].lemma in ("為る", "致す", "出来る")):
        return None  # 交通費は負担します, not プリセプターの負担をどう減らすか (a burden talked about)
    if key == "馳走" and i + 1 < hi and toks[i + 1].surface == "に":
        return None  # ご馳走になれたら: the reader treats the sender
    if key in ("送る", "送付", "共有") and any(u.surface in _CONTACT_DETAILS for u in toks[max(lo, i - 3):i]):
        return None  # ID送っておきます / 連絡先を共有します: how to reach the sender, nothing given
    if any(u.lemma == "べし" for u in toks[i + 1:min(hi, i + 4)]):
        return None  # 定期便を最初から用意すべきなのか: a question about the sender's own plan
    if i + 2 < hi and toks[i + 1].surface in ("だ", "です") and toks[i + 2].surface == "と":
        return None  # 社員の方からの紹介だと書類が通りやすい: a condition talked about, nothing given
    if i > lo and toks[i - 1].surface == "の" and i + 1 < hi and toks[i + 1].surface in ("で", "から", "により"):
        return None  # 共通の友人のシェアで読みました: someone's share, the way the sender came to read
    causative = False
    acted = False
    progressive = False
    for j in range(i + 1, min(hi, i + 8)):
        u = toks[j]
        if u.surface in _SENT_END or u.surface in ("、", "，", ",") and not acted:
            break  # (寄付や物品提供など、どのような形でも: a noun in a list, what the reader is asked for)
        if u.lemma in ("居る", "おる", "居り") or u.base in ("おる", "いる") or (j == i + 1 and u.surface == "中"):
            # 提供しております: a description of the business, not an offer to you (but
            # 共有できればと考えています is a wish to give)
            progressive = not any(v.cform.startswith("仮定形") or v.lemma == "たい" for v in toks[i + 1:j])
        if u.lemma in ("来る", "参る") and toks[j - 1].surface in ("て", "で"):
            return None  # 家業を手伝ってきた, お手伝いしてまいりました: the sender's past, not an offer
        if u.lemma == "願う":
            return None  # 紹介お願いします: the reader is asked to do it
        if u.pos1 == "助動詞" and u.lemma in ("ない", "ぬ") and not (j + 1 < hi and toks[j + 1].surface in ("か", "かと")):
            return None  # 謝礼はご用意できません: nothing given (but お手伝いできないかと offers)
        if u.lemma in _CAUSATIVE:
            causative = True
        elif (u.pos1 == "動詞" and u.lemma in BENEFACTIVE) or u.lemma == "欲しい":
            if not causative:
                return None  # 共有していただけますか, 手伝ってほしい: the reader gives
            if any(v.lemma == "た" and v.pos1 == "助動詞" for v in toks[j + 1:min(hi, j + 4)]):
                return None  # 社内で共有させてもらいました: done, with their leave, for the sender
            if key == "紹介" and u.cform.startswith("命令形") and not any(
                    v.surface in ("そちら", "そっち", "貴社", "御社") for v in toks[lo:i]):
                return None  # ご紹介させてください: a pitch (not そちらの読書会の告知も…紹介させてください)
            acted = True
        elif u.lemma in ("為る", "致す", "出来る", "申し上げる", "差し上げる", "ます", "たい") or u.pos1 == "助動詞":
            acted = True
        elif u.pos1 in ("名詞",) and u.lemma not in _PLEASED:
            break
    if not acted and not (key in ("お手伝い", "プレゼント", "進呈") and i + 1 < hi):
        return None
    before = "".join(t.surface for t in toks[max(lo, i - 8):i])
    if key == "紹介" and any(w in "".join(t.surface for t in toks[max(lo, i - 14):i]) for w in _PITCH_OBJECT):
        return None  # 弊社の統合監視ツールを、ぜひ御社のCTOにご紹介したい: a pitch, nothing given
    if key in _SEND and (_MESSAGE_AFTER.match("".join(t.surface for t in toks[i + 1:min(hi, i + 5)]))
                         or _SENT_BEFORE.search("".join(t.surface for t in toks[max(lo, i - 4):i]))):
        return None  # 先週お送りしたメールを再送しています: the sender's earlier message, nothing given
    if key in _SEND and any(w in "".join(t.surface for t in toks[lo:i]) for w in _OWN_MATERIAL):
        return "send-own"  # 履歴書と成績証明書は、ご指示いただければすぐにお送りします
    if key in _SEND and _SENT_FOR_REVIEW.match("".join(t.surface for t in toks[i + 1:min(hi, i + 24)])):
        return "send-own"  # データを送るので一度聴いてアドバイスを: the work to be judged, sent
    if key in _SEND and _GIFT_SENT.search(before):
        return "give"  # 製品はお送りします, サンプルを無料でお送りします: a thing to keep, not a document
    if key in ("貢献", "支援", "案内", "協力") or progressive:
        return "weak"
    return "send" if key in _SEND else "give"


# 〜を送るので、一度聴いてアドバイスを (not 資料をお送りしますので、ご確認のうえ: material for the reader)
_SENT_FOR_REVIEW = lazy(r"(?:る|ります|します|いたします)?(?:ので|から)[、,]?[^。！？!?\n]{0,30}?"
                         r"(?:アドバイス|添削|改善点|講評|聴いて)")  # (資料をお送りしますので…ご意見を: a study shared, as bz029)
_SENT_BEFORE = lazy(r"(?:先週|先々週|先月|以前|前回|先日|昨日|この前)(?:に)?も(?:ご|お)?$")  # 先月もお送りしたのですが
_MESSAGE_AFTER = lazy(r"(?:し|いたし)?た(?:メッセージ|メール|DM|ＤＭ|ご連絡|連絡|申請|リクエスト)")
_FREE_GIVEN = frozenset({"提供", "貸与", "進呈", "配布", "貸し出し", "貸出"})  # 試料の無償提供も含めて: given free
_BUY = frozenset({"買う", "購入", "注文", "購読", "申し込み", "申込み", "申込"})  # the reader buys from the sender


def _balanced_categories(ask_list: list[Ask]) -> set:
    """What the offers must balance: a closing ご検討のほど adds nothing to a referral request."""
    cats = {a.category for a in ask_list if a.topic != "検討"}
    return cats or {a.category for a in ask_list}


# A request to look over the sender's work: what the sender then sends is the work to review.
_REVIEW = lazy(r"添削|目を通し|改善点|問題点|フィードバック|チェックして|見ていただ|見てもら|ご覧いただ|コメントを|レビュー|赤入れ|聴いて"
                r"|(?:どこを|どう)直せば")


def _send_counts(doc: Document, ask_list: list[Ask]) -> bool:
    """Whether material the sender sends (資料をお送りします) balances the asks: not a referral or a job
    (it supports the ask), nor a review of the sender's work (ES の添削…リンクをお送りします)."""
    cats = _balanced_categories(ask_list)
    if cats and cats <= {"referral", "job"}:
        return False
    if cats <= {"referral", "job", "purchase"} and any(a.topic in _BUY for a in ask_list):
        return False  # 梨を買ってもらえませんか…1箱4000円で送ります: the goods sold, not a gift
    asks_ = [a for a in ask_list if a.topic != "検討"] or ask_list
    sentences = doc.sentences
    # (構成図をお送りしますので、問題点をご指摘いただけないか…あわせてご紹介ください: the papers support both asks)
    return not (asks_ and all(a.category in ("referral", "job") or a.category == "advice" and _REVIEW.search(
        doc.view, sentences[a.sentence].start, sentences[a.sentence].end) for a in asks_))


def real_offers(doc: Document, ask_list: list[Ask]) -> list[tuple[int, int, str]]:
    """Offers that balance the given asks: material the sender sends does not balance a referral
    or job request (it supports the ask); a pitch's "weak" offers (ご支援, ご案内) balance nothing."""
    send_counts = _send_counts(doc, ask_list)
    out = []
    for start, end, kind in offers(doc, ask_list):
        if kind in ("send-own", "weak"):
            continue
        if kind == "send" and not send_counts:
            continue
        if kind == "customer" and _balanced_categories(ask_list) & {"referral", "job"}:
            continue
        out.append((start, end, kind))
    return out


# -- interest in the reader -------------------------------------------------------------------
_THEIR = lazy(r"(?:御社|貴社|貴学|貴校|貴院|貴団体|貴殿|貴台|貴兄|貴職|あなた|(?<![皆客者業])(?:さん|様|さま)|先生|氏)(?:の|が)")
_ABOUT_WORK = lazy(
    r"(?:について|に関する|に関して|における|をテーマにした|で(?:の|話され|書かれ|紹介され|語られ))"
    r"[^。\n]{0,12}(?:記事|投稿|ブログ|ポスト|ツイート|発信|登壇|講演|発表|セッション|スライド|書籍|著書|論文|"
    r"インタビュー|連載|動画|ポッドキャスト|配信|コラム|トーク|LT|ご講演|ご発表|ご登壇|スレッド|ツリー|ニュースレター|講義)")
# The reader's own doing, in respectful past or progressive: 書かれていた, 登壇された, 主催されている.
_THEIR_DOING = lazy(
    r"(?:書か|話さ|語ら|紹介さ|発表さ|登壇さ|公開さ|発信さ|投稿さ|執筆さ|講演さ|出演さ|開発さ|主催さ|運営さ|寄稿さ|"
    r"出版さ|連載さ|共有さ|解説さ|提唱さ|取り組ま|手がけ(?:ら)?|立ち上げら|作ら|制作さ|設計さ|担当さ|企画さ|監修さ|携わら|"
    r"話しさ|主導さ|推進さ|牽引さ|培わ|築か|進めら|展開さ|実施さ|整理さ|まとめら|作成さ|分析さ|調査さ|撮影さ|描か|編集さ|翻訳さ)れ"
    r"(?:て(?:い|お)(?:た|る|ました|ます)|ており(?:ます|ました)|た|ました|ている|てき(?:た|ました)|てこられ(?:た|ました))"
    r"|おっしゃ(?:って(?:い|お)(?:た|ました)|った|いました)|おっしゃられて(?:い|お)(?:た|ました)"  # (the doubled honorific too)
    # 昨年の交歓会で市長がお話しくださった構想: their talk, received
    r"|(?:お話し|ご講演|ご発表|お示し)(?:くださった|くださいました|いただいた|いただきました)"
    # ご登壇なさった内容 / 御社が先月公開した…検証結果: the reader's doing, named as theirs
    r"|(?:ご|お)(?:登壇|講演|発表|執筆|寄稿|出演|説明|紹介)なさ(?:った|って(?:い|お)(?:た|られた))"
    r"|(?:御社|貴社|貴団体|貴院|貴校|さん|様|氏|先生)が[^。\n]{0,30}?(?:公開|発表|発信|投稿|出版|リリース|執筆|発売|受賞)"
    r"(?:した|された|されていた|している|されている)"
    # 大野さんが書いていたPMのためのSQL入門: the reader's doing, told plainly after their name
    r"|(?:さん|様|先生|氏)が[^。\n、]{0,20}?(?:書いて|話して|作って|発表して|公開して|まとめて|紹介して|投稿して)(?:い(?:た|る)|おられ(?:た|る))"
    # 御社が取り組んでおられる / 進めていらっしゃる: the reader's doing, in respectful progressive
    r"|(?:取り組んで|手がけて|手掛けて|進めて|運営して|開発して|提供して|研究して)(?:おられ|いらっしゃ)")
# 多くの企業様がDXに取り組まれている: the honorific is for companies in general, not the reader's doing.
_GENERIC_SUBJECT = lazy(r"(?:多くの|多数の|数多くの|さまざまな|様々な|各業界の|全国の|世の中の|どの)[^。\n、]{0,12}?"
                        r"(?:企業|会社|事業者|団体|方々|皆様|皆さま)(?:様|さま)?(?:が|も|では)[^。\n]{0,40}$")


def _their_doing(doc: Document) -> list[tuple[int, int]]:
    """Spans of _THEIR_DOING whose subject is not companies or people in general. Read once per draft
    (interest and specifics both ask)."""
    toks = doc.tokens
    memo = toks.memo() if hasattr(toks, "memo") else {}
    found = memo.get("speech.their_doing")
    if found is None:
        view = doc.view
        found = memo["speech.their_doing"] = [
            m.span() for m in _THEIR_DOING.finditer(view)
            if not _GENERIC_SUBJECT.search(view, max(0, m.start() - 60), m.start())]
    return found


_QUOTE = lazy(r"[「『]([^」』\n]{2,80})[」』]")
# After a closing quote: what someone said (と言われ, とおっしゃる, という声), not the sender's request.
_SAID = lazy(r"(?:と|って)(?:おっしゃ|仰|言わ|言っ|いわ|いっ|話さ|話し|聞|伺|相談を受け|いう声|の声|いう方)")
# A reaction to the reader's talk or writing (お話、すごく良かった) or use of their work
# (さんがメンテナをされているOSS「…」を使わせてもらっています).
_REACTION = lazy(
    r"(?:お話|ご講演|講演|ご発表|発表|ご登壇|登壇|記事|投稿|ブログ|スライド|LT|セッション|トーク|ご著書|書籍|ピッチ|デモ|プレゼン|ライブ|演奏)"
    r"[、，,はがも]?[^。\n]{0,6}?(?:すごく|とても|大変|本当に|めちゃくちゃ|非常に)?"
    r"(?:良かった|よかった|素晴らしかった|面白かった|おもしろかった|刺激的|わかりやすかった|分かりやすかった|印象的|最高でした|最高だった)"
    r"|(?:さん|様|先生)が[^。\n]{0,24}?(?:され|なさっ|手がけ|作っ)(?:ている|ていた|た)[^。\n]{0,4}?[「『]"
    # 先日のポストの「見積もりは幅で出す」という話: what their post said, quoted
    r"|(?:ポスト|投稿|ツイート|記事|ブログ|スレッド|note|ご発表|ご講演|お話)(?:の|で(?:の)?)[「『][^」』\n]{2,60}[」』]という(?:話|お話|言葉|指摘|考え|ご指摘|一文|くだり)"
    # お話、楽しく聞きました / ご講演を興味深く拝聴しました: how the talk or text was taken in
    r"|(?:お話|ご講演|講演|ご発表|発表|ご登壇|登壇|記事|投稿|ブログ|スライド|LT|セッション|トーク|ご著書|書籍)"
    r"[、，,をは]?[^。\n]{0,6}?(?:楽しく|興味深く|面白く|おもしろく|夢中で|食い入るように)"
    r"(?:(?:聞き|聴き|拝聴し|拝見し|拝読し|読み|見)ました|(?:聞い|聴い|拝聴し|拝見し|拝読し|見)た|読んだ)")


def interest(doc: Document) -> list[tuple[int, int]]:
    """Signs the sender looked at the reader: read or heard their work, a named reaction to it,
    or 御社の〜に共感. プロフィールを拝見し alone does not count."""
    toks = doc.tokens
    view = doc.view
    out: list[tuple[int, int]] = []
    for s in doc.sentences:
        lo, hi = s.tok_start, s.tok_end
        if _GENERIC_PRAISE.search(s.text):
            continue  # いつも発信参考にしてます: said to every account
        keys = [_key(t) for t in toks[lo:hi]]
        has_work = any(k in _WORK or t.surface in _WORK for k, t in zip(keys, toks[lo:hi]))
        job_sentence = any(w in s.text for w in _JOB_WORDS)
        for i in range(lo, hi):
            key = keys[i - lo]
            if key in _CONSUME:
                if _asked(toks, i, hi):
                    continue  # お読みください, ご覧いただけますか: the reader is asked to read
                before = keys[max(0, i - lo - 6):i - lo]
                if any(b in _NOT_THEIR_WORK or b in _MINE for b in before):
                    continue  # プロフィールを拝見し, 私のポートフォリオを見て: not their work
                if has_work or key in _HUMBLE_CONSUME:
                    out.append((toks[i].start, toks[i].end))
            elif key in _APPRECIATE and not job_sentence:
                if key in ("勉強", "参考") and not (
                        i + 2 < hi and toks[i + 1].surface == "に" and toks[i + 2].lemma in ("成る", "為る")):
                    continue  # 勉強中の学生です is not a reaction; 勉強になりました is
                if not has_work and any(b in _BOILERPLATE_ATTRIBUTES for b in keys[max(0, i - lo - 6):i - lo]):
                    continue  # 貴社の理念に深く共感いたしました: what every applicant says of every company
                strong = key in _APPRECIATE_STRONG
                if strong or has_work or _THEIR.search(s.text):
                    if not _asked(toks, i, hi):
                        out.append((toks[i].start, toks[i].end))
    for rx in (_ABOUT_WORK, _REACTION):
        for m in rx.finditer(view):
            out.append(m.span())
    out += _their_doing(doc)
    return out


def has_interest(doc: Document) -> bool:
    """bool(interest(doc)): the regexes first, then only the tokens that can count."""
    return interest_in_text(doc) or interest_in_tokens(doc)


def interest_in_text(doc: Document) -> bool:
    """The regex half of interest(): a named reaction to, or mention of, the reader's work."""
    view = doc.view
    return any(rx.search(view) for rx in (_ABOUT_WORK, _REACTION)) or bool(_their_doing(doc))


def interest_in_tokens(doc: Document) -> bool:
    """The token half of interest(): their work read or heard, or appreciated."""
    toks = doc.tokens
    keys = _keys(doc)
    sentences = doc.sentences
    si = 0
    sentence_facts = None
    for i in _key_positions(doc, _INTEREST_KEYS):
        while si < len(sentences) and sentences[si].tok_end <= i:
            si += 1
            sentence_facts = None
        if si == len(sentences):
            break
        s = sentences[si]
        lo, hi = s.tok_start, s.tok_end
        if i < lo:
            continue  # a token outside every sentence
        if sentence_facts is None:
            has_work = any(k in _WORK or t.surface in _WORK for k, t in zip(keys[lo:hi], toks[lo:hi]))
            sentence_facts = (has_work, any(w in s.text for w in _JOB_WORDS), bool(_GENERIC_PRAISE.search(s.text)))
        has_work, job_sentence, generic = sentence_facts
        if generic:
            continue
        key = keys[i]
        if key in _CONSUME:
            if _asked(toks, i, hi):
                continue
            before = keys[max(lo, i - 6):i]
            if any(b in _NOT_THEIR_WORK or b in _MINE for b in before):
                continue
            if has_work or key in _HUMBLE_CONSUME:
                return True
        elif key in _APPRECIATE and not job_sentence:
            if key in ("勉強", "参考") and not (
                    i + 2 < hi and toks[i + 1].surface == "に" and toks[i + 2].lemma in ("成る", "為る")):
                continue
            if not has_work and any(b in _BOILERPLATE_ATTRIBUTES for b in keys[max(lo, i - 6):i]):
                continue
            if key in _APPRECIATE_STRONG or has_work or _THEIR.search(s.text):
                if not _asked(toks, i, hi):
                    return True
    return False


# いつも発信参考にしてます / いつも投稿を拝見しています: habitual praise of unnamed work, said to every account
# (いつもDX関連の発信を参考に, 子育て支援NPOの活動、いつも投稿を拝見 name a subject: not matched).
_GENERIC_PRAISE = lazy(r"^[ \t\u3000]*(?:[^。のでに「」『』\n]{1,6}[、,]?)?いつも(?:の)?(?:ご?発信|ご?投稿|ポスト|ツイート|ツイ|記事|ブログ|note|配信|動画|コンテンツ)(?:を|、|は|も)?"
                       r"[^。\n「」『』]{0,8}?(?:参考|勉強|拝見|拝読|楽しみ|見て|見させ|読んで|読ませ|チェック)")


# (御社のビジョンに共感 still counts: it names where the company is going, as tests/test_rules_relationship.py holds)
_BOILERPLATE_ATTRIBUTES = frozenset({"理念", "企業理念", "経営理念", "社風", "事業内容"})


_INTEREST_KEYS = _CONSUME | _APPRECIATE


class _KeyOf(dict):
    """lemma -> _key for a token with that lemma (an empty lemma is looked up by surface)."""

    def __missing__(self, lemma):
        cut = lemma.find("-")
        key = lemma[:cut] if cut > 0 else lemma
        if len(self) < 20000:
            self[lemma] = key
        return key


_KEY_OF = _KeyOf()


def _keys(doc: Document) -> list[str]:
    """_key of every token, once per draft."""
    toks = doc.tokens
    memo = toks.memo() if hasattr(toks, "memo") else {}
    keys = memo.get("speech.keys")
    if keys is None:
        keys = list(map(_KEY_OF.__getitem__, toks.column("lemma") if hasattr(toks, "column")
                        else [t.lemma for t in toks]))
        if "" in keys:
            for i, k in enumerate(keys):
                if not k:
                    keys[i] = toks[i].surface
        memo["speech.keys"] = keys
    return keys


def _key_positions(doc: Document, values: frozenset) -> list[int]:
    keys = _keys(doc)
    return [i for i, k in enumerate(keys) if k in values]


def has_real_offers(doc: Document, ask_list: list[Ask]) -> bool:
    """bool(real_offers(doc, ask_list)): the regexes first, then only the tokens that can count."""
    view = doc.view
    if (any(rx.search(view) for rx in (_JOB_OFFER, _CAN_DO)) or next(_in_return(view), None)
            or any(not _own_plan(view, m.start()) for m in _BUYER.finditer(view))):
        return True
    if _CUSTOMER.search(view) and not _balanced_categories(ask_list) & {"referral", "job"}:
        return True
    no_fee = None
    for m in _FEE.finditer(view):
        if no_fee is None:
            no_fee = [x.span() for x in _NO_FEE.finditer(view)]
        if not any(a <= m.start() < b for a, b in no_fee):
            return True
    send_counts = _send_counts(doc, ask_list)
    priced = None
    toks = doc.tokens
    keys = _keys(doc)
    ask_sentences = {a.sentence: a for a in ask_list}
    sentences = doc.sentences
    si = 0
    for i in _key_positions(doc, _OFFER_KEYS):
        while si < len(sentences) and sentences[si].tok_end <= i:
            si += 1
        if si == len(sentences):
            break
        s = sentences[si]
        lo, hi = s.tok_start, s.tok_end
        if i < lo:
            continue
        found = _offer_at(toks, i, lo, hi, keys[i], ask_sentences.get(si))
        if found and found[2] not in ("send-own", "weak") and (found[2] != "send" or send_counts):
            if priced is None:
                priced = any(a.category == "purchase" for a in ask_list) and bool(_PRICED.search(view))
            if priced and _PRICED.search(s.text):
                continue  # 月額980円からご利用いただけます / 新プランをご用意しました: the goods for sale
            return True
    return False


_PRICED = lazy(r"[0-9０-９][0-9０-９,，]*(?:円|万円)|月額|年額|料金|価格|税込|税抜|税別|プラン|有料|定価|初月|初回|今なら|期間限定|キャンペーン")


# Every branch of the token scan in offers() starts at a token with one of these keys.
_OFFER_KEYS = _OFFER_WORDS | {"役", "力", "無料", "無償", "トライアル", "特典", "割引", "クーポン", "ます", "頂く"}


def _asked(toks: list[Token], i: int, hi: int) -> bool:
    """Is the verb at i something the reader is asked (お読みください), wished (拝見したい) or
    suffers (聞かれる), rather than something the sender did (拝見させていただきました)?"""
    causative = False
    pending = False
    for j in range(i + 1, min(hi, i + 7)):
        u = toks[j]
        if u.surface in _SENT_END:
            break
        if _is_past(u):
            return False
        if u.lemma in _CAUSATIVE:
            causative = True
        elif u.lemma in ("れる", "られる") and j <= i + 2:
            return True
        elif u.pos1 == "動詞" and u.lemma in BENEFACTIVE:
            if u.cform.startswith("命令形"):
                return True
            if not causative:
                pending = True
        elif (u.pos1 == "助動詞" and u.lemma == "たい") or (u.pos2 == "終助詞" and u.surface == "か"):
            return True
        elif u.cform.startswith("命令形"):
            return True
    return pending


# What makes a follow-up gentle, or a favour easy to refuse: the reader may simply say no or not answer
# (pushy-follow-up, one-sided-ask).
EASY_OUT = lazy(
    r"ご放念|お気になさら|気にしないで|お気遣いなく|お?捨て置き|(?:スルー|無視|返信せず)して(?:いただいて|頂いて|くださって)?(?:も)?(?:構|大丈夫|結構)"
    r"|(?:ご興味|ご関心|ご縁)が(?:なければ|ない場合|なかった|ございませんでしたら|ございませんようでしたら)"
    r"|(?:ご返信|ご返事|お返事|返信|返事)(?:は|には)?(?:不要|及びません|結構|お気遣いなく)|返信不要"
    r"|タイミングが合わな|(?:難しい|厳しい)(?:ようでしたら|場合は|ようであれば)|お見送り(?:いただいても|でも)"
    # 難しければ遠慮なく断ってください / 無理でしたらお気になさらず: a favour easy to refuse
    r"|(?:難しけれ|無理(?:でしたら|なら|せず|な場合)|厳しけれ)[^。\n]{0,16}?(?:断って|お断り|遠慮なく|スルー)"
    # 難しければもちろん大丈夫です: no is a fine answer
    r"|(?:難しけれ|無理(?:でしたら|なら|な場合)|厳しけれ)ば?[、,]?(?:もちろん|全然|まったく)?(?:大丈夫|構いません|結構です|問題ありません)"
    r"|(?:まだ|後日|いつ|急ぎ)(?:で)?(?:も)?(?:大丈夫|構いません|結構です)|お急ぎにならず|急ぎません"
    # これで最後にします / 今回で最後のご連絡とさせていただきます: the sender withdraws
    r"|(?:これで|今回で|こちらで)(?:いったん)?最後|最後のご連絡"
    # こちらからのご連絡はいったん控えます / ここまでにします / あと一度だけにしますね: the sender stops
    r"|(?:ご連絡|連絡|ご案内|ご提案)は(?:いったん|一旦|しばらく|これで)?(?:控え|ここまで|終わり|あと一度だけ|あと1度だけ|以上に)")


# -- an existing relationship ------------------------------------------------------------------
RELATIONSHIP = lazy(
    r"(?:先日|昨日|昨晩|昨夜|本日|今日|先ほど|さきほど|先週|先月|前回|以前|その節|過日|先般|この間|この前|昨年|去年|本年|今年)[はの、]?"
    r"[^。\n]{0,30}?"
    r"(?:ありがと|お世話|お会い|お話し(?:させ|でき|した(?![いくら])|いただ)|ご一緒|名刺|ご挨拶|お目にかか|ご連絡いただ|助かりました|"
    r"ご相談いただ|お声が(?:け|かけ)|ご紹介いただ|お問い合わせ|お打ち合わせ|ご対応|(?:御礼|お礼)(?:申し上げ|を申し)|機会を(?:賜り|いただき(?!た[いく]))|"
    r"(?:お)?時間を(?:取って|作って|割いて|いただ)(?:いただ|くださ)?(?:いた|き(?!た[いく])|った|り)|"
    r"(?:お送り|ご提案|ご案内|お伝え|ご相談)(?:した(?![いくら])|しました|いたしました|差し上げ|しており|しています|している))"
    # つながってくださりありがとうございます / お送りいただいた企画書 / 来週の定例で: an exchange under way
    r"|(?:繋|つな)がって(?:くださり|くださって|いただき(?!た[いく])|いただいて)|お送りいただ(?:いた|き(?!た[いく]))|送っていただい(?:た|て)|(?:次回|来週|今週|月例|週次|今月|先月|先週|前回|この前|先日|本日|今日|昨日)の定例"
    # Re: 意見書の修正について / ご修正いただいた意見書、確かに拝受しました: a reply in an exchange
    r"|^(?:件名[:：][ \t\u3000]*)?(?:Re|RE|re)[:：]|拝受(?:しました|いたしました|いたしております)"
    # 〜への参加ありがとうございます: a new member of the sender's community; お願いしておりました件: a request under way
    r"|(?:へ|に)の(?:ご)?(?:参加|登録|入会|加入|協力|支援|寄付|賛同)(?:いただき(?!た[いく])|いただいた|くださり|ありがと)"
    # 当館は創設以来、貴社から毎年ご支援をいただいてまいりました: years of support behind the ask
    r"|(?:毎年|長年|長らく|創設以来|創業以来|開館以来)[、,]?[^。\n]{0,12}?(?:ご支援|ご協賛|ご寄付|ご協力|お取引|お引き立て)(?:を)?(?:いただ|賜|頂)"
    r"|(?:お願い|ご依頼|ご案内|ご連絡)(?:して|いたして)(?:おりました|いました)件"
    # 三度目のご連絡 / 二度メールをお送りしていますが: not the first message (pushy-follow-up judges a chase)
    r"|(?:[二三四五六2-6]|何)(?:度|回|通)目の(?:ご連絡|連絡|メール|メッセージ|DM)|再三の(?:ご連絡|連絡|お願い)"
    r"|(?:二度|三度|何度か?|数回|何回か?|再三)[^。\n]{0,12}?(?:お送り|ご連絡|連絡|メール|DM)(?:して|いたして|差し上げて|しました|した)"
    # 先週、先々週とご連絡しておりますが: earlier sends listed
    r"|(?:先週|先月|先日|[0-9０-９]{1,2}月)[、,](?:先々週|先々月|先週|先月|[0-9０-９]{1,2}月)と(?:ご連絡|連絡|メール|メッセージ|DM)(?:を)?"
    r"(?:して|いたして|差し上げて|お送りして)(?:おり|い)"
    # 4月と5月にもメールをお送りしておりますが: earlier messages of the sender's, counted
    r"|(?:[0-9０-９]{1,2}月|先月|先週|先日)(?:と|、)(?:[0-9０-９]{1,2}月|先月|先々月|先週|先々週|今月)?にも(?:メール|メッセージ|DM|ご連絡)(?:を)?"
    r"(?:お送り|差し上げ|送っ|送信|して(?:おり|い)|いたして|しました)"
    # 先日お伺いさせていただいた際に: the sender has visited them
    r"|(?:先日|以前|前回|この前)[^。\n]{0,6}?(?:お伺い|伺っ|ご訪問|訪問)(?:させていただいた|させていただきました|した|いたしました|しました)"
    # いつもお店に寄らせてもらってます: a regular customer
    r"|いつも[^。\n]{0,12}?(?:寄らせて|利用させて|通わせて|使わせて)(?:もらって|いただいて)"
    # 前任の者から伺っております / 担当を引き継ぎました: an account handed over, the dealings go on (not
    # 英文開示を担当することになりました: the sender's own new duty)
    r"|(?:前任|後任)(?:の|者|として)|(?:担当|窓口)(?:を)?引き継"
    # 昨年に引き続き、今年も…協賛のご相談を: dealings that go back a year
    r"|(?:昨年|去年|昨年度|前年|前回)(?:度)?(?:に引き続き|に続き|に続いて|同様に?)[、,]?(?:今年|本年|今年度|今回)(?:も|度も)"
    # 見ていただけましたか: what was sent before, asked about
    r"|(?:ご覧|見て|読んで|確認して|目を通して)(?:いただけ|もらえ|くれ)ました(?:か|でしょうか)"
    # 先日の求人の件、その後いかがでしょうか: a follow-up on the sender's own errand
    r"|(?:先日|先週|先月|前回|以前|この前)の[^。\n]{1,20}?の件[、,]?[^。\n]{0,6}?その後"
    # ご連絡するのはこれで三度目です: not the first message (pushy-follow-up judges the chase)
    r"|(?:これで|今回で)[二三四五六2-6２-６何](?:度|回|通)目"
    # この前の展示会ぶりです: they met there
    r"|(?:この前|こないだ|この間|先日|先週|先月|前回|昨年|去年)の[^。\n]{1,16}?ぶり(?:です|でございます)"
    # 「来月もう一度声をかけて」とおっしゃっていたので、改めてご連絡しました: a follow-up
    r"|改めて(?:ご連絡|ご案内|お便り)(?:しました|いたしました|差し上げ|させていただ)"
    # 何度もすみません / 先週と先々週にもメッセージしたんですが: not the first message
    r"|何度も(?:すみません|すいません|申し訳|失礼)"
    r"|(?:先週|先々週|先月|以前|前回|この前|昨日)[^。\n]{0,10}?(?:にも|も)(?:メッセージ|メール|DM|ご?連絡)(?:を)?(?:した|しました|お送りし|送っ|差し上げ)"
    # 体験授業ありがとうございました / 面談、ありがとうございました: a session they had together
    r"|(?:体験授業|体験レッスン|体験|授業|レッスン|面談|面接|打ち合わせ|お打ち合わせ|ミーティング|商談|撮影|収録|取材|見学)"
    r"(?:会)?(?:では|の際は)?[、,]?(?:本当に|誠に|大変)?ありがとうございました"
    # カジュアル面談では、…詳しく伺えて楽しかったです: the session told, then thanked
    r"|(?:面談|面接|打ち合わせ|お打ち合わせ|ミーティング|商談|体験レッスン|レッスン|見学)(?:会)?(?:では|の際は)[、,]?[^。\n]{0,40}?(?:楽しかった|勉強になりました|ありがとうございました)"
    # 昨年ご導入いただいた業務用エアコンの保守契約: the reader is already a customer (not 昨年は多くの企業様に
    # ご導入いただきました, a claim about others)
    r"|(?:昨年|去年|先日|先月|先般|以前|前回)(?:(?!多くの|企業様|お客様|皆様|社以上|方々)[^。\n]){0,20}?(?:ご導入|ご契約|ご購入|お買い上げ|ご注文)(?:いただいた|いただきました|くださった)"
    # いつも本学学生の採用にご理解をいただき / 度々申し訳ございません: dealings under way, not a first message
    r"|いつも[^。\n]{0,20}?(?:ご理解|ご協力|ご支援|お引き立て|ご愛顧|ご高配)|(?:度々|たびたび)(?:の|申し訳|失礼|すみません|恐縮)"
    # 5月28日に最終面接を受けました / 前に頼んだ紹介の件: they have met, or it is not the first message
    r"|(?:面接|面談)を(?:受け(?:ました|た|させていただ)|させていただ(?:いた|きました))|面接の際"
    # (伺いたい, お聞きしたく: a wish to meet, not a meeting)
    r"|(?:ブース|展示|会場|オフィス|事務所|本社|工場|店舗)(?:に|へ)(?:伺い(?!た[いく])|伺った|お邪魔し(?!た[いく]))"
    r"|直接お話を(?:伺い(?!た[いく])|伺った|お聞きし(?!た[いく]))"
    r"|お二人を(?:おつなぎ|つなぎ|繋ぎ|ご紹介)|お二人とも(?:ご)?了承"  # お二人をつなぎたくて: the sender introduces two contacts
    r"|(?:面接|面談|商談|打ち合わせ|お打ち合わせ)で(?:お話し|お伝え|伺っ|ご説明)(?:した|しました|いただいた|させていただいた)"
    r"|(?:明日|明後日|来週|今週|次回)の(?:会議|打ち合わせ|定例|ミーティング|MTG)(?:で|にて|の際)"
    r"|の件[、,]?(?:本当に|誠に)?ありがとうございます"  # コラボ動画の件、ありがとうございます: their answer, thanked
    r"|(?:前から|以前から|前に)(?:言って|話して)(?:た|いた)"  # 前から言ってたもんな: they have talked before
    r"|(?:先日|先ほど|さきほど|昨日|先週|例)の件|ご紹介いただいた件|ご承認(?:いただき|頂き|くださり)?(?:誠に)?ありがと"
    # 先月は北海道展に出店していただき、本当に助かりました: the reader did something for the sender
    r"|(?:いただき|いただいて|くださり|もらって)[、,]?(?:本当に|大変|とても|すごく)?助かりました|(?:前に|前回|この前|先日|先週|先月|昨日)(?:頼んだ|送った|お願いした|話した)|(?:この前|前回|先日)の(?:案件|お仕事|プロジェクト)の(?:件|こと)"
    # 先週話してた展示会の件 / 先日のお電話で / 6月5日の二次面接 / 来週火曜14時のお打ち合わせですが: an exchange under way
    r"|(?:先日|先週|昨日|この間|この前)[、]?(?:話して(?:た|いた)|話した|話し合った|相談した)[^。\n]{0,20}?(?:件|こと|話)"
    r"|(?:先日|先ほど|昨日|先週|先月|前回|この前)の(?:お電話|面接|面談|お打ち合わせ|打ち合わせ|ミーティング|MTG|1on1|メンタリング)"
    # 先日はお電話にて失礼いたしました: they have spoken
    r"|(?:先日|先ほど|さきほど|昨日|先週|前回|この前)は(?:お電話|電話|お打ち合わせ|打ち合わせ)(?:にて|で)[^。\n]{0,8}?(?:失礼|ありがと)"
    # 先日はお約束の時間に遅れてしまい、大変申し訳ございませんでした: an apology for a meeting they had
    r"|(?:先日|昨日|先週|前回|この前)は[^。\n]{0,24}?(?:申し訳(?:ございません|ありません)でした|大変失礼(?:いたし|し)ました)"
    r"|[0-9０-９一二三四五六七八九十]日の(?:一次|二次|三次|最終)?面接|(?:一次|二次|三次|最終)面接(?:の日程|の際|では|でお|を受け|から|の結果)"
    r"|(?:来週|今週|明日|明後日|本日|今日)[^。\n]{0,12}?の(?:お)?(?:打ち合わせ|打合せ|面談|ミーティング|MTG|補習|授業|レッスン|撮影|収録|取材|研修"
    r"|OB訪問|OG訪問|OB・OG訪問|ご訪問|面接)"
    r"(?:の(?:時間|日程|場所|時刻))?(?:ですが|の件|について|につきまして|[、,]?(?:どうぞ|何卒|改めて)?よろしくお願い)"
    # 次回の理事会で、副会長のご意見を: a body they both sit on
    r"|(?:次回|次|来週|来月)の(?:理事会|役員会|定例会|定例|総会|幹事会|委員会|部会|運営会議|月例会|例会)(?:で|にて|の際|では)"
    # 先日の合宿の件ですが: a matter both know, taken up again
    r"|(?:先日|先週|昨日|この前|前回)の[^。\n、]{1,12}?の件(?:ですが|で|について|につきまして)"
    # 昨年まで御院を担当していた…の坂本です: the reader's former account manager
    r"|(?:御社|貴社|御院|貴院|御校|貴校)を(?:ご)?担当(?:して(?:い|おり)た|しておりました|させていただいていた)"
    r"|(?:では|の際は|の節は|の時は|のときは|ではお|では大変)[、,]?(?:[0-9０-９一二三四五六七八九十]+日間|長い間|長らく)?(?:大変|本当に|誠に|たいへん|ほんとうに)?(?:ありがとうございました|お世話になりました)"
    r"|お世話になっ|ご無沙汰|お久しぶり|久しぶり|おひさ(?!ま)|お疲れ(?:さま|様)|おつかれ(?:さま|様|っした|でした)|お疲れっした|いつも(?:大変|本当に)?ありがとうございます"
    r"|(?:お)?話の続き"
    # メッセージありがとうございます / つながりありがとうございます / @tanaka_k ありがとうございます！: a reply
    r"|(?:メッセージ|DM|ＤＭ|メール|コメント|リプライ|リプ|連絡)(?:を)?(?:いただき(?!た[いく])|ありがと)"
    # ご丁寧なご連絡、ありがとうございます: a reply
    r"|(?:ご丁寧な)?(?:ご連絡|ご返信|お返事|ご案内)[、,]?(?:を)?(?:いただき)?[、,]?(?:誠に|本当に|大変)?ありがとうございま"
    r"|(?:繋|つな)がり(?:を)?(?:いただき)?(?:ありがと)|コネクト(?:を)?(?:いただき)?ありがと"
    # 声かけてくれてありがとう / 改めてありがとうございました / おつかれ〜！: a reply, thanks again, peers
    r"|(?:お)?声(?:を)?(?:かけて|掛けて)(?:くれて|いただいて|いただき|くださって)(?:本当に)?ありがと"
    # 例のPRのレビュー / 例の件: something they both know
    r"|例の(?:PR|プルリク|issue|イシュー|件|話|資料|企画|案件)"
    # 大会議室をお貸しいただき、ありがとうございました: a favour done, thanked (not ご覧いただき: this message)
    r"|(?:お|ご)(?!読|覧|目通|一読|時間|確認|精読|拝)[一-龥]{1,4}し?(?:いただき|頂き|くださり|下さり)[、,]?(?:誠に|本当に|大変|まことに)?ありがとうございま(?:した|す)"
    # 平素は弊蔵の酒をお取り扱いいただき: the reader stocks the sender's goods
    r"|お(?:取り扱い|取扱い|取り扱|引き立て)(?:いただき(?!た[いく])|頂き(?!た[いく])|くださり)"  # (not お取り扱いいただきたく: asked)
    # IAMのポリシー設計の話、続きをぜひ: a conversation they had, carried on
    r"|話[、,の]?(?:の)?続き"
    r"|改めて(?:本当に|誠に|大変)?ありがとうございました|おつかれ[〜ー～!！]|^[@＠][A-Za-z0-9_]{1,30}[ \t\u3000]*(?:さん)?[、,!！]?[ \t\u3000]*(?:ご返信|返信|お返事)?ありがと"
    # キャリアセンターのマッチングでつないでいただいた: an introduction arranged by someone
    r"|(?:で|から|より|を通じて|経由で)(?:つないで|繋いで)(?:いただ(?:いた|き(?!た[いく]))|もらった|くださった)"
    # 前回小野さんが話してたCoroutinesのテスト: the sender was there when the reader spoke
    r"|(?:前回|この前|先日|先週|先月)[、,]?[^。\n]{0,10}?(?:さん|様|先生)が(?:話して|お話しされて|話されて|おっしゃって|発表して)(?:た|いた)"
    r"|やり取り(?:させていただいた|させていただきました|した(?![いくら])|しました|いたしました)"
    r"|(?:何度か|一度|以前|かつて|前職で)[^。\n]{0,20}(?:ご一緒|お会い|やり取り|お話し|お仕事をご一緒)"
    r"(?:した(?![いくら])|しました|させていただいた|させていただきました|いたしました)"
    r"|(?:ご|お)(?:依頼|問い合わせ|問合せ|申し込み|申込み|申込|連絡|返信|返事|声がけ|利用|購入|愛顧|参加|登録|来場|提案|見積もり|見積り|招待|誘い|快諾|支援|寄付|協賛|感想|要望)(?:を)?"
    r"(?:いただき(?!た[いく]|ますよう|ますか)|いただいた|頂き(?!た[いく])|頂いた|くださり|くださった|ありがと)"
    # ご検討いただきありがとうございます is thanks; ご検討いただき、お時間をいただけますか is a request
    r"|ご検討(?:を)?(?:(?:いただき|頂き)(?=[、,]?(?:誠に|大変|本当に|まことに)?(?:ありがと|感謝))|いただいた|頂いた|くださり|くださった|ありがと)"
    r"|(?:から|より)[、,]?(?:[^。\n]{0,12}?を)?(?:ご)?紹介(?:いただき(?!た[いく])|いただいた|を受け|され)|(?:さん|様|氏)の(?:ご)?紹介で"
    # ラグビー部で3学年下だった今野です: an alumni tie
    r"|(?:部|サークル|ゼミ|研究室|クラス|学科)で[^。\n]{0,6}?学年(?:下|上)だった"
    r"|(?:OB|OG|OB・OG|OB/OG)(?:名簿|の方|である|でいらっしゃ|として)|(?:研究室|ゼミ|部|サークル|同窓)(?:の)?(?:OB|OG|OB・OG)会"
    r"|(?:大学|高校|学部|ゼミ|研究室|部活|サークル|学科)の(?:先輩|後輩|OB|OG|卒業生|同期)"
    r"|同じ(?:大学|高校|学校|学部|学科|ゼミ|研究室|部活|サークル|会社|職場|チーム|部署)"
    r"|(?:高校|中学|小学校|大学|専門学校|ゼミ|部活|サークル)で同じ(?:クラス|学年|部|班|ゼミ|チーム)"
    r"|同窓(?!生の方々?と|生の皆|の皆|生と幅広く)|同級生|元同僚|前職で(?:ご一緒|お世話)|卒業以来"
    # 会場でステッカー交換した者です, 勉強会でお話しした石井です, あのとき話していた〜: they have met
    # (anchored on the interaction word: a leading で…{0,30} made the whole pattern twice as slow)
    # 昨日の飲み会、楽しかったです / 先日の懇親会では失礼しました: they were at the same table
    r"|(?:先日|昨日|先週|先月|前回|この間|この前)の[^。\n]{0,24}?(?:飲み会|懇親会|打ち上げ|食事会|ランチ会|二次会|忘年会|"
    r"新年会|歓迎会|送別会|BBQ|バーベキュー)[^。\n]{0,30}?(?:楽しかった|失礼(?:しました|いたしました)|でしたね|だったね|ましたね)"
    # イベントにお越しいただいた / 朝会でお会いした田村です: the reader came to the sender's place, or they met
    # (not 看護師さんにお越しいただき: someone else came)
    r"|(?:イベント|会|店|ブース|教室|会場|セミナー|勉強会|展示会|オフィス|弊社|当社|当店|説明会|マルシェ|ワークショップ|サロン)"
    r"(?:に|へ)(?:[^。\n]{0,12}?(?:さん|様)が)?(?:お越し|ご来場|ご来店|来て|お立ち寄り|立ち寄って)"
    r"(?:いただ(?:いた|き(?!た[いく]))|くださ(?:った|り)|になった|になられ(?:た|[、,]))"
    r"|(?:お話し|話|ご挨拶|挨拶|名刺交換|交換|ご一緒|質問|同席|お会い)を?"
    r"(?:した(?![いくら])|させていただいた|いたしました|しました)(?:者|[^\s。、\n]{1,8}?)(?:です|と申します)"
    r"|あの(?:とき|時|日)[はに、]?[^。\n]{0,20}?(?:話して|お話し|伺っ|教えていただ|ご一緒|いただい)"
    r"|(?:ゼミ|研究室|部活|サークル|クラス|学部|前職|職場|チーム)で(?:ご)?一緒(?:だった|でした|させていただいた)"
    # A shared occasion told in the past: 先日の交流会で隣の席だった, 先週の〜で質問した, 先日の商談では〜いただき
    # (not any past verb: 昨日のご講演、勉強になりました is interest, not a meeting)
    r"|(?:先日|昨日|先週|先月|前回|この間|この前)の[^。\n]{1,30}?(?:で|では|にて|の際)、?[^。\n]{0,40}?"
    r"(?:(?:席|隣|班|テーブル|グループ)(?:だった|でした)"
    r"|(?:質問|交換|挨拶|会話|同席|お話し|話|お会い|ご一緒)を?(?:させていただ(?:いた|きました)|しました|した(?![いくら])|いたしました)"
    r"|お話を(?:伺い|うかがい|お聞きし|聞かせていただき)ました"  # 御社のブースで…お話を伺いました
    r"|いただき(?!た[いく])|いただいた|頂き(?!た[いく])|頂いた|くださった|くださいました"
    r"|(?:お話し|話|お会い|ご挨拶|ご一緒)でき(?:て|た|ました))"
)


def relationship(doc: Document) -> list[tuple[int, int]]:
    """A follow-up or a warm introduction that ties a draft to its reader: 先日はありがとうございました,
    〜さんからご紹介いただき, お世話になっております, an alumni tie (大学の後輩, OB・OG名簿). In a mail-merge
    template (unfilled slots such as {{company}}), お世話になっております is the template's greeting to
    everyone, not a tie. Read once per draft (form-letter, one-sided-ask and too-long all ask)."""
    toks = doc.tokens
    memo = toks.memo() if hasattr(toks, "memo") else {}
    found = memo.get("speech.relationship")
    if found is None:
        found = memo["speech.relationship"] = _relationship(doc)
    return list(found)


# ありがとうございます！ on a line of its own, first: a reply
_THANKS_FIRST = lazy(r"[ \t\u3000\n]*ありがとうございます[！!。]*[ \t\u3000]*\n")


def _relationship(doc: Document) -> list[tuple[int, int]]:
    folded = doc.folded
    found = [m.span() for m in RELATIONSHIP.finditer(folded)]
    first = _THANKS_FIRST.match(folded)  # (apart: an assertion opening an alternative runs at every position)
    if first:
        found.insert(0, first.span())
    if found and (_MERGE_SLOT.search(doc.view) or _stranger(doc.view)):
        found = [(a, b) for a, b in found if folded[a:b] != "お世話になっ" and not _RESENT.match(folded, a, b)]
    # はじめまして…先週お送りしたメッセージの続きですが: a stranger's own unanswered message is no tie
    # (a resend without はじめまして/突然の follows something; a chase, これで三度目, is pushy-follow-up's)
    if found and _stranger(doc.view) and not _CHASE.search(folded):
        found = [(a, b) for a, b in found if not _own_earlier_message(folded, a, b)]
    return found


_SENDER_SENT = lazy(r"お送り(?:した|しました|して|いたし)|送っ|送信し|差し上げ")
_MESSAGE_WORD = lazy(r"メッセージ|メール|DM|(?:つながり|繋がり|友達|フォロー)?申請|リクエスト|ご連絡|連絡|お便り")
# 改めてご連絡しました after はじめまして / 突然のご連絡: a message sent again, not a follow-up in an exchange
_RESENT = lazy(r"改めて")
_SENT_ALSO = lazy(r"も(?:お送り|送っ|送信|差し上げ)")
_REPEATED = lazy(r"[二三四五六2-6何]度|再三|数回|何回|[回通]目")
_CHASE = lazy(r"[二三四五六2-6何](?:度|回|通)目|再三|何度も|再度の(?:ご連絡|連絡|ご案内|メール|メッセージ|DM)")


def _own_earlier_message(folded: str, a: int, b: int) -> bool:
    span = folded[a:b]
    if not _SENDER_SENT.search(span) or "いただ" in span or "くださ" in span or _REPEATED.search(span):
        return False  # (二度メールをお送りしていますが: a chase, which pushy-follow-up judges)
    # (先月もお送りしたのですが: sent before, as this one is; not 先日お送りしたPR, work given)
    return bool(_MESSAGE_WORD.search(span) or _MESSAGE_WORD.match(folded, b) or _MESSAGE_WORD.match(folded, b + 1)
                or _SENT_ALSO.search(span))


# Ties that are not an exchange under way: an alumni tie, a reunion after years. A warm introduction
# (〜さんからご紹介いただき) is a third kind: someone vouched for the sender.
_TIE_WORDS = ("同じ", "先輩", "後輩", "OB", "OG", "同窓", "同級生", "同期", "元同僚", "卒業", "久しぶり", "ご無沙汰", "学年",
              "一緒だった", "一緒でした", "承認", "つながり", "繋がり", "コネクト",
              "前任", "後任", "引き継")  # (ご承認ありがとうございます: a connection; 前任の三好から伺い: the predecessor's contact)


_FORMER_JOB = lazy(r"前職|前の会社|以前の会社|前の職場")
# 元オフィスプラスの藤田です / 退職の際は / このたび転職いたしました: the sender has left the job the dealings were in,
# so お世話になっております greets a tie from the past.
# (The look-behind follows 元: 地元の山田です is no former job; an alternative opening with ^ ran at every position.)
_LEFT_JOB = lazy(r"元(?<![一-龥々]元)(?!々)[^\s。、\n]{1,16}の[^\s。、\n]{1,8}(?:です|でございます)|退職(?:の際|いたしました|しました|し、|後)|(?:転職|独立)(?:いたしました|しました)")


# What the sender did at the event, right where the tie is told: a card exchanged, a greeting, a few words.
_BRIEF = lazy(r"名刺(?:を|の)?(?:ご)?交換|(?:お)?名刺(?:を)?(?:頂戴|いただ|お渡し)|(?:ご)?挨拶(?:を)?(?:させていただ|いたし|し|でき|だけ|のみ)|(?:少しだけ|ほんの少し|ほんの少しだけ|一言だけ|少しの間)"
              # つながっていただきありがとうございます: a connection accepted, the first exchange on the platform
              r"|(?:繋|つな)が(?:って|り)(?:を)?(?:いただき|頂き|くださり|下さり|くれて|ありがと)|コネクト(?:を)?(?:いただき|ありがと)")


def only_met_briefly(doc) -> bool:
    """Every tie the draft tells is a brief meeting at an event (a card, a greeting, a few words)."""
    folded = doc.folded
    spans = relationship(doc)
    return bool(spans) and all(_BRIEF.search(folded, max(0, a - 4), min(len(folded), b + 16)) for a, b in spans)


def relationship_kinds(doc: Document) -> set[str]:
    """What ties the draft to its reader: "exchange" (先日はありがとうございました, お世話になっております),
    "tie" (大学の先輩, 同級生, ご無沙汰しています), "intro" (〜さんからご紹介いただき), "past" (研究室でお世話になった)
    or "reply" (ご連絡ありがとうございます: the reader wrote first)."""
    kinds = set()
    folded = doc.folded
    for a, b in relationship(doc):
        span = folded[a:b].replace("OB訪問", "").replace("OG訪問", "")  # (明日のOB訪問: a meeting agreed)
        if (span == "お世話になっ" and (folded.startswith("た", b) or _LEFT_JOB.search(folded))
                or _FORMER_JOB.search(folded, max(0, a - 16), a)):  # (前職では…ご利用いただき: the old account)
            kinds.add("past")  # 研究室でお世話になった山内です: "exchange" to too-long, "tie" to one-sided-ask
            continue
        if _THEIR_APPROACH.match(span):
            kinds.add("reply")  # ご連絡ありがとうございます: the reader wrote first, and the sender answers
            continue
        kinds.add("intro" if "紹介" in span else "tie" if any(w in span for w in _TIE_WORDS) else "exchange")
    return kinds


# Thanks for the reader's own approach (ご連絡ありがとうございます, ご提案ありがとうございます, メッセージありがとう):
# an answer to them, which earns a talk or the job they offered but not a referral in return (not ご返信ありがとう
# ございます: they answered the sender).
_THEIR_APPROACH = lazy(r"(?:ご丁寧な)?(?:ご連絡|連絡|メッセージ|DM|ＤＭ|ご提案|ご案内|スカウト|お誘い|お声がけ)[、,]?(?:を)?(?:いただき)?[、,]?(?:誠に|本当に|大変)?ありがと")


# 事業者の皆様 / チームの皆さん / 会員各位 on a line of its own: the draft is written to a group.
GROUP_SALUTATION = lazy(r"^[ \t\u3000]*[^\n。、]{0,16}(?:皆様|皆さま|皆さん|みなさん|みなさま|各位)[ \t\u3000]*(?:へ)?$", re.M)
_MERGE_SLOT = lazy(r"\{\{?[^{}\n]{1,30}\}?\}|<[^<>\n]{1,12}(?:名|社|様)>|[〇○◯]{2,}(?:様|さん|社)")
# A first contact: お世話になっております there is the business greeting, not a tie (はじめまして。
# お世話になっております / ご担当者様 … と申します). ご担当者様 alone is not one: an invoice to 経理ご担当者様
# goes to a client, and 各位 to members.
STRANGER = lazy(r"はじめまして|初めまして|初めて(?:ご)?連絡|初めてメール|突然の(?:ご連絡|メール|メッセージ)")
TO_A_ROLE = lazy(r"^[ \t\u3000]*[^\n]{0,20}(?:ご担当者?|ご担当の方)(?:様|さま)[ \t\u3000]*$", re.M)
# (〜の営業部でございます, 就職活動中の大学3年生です, 〜を担当している者です)
_INTRODUCES_SELF = lazy(r"と申します|と申す者|(?:部|課|室|チーム|事務局|担当|窓口)でございます"
                        # 私どもはITエンジニアの勉強会を運営しております: the sender's group, introduced
                        r"|(?:私ども|私たち|わたしたち|当団体|当会|我々)は[^。\n]{0,30}?(?:を運営|を主催)(?:して|いたして)(?:おります|います)"
                        r"|[0-9０-９一二三四五六]年生(?:です|でございます)|の者(?:です|でございます)"
                        # 株式会社ソーラーネクストでございます: the company names itself
                        r"|(?:株式会社|有限会社|合同会社)[^\n。、]{1,20}でございます|[^\n。、]{1,20}(?:株式会社|有限会社|合同会社)でございます")


def cold_to_a_role(view: str) -> bool:
    """ご担当者様, from a sender who says 〜と申します: a first contact to a role, not a person."""
    return bool(TO_A_ROLE.search(view) and _INTRODUCES_SELF.search(view))


def _stranger(view: str) -> bool:
    return bool(STRANGER.search(view) or cold_to_a_role(view))


# -- recipient-specific content ---------------------------------------------------------------
HONORIFICS = frozenset({"様", "さま", "さん", "殿", "氏", "くん", "君", "ちゃん", "先生"})
# Words that take 様/さん without naming anyone: ご担当者様, 皆様, お客様, 企業様.
_GENERIC_ADDRESSEE = frozenset("""皆 皆さん 皆さま 担当 者 客 企業 会員 方 各位 部長 課長 社長 代表 人事 採用 関係 読者
ユーザー 学生 法人 会社 御社 貴社 店 先輩 後輩 利用 登録 参加 購入 加盟 取引 顧客 患者 家族 方々 みな 皆様 貴殿 業者
団体 病院 医院 クリニック 事務所 オーナー 店舗 経営 責任 担当者 相手 先方 宛名 名前 氏名 あなた 様 お客様 取引先 応募
候補 求職 求職者 フォロワー 友人 知人 友達 同業 業界 個人 寄付者 支援者 協賛 スポンサー 会員""".split())
_SLOT = lazy(r"^[XxＸｘ〇○◯●□■△×✕＿_＊*?？]+$")
_DATE = lazy(r"(?<![\d.])(?:\d{1,2}|[０-９]{1,2})月(?:\d{1,2}|[０-９]{1,2})日|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
# 日時：4月25日（火）14時〜: the sender's own event in a details block, not a shared occasion.
_DETAILS_LABEL = lazy(r"[ \t\u3000・■●◆□\-]*(?:日時|日程|開催日|開催日時|期日|締切|〆切|締め切り|申込期限|お申込み期限|"
                      r"会期|期間|開催期間)[ \t\u3000]*[:：]")


def _dates(view: str) -> list[tuple[int, int]]:
    """Dates in the prose (12月3日のDevelopers Summitで), not in a 日時： line."""
    out = []
    for m in _DATE.finditer(view):
        if not _DETAILS_LABEL.match(view, view.rfind("\n", 0, m.start()) + 1):
            out.append(m.span())
    return out


# A concrete shared occasion: 来週の勉強会, 先日のAWS Summit, 次回のもくもく会.
_EVENT = lazy(
    r"(?:来週|今週|明日|今日|本日|先日|昨日|先週|来月|今月|先月|次回|前回|当日|今度|昨年|去年|先般|過日|先だって)の?[^。\n]{0,20}?"
    r"(?:勉強会|イベント|フォーラム|セミナー|ウェビナー|カンファレンス|ミートアップ|[Mm]eetup|LT会|もくもく会|交流会|懇親会|"
    r"説明会|ハッカソン|読書会|展示会|Summit|SUMMIT|Conference|Conf|Kaigi|DAYS|Days|Night|フェス|大会|総会|"
    r"研修会|講演会|講習会|研究会|学会|シンポジウム|例会|商談会|見本市)")


def named_addressees(doc: Document, first_only: bool = False) -> list[tuple[int, int]]:
    """Names with an honorific (佐藤様, 美香さん, 株式会社ハッピーデンタル様), not 皆様 or ご担当者様."""
    toks = doc.tokens
    out = []
    for i in where(toks, "surface", HONORIFICS):  # only an honorific token can end a name
        if i < 1:
            continue
        t = toks[i]
        if t.pos1 not in ("接尾辞", "名詞"):
            continue
        p = toks[i - 1]
        if p.end != t.start or p.pos1 != "名詞" or p.pos2 == "数詞":
            continue
        if _key(p) in _GENERIC_ADDRESSEE or p.surface in _GENERIC_ADDRESSEE or _SLOT.match(p.surface):
            continue
        out.append((p.start, t.end))
        if first_only:
            break
    return out


def has_specifics(doc: Document, greeting_is_tie: bool = True, school_is_tie: bool = True) -> bool:
    """bool(specifics(doc)), cheapest evidence first, stopping at the first. greeting_is_tie=False:
    お世話になっております alone does not tie the draft to its reader (a mail to 事業者の皆様);
    school_is_tie=False: nor does 同じ大学 (the same school as everyone on an alumni list)."""
    if named_addressees(doc, first_only=True) or _ADDRESSED_MENTION.search(doc.view):
        return True
    view = doc.view
    for m in _QUOTE.finditer(view):
        if _quotes_their_work(view, m):
            return True
    if any(rx.search(view) for rx in (_ABOUT_WORK, _EVENT, _LEARNED)) or _their_doing(doc) or _dates(view):
        return True
    if _modified_work(doc, first_only=True):
        return True
    ties = relationship(doc)
    if not greeting_is_tie:
        ties = [(a, b) for a, b in ties if doc.folded[a:b] != "お世話になっ"]
    if not school_is_tie:
        # 同じ大学の出身ということで: true of every alumnus on the list, nothing about this one
        ties = [(a, b) for a, b in ties if not _SAME_SCHOOL.match(doc.folded, a)]
    return bool(ties)


_SAME_SCHOOL = lazy(r"同じ(?:大学|高校|中学|学校|学部|専門学校)(?:の)?(?:出身|卒業|OB|OG|卒)")


def specifics(doc: Document) -> list[tuple[int, int, str]]:
    """Content that ties a draft to one reader: their name, their work (a post, a talk, a quoted title),
    a shared event or date, an existing tie. Generic praise (ご活躍を拝見し, いつも投稿を拝見) is not."""
    out = [(a, b, "name") for a, b in named_addressees(doc)]
    view = doc.view
    out += [(m.start(1), m.end(1), "name") for m in _ADDRESSED_MENTION.finditer(view)]
    for m in _QUOTE.finditer(view):
        if _quotes_their_work(view, m):
            out.append((m.start(), m.end(), "quote"))
    for rx, kind in ((_ABOUT_WORK, "work"), (_EVENT, "event"), (_LEARNED, "work")):
        out += [(m.start(), m.end(), kind) for m in rx.finditer(view)]
    out += [(a, b, "work") for a, b in _their_doing(doc)]
    out += [(a, b, "date") for a, b in _dates(view)]
    out += [(a, b, "relationship") for a, b in relationship(doc)]
    out += [(a, b, "work") for a, b in _modified_work(doc)]
    return out


# What the sender learned from their publication: 貴社のnote記事で、…が増えていると拝見しました.
_LEARNED = lazy(r"(?:記事|投稿|ブログ|ポスト|プレスリリース|リリース|ニュース|インタビュー|発信|note|連載)(?:で|にて|から)[、,]?"
                r"[^。\n]{6,80}?(?:と|ことを|という(?:お)?話を)(?:拝見|拝読|知り|読み|伺い|伺っ)"
                # ゴルフがご趣味とプロフィールで拝見し / 〜をされているという投稿に励まされました
                r"|[^。\n]{2,40}?と(?:プロフィール|記事|投稿|ブログ|ポスト|ニュース|インタビュー)(?:で|にて|から)(?:拝見|拝読|知り|読み)"
                r"|(?:され|なさっ|して(?:いらっしゃ|おられ))[^。\n]{0,6}?という(?:ご?投稿|記事|ブログ|ポスト|ツイート|スレッド|インタビュー)"
                # 先生のご著書のおかげで無事に転職できた: their work, named as what helped
                r"|(?:ご著書|ご本|著書|ご講演|ご発信|記事|ブログ|動画|投稿|連載|ご指導)の(?:おかげ|お陰)で"
                # 御社が新工場を稼働されるというニュースを拝見し: their news, by what it says
                r"|(?:御社|貴社|さん|様|氏|先生)が[^。\n]{2,40}?という(?:ニュース|記事|プレスリリース|発表|お知らせ|報道)を(?:拝見|拝読|読|知|見)"
                # ご投稿を拝読し、物流DXに関するお考えに感銘を受けました: what their post says, by its subject
                r"|(?:記事|投稿|ブログ|ポスト|連載|コラム|ご講演|ご発表)を(?:拝読|拝見|拝聴|読ませていただ|読み)[^。\n]{0,3}?[、,]?"
                r"[^。\n、,]{2,24}?(?:に関する|についての|に対する)(?:お考え|ご意見|ご見解|ご提言|考察|問題意識|視点)")


# A reply or DM opening with the reader's handle (@sato_dev …) names them, as 佐藤様 does.
_ADDRESSED_MENTION = lazy(r"^[ \t\u3000]*([@＠][^\s@＠]{1,30})", re.M)


def _quotes_their_work(view: str, m) -> bool:
    """A quoted title that is neither a slot nor the sender's own product (サービス「Guardly」の佐藤です)."""
    inner = m.group(1).strip()
    return not (_SLOT.match(inner) or _PLACEHOLDER_WORD.search(inner) or _SELF_INTRO_AFTER.match(view, m.end())
                or _OWN_BEFORE.search(view, max(0, m.start() - 16), m.start()) or _OWN_AFTER.match(view, m.end()))


# 弊社のSFA「ウリアゲPro」, 私の新刊『…』: the sender's own product or work, named just before the quote.
_OWN_BEFORE = lazy(r"(?:弊社|当社|自社|私ども|私たち|わたしたち|私|わたし|僕|自分)(?:の|が|は|では)[、,]?[^。\n「」『』]{0,12}$")


# セミナー「…」を開催いたします: the sender's own event or product, announced in the sender's voice.
# (Plain past 公開しました can tell of the reader too: 〜さんが「…」を公開しました.)
_OWN_AFTER = lazy(r"を(?:開催|提供|販売|発売|リリース|公開|開講|実施|主催)"
                  r"(?:(?:いたし|させていただき)(?:ます|ております|ました)|し(?:ます|ております|ています))"
                  r"|[ \t\u3000]?(?:制作|運営)?(?:事務局|編集部|チーム)(?:です|でございます)")  # 「挑戦者たち」制作事務局です


# 「…」の佐藤です / 「…」の営業を担当している小松です: the quote names what the sender sells or makes.
_SELF_INTRO_AFTER = lazy(r"の[^。！？!?\n]{0,20}?(?:と申します|と申し|です|でございます)[。！!]?(?:\n|$)")
_PLACEHOLDER_WORD = lazy(r"名前|氏名|会社名|社名|記事タイトル|タイトルを|ここに|入れる|入力|name|company", re.I)
_VAGUE_MODIFIER = frozenset({"御社", "貴社", "いつ", "最近", "其の", "その", "この", "皆様", "皆", "あなた", "色々",
                             "様々", "多く", "数々", "日々", "普段", "ご", "毎日", "過去", "彼", "彼女", "自分", "私",
                             "社", "弊社", "当社", "自社", "私ども", "私たち", "我々", "弊",
                             "人気", "無料", "話題", "最新", "好評", "恒例", "定番", "各種", "日頃", "常日頃", "平素"})  # 人気のセミナー: an ad


def _modified_work(doc: Document, first_only: bool = False) -> list[tuple[int, int]]:
    """A piece of their work named by its subject: データ分析の発信, Rustでの組み込み開発の連載,
    冷凍倉庫向け…ロボットのプレスリリース. A bare 投稿 or 御社の記事 is too vague to count."""
    toks = doc.tokens
    out = []
    # Every hit has の just before its work word: only sentences with an の can hold one.
    if not where(toks, "surface", _NO):
        return out
    for s in doc.sentences:
        for i in range(s.tok_start + 2, s.tok_end):
            j = i - 1
            if toks[j].pos1 == "接頭辞" and j > s.tok_start + 1:
                j -= 1  # 二拠点居住のご報告: the honorific prefix of their work
            elif (toks[j].pos2 == "普通名詞" and toks[j].end == toks[i].start and j > s.tok_start + 1
                  and toks[j - 1].surface == "の"):
                j -= 1  # 統計教育の実践報告, 商店街のインタビュー記事: their work named by a compound
            if toks[j].surface != "の":
                continue
            t = toks[i]
            if not (_key(t) in _WORK or t.surface in _WORK):
                continue
            m = toks[j - 1]
            if m.pos1 == "接尾辞" and j > s.tok_start + 1 and toks[j - 2].pos1 == "名詞" and toks[j - 2].end == m.start:
                m = toks[j - 2]  # 商店街の…: the noun the suffix (街, 県) belongs to
            # (デザインの実績 alone is vague; 店舗デザインの実績 names a subject)
            compound = j - 2 >= s.tok_start and toks[j - 2].pos1 == "名詞" and toks[j - 2].end == m.start
            if (m.pos1 != "名詞" or _key(m) in _VAGUE_MODIFIER or m.pos2 == "数詞"
                    or _key(m) in _WORK and not (compound and _key(toks[j - 2]) not in _VAGUE_MODIFIER)):
                continue
            if _key(m) in _GENERIC_ADDRESSEE or m.surface in HONORIFICS:
                continue
            if _SEE_OURS.match(doc.view, t.end):
                continue  # 詳細はページの投稿をご覧ください: the sender's own post, pointed to
            if _OWN_RECORD.match(doc.view, t.end):
                continue  # 多くの企業様でコスト削減の実績がございます: the sender's own record
            out.append((m.start, t.end))
            if first_only:
                return out
    return out


_NO = frozenset({"の"})
_OWN_RECORD = lazy(r"(?:が|も)(?:多数|豊富に|数多く|たくさん)?(?:ございます|あります|ございまして)")
_SEE_OURS = lazy(r"[をも](?:ぜひ)?(?:ご覧|御覧|見て|お読み|読んで|チェックして)")
