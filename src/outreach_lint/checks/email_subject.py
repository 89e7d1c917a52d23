"""An e-mail Subject that is too long to read in an inbox list: reported as `too-long`.

Not a rule of its own (the rule ids are a contract); the too-long check calls
`check_subject(ctx)` on the email platform. Option `subject-limit` (characters, after Re:/Fwd:).
"""
from __future__ import annotations

from ..prepare import find_subject, subject_text
from ..rule import Context
from ..lazyre import lazy

# Mail apps show about 20-30 characters of a Japanese subject in the list; past 40 the point is lost.
DEFAULT_SUBJECT_LIMIT = 40
MESSAGE = ("件名が{count}文字あります（目安は{limit}文字以内）。受信一覧では先頭しか表示されないので、"
           "用件と名前が一目で分かる短い件名にしてください。")
MESSAGE_EN = ("The subject is {count} characters long (aim for at most {limit}); inboxes show only its "
              "beginning, so make the purpose clear in a few words.")


# 【リマインド】…（Kansai Open Source 2025）: a tag before the purpose and a sender or event in brackets
# after it are read at a glance, as the conventions they are; what is counted is the purpose itself.
_TAGS = lazy(r"^(?:[ \t\u3000]*(?:【[^】\n]{1,20}】|\[[^\]\n]{1,20}\]|［[^］\n]{1,20}］))+[ \t\u3000]*")
_AFTERWORD = lazy(r"[ \t\u3000]*(?:（[^（）\n]{1,40}）|\([^()\n]{1,40}\))[ \t\u3000]*$")


def subject_length(ctx: Context) -> tuple[int, int, int] | None:
    """(start, end, characters) of the draft's subject, or None when it has none. Leading tags
    (【ご相談】, [Security]) and a closing bracket (（山田）) are not counted."""
    span = find_subject(ctx.doc.text)
    if span is None:
        return None
    subject = subject_text(ctx.doc.text, span)
    purpose = _AFTERWORD.sub("", _TAGS.sub("", subject))
    return span[0], span[1], len(purpose or subject)


def check_subject(ctx: Context) -> None:
    if ctx.platform != "email":
        return
    found = subject_length(ctx)
    if found is None:
        return
    start, end, count = found
    limit = ctx.options.get("subject-limit", DEFAULT_SUBJECT_LIMIT)
    if count > limit:
        message = MESSAGE_EN if ctx.options.get("_lang") == "en" else MESSAGE
        ctx.report(start, end, message=message, count=count, limit=limit)
