"""Neutral language data: the value a name has in a language that does not read it.

A language folder (``core/lang/<code>/``) states only what it reads; ``core.lang.words``
fills every name English defines and the folder leaves out from the module of the same name
here. A neutral value reads nothing: an empty set or table, or a pattern that never matches
(``(?!)``). English, the reference, states every name.
"""
