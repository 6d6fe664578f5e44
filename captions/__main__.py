"""`python -m captions`: the same command line as `captions`."""

from .cli import main

main()
