"""spaCy components of frontlines. A ``Doc`` never leaves ``nlp/`` and ``extract/``."""
