"""``python -m dhr_extract INPUT... --out DIR``: the same as the ``dhr-extract`` command."""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
