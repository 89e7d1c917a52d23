"""Token patterns start from their rarest required token (a speed-up): the matches must be exactly
those of trying every start, sentence by sentence."""
from __future__ import annotations

import random

from outreach_lint.document import Document
from outreach_lint.patterns import compile_pattern, find_all, find_in, scan_every_start

TEXTS = [
    "山田様\n\nはじめまして。株式会社ソラテックの田中と申します。資料は明日までにご提供することができます。"
    "先日おっしゃられていた件について、拝見させていただきました。こちらが資料になります。",
    "自己紹介させていただきます。記事を拝読し、ご連絡させていただきました。ぜひお話を伺わせていただければ幸いです。",
    "お会いすることができれば嬉しいです。解析することはできます、ただし時間がかかります。"
    "業務委託という形でご一緒できればと考えております。雑談的な感じで30分ほどお話しできれば。",
    "a  b\tc　d \"引用,カンマ\"と'x'。する。する。するすることができる",
]
FIELDS = ("surface", "lemma", "base", "pos1", "pos2", "cform", "pos")


_brute = scan_every_start


def _random_pattern(rng: random.Random, tokens):
    specs = []
    for _ in range(rng.randint(1, 4)):
        tok = rng.choice(tokens)
        spec = {}
        for name in rng.sample(FIELDS, rng.randint(1, 2)):
            value = getattr(tok, name)
            spec[name] = [value, getattr(rng.choice(tokens), name)] if rng.random() < 0.3 else value
        if rng.random() < 0.15:
            spec = {"pos1_re": "^(名詞|動詞)$"}
        if rng.random() < 0.25:
            spec["_skippable"] = True
        if rng.random() < 0.1:
            spec["_negate"] = True
        specs.append(spec)
    if all(s.get("_skippable") for s in specs):
        specs[-1].pop("_skippable")
    return compile_pattern(specs, "test")


def _key(matches):
    return [(i, j, sorted(caps)) for i, j, caps in matches]


def test_anchored_matching_equals_trying_every_start():
    rng = random.Random(7)
    checked = 0
    for text in TEXTS:
        doc = Document(text)
        tokens = doc.tokens
        plain = list(tokens)  # a plain list has no index: every start is tried
        for _ in range(300):
            specs = _random_pattern(rng, tokens)
            expected_by_sentence = [_key(_brute(specs, plain, s.tok_start, s.tok_end)) for s in doc.sentences]
            got_by_sentence = [_key(find_all(specs, tokens, s.tok_start, s.tok_end)) for s in doc.sentences]
            assert got_by_sentence == expected_by_sentence
            flat = [m for ms in expected_by_sentence for m in ms]
            assert _key(find_in(specs, tokens, doc.sentences)) == flat
            assert _key(find_all(specs, tokens, 0, len(tokens))) == _key(_brute(specs, plain, 0, len(tokens)))
            checked += len(flat)
    assert checked > 100  # the random patterns do match


def test_tokens_are_tuples_that_compare_by_position():
    doc = Document("テストです。テストです。")
    a, b = doc.tokens[0], doc.tokens[3]
    assert a.surface == b.surface == "テスト" and a != b and a.end == 3
    assert doc.tokens.index(b) == 3
    assert a.pos == "名詞-普通名詞-サ変可能"
