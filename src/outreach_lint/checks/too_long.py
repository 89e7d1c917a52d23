"""too-long: a draft over its platform's limit (LinkedIn note, X) or far beyond a first-contact
guideline (LinkedIn message, Facebook, e-mail body). Counting lives in outreach_lint.length, which
the length meter of the report shares."""
from __future__ import annotations

from ..length import DEFAULT_LIMITS, body_span, measure, overflow_offset
from ..rule import Context
from .email_subject import check_subject

# Platforms whose number is a hard limit of the service; the others are guidelines.
_HARD = {"linkedin-note", "x"}
_LABELS = {
    "ja": {"linkedin-note": "LinkedInのつながり申請メッセージ", "x": "Xの投稿", "linkedin": "LinkedInのメッセージ",
           "facebook": "Facebookのメッセージ", "email": "メール本文", "generic": "この下書き"},
    "en": {"linkedin-note": "LinkedIn connection note", "x": "X post", "linkedin": "LinkedIn message",
           "facebook": "Facebook message", "email": "E-mail body", "generic": "Draft"},
}
_ADVICE = {
    "ja": {"linkedin-note": "送信できないか途中で切れます。用件と相手への一言に絞りましょう",
           "x": "Xは全角文字と絵文字を2、URLを23と数えます。要点を絞るか、続きは返信で伝えましょう",
           "guideline": "初めての連絡で長文は読まれにくく負担になります。用件と相手への関心を短くまとめ、詳細は返事をもらってから伝えましょう",
           "follow-up": "やり取りのある相手でも、長文は読む負担になります。要点を先に書き、詳細は添付やリンクに分けましょう"},
    "en": {"linkedin-note": "It cannot be sent or is cut off; keep to the point and one line about them",
           "x": "X counts full-width characters and emoji as 2 and a URL as 23; cut it down or continue in a reply",
           "guideline": "A long first message is a burden and gets skimmed; keep it short and send details once they reply",
           "follow-up": "Even to someone you know, a very long message is a burden; put the point first and move details to an attachment or link"},
}
_KIND = {"ja": ("上限", "目安"), "en": ("limit", "guideline")}


def limit_for(ctx: Context, count: int | None = None) -> int | None:
    return limit_for_doc(ctx.doc, ctx.platform, ctx.options, count)


def limit_for_doc(doc, platform: str, options: dict, count: int | None = None) -> int | None:
    """The draft's limit: the platform's, or for a follow-up (お世話になっております, 先日はありがとう
    ございました) on a guideline platform the larger follow-up guideline: tip 5's brevity is about
    first impressions, and a recap after a meeting is longer by nature. Given the draft's `count`,
    the follow-up reading (a regex over the whole draft) runs only when the count is over the first."""
    limits = {**DEFAULT_LIMITS, **options.get("limits", {})}
    value = limits.get(platform)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return None  # generic, or a platform the user switched off with 0
    if count is not None and count <= value:
        return value
    follow_up = options.get("follow-up-limits", {}).get(platform)
    if (platform not in _HARD and isinstance(follow_up, int) and not isinstance(follow_up, bool)
            and follow_up > value and _is_follow_up(doc)):
        return follow_up
    return value


def _is_follow_up(doc) -> bool:
    """An exchange under way: お世話になっております, 先日はありがとうございました, 先日の〜でお話しした
    (the same reading of a relationship as one-sided-ask). An alumni tie, a reunion after years or a
    warm introduction is not one: the first message to such a reader is still a first contact, and so is
    one whose only tie is a card or a greeting at an event (名刺交換をさせていただいた者です)."""
    from ..speech import only_met_briefly, relationship_kinds

    kinds = relationship_kinds(doc)
    if {"exchange", "past", "reply"}.isdisjoint(kinds):
        return False
    return not (kinds == {"exchange"} and only_met_briefly(doc))


def check(ctx: Context) -> None:
    check_subject(ctx)  # an e-mail Subject has its own, shorter limit
    doc = ctx.doc
    platform = ctx.platform
    first = limit_for(ctx, 0)  # the first-contact limit, or None
    if first is None:
        return
    count = measure(doc, platform)
    if count <= first:
        return
    limit = limit_for(ctx, count)
    if count <= limit:
        return
    at = overflow_offset(doc, platform, limit)
    _, body_end = body_span(doc, platform)
    if at is None:  # cannot happen when count > limit; report the whole body then
        at = 0
    end = min(len(doc.text), max(body_end, at + 1))  # to the end of the counted body
    hard = platform in _HARD
    lang = "en" if ctx.options.get("_lang") == "en" else "ja"
    advice = _ADVICE[lang][platform] if hard else _ADVICE[lang]["guideline" if limit == first else "follow-up"]
    ctx.report(at, end, count=count, limit=limit,
               label=_LABELS[lang].get(platform, _LABELS[lang]["generic"]), kind=_KIND[lang][0 if hard else 1],
               unit=(", weighted" if lang == "en" else "、重み付き") if platform == "x" else "", advice=advice)
