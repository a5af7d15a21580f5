"""Allow ``python -m healthclaims``."""

import sys

from healthclaims.cli import main

sys.exit(main())
