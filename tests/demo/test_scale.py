from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.test import TestCase, override_settings

from xuanyong.catalog.models import Offering
from xuanyong.content.models import Article
from xuanyong.demo.sample import load_sample
from xuanyong.demo.scale import load_texts, scale_to

SHARED = Path(settings.SHARED_DATA_DIR)


class ScaleTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        load_sample()

    def test_scale_grows_offerings_and_articles_to_n_rows_with_pages_that_render(self) -> None:
        scale_to(400)
        self.assertEqual(Offering.objects.count(), 400)
        self.assertEqual(Article.objects.count(), 400)
        generated = Offering.objects.filter(slug__contains="-g").first()
        assert generated is not None
        self.assertEqual(self.client.get(generated.get_absolute_url()).status_code, 200)
        self.assertEqual(scale_to(400), {"vendors": 0, "offerings": 0, "articles": 0})

    @override_settings(SHARED_DATA_DIR=Path("/nonexistent"))
    def test_without_shared_data_it_recombines_the_sample_texts(self) -> None:
        texts = load_texts()
        self.assertFalse(texts.real)
        scale_to(200)
        self.assertEqual(Offering.objects.count(), 200)


@pytest.mark.skipif(
    not (SHARED / "iflytek").exists(), reason="../shared/data/iflytek is absent on this machine"
)
def test_real_texts_are_used_when_present() -> None:
    texts = load_texts()
    assert texts.real
    assert len(texts.names) > 1000
    assert len(texts.paragraphs) > 1000
