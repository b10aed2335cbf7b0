"""Every upload is checked by what its bytes are, not by its name: logos, covers, partner logos,
takedown evidence and review proofs."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from xuanyong.catalog.models import Vendor
from xuanyong.content.models import Article, TakedownRequest
from xuanyong.lib.uploads import check_upload
from xuanyong.web.models import PartnerBrand

from ..factories import ArticleFactory

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
JPG = b"\xff\xd8\xff\xe0" + b"\0" * 64
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

IMAGE_FIELDS = [(Vendor, "logo"), (Article, "cover"), (PartnerBrand, "logo")]


def _validate(model: type, field: str, name: str, content: bytes) -> None:
    upload = SimpleUploadedFile(name, content)
    model_field = model._meta.get_field(field)
    value = model_field.attr_class(model(), model_field, upload.name)  # a new, uncommitted FieldFile
    value.file, value._committed = upload, False
    model_field.run_validators(value)


@pytest.mark.parametrize(("model", "field"), IMAGE_FIELDS)
@pytest.mark.parametrize(("name", "content"), [("logo.png", PNG), ("照片.JPG", JPG)])
def test_real_images_are_accepted(model: type, field: str, name: str, content: bytes) -> None:
    _validate(model, field, name, content)


@pytest.mark.parametrize(("model", "field"), IMAGE_FIELDS)
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", SVG, "只支持 PNG、JPG、WebP 或 GIF 格式的图片。"),
        ("logo.png", b"MZ\x90\x00" + b"\0" * 64, "只支持 PNG、JPG、WebP 或 GIF 格式的图片。"),
        ("logo.png", b"<html><script>alert(1)</script>", "只支持 PNG、JPG、WebP 或 GIF 格式的图片。"),
        ("logo.png", PNG + b"\0" * (2 * 1024 * 1024), "图片不能超过 2 MB。"),
    ],
)
def test_anything_else_is_refused_in_chinese(
    model: type, field: str, name: str, content: bytes, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _validate(model, field, name, content)
    assert refused.value.messages == [message]


@pytest.mark.django_db
@override_settings(SECURITY_MAX_REQUEST_MB=1)
def test_a_body_over_the_limit_is_refused_before_any_view_reads_it(client: Client) -> None:
    article = ArticleFactory(status=Article.Status.PUBLISHED)
    data = {"claimant": "某律所", "contact": "13800138000", "right": "copyright", "evidence": "说明" * 10,
            "good_faith": "on", "evidence_file": SimpleUploadedFile("证据.pdf", b"%PDF-1.4\n" + b"0" * 1_200_000)}  # fmt: skip
    response = client.post(f"/a/{article.slug}/takedown/", data)
    assert response.status_code == 413
    assert "提交的内容过大（超过 1 MB），未保存" in response.content.decode()
    assert not TakedownRequest.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "kinds", "detected"),
    [
        ("截图.jpg", PNG, ("pdf", "png", "jpg", "jpeg"), "png"),  # saved under the wrong name
        (
            "合同.pdf",
            b"\r\n%PDF-1.7\n" + b"0" * 64,
            ("pdf", "png", "jpg", "jpeg"),
            "pdf",
        ),  # junk before %PDF-
        ("说明.txt", "\ufeff证据说明".encode("utf-16"), ("pdf", "txt"), "txt"),  # Notepad's "Unicode"
    ],
)
def test_real_files_are_taken_for_what_their_bytes_say(
    name: str, content: bytes, kinds: tuple[str, ...], detected: str
) -> None:
    upload = SimpleUploadedFile(name, content)
    assert check_upload(upload, kinds=kinds, max_bytes=1024 * 1024) == detected
