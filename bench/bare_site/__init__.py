"""A bare Django page served next to the site, for bench/pages.py."""
