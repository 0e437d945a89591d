"""Spiders: the generic discovery loop and one spider per site profile."""
