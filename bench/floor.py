"""The floor for the batch benchmark: read the same drafts and tokenize them with fugashi, nothing else.

Each node's surface and raw feature string are read (a tokenizer that hands back no strings has not
tokenized anything useful); no Token objects, sentences or rules.

    python bench/floor.py FOLDER
"""
import os
import sys

import fugashi


def main(folder: str) -> None:
    tagger = fugashi.Tagger()
    files = tokens = chars = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.endswith((".txt", ".md", ".eml")):
                continue
            with open(os.path.join(root, name), "rb") as fh:
                text = fh.read().decode("utf-8")
            chars += len(text)
            files += 1
            for node in tagger(text):
                node.surface, node.feature_raw
                tokens += 1
    print(f"{files} files, {chars} characters, {tokens} tokens")


if __name__ == "__main__":
    main(sys.argv[1])
