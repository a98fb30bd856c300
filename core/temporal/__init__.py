"""Time expressions: found in text, normalised against the publication date or the story's time.

``tagger.tag`` is the entry point; ``grammar`` proposes spans, ``absolute`` and ``relative``
resolve them, ``calendar`` and ``tense`` place them before or after their anchor.
"""
