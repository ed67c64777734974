"""``python -m govgraph`` runs the command-line interface."""

from .cli import main

main()
