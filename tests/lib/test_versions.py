"""Version counters: a key built from a version is never reused, even after the counter was lost."""

from __future__ import annotations

from django.core.cache import cache
from django.test import SimpleTestCase

from xuanyong.lib.versions import version_bump, version_get

KEY = "test:version"


class VersionTests(SimpleTestCase):
    def setUp(self) -> None:
        cache.delete(KEY)

    def test_a_bump_gives_a_new_version(self) -> None:
        first = version_get(KEY)
        self.assertEqual(version_get(KEY), first)
        self.assertNotEqual(version_bump(KEY), first)
        self.assertEqual(version_get(KEY), first + 1)

    def test_a_lost_counter_does_not_come_back_with_an_old_version(self) -> None:
        """A cache culls or restarts: the keys made from the old versions may still be there, so
        the counter must not start again where it once was."""
        seen = {version_get(KEY), version_bump(KEY)}
        cache.delete(KEY)
        seen_after = version_get(KEY)
        self.assertNotIn(seen_after, seen)
        cache.delete(KEY)
        self.assertNotIn(version_bump(KEY), {*seen, seen_after})
