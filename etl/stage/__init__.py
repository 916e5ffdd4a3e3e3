"""Staging: parse archived releases and keep what the parser read, one slice per release."""
