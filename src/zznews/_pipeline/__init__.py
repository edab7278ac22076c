"""The parser's stages, one module each (internal: not part of the public API).

``lines`` → ``meta`` → ``classify`` → ``rows`` → ``pages`` → ``segment`` → ``body``
→ ``photos`` → ``assemble``; :func:`zznews.parse` runs them in that order (see the
design page of the documentation).
"""
