"""Reading: article files of every format into ``Document`` records with a publication date.

``readers`` picks a format by content and extension, ``formats/`` holds one reader per format,
``published`` finds the publication date in a header line, dateline, metadata or file time.
"""
