"""Inputs: caption batches read one caption at a time (.jsonl, .txt, .csv, standard input, images, news
stories), each caption an item, malformed ones included; text made safe to write (`_scrub`)."""

from ._read import STDIN, TEXT_SUFFIXES, CaptionInput, InputBatch, open_inputs, read_inputs

__all__ = ["STDIN", "TEXT_SUFFIXES", "CaptionInput", "InputBatch", "open_inputs", "read_inputs"]
