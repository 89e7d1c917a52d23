"""pushy-follow-up: chasing an unanswered message reproachfully or repeatedly.

Markers are read in three strengths, each a bounded regex inside one sentence:
- strong, enough alone: 再三, 何度も/毎日 + contacting + が/のに (何度もご連絡しておりますが),
  a count of three or more (三度目のご連絡, DMを3回送っている), いまだに/一向に/一度も + no reply,
  既読なのに/既読のまま, なぜ…返信がない, もう10日も…, まだ…いただけていないのですが;
- medium: まだ…いただけていない, ご返信がないので/がないと… — fires unless the draft offers an
  easy out (ご放念ください, ご興味がなければ…, 返信不要);
- weak: asking whether it was read (読まれましたか, DM見ました？), 二度目のご連絡, お待ちしているのですが
  — fires only with pressure (a demand for a reply, urgency) or another marker.
A single gentle follow-up (先日お送りしたメッセージの件…ご興味がなければご放念ください) stays quiet.
"""
from __future__ import annotations

import bisect
import re

from ..patterns import LiteralWindows
from ..rule import Context
from ..speech import EASY_OUT, STRANGER
from .demands_reply import demands
from .too_stiff import short
from ..lazyre import lazy

_S = r"[^。！？!?\n]"
_REPLY = r"(?:お返事|ご返事|ご返信|ご回答|ご返答|ご連絡|ご反応|ご返送|返信|返事|回答|返答|連絡|反応|返送|レス)"  # (ご返送: the signed papers sent back)
_CONTACT = r"(?:ご?連絡|メッセージ|メール|DM|ＤＭ|お送り|送っ|送信|送ら|お電話|電話|ご案内|お願い|催促|お声がけ|リマインド)"
_NOT_GOT = (r"(?:を|が|は|も)?(?:いただけて|頂けて|いただいて|頂いて|もらえて|もらって|来て|きて|届いて)?"
            r"(?:いない|いません|おりません|おらず|いなくて|ない|ありません|ございません)")
_COUNT3 = r"(?:[3-9３-９]|[1-9１-９][0-9０-９]|三|四|五|六|七|八|九|十)"
_WHEN = r"(?:[0-9０-９一二三四五六七八九十]{1,2}(?:日|週間|か月|ヶ月|カ月)前|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|昨日|一昨日|おととい|先週|先々週|先月|先々月|前回|前々回)"

_STRONG = lazy("|".join([
    r"再三",
    r"再[々再]送",  # 【再々送】: the third sending of the same message
    r"再送[^\n]{0,40}?[（(]" + _COUNT3 + r"(?:度目|回目)[）)]",  # 【再送】…のご提案（3回目）
    # その前にも2回送ってるんですけど: this one and the earlier ones, counted
    r"(?:その前|それ以前|前)にも" + _S + r"{0,4}?(?:[1-9１-９]|[一二三四五])(?:回|度)(?:ほど|も)?(?:お?送|ご?連絡|メッセージ|メール|DM|ＤＭ)",
    r"(?:何度|何回|何べん|何遍|幾度|度重な|毎日|連日|毎週)(?:も|と|となく)?(?!か)" + _S + r"{0,12}?" + _CONTACT + _S
    + r"{0,14}?(?:(?:ます|ました|いる|てる|おる|おり|た|る|です|んです|のです)(?:が|けど|けれど|けども)|のに|にもかかわらず)",
    _COUNT3 + r"(?:度目|回目)(?:の|と|に|で)?(?:ご|お)?(?:連絡|メール|メッセージ|DM|ＤＭ|送信|送付|お送り|リマインド|催促|問い合わせ"
    r"|(?:つながり|友達)?申請|リクエスト)",  # 今回で三回目の申請です: a connection request counts like a message
    r"(?:これで|こちらで?|今回で)" + _COUNT3 + r"(?:度目|回目|通目)",
    _COUNT3 + r"(?:度目|回目|通目)(?:に|と)なっ(?:てしまい|てしまっ|ちゃ)",  # もう3回目になってしまいましたが, 4回目になっちゃいました
    # 4通目のご連絡です (not 3通目のメールに分けてお送りします: a long mail split in parts)
    _COUNT3 + r"通目の(?:ご連絡|連絡|メール|メッセージ)(?:です|になります|となります|となり|で(?:す|ございます))",
    r"(?:DM|ＤＭ|メール|メッセージ|ご?連絡)(?:を|は)?" + _COUNT3 + r"(?:回|度)(?:も|ほど)?(?:お?送|差し上げ|して|しま)",
    _COUNT3 + r"(?:回|度)(?:ほど|も|は|ばかり|にわたって|にわたり)?(?:ご|お)?(?:連絡|メール|メッセージ|DM|ＤＭ|お送り|送|案内)"
    r"" + _S + r"{0,12}?(?:(?:ます|ました|いる|てる|おり|た|る|です|んです|のです)(?:が|けど|けれど)|のに)",
    r"(?:いまだに|未だに|一向に|一度も|全く|まったく)" + _S + r"{0,8}" + _REPLY + _S + r"{0,10}?" + _NOT_GOT,
    # 現時点で何のご反応もいただけておりません / 一切ご返信がない: not a word back, stressed
    r"(?:何の|何ら(?:の)?|一切(?:の)?)(?:お|ご)?" + _REPLY + r"(?:も|が)(?:いただけて|頂けて|もらえて|来て|きて)?(?:いない|いません|おりません|おらず|ない|ありません|ございません)",
    r"いつになったら|いつまで待て(?:ば|ばいい|ば良い)",
    # 10日、17日、そして本日と、同じご相談をお送りしております: the third send, the dates listed
    r"(?:[0-9０-９]{1,2}日|" + _WHEN + r")[、,と・](?:[0-9０-９]{1,2}日|" + _WHEN + r")[、,と・]?(?:そして|さらに)?(?:本日|今日)と[、,]?"
    + _S + r"{0,12}?(?:お送り|ご連絡|連絡|送っ|送信|メール|メッセージ|差し上げ)",
    # もう三回はご連絡してます: the sender's messages counted, with もう's exasperation
    r"もう" + _COUNT3 + r"(?:回|度)(?:は|も|目)?(?:ご|お)?(?:連絡|メール|メッセージ|DM|ＤＭ|お送り|送)",
    # (既読スルーはナシでお願いします forbids in advance: demands-reply's, not a chase)
    r"既読(?:になっているのは(?:確認|存じ|承知|わかって|分かって)|なのに|のまま(?!放置は|放置される|放っておかれる|にしないで|にはしないで|にされる)|(?:スルー|無視)(?!(?:だけ)?は?(?:ナシ|なし|無し|禁止|厳禁|やめ|しないで|せず|困り|ご遠慮|遠慮)|され(?:ると|たら)|で(?:も)?(?:OK|ＯＫ|いい|良い|大丈夫|構わ|かまわ))|になっているのに|になってるのに|になって(?:ます|います)よね|(?:つ|付)いて(?:ます|います)よね|(?:つ|付)いてる(?:ので|から|のに)|になっとるのに|ついてるのに|になったまま|にもかかわらず|が(?:つ|付)いている(?:のに|ので|から)|にはなって"
    # 既読はついているようなので、一言だけでも: the read receipt held up as proof
    r"|(?:は|が)?(?:つ|付)いて(?:いる|る)(?:よう|みたい)(?:なので|ですので|ですが|なのですが|なのに|なんですが)"
    r"|(?:は|が)(?:つ|付)いて(?:いる|る)のに"  # 既読はついてるのに返事がない
    r"|になって(?:いる|る)(?:よう|みたい)(?:なので|ですので|ですが|なのですが|なのに|なんですが)"  # 既読になっているようなので
    # 既読がついてから一週間経つんですけど: the silence since it was read, timed
    r"|(?:が|に)?(?:つ|付)いて(?:から|以来)" + _S + r"{0,8}?(?:経|たち|たって|過ぎ))",
    # 何度送っても無反応だと: each message unanswered, complained of
    r"(?:何度|何回|何べん|幾度)(?:も)?" + _S + r"{0,8}?" + _CONTACT + r"(?:て|で)も" + _S + r"{0,8}?"
    r"(?:無反応|無視|スルー|反応(?:が|は)?(?:ない|なく|ありません)|(?:お?返事|ご?返信)(?:が|は)?(?:ない|なく|ありません|来ない|こない))",
    r"(?:無視|スルー)され(?:て(?:る|いる|います|いるよう|るみたい)|た(?:よう|みたい|のか))",  # 元同僚なのに無視されてるみたいで
    # スルーされるのはさすがにつらいです: being ignored, complained of
    r"(?:無視|スルー)され(?:る|続ける|続けるの|ている)(?:の|こと)(?:は|が|も)" + _S + r"{0,6}?(?:つら|辛|悲し|寂し|さみし|こたえ|堪え|傷つ)",
    # 昨日も一昨日もDMしたんですけど: each unanswered message counted
    r"(?:昨日|一昨日|おととい|先週|先々週|先月|前回|この前)も" + _S + r"{0,6}?(?:昨日|一昨日|おととい|先週|先々週|先月|前回|この前|その前)も"
    + _S + r"{0,8}?" + _CONTACT,
    # 10日前、1週間前、3日前にもメールをお送りしましたが / 先週と先々週にもメッセージを送っているのですが
    # (the contact word right after も: the gate then looks for もメール…, not for every 先週)
    r"(?:" + _WHEN + r"[、,と・]){1,3}" + _WHEN + r"(?:に)?も(?:ご連絡|連絡|メッセージ|メール|DM|ＤＭ|お送り|送って|送った|送信|お電話|電話|リマインド)",
    r"(?:なぜ|どうして|なんで)" + _S + r"{0,15}" + _REPLY + _S + r"{0,10}(?:ない|いただけない|頂けない|もらえない|くれない|いただけず)",
    r"読んで(?:いる|いらっしゃる)(?:の|こと)は(?:分かって|わかって|知って|存じて)"
    r"|既読(?:なの|になってるの|になっているの|が(?:つ|付)いてるの|が(?:つ|付)いているの)は(?:分かって|わかって|知って|見えて)",
    # DM送ってもう10日経つんですけど: the silence counted
    r"(?:もう|すでに|既に|あれから)[0-9０-９一二三四五六七八九十]+(?:日|週間|か月|ヶ月|カ月)(?:が)?(?:経つ|経ちます|経った|たつ|たちます|たった)"
    r"(?:んですけど|んですが|のですが|けど|が|のに|ので)",
    r"(?:もう|すでに|既に)[0-9０-９一二三四五六七八九十]+(?:日|週間|か月|ヶ月|カ月)(?:も|以上|が(?:経|た))" + _S + r"{0,12}"
    + r"(?:" + _REPLY + r"|既読)",
    r"まだ" + _S + r"{0,6}" + _REPLY + _NOT_GOT + r"(?:のですが|んですが|ようですが|のでしょうか)",
    # (お返事がないのは今はタイミングが合わないということかと理解しています: silence accepted, not reproached)
    _REPLY + r"(?:が|を)?(?:ない|無い|いただけない|頂けない|もらえない)(?:のは(?!" + _S + r"{0,24}?(?:ということ|と理解|と受け止め|かと存じ|と思って(?:おり|い)ます))|のですが|んですが|のに)",
    # その前のも返事もらえてないんだけど: silence reproached
    _REPLY + r"(?:が|を|も)?(?:もらえて|いただけて|頂けて)(?:ない|いない)(?:んだけど|んですけど|んですが|のですが|のに)",
]))
_MEDIUM = lazy("|".join([
    # これまで何度かご連絡しましたが: a count without reproach (a break-up mail says it, then withdraws)
    r"(?:何度|何回|数回|幾度)か" + _S + r"{0,12}?" + _CONTACT + _S
    + r"{0,14}?(?:(?:ます|ました|いる|てる|おる|おり|た|る|です|んです|のです)(?:が|けど|けれど|けども)|のに|にもかかわらず)",
    r"(?:まだ|未だ(?!に)|いまだに|未だに)" + _S + r"{0,6}" + _REPLY + _NOT_GOT,
    # これまで2回メールを差し上げましたが、いずれもご返信がございません: each message counted unanswered
    r"(?:いずれも|どちらも|どれも|どの(?:メール|メッセージ)にも)" + _S + r"{0,4}" + _REPLY + _NOT_GOT,
    # 二度ほどご連絡しましたが、お返事がなく残念に思っています: the silence regretted aloud
    _REPLY + r"(?:が|も)(?:なく|無く)[、,]?(?:て)?" + _S + r"{0,4}?(?:残念|困惑|寂し|さみし|悲し)",
    # まだ見ていただけていないでしょうか: what was sent not yet read (not …ないようでしたら, a condition)
    r"(?:まだ|未だ(?!に))" + _S + r"{0,10}?(?:見て|読んで|ご覧|目を通して|確認して|ご確認|ご承認|承認して)(?:いただけて|頂けて|もらえて|くれて)"
    r"(?:いない|いません|おりません|ない)(?!ようでしたら|ようであれば|ようなら|かも|場合)",
    _REPLY + r"(?:が|を|も)?(?:ない|無い|なかった|いただけない|いただけず|頂けない|もらえない|ありません|ございません)(?:ので|ため|と|まま|ようなので|ようですので|ようでしたので)",
    _REPLY + r"(?:が|を|も)?(?:いただけず|頂けず|もらえず)",
    r"(?:ずっと|長らく)" + _S + r"{0,8}(?:お待ち|待って)",
    _REPLY + r"(?:が|は)まだ(?:の|で|みたい|のよう|いただけ)",
    _REPLY + r"(?:が|は)?まだ(?:です|でしょう|かな|なの)か?(?:[？?]|ね|な)",  # DMの返事まだですか？
    r"これ以上(?:は)?(?:お待ち|待て|待つ)",
    # 先日DMでお送りした…件、まだですか？: the answer asked after
    r"(?:件|こと|お話)[、,]?(?:その後)?[^。！？!?\n]{0,4}?まだ(?:ですか|でしょうか|ですかね)",
    # 前回・前々回のメールにもお返事をいただけていない: each earlier message unanswered
    r"(?:メール|メッセージ|DM|ＤＭ)にも" + _REPLY + _NOT_GOT,
    r"今回こそ(?:は)?" + _S + r"{0,12}?(?:お目通し|ご確認|ご覧|ご返信|お返事|ご検討|読んで|見て)",  # 今回こそはお目通しいただき
    # 先々週にも催促しましたが、なしのつぶてです: no word back, said with reproach
    r"(?:なし|梨)のつぶて|音沙汰(?:が|も)?(?:ない|なく|無い|無く|ありません|ございません)",
    # てっきりすぐにご対応いただけるものと思っておりました: the silence reproached
    r"てっきり" + _S + r"{0,16}?(?:いただける|いただけている|頂ける|もらえる|くれる)(?:もの)?と(?:思って|思い|考えて)",
    # 先月からずっとメッセージ送ってるんですけど: the sending kept up
    r"ずっと" + _S + r"{0,8}?(?:メッセージ|メール|DM|ＤＭ|ご?連絡)(?:を)?(?:お?送って|して|差し上げて)(?:いる|る|います|おります)"
    r"(?:んですけど|んですが|のですが|けど|が|のに)",
    # さすがにひと言くらいはいただけるものと思っておりました: the silence reproached
    r"(?:ひと言|一言|ひとこと|お返事|ご返信|ご返事|返信|返事|反応|[1１一]通)(?:くらい|ぐらい)(?:は)?" + _S + r"{0,12}?"
    r"(?:いただける|いただけている|頂ける|もらえる|もらえている|くれる|ある)(?:もの)?と(?:思って|思い|考えて|期待して)",
]))
_WEAK = lazy("|".join([
    r"(?:読まれ|読みまし|読んでいただけ|読んでくれ|読んでもらえ|見まし|見てくれ|見ていただけ|見て頂け|見てもらえ|ご覧になり|ご覧いただけ|ご覧頂け|目を通していただけ"
    r"|届いて(?:い|お)|届きまし|お読みいただけ|ご確認(?:いただけ|頂け|いただい|くださ)(?:まし)?た)" + _S + r"{0,8}(?:か|？|\?)",
    # 既読つかないね (not alone: 既読がつかないので、アカウントが変わったのかなと思って is an explanation)
    r"既読が?(?:つか|付か)(?:ない|ず)|既読に(?:ならない|ならず)",
    r"(?:二|2|２)(?:度目|回目)(?:の|と|に)?(?:ご|お)?(?:連絡|メール|メッセージ|DM|ＤＭ|送信|送付|リマインド|催促|問い合わせ)",
    r"(?:お待ちして|待って)(?:い|おり)(?:る|ます)(?:のですが|んですが|が)",
    # (既読スルーは困ります forbids in advance, as 既読スルーはナシで does)
    # (連絡がなければ困ります: silence still ahead, demands-reply's)
    r"困って(?:おります|います)|困惑して(?:おります|います)|困ります(?<!スルーは困ります)(?<!無視は困ります)(?<!れるのは困ります)(?<!ければ困ります)(?<!ないと困ります)|予定が立て(?:られ|ません)|進められ(?:ず|ません|ない)",
    # 先月、先々月とメールをお送りしました: the earlier sends listed (with another marker or pressure)
    r"(?:" + _WHEN + r"[、,と・]){1,3}" + _WHEN + r"と(?:メール|メッセージ|DM|ＤＭ|ご連絡)(?:を)?(?:お送り|差し上げ|送っ|送信|し)",
    # 度々のご連絡となり: the sender's messages, many (an apology's set phrase alone)
    r"(?:度々|たびたび)の(?:ご連絡|連絡|メール|メッセージ)",
    # 前にもDM送ったんですが、また送ります: the earlier send named, and sent again
    r"(?:前|前の週|前回|先々週)にも(?:DM|ＤＭ|メール|メッセージ|ご連絡|連絡)(?:を)?(?:送|お送り|し)(?:ったんですが|ったのですが|りましたが|ましたが|たんですが|たのですが)",
    # 先週DMで送った件、見てますよね？
    r"(?:見て|読んで|ご覧になって)(?:ます|ますよね|ますか|る|るよね|くれてます|くれてる|もらえてます|いただけてます)(?:よね|か)?[？?]",
]))
_REQUEST_FORM = lazy(r"(?:いただけ|頂け|もらえ|くれ)(?:ません|ない|ます(?!し)|る)")
# (not まだのようでしたので再度ご連絡しました: a chase, told as one)
_REMINDER = lazy(r"(?:よう)?(?:でしたので|ですので|でしたため)[、,]?(?!再度|改めて|再び)[^。！？!?\n]{0,12}?(?:ご案内|お知らせ|リマインド)(?:いたします|します|申し上げます)")
# まだ先方から回答をいただけていない: someone else's silence, reported to the reader.
_THIRD_PARTY = lazy(r"(?:先方|お客様|顧客|クライアント|企業様|企業側|会社側|人事|面接官|担当者|採用担当|上司|部長|社内|チーム|皆様|皆さん)(?:から|より|の方から)")

# 何度かお電話したのですが、つながらなかったため: the line was busy, the reader did not stay silent.
_UNREACHED = lazy(r"[、,]?[^。！？!?\n]{0,6}?(?:つながら|繋がら|不在|お留守|留守|お出になら|話し中)")

# 今日中に返事ないとスケジュール組めない: a deadline ahead (demands-reply's), not silence reproached.
# 返事がないと困ります / 遅れると困ります: trouble ahead if the reader is late (demands-reply's)
_AHEAD = lazy(r"ないと|遅れ(?:ると|たら|れば)|過ぎ(?:ると|たら)|間に合わな")
# 困っております about the sender's own business (ノルマが厳しくて困っています) blames no one's silence, unless the
# silence or the sender's side is named as well (ご連絡がなく…, こちらとしても…).
_OWN_TROUBLE = lazy(r"ノルマ|売上|業績|人手|人材不足|資金|集客|経営|体調|体力")
_TROUBLE_CAUSE = lazy("(?:" + _REPLY + r"|お待ち|待って|お送り|送っ|メール|メッセージ|DM|ＤＭ|件|しても|こちらも|当方も|私も|弊社も)")
_CONSEQUENCE = lazy(r"困|でき(?:ません|ない|ず)|られ(?:ません|ない|ず)|進め|動け|間に合")
_BY_WHEN = lazy(r"(?:今日|本日|今夜|今週|明日|明後日|週内)中?(?:に|まで)|までに|以内に")

# これで三度目です counts messages only when it or the sentence before names one (人前で話すのはこれで三度目:
# a talk).
_COUNTED_NOW = lazy(r"(?:これで|こちらで?|今回で)" + _COUNT3)
_CONTACT_WORD = lazy(r"連絡|メール|メッセージ|DM|ＤＭ|申請|送|お願い|催促|リマインド|お電話|電話|メンション|リプ")



_MARKERS = tuple((kind, pattern, LiteralWindows((pattern,)))
                 for kind, pattern in (("strong", _STRONG), ("medium", _MEDIUM), ("weak", _WEAK)))
_ANY_MARKER = LiteralWindows((_STRONG, _MEDIUM, _WEAK))


def check(ctx: Context) -> None:
    doc = ctx.doc
    text = doc.view
    sentences = doc.sentences
    if _ANY_MARKER.absent(text):
        return  # no marker can match anywhere in the draft
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    # The sentences each marker may match in (a match inside a sentence holds one of its strings).
    markers = []
    for kind, pattern, windows in _MARKERS:
        where = windows.touched(text, starts, ends)
        if where != set():
            markers.append((kind, pattern, where))
    hits: list[tuple[int, int, str]] = []
    for k, sent in enumerate(sentences):
        for kind, pattern, where in markers:
            if where is not None and k not in where:
                continue
            for m in pattern.finditer(text, sent.start, sent.end):
                if (m.end() > m.start() and not _THIRD_PARTY.search(text, max(sent.start, m.start() - 12), m.end())
                        and not _UNREACHED.match(text, m.end(), min(sent.end, m.end() + 16))
                        # (これで3回目 needs a contact word near it; これで3通目 counts messages itself)
                        and not (_COUNTED_NOW.match(text, m.start()) and not m.group().endswith("通目")
                                 and not _CONTACT_WORD.search(text, sentences[k - 1].start if k else sent.start,
                                                              sent.end))
                        and not (text[m.end() - 1] == "と"
                                 and (_BY_WHEN.search(text, sentences[k - 1].start if k else sent.start, m.start())
                                      or STRANGER.search(text)))  # (はじめまして…返事がないと: silence still ahead)
                        # 返事がないと本当に困ります: trouble if the reader stays silent, ahead (demands-reply's)
                        and not (kind == "weak" and m.group().startswith(("困", "予定", "進め"))
                                 and _AHEAD.search(text, sent.start, m.start()))
                        and not (kind == "weak" and m.group().startswith(("困って", "困惑"))
                                 and _OWN_TROUBLE.search(text, max(sent.start, m.start() - 24), m.start())
                                 and not _TROUBLE_CAUSE.search(text, max(sent.start, m.start() - 24), m.start()))
                        # お返事がないと、こちらも社内に報告できません: trouble ahead if silent (demands-reply's)
                        and not (text[m.end() - 1] == "と" and _CONSEQUENCE.search(text, m.end(), sent.end))
                        # デモをご覧いただけませんでしょうか: a request for something new, not "did you see it?"
                        and not (kind == "weak" and _REQUEST_FORM.search(m.group()))
                        # ご回答がまだのようでしたので、ご案内いたします: the standard reminder, no reproach
                        and not (kind == "medium" and _REMINDER.match(text, m.end()))):
                    hits.append((m.start(), m.end(), kind))
    if not hits:
        return
    kinds = [k for _, _, k in hits]
    fire = "strong" in kinds
    if not fire and STRANGER.search(text):
        return  # はじめまして…ずっと待ってます: a first message has no silence behind it to chase
    if not fire:
        pressure = bool(demands(text, doc.sentences))
        easy = EASY_OUT.search(text) is not None
        # With an easy out, only pressure (or a strong marker) makes it pushy.
        if "medium" in kinds:
            fire = pressure or not easy
        else:
            fire = pressure or (kinds.count("weak") >= 2 and not easy)
    if not fire:
        return
    # A weak marker in a sentence that holds a stronger one adds nothing (先週、先々週とメールをお送り
    # しましたが、いまだにお返事を…: one finding, at the complaint).
    strong_at = {bisect.bisect_right(starts, s) for s, _, k in hits if k != "weak"}
    hits = [h for h in hits if h[2] != "weak" or bisect.bisect_right(starts, h[0]) not in strong_at]
    hits.sort()
    merged: list[list] = []
    for s, e, k in hits:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, k])
    for s, e, _ in merged:
        ctx.report(s, e, match=short(doc.text[s:e]))
