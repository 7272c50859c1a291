"""Renderers read a finished report and never compute."""
