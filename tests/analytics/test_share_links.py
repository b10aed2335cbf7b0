"""Share links /s/<code>: redirect with UTM, first- and last-touch attribution for 30 days."""

from __future__ import annotations

import time

from django.core.exceptions import ValidationError

from tests.factories import CategoryFactory, OfferingFactory
from xuanyong.analytics.models import Channel, Event
from xuanyong.analytics.services import channel_create
from xuanyong.analytics.tracking import CHANNEL_COOKIE, Touches, channel_cookie_value

from .helpers import BOT_UA, AnalyticsTestCase


class ShareLinkTests(AnalyticsTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        OfferingFactory(slug="keruyun", primary_category=CategoryFactory())
        cls.group = channel_create(
            name="杭州餐饮老板群", code="hz-canyin", target_path="/p/keruyun/",
            utm_source="wechat", utm_campaign="双十一红包",
        )  # fmt: skip
        cls.kol = channel_create(name="收银测评达人", kind="kol", code="kol-li")

    def test_share_link_lands_with_utm_and_tags_later_events(self) -> None:
        client = self.browser()
        response = self.get(client, "/s/hz-canyin")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            response["Location"],
            "/p/keruyun/?utm_source=wechat&utm_campaign=%E5%8F%8C%E5%8D%81%E4%B8%80%E7%BA%A2%E5%8C%85",
        )
        self.assertEqual(self.events(), [], "the redirect itself is not an event")
        self.get(client, response["Location"])
        self.get(client, "/")
        events = self.events()
        self.assertEqual(len(events), 2)
        for event in events:
            self.assertEqual((event.channel_id, event.first_channel_id), (self.group.pk, self.group.pk))

    def test_first_touch_stays_and_last_touch_moves(self) -> None:
        client = self.browser()
        self.get(client, "/s/hz-canyin")
        self.get(client, "/s/kol-li")
        self.get(client, "/")
        [event] = self.events()
        self.assertEqual(event.first_channel_id, self.group.pk)
        self.assertEqual(event.channel_id, self.kol.pk)

    def _touched(self, days_ago: int) -> Event:
        client = self.browser()
        at = int(time.time()) - days_ago * 24 * 3600
        client.cookies[CHANNEL_COOKIE] = channel_cookie_value(Touches(self.group.pk, at, self.group.pk, at))
        self.get(client, "/")
        return self.events()[-1]

    def test_touches_last_thirty_days(self) -> None:
        self.assertEqual(self._touched(days_ago=29).channel_id, self.group.pk)
        self.assertIsNone(self._touched(days_ago=31).channel_id)

    def test_unknown_malformed_and_inactive_codes_go_home_quietly(self) -> None:
        self.kol.is_active = False
        self.kol.save()
        client = self.browser()
        for code in ("nope-nope", "a", "%3Cscript%3E", "x" * 80, "kol-li", "hz-canyin'--"):
            response = self.get(client, f"/s/{code}")
            self.assertEqual((response.status_code, response["Location"]), (302, "/"), code)
            self.assertNotIn(CHANNEL_COOKIE, response.cookies)
        self.get(client, "/")
        [event] = self.events()
        self.assertIsNone(event.channel_id)
        self.assertEqual(Event.objects.exclude(kind=Event.Kind.VIEW).count(), 0)

    def test_forged_cookie_is_ignored(self) -> None:
        client = self.browser()
        client.cookies[CHANNEL_COOKIE] = (
            f"{self.group.pk}:{int(time.time())}:{self.group.pk}:{int(time.time())}"
        )
        self.get(client, "/")
        [event] = self.events()
        self.assertIsNone(event.channel_id)

    def test_bots_following_a_share_link_get_no_attribution(self) -> None:
        response = self.get(self.browser(BOT_UA), "/s/hz-canyin")
        self.assertEqual(response.status_code, 302)
        self.assertNotIn(CHANNEL_COOKIE, response.cookies)

    def test_share_links_only_land_on_this_site(self) -> None:
        for target in (
            "https://evil.example.com/",
            "//evil.example.com/",
            "/\\evil.example.com",
            "javascript:alert(1)",
        ):
            with self.assertRaises(ValidationError, msg=target):
                channel_create(name="外链", target_path=target)
        with self.assertRaises(ValidationError):
            channel_create(name="坏短码", code="有中文")

    def test_codes_are_generated_when_left_blank(self) -> None:
        channel = channel_create(name="合作伙伴 A", kind="partner")
        self.assertRegex(channel.code, r"^[a-z0-9]{7}$")
        response = self.get(self.browser(), f"/s/{channel.code}")
        self.assertEqual(response["Location"], "/")


class ChannelAdminTests(AnalyticsTestCase):
    def test_an_editor_creates_a_share_link_in_the_admin(self) -> None:
        self.client.force_login(self.editor)
        response = self.client.post(
            "/admin/analytics/channel/add/",
            {"name": "双十一红包活动", "kind": "campaign", "code": "", "target_path": "/", "is_active": "on",
             "utm_source": "", "utm_medium": "", "utm_campaign": "double11", "utm_content": "", "note": ""},
        )  # fmt: skip
        self.assertEqual(response.status_code, 302)
        channel = Channel.objects.get(name="双十一红包活动")
        self.assertEqual(channel.created_by, self.editor)
        self.assertEqual(self.client.get(f"/s/{channel.code}")["Location"], "/?utm_campaign=double11")
        listing = self.client.get("/admin/analytics/channel/")
        self.assertContains(listing, f"/s/{channel.code}")

    def test_the_admin_refuses_an_outside_landing_page(self) -> None:
        self.client.force_login(self.editor)
        response = self.client.post(
            "/admin/analytics/channel/add/",
            {
                "name": "外链",
                "kind": "kol",
                "code": "",
                "target_path": "https://evil.example.com/",
                "is_active": "on",
            },
        )
        self.assertContains(response, "落地页须为站内路径")
        self.assertFalse(Channel.objects.exists())
