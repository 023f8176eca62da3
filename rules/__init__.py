"""Decision rules and pattern data used to understand mail.

Each ``rules/*.py`` module holds one small rule object (a name, a reason and a
pure ``check``); the JSON files below this folder hold the phrasings, one file
per concern and language, so a phrasing can be added without touching code.
"""
