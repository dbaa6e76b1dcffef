"""`python -m kamdesk` runs the same entry point as the `kamdesk` script."""

import sys

from kamdesk.cli import main

sys.exit(main())
