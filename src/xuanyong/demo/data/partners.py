"""Fictional partner brands for the sample dataset (示例数据)."""

from __future__ import annotations

from typing import Any

PARTNERS: list[dict[str, Any]] = [
    {
        "name": "青禾本草",
        "introduction": "青禾本草是成都青禾健康科技有限公司于2015年3月注册的第5类医疗用品品牌，注册号：示例-1688021。"
        "品牌专注中药饮片与理疗产品，从选材、炮制到门店服务由核心团队全程把关，在西南地区开设二十余家社区理疗门店。",
        "trademark_class": "第5类 医疗用品",
        "registration_no": "示例-1688021",
        "link": "https://qinghe-bencao.example",
    },
    {
        "name": "拾光咖啡",
        "introduction": "拾光咖啡是厦门拾光餐饮管理有限公司于2017年注册的第43类餐饮服务品牌，注册号：示例-2203117。"
        "在福建、广东经营六十余家社区咖啡店，门店收银与会员体系全部上云，是本站收银系统栏目的长期合作案例。",
        "trademark_class": "第43类 餐饮住宿",
        "registration_no": "示例-2203117",
        "link": "https://shiguang-coffee.example",
    },
    {
        "name": "匠工坊",
        "introduction": "匠工坊是宁波匠工智能装备有限公司于2012年注册的第7类机械设备品牌，注册号：示例-1033562。"
        "主营小型数控设备与产线改造，近年与多家 ERP、资产管理服务商合作推进车间数字化。",
        "trademark_class": "第7类 机械设备",
        "registration_no": "示例-1033562",
        "link": "https://jianggongfang.example",
    },
    {
        "name": "云栖学堂",
        "introduction": "云栖学堂是杭州云栖教育科技有限公司于2019年注册的第41类教育培训品牌，注册号：示例-3390245。"
        "提供企业数字化运营与合规培训课程，长期与选用合作发布选型指南与直播课。",
        "trademark_class": "第41类 教育娱乐",
        "registration_no": "示例-3390245",
        "link": "https://yunqi-xuetang.example",
    },
    {
        "name": "安居物联",
        "introduction": "安居物联是深圳安居物联网技术有限公司于2016年注册的第9类电子设备品牌，注册号：示例-1902788。"
        "生产人脸识别门禁终端与访客机，设备已在华南三百余个住宅小区与产业园区部署。",
        "trademark_class": "第9类 科学仪器",
        "registration_no": "示例-1902788",
        "link": "https://anju-iot.example",
    },
    {
        "name": "鲜邻生活",
        "introduction": "鲜邻生活是武汉鲜邻商贸有限公司于2018年注册的第35类商业服务品牌，注册号：示例-2755604。"
        "在华中地区经营社区生鲜便利店，门店通过收银系统与私域社群联动，客单价与复购率持续提升。",
        "trademark_class": "第35类 广告销售",
        "registration_no": "示例-2755604",
        "link": "https://xianlin.example",
    },
]
