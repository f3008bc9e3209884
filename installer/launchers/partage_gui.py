"""Entry script of the frozen ``partage`` (the desktop application)."""

import multiprocessing
import sys

from partage.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a PDF worker of reports.pool runs here, then exits
    sys.exit(main())
