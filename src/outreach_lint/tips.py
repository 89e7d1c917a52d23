"""The ten networking tips every rule cites."""

TIPS = {
    1: "Each platform has its own norms and limits (a LinkedIn note is 300 characters; X counts CJK double).",
    2: "Never expose a home address or personal phone number; professional details are fine.",
    3: "Keep personal off-hours content out of professional messages.",
    4: "Don't be shy, and don't be stiff (letter-formal boilerplate, chains of apologies).",
    5: "Make a good first impression: no form letters or unfilled templates; research the person; "
       "say why you are different; be brief, concise and polite.",
    6: "Don't demand or expect a reply; silence is normal.",
    7: "Build relationships, not connections: people are not stepping stones.",
    8: "Don't be a leech: offer value; don't only ask.",
    9: "Ask which contact channel the other person prefers.",
    10: "Persist in networking, but never chase the same person again and again.",
}
