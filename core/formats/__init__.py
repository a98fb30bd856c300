"""One reader per kind of article file; ``core.readers`` picks the reader by file type."""
