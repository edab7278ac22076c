"""Vocabulary tables: what zznews understands, as data.

A new word is a data change here, not a code change in the parser.
"""
