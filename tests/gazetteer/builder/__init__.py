"""Tests of gazetteer/_build/ (not named "build": pytest does not collect from such a directory)."""
