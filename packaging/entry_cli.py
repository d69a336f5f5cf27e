"""The bundled `jvdesk` command: the CLI, or the desktop app with no sub-command."""

import sys

from jvdesk.__main__ import main

sys.exit(main())
