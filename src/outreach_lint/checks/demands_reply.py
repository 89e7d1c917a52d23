"""demands-reply: pressing the reader for an answer.

Fires, within one sentence, on: strong urgency (至急, 今すぐ, 早急に, 大至急…) with any request;
milder urgency (すぐに, なるべく早く…) or a deadline (○日までに, 今週中に, 3日以内に) with a reply
or action word (返信, 回答, 対応…) and an imperative request (ください, お願いします); 必ず with a
reply word and a request; a condition on silence (ご返信がない場合は…) that is not a kindness;
and fixed phrases (ご返信必須, 要返信, 既読スルーしないで). Soft requests with a deadline
(12月3日までにご返信いただけますと幸いです), the reader's own deadlines (応募締切は12月3日です),
the sender's promises (12月3日までにお送りします) and conventional closings stay quiet.
"""
from __future__ import annotations

import re

from ..patterns import LiteralGate, LiteralWindows
from ..rule import Context
from .too_stiff import short
from ..lazyre import lazy

_STRONG_URGENCY = lazy(
    r"大至急|至急|早急|今すぐ|いますぐ|今直ぐ|直ちに|ただちに|即刻|即座に|一刻も早く|ASAP|asap|大急ぎで|今日中|本日中|即レス|即返信|今日こそ")
_MILD_URGENCY = lazy(
    r"すぐに|すぐ(?=[ご返お])|(?:お)?早め(?:に|で|の)|はやめ(?:に|で)|早く|なるべく早|できるだけ早|出来るだけ早|可能な限り早"
    r"|速やかに|すみやかに|急ぎで|急いで")
# 今すぐ転職でなくても / いますぐ購入ではなく: the urgency denied after what it was about
_NEGATED_AFTER = lazy(r"[^。！？!?\n、,]{1,8}?(?:でなく|ではなく|じゃなく)(?:ても|て)?"
                      r"|[^。！？!?\n、,]{1,16}?わけ(?:では|じゃ)(?:ない|なく|ありません)")  # 今すぐ何かお願いしたいわけじゃないけど
# "Not urgent" and "if you are in a hurry" are the opposite of pressure.
_NEGATED = lazy(r"(?:で|に)?(?:は|も)?(?:なく|ない|ありません|ございません|ではな|じゃな|とは|には及|でなくて|でも(?:構|大丈夫|結構))")
_DEADLINE = lazy(
    r"(?:(?:[0-9０-９一二三四五六七八九十]+月)?[0-9０-９一二三四五六七八九十]+日|[0-9０-９]{1,2}[/／][0-9０-９]{1,2}(?![0-9０-９])|明日|明後日|あさって|本日|今日|今週|来週|今月|来月"
    r"|週内|月内|年内|週明け|明朝|今夜|今晩|夕方|正午|午前中|[月火水木金土日]曜日?"
    # (not the end of opening hours: 窓口（平日9〜18時）までご連絡ください)
    r"|(?<![0-9０-９〜～~\-－])[0-9０-９]+[:：][0-9０-９]+|(?<![0-9０-９一二三四五六七八九十〜～~\-－])[0-9０-９一二三四五六七八九十]+時)"
    r"[^。！？!?\n]{0,6}?(?:までに|まで(?=[にのでご返お回])|中に|以内に|以内で|中にご|中のご|には)"
    r"|[0-9０-９一二三四五六七八九十]+(?:日|時間|週間|営業日)以内")
# Words for answering or acting (not applying or registering: that is the reader's own choice).
_REPLY = lazy(r"返信|返事|返答|回答|連絡|レス|返して|返してくれ|可否|対応|判断|決断|ご決定|決めて|お決め|(?:状況|結果|進捗|見通し)を(?:教えて|お教え)|お答え|答えて|ご一報|結論|ご意向|お知らせ|お聞かせ"
              # OKかどうかだけ教えてください / イエスかノーかだけでも: a yes or a no asked for
              r"|かどうか(?:だけ)?(?:でも)?(?:を)?(?:教えて|お教え)|(?:イエス|YES|Yes|はい)か(?:ノー|NO|No|いいえ)か")
_IMPERATIVE = lazy(
    # (頂戴しております: the humble "we charge", not ちょうだい)
    r"ください|下さい|くださいませ|ちょうだい|頂戴(?![しいさすせ])|願います|願いたく|お願い(?:します|いたします|致します|申し上げます|(?![ぁ-ん]))|頼みます"
    r"|(?:し|て)(?:ほしい|欲しい)|が(?:ほしい|欲しい)(?<=(?:返事|返信|回答|連絡|返答)が(?:ほしい|欲しい))|いただきたく|いただきたい|頂きたい|いただきますよう|頂きますよう|くれ(?![^。\n]{0,3}(?:て|た|る))")
_SOFT = lazy(r"(?:いただけ|頂け|もらえ)(?:ます(?!よう)|ません|ない|る(?!か)|れば|たら)|幸い(?:です|に存じ)|幸甚|助かります|助かる"
                   r"|(?:嬉し|うれし)いです|でしょうか|ませんか")
# 必ず right before the reply word (必ずお返事ください), not 必ずお役に立てます…ご連絡ください.
# (見たら必ず一言返してください: 返して, a reply, within a few characters)
_ALWAYS = lazy(r"(?:必ず|絶対に?|ぜったいに?)(?=(?:お|ご)?(?:返信|返事|回答|返答|連絡|一報|知らせ)|[^。！？!?\n]{0,10}(?:お|ご)?(?:返信|返事|回答|返答)"
               r"|(?:一言|ひと言|ひとこと|何か)?返して)")
_SILENCE = lazy(
    r"(?:お|ご)?(?:返信|返事|返答|回答|連絡|レス|反応|電話)(?:が|を)?(?:ない|無い|なかった|いただけない|頂けない|いただけなかった|もらえない|ございません)"
    r"(?:場合|ようでしたら|ようであれば|ようなら|ときは|時は|なら|人は|方は)|(?:お|ご)?(?:返信|返事|返答|回答|連絡|反応)(?:が|を)?(?:なければ|無ければ|いただけなければ|なかったら|無かったら|来なかったら|来なければ|こなかったら|こなければ)")
# (Not ご不要と判断して他社様にご案内します: that is the consequence of silence.)
_KIND = lazy(r"お?気にな|気にしな|(?<!ご)不要(?!と判断)|結構です|構いません|問題(?:ござい|あり)ません|大丈夫|ご放念|お気遣いなく|ご興味がな(?!いものと|いと判断)|お忙しい|ご安心|ご心配(?:なく|には及び)")  # (…見送りで進めますのでご安心ください)
_FIXED = lazy(
    r"(?:ご?返信|ご?回答|ご?返答|お返事)(?:は)?必須|(?:期限|期日)(?:は)?厳守|要(?:返信|回答|返答|ご返信)|既読(?:スルー|無視)(?:しないで|は?せず|は(?:やめて|しないで|禁止|ナシ|なし|無し|厳禁)|だけは(?:なし|ナシ|無し|勘弁)|禁止|厳禁)"
    r"|(?:無視|スルー)(?:しないで|は(?:やめて|しないで))|返信(?:して|しろ|せよ)(?:よ|ね)?(?=[。！!\n]|$)"
    # お返事をもらえるまで送り続けます: a threat to keep writing
    r"|(?:返信|返事|返答|回答|連絡|反応)(?:を|が)?(?:もらえる|いただける|頂ける|くれる|ある|来る|いただく)まで"
    r"[^。！？!?\n]{0,10}?(?:送り続け|連絡し続け|送ります|続けます|何度でも|毎日|送らせて(?:もらい|いただき)ます|(?:ご)?連絡(?:いたします|します|させていただきます))"
    # 来週までにお返事をいただかないと困ります: their silence made the sender's problem
    r"|(?:返信|返事|返答|回答|連絡|ご判断|答え)(?:だけ(?:は|でも)?)?(?:を|が)?(?:お聞かせ|お知らせ)?(?:いただかない|頂かない|もらわない|もらえない|いただけない|くれない|ない)と[、,]?(?:こちら|私|当方)?も?困"
    # その旨だけでもお知らせいただけないと、こちらも次に進めません
    r"|(?:お知らせ|ご連絡|お返事|ご返信|返事|返信|ご回答|回答|一言|ひと言|ひとこと)(?:だけでも)?(?:いただけない|頂けない|いただかない|もらえない|くれない)と[、,]?"
    r"[^。！？!?\n]{0,12}?(?:困|次に進め|先に進め|進められ|動け|予定が立た|予定が立て)"
    # ひと言くらいいただけてもよいのでは: a reply is owed
    # 期限を過ぎた場合は他社に発注いたします / 明日中にお返事もらえないと他の会社さんに回します: an ultimatum
    r"|(?:返信|返事|回答|連絡|レス)(?:を|が)?(?:もらえない|いただけない|頂けない|ない|無い)と[^。！？!?\n]{0,20}?(?:他|ほか|次の|別の)"
    r"|(?:期限|期日|締め?切り?|〆切)(?:を)?(?:過ぎ|すぎ|超え)[^。！？!?\n]{0,6}?(?:場合|たら|れば)[^。！？!?\n]{0,30}?(?:他社|他の方|ご縁がな|なかったもの"
    # 期限を過ぎた場合は、お引き受けいただけないものと判断して進めます: silence read as a no
    r"|(?:いただけ|頂け|もらえ)ない(?:もの)?と(?:判断|みな|見な)|(?:ご)?辞退(?:された)?(?:もの)?と(?:判断|みな|見な))"
    # 金曜の夜までに必ず一言お返事をいただけますか: a reply insisted on, asked as a question
    r"|(?:必ず|絶対に?)[^。！？!?\n]{0,6}?(?:お|ご)?(?:返信|返事|回答|返答)(?:を)?(?:いただけ|頂け|もらえ|くれ)(?:ます|ません)(?:でしょう)?か"
    # 必ずご回答いただき、期限を過ぎた場合はお引き受けいたしかねます: a penalty for a late answer (not 申込締切を
    # 過ぎた場合はお断りすることがあります, an event's policy: an answer is named first)
    r"|(?:回答|返信|返事|返答|提出|返送)[^。！？!?\n]{0,40}?(?:期限|期日|締め?切り?|〆切)(?:を)?(?:過ぎ|すぎ|超え)[^。！？!?\n]{0,6}?(?:場合|たら|れば)"
    r"[^。！？!?\n]{0,30}?(?:お断り|お引き?受け(?:いたし|し|でき)かね|お受けでき(?:ません|かね)|辞退とみな|応じ(?:られ)?ません|無効)"
    r"|(?:期限|期日|締め?切り?)までに(?:ご)?(?:提出|返送|回答|返信|連絡)が(?:ない|なかった)場合[^。！？!?\n]{0,40}?(?:応じ(?:られ)?ません|お断り|無効|できません)"
    # 明後日17時までに必ずご返送ください / 必ず10月5日までに全員提出してください: a hard order to send back
    r"|(?:(?:まで|中)に[^。！？!?\n]{0,8}?(?:必ず|絶対に?)|(?:必ず|絶対に?)[^。！？!?\n]{0,16}?(?:まで|中)に[^。！？!?\n]{0,8}?)"
    r"(?:ご)?(?:提出|返送)(?:して|を|の上)?(?:ください|下さい|願います|お願い)"
    # いい加減返事ほしいんだけど / さすがにそろそろお返事をいただけないでしょうか: patience run out
    r"|(?:いい加減|いいかげん|さすがに)[^。！？!?\n]{0,10}?(?:お返事|ご返事|ご返信|ご回答|お答え|返信|返事|回答|連絡|反応|レス)(?:を|が)?"
    r"(?:ほしい|欲しい|ください|下さい|して|しろ|いただけ|頂け|もらえ|くれ)"
    r"|(?:ひと言|一言|ひとこと|お返事|返信|返事)(?:くらい|ぐらい|だけでも)(?:は)?[^。！？!?\n]{0,4}?(?:いただけて|いただいて|もらえて|くれて|あって|して)も(?:よい|いい|良い)"
    # 読んだら返事ください / このメッセージを見たら連絡ください: a reply owed the moment it is read
    r"|(?:読んだら|見たら|読まれたら|見られたら|ご覧になったら|(?:ご覧になり|お読みになり|お読みいただき|ご覧いただき|読み|見)次第)[、,]?"
    r"(?:すぐに?|必ず)?(?:お電話にて|お電話で|電話で)?(?:お返事|ご返事|ご返信|返信|返事|ご?連絡|レス|お電話)(?:を)?"
    r"(?:ください|下さい|ちょうだい|お願い|して(?:ください|下さい|ね|よ)?(?=[。！!、,\n]|$))"
    # このメッセージをご覧になったら、今日か明日中に一言だけでもお返事いただけますか: owed on reading, by a day
    r"|(?:読んだら|見たら|読まれたら|見られたら|ご覧になったら)[、,]?[^。！？!?\n]{0,12}?(?:今日|本日|明日|今夜)(?:か明日)?中に[^。！？!?\n]{0,12}?"
    r"(?:お返事|ご返事|ご返信|返信|返事|ご連絡|連絡)(?:を)?(?:ください|下さい|いただけ(?:ますか|ませんか)|もらえ(?:ますか|ませんか)|お願い)"
    # せめてイエスかノーかだけでも返してもらえませんか: the least answer, insisted on
    r"|せめて[^。！？!?\n]{0,12}?だけでも返して(?:ください|下さい|もらえ(?:ませんか|ますか)|いただけ(?:ませんか|ますか))"
    # 読んだらその日のうちに可否だけでも返してください: an answer owed the day it is read
    r"|(?:読んだら|見たら|読まれたら|見られたら|ご覧になったら|既読が(?:つ|付)いたら)[、,]?(?:[^。！？!?\n]{0,20}?[、,])?(?:その日のうちに|すぐに?|今日中に|当日中に)[^。！？!?\n]{0,10}?"
    r"(?:返して|返信して|返事して|連絡して|お返事|ご返信|ご連絡|返信|返事)(?:を)?(?:ください|下さい|ね|ほしい|お願い)"
    # とりあえず返事だけでもください: the least reply, demanded
    r"|(?:お返事|ご返事|ご返信|返信|返事|反応)だけでも(?:ください|下さい|ちょうだい|お願いします|して(?:ください|下さい|ほしい|欲しい))"
    # せめて既読だけでもつけてください: the least reply, demanded
    r"|せめて[^。！？!?\n]{0,8}?(?:既読|返信|返事|反応|一言|ひと言|リアクション)[^。！？!?\n]{0,8}?(?:ください|下さい|して(?:ください|下さい|ほしい|欲しい|よ|ね)"
    r"|(?:いただけ|頂け|もらえ|くれ)(?:ると(?![^。！？!?\n]{0,3}?(?:思|考え|期待))|ませんか|ないでしょうか|ないか|ない？))"  # せめて一言いただけると助かります (not …と思っていました)
    # せめて読んだかどうかだけでもお知らせいただけますか: at least whether it was read, asked for
    r"|せめて[^。！？!?\n]{0,6}?(?:読んだ|読まれた|ご覧になった|見た|届いた)(?:か|かどうか)[^。！？!?\n]{0,8}?(?:お知らせ|知らせて|教えて|ご連絡|連絡)"
    # 返事くらいはするのが筋だと思う / 一言ご返信いただくのが礼儀ではないか: a reply said to be owed
    r"|(?:ご返信|返信|お返事|返事|ご連絡|連絡|一言|ひと言)(?:くらい|ぐらい)?(?:は)?(?:いただく|頂く|する|くれる|寄越す|返す)のが(?:筋|礼儀|マナー|常識|当然|普通)"
    # 興味なければないでいいので一言ください / 何でもいいので反応ください: any reply at all, insisted on
    r"|(?:いい|良い|構わない|かまわない)ので[、,]?(?:ひと言|一言|ひとこと|反応|リアクション|お返事|返事|返信)(?:だけ)?(?:でも)?(?:を)?(?:ください|下さい|ちょうだい)"
    # 一言だけでいいので返事ください / とにかく一言だけでも返信お願いします: a reply insisted on, its cost waved away
    r"|(?:ひと言|一言|ひとこと|一行|スタンプ)(?:だけ)?(?:で(?:も)?(?:いい|良い|構わない|かまわない|結構)(?:ので|から|です)?|でも)[、,]?"
    r"[^。！？!?\n]{0,8}?(?:(?:お返事|ご返事|ご返信|返信|返事|レス|反応)(?:を)?(?:ください|下さい|ちょうだい|お願い|して(?:ください|下さい|ほしい|欲しい|くれ))"
    r"|返して(?:ください|下さい|くれ))"  # 見たなら一言でいいので返してください
    # 一言だけでもいいので反応もらえると助かります: any reply at all, its cost waved away
    r"|(?:ひと言|一言|ひとこと|一行|スタンプ)(?:だけ)?で(?:も)?(?:いい|良い|構わない|かまわない|結構)(?:ので|から)[、,]?[^。！？!?\n]{0,8}?"
    r"(?:反応|お返事|ご返信|返信|返事|レス)(?:を)?(?:もらえ|いただけ|頂け)(?:ると|れば|たら)")
# More fixed phrases (kept apart: _FIXED's literal gate holds at most 512 strings).
_FIXED_MORE = lazy(
    r"既読のまま(?:に|で)?(?:しないで|放置しないで|にせず|は(?:やめて|しないで))"
    # 期限を過ぎてからのご回答ですと、枠をお約束できかねます: a late answer penalised
    r"|(?:期限|期日|締め?切り?|〆切)(?:を)?(?:過ぎ|すぎ|超え)[^。！？!?\n]{0,8}?(?:回答|返信|返事|返答)(?:ですと|だと|では|の場合)"
    r"[^。！？!?\n]{0,30}?(?:できかね|お約束でき(?:ない|ません)|お断り|お受けでき(?:ない|ません)|無効|他社|他の方)"
    # YesかNoかだけでいいのでハッキリしてください: an answer ordered
    r"|(?:イエス|YES|Yes|yes|はい)か(?:ノー|NO|No|no|いいえ)か[^。！？!?\n]{0,16}?(?:ハッキリ|はっきり)(?:して|させて|お答え|答えて)"
    # 今週中にお返事をいただけないと社内の計画が立てられません: the sender's plans hung on the reply
    r"|(?:返信|返事|返答|回答)(?:を|が)(?:いただけない|頂けない|いただかない|もらえない)と[、,]?[^。！？!?\n]{0,12}?(?:計画が立|計画を立|予定が立)"
    # 可否だけでもお知らせいただくのが、ビジネス上の礼儀かと存じます: a reply called a duty
    r"|(?:お知らせ|ご連絡|お返事|ご返信|ご回答|返信|返事|回答)(?:いただく|する|くださる|くれる)のが[、,]?[^。！？!?\n]{0,12}?(?:礼儀|マナー|筋|常識|当然)"
    # 必ず期限内にご返送ください: the deadline insisted on, whoever set it
    r"|(?:必ず|絶対に?)(?:期限|期日|締め?切り?|〆切)(?:内|まで)に[^。！？!?\n]{0,8}?(?:ご|お)?(?:返送|回答|返信|返事|提出|連絡)(?:を)?(?:ください|下さい|願います|お願い)")
# 木曜中に可否だけでも返してもらえますか: the least answer by the sender's date, asked without ください
# (with ください the deadline reading above finds it first, and its span)
_LEAST_BY_DATE = lazy(
    r"(?:(?:[0-9０-９一二三四五六七八九十]+日|明日|明後日|本日|今日|今週|来週|今月|週内|[月火水木金土日]曜日?)(?:の[^。！？!?\n]{0,4}?)?)?"
    r"(?:まで|中)に[^。！？!?\n]{0,10}?(?:可否|結論|イエスかノーか|かどうか)だけでも(?:返して|教えて|お知らせ|ご連絡)")
# ご都合のよい時に: the timing left to them; not ご都合のよい日時を…必ず3日以内に (the dates asked for).
_GENTLE = lazy(r"お手すき|お手隙|ご都合(?:の|が)?(?:よい|良い|いい)(?!日時|日程|候補|時間帯|曜日|日(?!に))"
               r"|お時間(?:の|が)?(?:ある|あります|できた)|落ち着")


# 先方からは、ご回答を7月5日までにいただきたいとのことでした: someone else's deadline, passed on
_RELAYED = lazy(r"[」』]?(?:と|って)(?:のこと|おっしゃ|仰って|言われ|言って|伺って|聞いて)")


def demands(text: str, sentences) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each demand, one per sentence at most."""
    # A sentence can hold a demand only with a match of _FIXED(_MORE), _SILENCE, _STRONG_URGENCY or
    # _LEAST_BY_DATE inside it, or of _IMPERATIVE and of _MILD_URGENCY, _DEADLINE or _ALWAYS
    # (see _no_demand_in).
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    alone = _ALONE.touched(text, starts, ends)
    need_both = _NEEDS_REQUEST.touched(text, starts, ends)
    if alone == set() and need_both == set():
        return []
    request = _REQUEST.touched(text, starts, ends) if need_both != set() else set()
    found = []
    for k, sent in enumerate(sentences):
        if not (alone is None or k in alone or (need_both is None or k in need_both)
                and (request is None or k in request)):
            continue
        lo, hi = sent.start, sent.end
        hit = _sentence_demand(text, lo, hi)
        if hit and not _RELAYED.match(text, hit[1]):
            found.append(hit)
    return found


def _no_demand_in(text: str, lo: int, hi: int) -> bool:
    """True when the sentence [lo, hi) cannot hold a demand: every demand needs a match of _FIXED(_MORE),
    _SILENCE, _STRONG_URGENCY or _LEAST_BY_DATE, or of _IMPERATIVE together with _MILD_URGENCY,
    _DEADLINE or _ALWAYS, inside the sentence, and the gates prove those absent. (demands() reads the same
    condition for all sentences at once with LiteralWindows; the tests compare the two.)"""
    gates = _GATES
    if not (gates[_FIXED].absent_in(text, lo, hi) and gates[_FIXED_MORE].absent_in(text, lo, hi)
            and gates[_SILENCE].absent_in(text, lo, hi)
            and gates[_STRONG_URGENCY].absent_in(text, lo, hi)
            and gates[_LEAST_BY_DATE].absent_in(text, lo, hi)):
        return False
    if gates[_IMPERATIVE].absent_in(text, lo, hi):
        return True
    return all(gates[p].absent_in(text, lo, hi) for p in (_MILD_URGENCY, _DEADLINE, _ALWAYS))


def _sentence_demand(text: str, lo: int, hi: int):
    m = _FIXED.search(text, lo, hi)
    more = _FIXED_MORE.search(text, lo, m.start() if m else hi)
    if more:
        m = more  # (the earlier of the two)
    if m:
        return m.start(), m.end(), "fixed"
    m = _SILENCE.search(text, lo, hi)
    if m and not _KIND.search(text, m.end(), hi):
        return m.start(), hi - 1 if text[hi - 1] in "。！？!?" else hi, "silence"
    gentle = _GENTLE.search(text, lo, hi) is not None
    imperative = _IMPERATIVE.search(text, lo, hi)
    soft = _SOFT.search(text, lo, hi)
    for m in _STRONG_URGENCY.finditer(text, lo, hi):
        if (_NEGATED.match(text, m.end()) or _NEGATED_AFTER.match(text, m.end())
                or text.startswith("お急ぎ", max(lo, m.start() - 1))):
            continue
        if text.startswith("の", m.end()) and not _REPLY_NOUN.match(text, m.end() + 1):
            continue  # 至急の案件, 至急のご依頼: a description, not a demand (至急のご返信を… is one)
        req = _IMPERATIVE.search(text, m.end(), hi) or _SOFT.search(text, m.end(), hi)
        if req is None and _URGENT_TAIL.match(text, m.end()):
            before = _IMPERATIVE.search(text, max(0, m.start() - 60), m.start())
            if before and _REPLY.search(text, max(0, m.start() - 60), before.start()):
                return m.start(), m.end(), "urgent"  # …ご連絡ください。至急です。
        if req and _CONDITION.search(text, m.end(), req.start()):
            continue  # 至急の対応が必要な場合は…お電話ください: urgency on the reader's side
        if req and _NOT_SO.search(text, m.end(), req.start()):
            continue  # いますぐ転職のお話をしたいわけではなく、…: the urgency denied
        if req and not _sender_only(text, m.end(), req.start()):
            return m.start(), req.end(), "urgent"
    if gentle:
        return None
    if imperative is None:
        return _least_by_date(text, lo, hi)
    for pattern in (_MILD_URGENCY, _DEADLINE, _ALWAYS):
        for m in pattern.finditer(text, lo, hi):
            if pattern is _MILD_URGENCY and (_NEGATED.match(text, m.end()) or _PURPOSE.match(text, m.end())):
                continue  # (すぐにご相談できるよう、…: the speed is the sender's aim, no reply hurried)
            if _IF.search(text, lo, m.start()) and not (pattern is _ALWAYS and _EVEN_IF.search(text, lo, m.start())):
                continue  # 何かあればすぐにご連絡ください: an offer of help, not a demand
            req = _IMPERATIVE.search(text, m.end(), hi)
            if not req:
                continue
            if soft and soft.start() < req.start() and soft.start() > m.end():
                continue  # 12月3日までにご返信いただけますと幸いです, ください later is another clause
            if _sender_only(text, m.end(), req.start()):
                continue  # 今日中に対応いたしますので、お待ちください
            if (_RSVP.search(text, lo, hi) or _LOGISTICS.search(text, lo, hi)) and not _HARD.search(text, lo, hi):
                continue  # 出欠は3月7日までにフォームからご回答を: an event's RSVP date, not a demand
            if _REPLY.search(text, m.end(), req.start()) or _REPLY.search(text, max(lo, m.start() - 12), m.start()):
                return m.start(), req.end(), "deadline"
            # お返事お待ちしています。なるべく早めでお願いします！: a short request about the reply just asked for.
            if pattern is _MILD_URGENCY and hi - lo <= 25 and _REPLY.search(text, max(0, lo - 40), lo):
                return m.start(), req.end(), "deadline"
    return _least_by_date(text, lo, hi)


def _least_by_date(text: str, lo: int, hi: int):
    m = _LEAST_BY_DATE.search(text, lo, hi)
    return (m.start(), m.end(), "deadline") if m else None


_PURPOSE = lazy(r"[^。！？!?\n、,]{0,12}?(?:できる|られる|れる)よう(?:に)?[、,]")
_NOT_SO = lazy(r"わけ(?:では|じゃ)(?:なく|ありません|ないので|ないです)|必要は(?:なく|ありません)|でなければ|でなくても|じゃなければ")  # (今すぐご検討でなければ)
_RSVP = lazy(r"出欠|ご出席|出席の可否|参加の可否|ご参加の可否|参加可否|フォーム(?:から|で|に|より)")
# 準備の都合上、6月1日までにお知らせください: the count an event needs (but 準備の都合があるため、明日の正午
# までに必ずご回答ください is still an order)
_LOGISTICS = lazy(r"準備の都合|(?:会場|施設|主催者?)(?:の)?規定|人数(?:の)?(?:確認|把握|の都合)|(?:席|会場|お弁当|弁当|資材)の(?:確保|手配|準備)")
_HARD = lazy(r"必ず|絶対")
_URGENT_TAIL = lazy(r"(?:で(?:す|お願い|よろしく)|にお願い|で[!！]|[!！。]|$)")
# ご都合が悪い場合でも、その旨を必ずお知らせください: a reply insisted on either way, no offer of help
_EVEN_IF = lazy(r"場合でも|場合も|(?:な|無)くても|ときでも|時でも")
_IF = lazy(r"あれば|(?:ござい|あり)ましたら|あったら|でしたら|場合(?:は|には|でも)|際は|ようなら|ご不明")
_CONDITION = lazy(r"場合|際は|際に|ときは|時は|ようでしたら|ようであれば|なら(?:ば)?、")
_REPLY_NOUN = lazy(r"(?:ご|お)?(?:返信|返事|返答|回答|連絡|対応|ご一報|判断)")
_SENDER_ACT = lazy(r"(?:いたし|致し|させていただ|させて頂|します|しました|ました|ており|ております|おります|お送りし|ご連絡し"
                    r"|(?:お送り|ご連絡|お届け|ご用意|お渡し|反映)でき|見込み)")  # 本日中にお送りできる見込みですので


_GATES = {p: LiteralGate(p) for p in (_FIXED, _FIXED_MORE, _SILENCE, _STRONG_URGENCY, _LEAST_BY_DATE, _IMPERATIVE, _MILD_URGENCY,
                                      _DEADLINE, _ALWAYS)}


_ALONE = LiteralWindows((_FIXED, _FIXED_MORE, _SILENCE, _STRONG_URGENCY, _LEAST_BY_DATE))
_REQUEST = LiteralWindows((_IMPERATIVE,))
_NEEDS_REQUEST = LiteralWindows((_MILD_URGENCY, _DEADLINE, _ALWAYS))


def _sender_only(text: str, lo: int, hi: int) -> bool:
    """至急対応いたしますので…お待ちください: the urgency belongs to the sender's own action."""
    return _SENDER_ACT.search(text, lo, hi) is not None


def check(ctx: Context) -> None:
    doc = ctx.doc
    english = ctx.options.get("_lang") == "en"
    for s, e, kind in demands(doc.view, doc.sentences):
        ctx.report(s, e, match=short(doc.text[s:e]), why=_WHY["en" if english else "ja"][kind])


_WHY = {
    "ja": {"fixed": "返信を義務のように求めています", "silence": "返事がないことに条件や不利益を付けています",
           "urgent": "急ぎの返事を迫っています", "deadline": "期限を切って返事や対応を求めています"},
    "en": {"fixed": "it makes a reply an obligation", "silence": "it attaches a consequence to not replying",
           "urgent": "it presses for an urgent answer", "deadline": "it sets a deadline for an answer or action"},
}
