"""Sample category tree and the attribute schema each leaf compares its offerings on.

Written for Xuanyong's sample dataset (示例数据). Attribute kinds: ``bool`` (yes/no), ``choice``
(one of), ``multi`` (several of), ``number`` (with ``unit``) and ``text``. Choices are
``(code, label)`` pairs; codes are what URLs and stored attribute values use.
"""

from __future__ import annotations

from typing import Any

Attr = dict[str, Any]


def _bool(key: str, label: str, help_text: str = "", group: str = "功能") -> Attr:
    return {"key": key, "label": label, "kind": "bool", "help": help_text, "group": group}


def _choice(key: str, label: str, choices: list[tuple[str, str]], group: str = "基本") -> Attr:
    return {"key": key, "label": label, "kind": "choice", "choices": choices, "group": group}


def _multi(key: str, label: str, choices: list[tuple[str, str]], group: str = "基本") -> Attr:
    return {"key": key, "label": label, "kind": "multi", "choices": choices, "group": group}


def _number(key: str, label: str, unit: str, group: str = "规格") -> Attr:
    return {"key": key, "label": label, "kind": "number", "unit": unit, "group": group}


INDUSTRIES = [
    ("retail", "零售"),
    ("catering", "餐饮"),
    ("manufacturing", "制造"),
    ("internet", "互联网"),
    ("education", "教育"),
    ("healthcare", "医疗"),
    ("realestate", "地产物业"),
    ("finance", "金融"),
]

COMPANY_SIZES = [
    ("micro", "1-20人"),
    ("small", "21-100人"),
    ("medium", "101-1000人"),
    ("large", "1000人以上"),
]

# Parents first; each leaf names its parent. Order is display order on the home page.
CATEGORIES: list[dict[str, Any]] = [
    {"name": "门店与零售", "parent": None, "description": "门店收银、会员、进销存与智慧社区设备。"},
    {
        "name": "企业管理软件",
        "parent": None,
        "description": "人事、财务、客户、资产与协同办公等经营管理系统。",
    },
    {"name": "营销与增长", "parent": None, "description": "直播、私域运营与营销自动化工具。"},
    {"name": "AI与技术开发", "parent": None, "description": "语音识别等 AI 能力与定制开发服务。"},
    {"name": "工商与知识产权", "parent": None, "description": "公司注册、商标与版权登记等企业服务。"},
    {
        "name": "收银系统",
        "parent": "门店与零售",
        "aliases": ["POS", "收款机", "收银软件"],
        "description": "门店收银、会员营销、库存与多门店连锁管理。",
        "attributes": [
            _multi("industry", "适用行业", [*INDUSTRIES[:2], ("beauty", "美业"), ("fresh", "生鲜")]),
            _bool("offline_mode", "断网收银", "断网时仍可收银，联网后自动同步"),
            _bool("chain_stores", "连锁多门店"),
            _bool("membership", "会员营销"),
            _bool("inventory", "进销存"),
            _multi(
                "payment",
                "支付方式",
                [("wechat", "微信支付"), ("alipay", "支付宝"), ("unionpay", "银联"), ("face", "刷脸支付")],
            ),
            _number("max_stores", "门店数上限", "家"),
        ],
    },
    {
        "name": "智能门禁与物业",
        "parent": "门店与零售",
        "aliases": ["门禁系统", "智慧社区", "物业管理系统"],
        "description": "小区与园区门禁、访客、人脸识别与物业收费。",
        "attributes": [
            _multi(
                "access_method",
                "开门方式",
                [
                    ("face", "人脸识别"),
                    ("qrcode", "二维码"),
                    ("card", "IC卡"),
                    ("bluetooth", "蓝牙"),
                    ("password", "密码"),
                ],
            ),
            _bool("visitor", "访客管理"),
            _bool("property_fee", "物业缴费"),
            _bool("hardware_included", "含硬件"),
            _choice(
                "scene",
                "适用场景",
                [("residential", "住宅小区"), ("office", "写字楼"), ("park", "产业园区"), ("school", "学校")],
            ),
            _number("max_doors", "支持门点数", "个"),
        ],
    },
    {
        "name": "人力资源管理",
        "parent": "企业管理软件",
        "aliases": ["HR", "人事软件", "人事系统", "eHR", "HRM"],
        "description": "组织人事、考勤排班、薪酬社保、招聘与绩效。",
        "attributes": [
            _multi(
                "modules",
                "功能模块",
                [
                    ("core", "组织人事"),
                    ("attendance", "考勤排班"),
                    ("payroll", "薪酬计算"),
                    ("recruit", "招聘"),
                    ("performance", "绩效"),
                    ("training", "培训"),
                ],
            ),
            _bool("social_insurance", "社保代缴"),
            _bool("mobile_clock", "手机打卡"),
            _choice("company_size", "适合规模", COMPANY_SIZES),
            _number("max_employees", "员工数上限", "人"),
        ],
    },
    {
        "name": "资产管理",
        "parent": "企业管理软件",
        "aliases": ["固定资产管理", "资产盘点", "EAM"],
        "description": "固定资产登记、领用、盘点、折旧与维保。",
        "attributes": [
            _multi("label_type", "标签类型", [("qrcode", "二维码"), ("rfid", "RFID"), ("barcode", "条形码")]),
            _bool("depreciation", "折旧计算"),
            _bool("mobile_inventory", "手机盘点"),
            _bool("maintenance", "维修保养"),
            _choice("company_size", "适合规模", COMPANY_SIZES),
            _number("max_assets", "资产数上限", "件"),
        ],
    },
    {
        "name": "CRM客户管理",
        "parent": "企业管理软件",
        "aliases": ["CRM", "客户关系管理", "销售管理"],
        "description": "线索、客户、商机、合同与销售过程管理。",
        "attributes": [
            _multi(
                "channel",
                "线索来源",
                [("web", "官网表单"), ("wechat", "微信"), ("phone", "电话"), ("ads", "广告投放")],
            ),
            _bool("sales_forecast", "销售预测"),
            _bool("call_center", "呼叫中心"),
            _bool("open_api", "开放 API"),
            _choice("company_size", "适合规模", COMPANY_SIZES),
            _number("max_users", "用户数上限", "人"),
        ],
    },
    {
        "name": "ERP系统",
        "parent": "企业管理软件",
        "aliases": ["ERP", "企业资源计划", "进销存"],
        "description": "采购、销售、库存、生产与财务一体化。",
        "attributes": [
            _multi(
                "modules",
                "功能模块",
                [
                    ("purchase", "采购"),
                    ("sales", "销售"),
                    ("inventory", "库存"),
                    ("production", "生产"),
                    ("finance", "财务"),
                ],
            ),
            _choice("industry", "主要行业", INDUSTRIES),
            _bool("multi_org", "多组织/多账套"),
            _bool("mrp", "MRP 运算"),
            _choice("company_size", "适合规模", COMPANY_SIZES),
        ],
    },
    {
        "name": "财务记账",
        "parent": "企业管理软件",
        "aliases": ["记账软件", "财务软件", "代理记账"],
        "description": "凭证、账簿、报表、发票与报税。",
        "attributes": [
            _bool("invoice", "发票管理"),
            _bool("tax_filing", "一键报税"),
            _bool("bank_sync", "银行流水同步"),
            _multi(
                "standard",
                "会计准则",
                [("small", "小企业会计准则"), ("enterprise", "企业会计准则"), ("npo", "民非会计制度")],
            ),
            _number("max_books", "账套数", "个"),
        ],
    },
    {
        "name": "协同办公",
        "parent": "企业管理软件",
        "aliases": ["OA", "办公自动化", "协同软件"],
        "description": "审批、公告、文档、日程与即时沟通。",
        "attributes": [
            _multi(
                "modules",
                "功能模块",
                [
                    ("approval", "审批流"),
                    ("docs", "文档协作"),
                    ("im", "即时沟通"),
                    ("calendar", "日程会议"),
                    ("project", "项目管理"),
                ],
            ),
            _bool("custom_form", "自定义表单"),
            _bool("sso", "单点登录"),
            _choice("company_size", "适合规模", COMPANY_SIZES),
            _number("storage_gb", "云存储", "GB"),
        ],
    },
    {
        "name": "直播软件",
        "parent": "营销与增长",
        "aliases": ["直播", "企业直播", "直播平台"],
        "description": "企业直播、带货直播、培训直播与海外直播。",
        "attributes": [
            _multi(
                "scene",
                "直播场景",
                [
                    ("ecommerce", "带货"),
                    ("training", "培训"),
                    ("conference", "发布会"),
                    ("overseas", "海外直播"),
                ],
            ),
            _bool("playback", "回放"),
            _bool("interaction", "互动抽奖"),
            _bool("data_report", "数据报表"),
            _number("max_viewers", "并发观看", "人"),
        ],
    },
    {
        "name": "营销与私域",
        "parent": "营销与增长",
        "aliases": ["私域运营", "SCRM", "营销自动化", "社群运营"],
        "description": "企业微信私域、社群运营、裂变与营销自动化。",
        "attributes": [
            _multi(
                "channel",
                "触达渠道",
                [("wecom", "企业微信"), ("sms", "短信"), ("miniprogram", "小程序"), ("official", "公众号")],
            ),
            _bool("fission", "裂变活动"),
            _bool("red_packet", "红包营销"),
            _bool("share_tracking", "分享追踪"),
            _number("max_contacts", "客户数上限", "人"),
        ],
    },
    {
        "name": "语音识别",
        "parent": "AI与技术开发",
        "aliases": ["语音引擎", "ASR", "语音转文字", "语音合成"],
        "description": "语音识别、语音合成、声纹与离线语音引擎。",
        "attributes": [
            _multi(
                "capability",
                "能力",
                [
                    ("asr", "语音识别"),
                    ("tts", "语音合成"),
                    ("voiceprint", "声纹识别"),
                    ("wakeup", "语音唤醒"),
                ],
            ),
            _bool("offline", "离线引擎"),
            _bool("dialect", "方言支持"),
            _choice("delivery", "交付方式", [("api", "云端 API"), ("sdk", "SDK"), ("onprem", "本地部署")]),
            _number("accuracy", "普通话识别准确率", "%"),
        ],
    },
    {
        "name": "电商系统开发",
        "parent": "AI与技术开发",
        "aliases": ["商城开发", "电商网站建设", "小程序商城", "定制开发"],
        "description": "B2C/B2B 商城、小程序商城与多商户平台的定制开发。",
        "attributes": [
            _multi(
                "platform",
                "交付端",
                [("web", "PC商城"), ("h5", "H5"), ("miniprogram", "小程序"), ("app", "App")],
            ),
            _choice(
                "model", "业务模式", [("b2c", "B2C"), ("b2b", "B2B"), ("multi", "多商户"), ("o2o", "O2O")]
            ),
            _bool("source_code", "交付源码"),
            _number("delivery_days", "交付周期", "天"),
        ],
    },
    {
        "name": "工商注册",
        "parent": "工商与知识产权",
        "aliases": ["公司注册", "注册公司", "营业执照办理"],
        "description": "有限公司、个体户与分公司的注册、变更与注销。",
        "attributes": [
            _multi(
                "company_type",
                "公司类型",
                [
                    ("llc", "有限责任公司"),
                    ("individual", "个体工商户"),
                    ("branch", "分公司"),
                    ("foreign", "外资公司"),
                ],
            ),
            _bool("address", "提供注册地址"),
            _bool("bank_account", "协助银行开户"),
            _number("days", "办理周期", "工作日"),
        ],
    },
    {
        "name": "版权登记",
        "parent": "工商与知识产权",
        "aliases": ["著作权登记", "软著", "软件著作权", "作品登记"],
        "description": "软件著作权与美术、文字等作品的版权登记。",
        "attributes": [
            _multi(
                "work_type",
                "作品类型",
                [
                    ("software", "计算机软件"),
                    ("art", "美术作品"),
                    ("text", "文字作品"),
                    ("video", "视听作品"),
                ],
            ),
            _bool("urgent", "加急办理"),
            _bool("refund", "不通过退款"),
            _number("days", "办理周期", "工作日"),
        ],
    },
    {
        "name": "商标注册",
        "parent": "工商与知识产权",
        "aliases": ["商标申请", "商标查询", "TM"],
        "description": "商标查询、申请、驳回复审与国际商标。",
        "attributes": [
            _multi(
                "service",
                "服务内容",
                [
                    ("apply", "商标申请"),
                    ("review", "驳回复审"),
                    ("transfer", "商标转让"),
                    ("international", "国际商标"),
                ],
            ),
            _bool("search_report", "近似查询报告"),
            _bool("refund", "不通过退款"),
            _number("days", "递交周期", "工作日"),
        ],
    },
]
