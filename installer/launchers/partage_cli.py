"""Entry script of the frozen ``partage-cli`` (the command line)."""

import multiprocessing
import sys

from partage.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a PDF worker of reports.pool runs here, then exits
    sys.exit(main())
