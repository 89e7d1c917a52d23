"""How long a draft is, counted the way each platform counts."""
from __future__ import annotations

# Hard limits and first-contact guidelines; every one is configurable on the too-long rule.
DEFAULT_LIMITS = {"linkedin-note": 300, "x": 280, "linkedin": 600, "facebook": 600, "email": 600}


def weighted_length_x(text: str) -> int:
    """X's weighted count (CJK and most full-width characters 2, a URL 23), via twitter-text."""
    import twitter_text  # the official counting rules, ported; imported only for X drafts

    return twitter_text.parse_tweet(text).weightedLength


def measure(doc, platform: str) -> int:
    if platform == "x":
        return weighted_length_x(doc.view.strip())
    return doc.body_length()
