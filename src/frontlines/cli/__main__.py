"""`python -m frontlines.cli`: the same CLI as the `frontlines` script."""

from frontlines.cli import main

main()
