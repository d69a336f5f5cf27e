"""The bundled desktop launcher (no console window on Windows): the same entry point."""

import sys

from jvdesk.__main__ import main

sys.exit(main())
