"""Language data: one folder per language with the same names in each, and dateparser's locales."""
