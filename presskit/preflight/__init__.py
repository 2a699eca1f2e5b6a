"""Preflight: one engine that checks a release (or a kit) before it goes out."""
