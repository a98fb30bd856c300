"""Export: stored events as records (``records``) and in each file format (``formats``)."""
