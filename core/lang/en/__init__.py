"""English: the reference language, whose modules every other language mirrors."""

NAME = "English"
