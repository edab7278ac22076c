"""``python -m zznews``: the same as the ``zznews`` command."""

import sys

from .cli import main

sys.exit(main())
