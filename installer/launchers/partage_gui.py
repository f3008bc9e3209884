"""Entry script of the frozen ``partage`` (the desktop application)."""

import sys

from partage.app import main

if __name__ == "__main__":
    sys.exit(main())
