"""A regular expression for a set of words, written as a tree so that shared beginnings are tried once."""

from __future__ import annotations

import re


def trie_regex(words: list[str]) -> str:
    """Return a pattern that matches any of ``words``: ["may", "might"] → "m(?:ay|ight)" (fast to search)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return build(root)
