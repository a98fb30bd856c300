"""Neutral reports data: each name's value in a language that leaves it out."""
