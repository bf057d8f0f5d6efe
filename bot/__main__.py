"""`python -m bot ...` is `somos-bot ...`."""

from bot.cli import main

raise SystemExit(main())
