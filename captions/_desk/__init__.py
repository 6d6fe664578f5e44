"""Desk tools: style packs (`_style`), Photo Mechanic code replacements (`_codes`) and the review sheet
(`_review`): what a photo desk adds around the parser."""
