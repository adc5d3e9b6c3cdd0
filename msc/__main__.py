"""`python -m msc` is the `msc` command."""
from .cli import main

main()
