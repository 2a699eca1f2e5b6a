"""Entry point of the frozen bundle: the same ``presskit`` command as the wheel's."""

from presskit.cli import main

raise SystemExit(main())
