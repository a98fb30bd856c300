"""One reader per kind of article file; ``core.reading.readers`` picks the reader by file type."""
