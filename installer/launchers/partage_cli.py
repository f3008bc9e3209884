"""Entry script of the frozen ``partage-cli`` (the command line)."""

import sys

from partage.cli import main

if __name__ == "__main__":
    sys.exit(main())
