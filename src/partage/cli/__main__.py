"""``python -m partage.cli``: the same as ``partage-cli``."""

import sys

from partage.cli import main

sys.exit(main())
