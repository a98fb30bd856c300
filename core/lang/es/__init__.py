"""Spanish (español): the words and patterns of Spanish news text."""

NAME = "Spanish"
