from __future__ import annotations

from django.db import migrations

DEFAULT_SYNONYMS = [
    "收银系统, POS, 收款机, 收银软件",
    "人事, HR, 人力资源, 人事软件, 人事系统",
    "CRM, 客户关系管理, 客户管理",
    "ERP, 企业资源计划",
    "OA, 协同办公, 办公自动化",
    "软著, 软件著作权, 计算机软件著作权",
    "版权登记, 著作权登记",
    "工商注册, 公司注册, 注册公司",
    "门禁, 门禁系统, 智能门禁",
    "语音识别, ASR, 语音转文字",
    "直播, 直播软件, 直播平台",
    "记账, 财务软件, 记账软件",
    "私域, SCRM, 社群运营",
]


def seed(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for terms in DEFAULT_SYNONYMS:
        SynonymGroup.objects.create(terms=terms)


def unseed(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    apps.get_model("search", "SynonymGroup").objects.filter(terms__in=DEFAULT_SYNONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_backend_index")]
    operations = [migrations.RunPython(seed, unseed)]
