"""Sample vendors and offerings, part B (示例数据).

Covers 协同办公, 直播软件, 营销与私域, 语音识别, 电商系统开发, 工商注册, 版权登记 and 商标注册.
Every company, brand, hotline and website here is fictional; websites use the reserved
``.example`` TLD. Fee items (``fees``) feed the registration fee estimator: ``per == "item"``
is multiplied by the number of works / classes, and ``when`` restricts an item to one value
of an estimator parameter (work_type, urgency, company_type).
"""

from __future__ import annotations

from typing import Any

SAMR = "https://www.samr.gov.cn/"
CCOPYRIGHT = "https://www.ccopyright.com.cn/"
CNIPA_TM = "https://sbj.cnipa.gov.cn/"

VENDORS: list[dict[str, Any]] = [
    {
        "key": "b_qingque",
        "name": "青雀",
        "legal_name": "杭州青雀科技有限公司",
        "city": "杭州",
        "founded": 2015,
        "verified": True,
        "hotline": "400-816-2731",
        "website": "https://qingque.example",
        "description": "面向中小企业的办公与客户运营 SaaS 厂商，产品线包括青雀工作台、青雀OA 私有化版和青雀私域助手。"
        "研发团队约 180 人，在杭州、武汉设有研发中心，累计服务超过 4 万家付费企业，以“开箱即用、按需扩展”为产品原则。",
    },
    {
        "key": "b_zhanqiao",
        "name": "栈桥",
        "legal_name": "成都栈桥科技有限公司",
        "city": "成都",
        "founded": 2017,
        "verified": True,
        "hotline": "400-622-0917",
        "website": "https://zhanqiao.example",
        "description": "专注项目制组织的协作软件公司，客户以设计院、咨询公司、工程监理和培训机构为主。"
        "旗下栈桥协同与栈桥直播课堂共用一套组织架构与账号体系，强调跨地域团队的沟通效率。公司提供 30 天免费试用和一对一上线辅导。",
    },
    {
        "key": "b_mumian",
        "name": "木棉",
        "legal_name": "广州木棉科技有限公司",
        "city": "广州",
        "founded": 2019,
        "verified": False,
        "hotline": "400-930-5582",
        "website": "https://mumian.example",
        "description": "一支十余人的小团队，做一件小事：让门店和小微企业的请假、报销、采购审批不再靠微信群接龙。"
        "产品以小程序为主入口，免费版长期可用，主要靠高级表单与数据导出收费。目前已有超过一万支小团队在日常使用。",
    },
    {
        "key": "b_yantai",
        "name": "砚台",
        "legal_name": "北京砚台科技有限公司",
        "city": "北京",
        "founded": 2016,
        "verified": True,
        "hotline": "400-717-3306",
        "website": "https://yantai.example",
        "description": "研发管理与项目协作工具提供商，创始团队来自大型互联网公司的工程效能部门。"
        "产品覆盖需求、迭代、缺陷与知识库，服务软件公司、硬件研发团队及高校实验室，支持与代码托管平台双向关联。产品支持私有化部署评估，并提供高校免费计划。",
    },
    {
        "key": "b_tuoan",
        "name": "拓岸",
        "legal_name": "济南拓岸科技有限公司",
        "city": "济南",
        "founded": 2011,
        "verified": True,
        "hotline": "400-531-6620",
        "website": "https://tuoan.example",
        "description": "深耕山东及华北市场十余年的管理软件企业，早期以公文流转系统起家，后扩展到呼叫中心语音质检。"
        "客户集中在制造业、国有企业和公共事业单位，提供本地化实施与驻场运维团队。公司拥有软件企业与信息系统集成相关资质。",
    },
    {
        "key": "b_luming",
        "name": "鹿鸣",
        "legal_name": "上海鹿鸣科技有限公司",
        "city": "上海",
        "founded": 2020,
        "verified": False,
        "hotline": "400-021-8845",
        "website": "https://luming.example",
        "description": "在线文档与团队知识库产品公司，核心产品鹿鸣文档支持多人实时编辑、表格与白板。"
        "团队重视写作体验与排版细节，用户以内容团队、咨询顾问和初创公司为主。公司提供教育公益计划，师生可免费使用团队版。",
    },
    {
        "key": "b_chongyan",
        "name": "崇岩",
        "legal_name": "重庆崇岩科技有限公司",
        "city": "重庆",
        "founded": 2009,
        "verified": True,
        "hotline": "400-023-7719",
        "website": "https://chongyan.example",
        "description": "服务大型集团与政企客户的软件集成商，擅长多法人、多级组织下的协同平台建设，以及会议、庭审场景的语音转写一体机。"
        "产品完成了国产芯片、操作系统与数据库的适配，在西南地区设有 6 个实施服务点。",
    },
    {
        "key": "b_xingfan",
        "name": "星帆",
        "legal_name": "杭州星帆科技有限公司",
        "city": "杭州",
        "founded": 2018,
        "verified": True,
        "hotline": "400-571-2068",
        "website": "https://xingfan.example",
        "description": "品牌自播与直播电商技术服务商，提供小程序直播间、出海直播和直播后私域沉淀工具。"
        "服务过服饰、美妆、食品等行业的 3000 余个品牌，在新加坡设有海外运维节点。公司同时提供直播间搭建、主播培训与代运营咨询服务。",
    },
    {
        "key": "b_shengyu",
        "name": "声屿",
        "legal_name": "深圳声屿科技有限公司",
        "city": "深圳",
        "founded": 2014,
        "verified": True,
        "hotline": "400-755-3190",
        "website": "https://shengyu.example",
        "description": "以语音技术为核心的 AI 公司，自研语音识别、语音合成与唤醒引擎，并将实时字幕能力用于企业直播产品。"
        "提供云端 API、终端 SDK 与企业直播三条产品线，客户覆盖智能硬件、在线教育与金融机构。公司拥有语音相关发明专利四十余项。",
    },
    {
        "key": "b_yuanfan",
        "name": "远帆",
        "legal_name": "厦门远帆科技有限公司",
        "city": "厦门",
        "founded": 2019,
        "verified": False,
        "hotline": "400-592-6613",
        "website": "https://yuanfan.example",
        "description": "面向跨境卖家的出海工具与技术服务公司，提供海外直播矩阵工具和独立站建站开发。"
        "团队熟悉海外支付、物流与合规要求，主要客户为福建、广东的外贸工厂与跨境电商公司。公司在深圳设有直播样板间，可预约现场体验。",
    },
    {
        "key": "b_chengguo",
        "name": "橙果",
        "legal_name": "广州橙果科技有限公司",
        "city": "广州",
        "founded": 2017,
        "verified": True,
        "hotline": "400-020-4471",
        "website": "https://chengguo.example",
        "description": "直播电商与社群营销工具开发商，产品包括直播中控助手、社群裂变工具，也承接直播电商 App 的定制开发。"
        "核心用户是中小商家和直播代运营机构，注重工具的上手速度和性价比。公司定期举办线下直播运营沙龙，分享一线经验。",
    },
    {
        "key": "b_yunlu",
        "name": "云麓",
        "legal_name": "长沙云麓科技有限公司",
        "city": "长沙",
        "founded": 2013,
        "verified": True,
        "hotline": "400-731-5528",
        "website": "https://yunlu.example",
        "description": "湖南本地的软件开发与音视频服务企业，提供可私有化部署的直播平台，并承接社区团购等电商系统定制开发。"
        "客户包括医院、高校、银行分行及本地零售连锁，具备等保三级项目交付经验。公司在长沙自建机房，可为本地客户提供托管服务。",
    },
    {
        "key": "b_miquan",
        "name": "蜜圈",
        "legal_name": "杭州蜜圈科技有限公司",
        "city": "杭州",
        "founded": 2018,
        "verified": True,
        "hotline": "400-571-9032",
        "website": "https://miquan.example",
        "description": "消费品牌私域运营 SCRM 服务商，专注美妆、母婴、个护等复购型品类。"
        "除软件外还提供私域陪跑顾问服务，帮助品牌搭建会员分层、导购激励与内容 SOP 体系。目前服务的品牌超过六百个，其中不少来自江浙沪的新消费企业。",
    },
    {
        "key": "b_yanxing",
        "name": "雁行",
        "legal_name": "上海雁行科技有限公司",
        "city": "上海",
        "founded": 2016,
        "verified": True,
        "hotline": "400-021-5167",
        "website": "https://yanxing.example",
        "description": "B2B 营销自动化与线上研讨会平台提供商，帮助工业品、企业软件和医疗器械企业获取并培育销售线索。"
        "产品支持中英文双语界面，服务了一批有海外客户的出海企业。团队中有多名来自外企市场部的资深顾问，可提供营销策略咨询。",
    },
    {
        "key": "b_zhiyu",
        "name": "枝语",
        "legal_name": "苏州枝语科技有限公司",
        "city": "苏州",
        "founded": 2015,
        "verified": False,
        "hotline": "400-512-8804",
        "website": "https://zhiyu.example",
        "description": "服务大中型连锁零售企业的私域与导购数字化厂商，客户门店规模多在数百至数千家。"
        "提供混合部署方案，可与企业现有会员、订单与商品系统深度对接。实施顾问普遍拥有零售行业背景，熟悉门店一线的运营方式与考核机制。",
    },
    {
        "key": "b_huixiang",
        "name": "回响",
        "legal_name": "北京回响科技有限公司",
        "city": "北京",
        "founded": 2016,
        "verified": True,
        "hotline": "400-010-3356",
        "website": "https://huixiang.example",
        "description": "以短信和公众号消息为主要触达渠道的客户运营平台，擅长人群圈选、触达频控与 A/B 测试。"
        "客户主要来自教育培训、保险经纪和本地生活服务行业。平台已接入多家短信通道服务商，可按地区和运营商自动切换线路。",
    },
    {
        "key": "b_lizi",
        "name": "栗子",
        "legal_name": "武汉栗子科技有限公司",
        "city": "武汉",
        "founded": 2017,
        "verified": True,
        "hotline": "400-027-6620",
        "website": "https://lizi.example",
        "description": "餐饮与茶饮门店数字化服务商，提供会员储值、优惠券和社群运营工具，也为连锁品牌定制外卖配送系统。"
        "在华中地区服务超过 8000 家门店，拥有本地地推与培训团队。公司还为合作门店提供开业活动策划与店长运营培训课程。",
    },
    {
        "key": "b_wenlan",
        "name": "闻澜",
        "legal_name": "合肥闻澜科技有限公司",
        "city": "合肥",
        "founded": 2016,
        "verified": True,
        "hotline": "400-551-2940",
        "website": "https://wenlan.example",
        "description": "专注方言识别与声纹技术的语音 AI 企业，自建覆盖 20 余种方言和地方口音的语料库。"
        "产品以 API 与本地化部署两种方式交付，客户包括地方政务热线、银行远程开户和保险回访场景。团队与多所高校的语音实验室保持联合研究合作。",
    },
    {
        "key": "b_luzhi",
        "name": "录知",
        "legal_name": "北京录知科技有限公司",
        "city": "北京",
        "founded": 2021,
        "verified": False,
        "hotline": "400-010-7738",
        "website": "https://luzhi.example",
        "description": "会议录音转写与纪要整理工具的开发商，面向记者、研究员、律师和销售团队。"
        "产品主打多端同步和说话人区分，个人用户可免费使用基础转写额度。团队规模不大，但更新节奏很快，基本保持每两周发布一个新版本。",
    },
    {
        "key": "b_lingbo",
        "name": "凌波",
        "legal_name": "深圳凌波科技有限公司",
        "city": "深圳",
        "founded": 2018,
        "verified": False,
        "hotline": "400-755-8126",
        "website": "https://lingbo.example",
        "description": "嵌入式语音方案公司，为家电、照明、车载后装和玩具厂商提供离线唤醒与命令词识别算法。"
        "已适配多款主流语音芯片与 MCU，可提供从声学结构评审到量产测试的一站式支持。方案已累计出货超过千万台设备，覆盖多个家电品类。",
    },
    {
        "key": "b_mazhou",
        "name": "码舟",
        "legal_name": "杭州码舟科技有限公司",
        "city": "杭州",
        "founded": 2014,
        "verified": True,
        "hotline": "400-571-0386",
        "website": "https://mazhou.example",
        "description": "软件定制开发服务商，团队 120 余人，主要承接 B2C 商城、B2B 订货系统等电商项目。"
        "因长期为客户交付软件，延伸出软件著作权登记的一站式服务，帮助客户完成材料整理与申报。公司拥有完整的项目管理与测试体系，交付后提供源码与运维文档。",
    },
    {
        "key": "b_qingyou",
        "name": "青柚",
        "legal_name": "广州青柚科技有限公司",
        "city": "广州",
        "founded": 2018,
        "verified": True,
        "hotline": "400-020-9157",
        "website": "https://qingyou.example",
        "description": "小程序商城与多商户平台开发服务商，基于自有电商中台快速搭建，兼顾交付速度与后续扩展。"
        "客户以服装批发、农产品、本地生活和区域电商平台运营方为主。公司自有电商中台已迭代五年，常用营销插件超过六十个。",
    },
    {
        "key": "b_licheng",
        "name": "立诚",
        "legal_name": "深圳立诚企业管理咨询有限公司",
        "city": "深圳",
        "founded": 2012,
        "verified": True,
        "hotline": "400-755-1208",
        "website": "https://licheng.example",
        "description": "深圳老牌工商财税服务机构，提供公司注册、个体户执照代办、软件著作权登记及代理记账服务。"
        "在南山、福田、宝安设有线下服务网点，累计协助设立企业超过 2 万家。顾问团队熟悉深圳各区的登记政策，可提供从注册到记账报税的全周期服务。",
    },
    {
        "key": "b_hengzhou",
        "name": "衡舟",
        "legal_name": "上海衡舟企业管理咨询有限公司",
        "city": "上海",
        "founded": 2010,
        "verified": True,
        "hotline": "400-021-6690",
        "website": "https://hengzhou.example",
        "description": "专注外资企业落地与跨区域扩张的企业服务机构，提供外商投资企业设立、分公司设立、外汇登记与后续合规服务。"
        "顾问团队可使用中文、英文和日文沟通。已协助来自二十多个国家和地区的投资者在上海及长三角设立企业。",
    },
    {
        "key": "b_xiaohe",
        "name": "小禾",
        "legal_name": "成都小禾企业管理咨询有限公司",
        "city": "成都",
        "founded": 2019,
        "verified": False,
        "hotline": "400-028-3365",
        "website": "https://xiaohe.example",
        "description": "面向创业者的线上企业服务品牌，提供开公司、商标注册和软著登记等标准化服务，全流程线上办理。"
        "以透明报价和进度实时推送为卖点，主要客户是首次创业的个人和小团队。所有服务均明码标价，官费与代理费分开列示。",
    },
    {
        "key": "b_zhongnuo",
        "name": "众诺",
        "legal_name": "北京众诺企业管理咨询有限公司",
        "city": "北京",
        "founded": 2013,
        "verified": True,
        "hotline": "400-010-5520",
        "website": "https://zhongnuo.example",
        "description": "北京本地工商与知识产权服务机构，提供公司注册、注册地址、商标申请与复审等服务。"
        "坚持顾问一对一跟进并可线下陪同办理，客户以科技初创企业和文化传媒公司居多。公司与北京多个区的孵化器和众创空间长期合作，为入驻团队提供注册地址与配套服务。",
    },
    {
        "key": "b_fangcun",
        "name": "方寸",
        "legal_name": "杭州方寸知识产权代理有限公司",
        "city": "杭州",
        "founded": 2015,
        "verified": True,
        "hotline": "400-571-7743",
        "website": "https://fangcun.example",
        "description": "综合性知识产权与企业服务机构，业务涵盖商标、版权登记和工商注册。"
        "拥有专职商标代理人与版权顾问，服务过大量电商卖家、设计工作室和中小制造企业。公司在杭州、义乌设有服务点，便于当面沟通办理。",
    },
    {
        "key": "b_mozheng",
        "name": "墨证",
        "legal_name": "北京墨证知识产权代理有限公司",
        "city": "北京",
        "founded": 2014,
        "verified": True,
        "hotline": "400-010-2287",
        "website": "https://mozheng.example",
        "description": "以软件著作权登记见长的知识产权代理机构，每年办理软著登记数千件，熟悉高新技术企业认定中的知识产权要求。"
        "同时提供国内及马德里国际商标申请服务。公司提供不通过退款承诺，补正材料免费处理，并为客户建立知识产权台账。",
    },
    {
        "key": "b_huali",
        "name": "画里",
        "legal_name": "上海画里知识产权代理有限公司",
        "city": "上海",
        "founded": 2018,
        "verified": False,
        "hotline": "400-021-0964",
        "website": "https://huali.example",
        "description": "服务设计师、插画师和动画工作室的版权服务机构，专注美术作品与视听作品登记。"
        "支持系列作品批量登记，并提供作品存证与侵权监测咨询。团队成员多有美术或设计专业背景，理解创作者的实际需求。",
    },
    {
        "key": "b_zhujian",
        "name": "竹简",
        "legal_name": "南京竹简知识产权代理有限公司",
        "city": "南京",
        "founded": 2016,
        "verified": True,
        "hotline": "400-025-4418",
        "website": "https://zhujian.example",
        "description": "面向网络作者、编剧、教辅编写者和自媒体的文字作品版权登记服务机构。"
        "团队熟悉小说、剧本、课程讲义等不同文本的登记要求，可协助完成权属证明材料的整理。公司与多家写作平台和编剧社群建立了长期合作关系。",
    },
    {
        "key": "b_lanbiao",
        "name": "岚标",
        "legal_name": "广州岚标知识产权代理有限公司",
        "city": "广州",
        "founded": 2012,
        "verified": True,
        "hotline": "400-020-6631",
        "website": "https://lanbiao.example",
        "description": "专业商标代理机构，提供商标检索、申请、变更续展以及马德里国际注册服务。"
        "服务对象以珠三角的消费品制造企业和出口型工厂为主，拥有多名具备十年以上经验的商标代理人。累计代理商标申请超过三万件。",
    },
    {
        "key": "b_jianyu",
        "name": "鉴宇",
        "legal_name": "北京鉴宇知识产权代理有限公司",
        "city": "北京",
        "founded": 2013,
        "verified": True,
        "hotline": "400-010-8893",
        "website": "https://jianyu.example",
        "description": "聚焦商标驳回复审、异议与无效宣告等确权业务的代理机构，团队多名成员具有法律职业资格。"
        "擅长分析驳回理由与引证商标，为客户制定复审策略和证据方案。团队累计办理复审与异议案件逾五千件。",
    },
]

OFFERINGS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ 协同办公
    {
        "name": "青雀工作台",
        "vendor": "b_qingque",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Qingque Workspace"],
        "tagline": "审批、文档与即时沟通合一的轻量办公平台",
        "description": (
            "青雀工作台把日常办公最常用的审批、通讯录、群聊、文档和日程放在同一个应用里，"
            "管理员半天即可完成组织架构导入和常用审批配置。免费版不限人数，适合先在一个部门试用再逐步推广。\n\n"
            "## 核心功能\n\n"
            "- 40 余个审批模板（请假、报销、用印、采购），支持条件分支与会签\n"
            "- 拖拽式自定义表单，表单数据可直接生成统计图表\n"
            "- 部门群、项目群自动建群，消息已读未读一目了然\n"
            "- 在线文档与表格，支持评论、@提醒与历史版本\n"
            "- 日程共享和会议室预定，日程冲突自动提示\n\n"
            "## 适用客户\n\n"
            "20 至 300 人的成长型企业，尤其是门店与总部分离、需要随时在手机上处理审批的商贸、服务和连锁企业。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 18,
        "price_unit": "元/用户/月",
        "free_trial": True,
        "attributes": {
            "modules": ["approval", "docs", "im", "calendar"],
            "custom_form": True,
            "sso": False,
            "company_size": "small",
            "storage_gb": 100,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/用户/月",
                "billing_period": "month",
                "features": ["不限人数", "基础审批模板", "团队共享 10GB 存储", "群聊与通讯录"],
            },
            {
                "name": "标准版",
                "price": 9,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": ["自定义表单", "审批数据统计", "100GB 团队存储", "管理后台操作日志"],
            },
            {
                "name": "专业版",
                "price": 18,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": [
                    "高级流程（会签、条件分支）",
                    "开放 API",
                    "水印与防截屏",
                    "1TB 团队存储",
                    "专属客户成功经理",
                ],
            },
        ],
    },
    {
        "name": "青雀OA 私有化版",
        "vendor": "b_qingque",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Qingque OA On-Premise"],
        "tagline": "部署在自有机房的企业级协同与流程中台",
        "description": (
            "青雀OA 私有化版是面向中大型企业的本地部署版本，数据完全留存在客户自有服务器或专属云上，"
            "在青雀工作台的基础上增加了项目管理、流程引擎和组织权限的深度定制能力。\n\n"
            "## 核心功能\n\n"
            "- 可视化流程引擎，支持跨系统审批回调与超时自动升级\n"
            "- 三员分立的权限模型，满足审计与等保要求\n"
            "- 对接企业现有 LDAP/AD 账号体系，实现统一身份认证与单点登录\n"
            "- 项目看板、任务分解与工时填报\n"
            "- 提供数据库与文件存储的冷热备份方案\n\n"
            "## 适用客户\n\n"
            "员工规模在 1000 人以上、对数据驻留有明确要求的企业，如金融、能源和大型制造集团；"
            "通常由青雀实施团队在 6 到 10 周内完成部署、数据迁移和培训。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows", "ios", "android"],
        "pricing_model": "quote",
        "price_min": 120000,
        "price_max": None,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "modules": ["approval", "docs", "im", "project"],
            "custom_form": True,
            "sso": True,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "标准授权",
                "price": 120000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["500 用户授权", "标准部署与培训", "一年免费升级", "工作日远程支持"],
            },
            {
                "name": "集团版",
                "price": None,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["不限用户数", "多法人多组织", "驻场实施", "定制开发", "7×24 小时运维响应"],
            },
        ],
    },
    {
        "name": "栈桥协同 Bridgeflow",
        "vendor": "b_zhanqiao",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Bridgeflow"],
        "tagline": "为项目制团队设计的跨地域协同平台",
        "description": (
            "设计院、工程咨询和审计团队往往同时推进几十个项目，成员分散在不同城市甚至现场。"
            "栈桥协同以“项目”为一级对象组织沟通、审批和日程，每个项目自带群组、里程碑和文件夹，项目结束后一键归档。\n\n"
            "## 核心功能\n\n"
            "- 项目空间：任务、里程碑、甘特图与项目群聊联动\n"
            "- 出差、用车、用章审批可关联到具体项目，便于成本归集\n"
            "- 成员日程与会议室统一视图，跨城市会议自动换算时区\n"
            "- 与企业统一身份平台对接的单点登录\n"
            "- 外部协作者访客账号，按项目授权、到期自动失效\n\n"
            "## 适用客户\n\n"
            "100 至 1000 人、以项目交付为主营模式的专业服务企业，如建筑设计、工程监理、管理咨询和会计师事务所。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 15,
        "price_max": 35,
        "price_unit": "元/用户/月",
        "free_trial": True,
        "attributes": {
            "modules": ["approval", "im", "calendar", "project"],
            "custom_form": True,
            "sso": True,
            "company_size": "medium",
            "storage_gb": 500,
        },
        "plans": [
            {
                "name": "团队版",
                "price": 15,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": ["不限项目数", "项目群与任务看板", "基础审批", "500GB 存储"],
            },
            {
                "name": "企业版",
                "price": 35,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": ["项目成本归集", "单点登录", "外部协作者", "审计日志", "专属实施顾问"],
            },
        ],
    },
    {
        "name": "木棉审批",
        "vendor": "b_mumian",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Mumian Approve"],
        "tagline": "扫码即用的小微企业审批小程序",
        "description": (
            "木棉审批只做审批这一件事。老板在小程序里创建团队，员工扫码加入，请假、报销、采购申请随手提交，"
            "审批结果实时推送到微信服务通知，不需要安装任何 App。\n\n"
            "## 核心功能\n\n"
            "- 常用审批模板一键启用，也可自己拖拽设计表单\n"
            "- 报销单支持拍照上传票据并自动汇总金额\n"
            "- 审批抄送、转交与催办提醒\n"
            "- 按月导出审批数据到 Excel，方便交给会计\n\n"
            "## 适用客户\n\n"
            "餐饮门店、美容美发、小型贸易公司和工作室等 50 人以下团队。"
            "免费版可满足多数 10 人以内团队，人多了或需要导出与统计时再升级高级版。数据存储在国内云服务器，支持随时导出备份。"
        ),
        "deployment": "saas",
        "platforms": ["miniprogram", "web"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 6,
        "price_unit": "元/用户/月",
        "free_trial": False,
        "attributes": {
            "modules": ["approval"],
            "custom_form": True,
            "sso": False,
            "company_size": "micro",
            "storage_gb": 10,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/用户/月",
                "billing_period": "",
                "features": ["最多 10 人", "8 个常用审批模板", "审批消息推送"],
            },
            {
                "name": "高级版",
                "price": 6,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": ["不限人数", "自定义表单", "Excel 导出", "票据识别", "10GB 附件存储"],
            },
        ],
    },
    {
        "name": "砚台项目协作 Inkstone",
        "vendor": "b_yantai",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Inkstone", "Yantai PM"],
        "tagline": "研发团队的需求、迭代与文档协作工具",
        "description": (
            "砚台项目协作面向软件与硬件研发团队，把需求池、迭代计划、缺陷跟踪和技术文档串成一条线。"
            "每条需求都能追溯到设计文档、提交记录和测试结果，减少“这个功能为什么这么做”的反复询问。\n\n"
            "## 核心功能\n\n"
            "- Scrum 与看板两种迭代模式，燃尽图与累积流图自动生成\n"
            "- 需求、任务、缺陷三类工作项自定义字段与状态流\n"
            "- 团队知识库与接口文档，支持 Markdown 和代码块高亮\n"
            "- 迭代日程与评审会议排期\n"
            "- 与代码托管平台双向关联，提交信息自动更新工作项状态\n\n"
            "## 适用客户\n\n"
            "20 至 200 人的研发团队，包括 SaaS 创业公司、企业内部 IT 部门、智能硬件公司和高校科研课题组。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 25,
        "price_max": 49,
        "price_unit": "元/用户/月",
        "free_trial": True,
        "attributes": {
            "modules": ["project", "docs", "calendar"],
            "custom_form": False,
            "sso": True,
            "company_size": "small",
            "storage_gb": 200,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 25,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": ["迭代与看板", "缺陷跟踪", "团队知识库", "200GB 存储"],
            },
            {
                "name": "企业版",
                "price": 49,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": ["跨项目集管理", "效能度量报表", "单点登录", "细粒度权限", "代码平台集成"],
            },
        ],
    },
    {
        "name": "拓岸云OA",
        "vendor": "b_tuoan",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Tuoan OA"],
        "tagline": "适配国产环境的公文流转与行政办公系统",
        "description": (
            "拓岸云OA 源自公文管理系统，对红头文件、收发文登记、领导批示和督查督办等流程有成熟的模板。"
            "支持公有云租用，也可部署在客户机房，两种方式可混合使用：集团总部本地部署，下属单位走云端。\n\n"
            "## 核心功能\n\n"
            "- 发文、收文、签报全流程，支持套红、电子签章与痕迹保留\n"
            "- 督查督办台账，逾期自动预警\n"
            "- 会议管理：会议通知、签到、纪要与决议跟踪\n"
            "- 已完成国产 CPU、操作系统、数据库与中间件的兼容适配\n"
            "- 与企业门户单点登录，统一待办中心\n\n"
            "## 适用客户\n\n"
            "制造业集团、国有企业、公共事业单位及行业协会，尤其是对公文规范和信创适配有要求的组织，"
            "山东及周边地区可提供驻场实施。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "ios", "android"],
        "pricing_model": "one_time",
        "price_min": 38000,
        "price_max": 160000,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "modules": ["approval", "docs", "calendar"],
            "custom_form": True,
            "sso": True,
            "company_size": "medium",
        },
        "plans": [
            {
                "name": "标准版",
                "price": 38000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["200 用户", "收发文与签报", "会议管理", "一年运维服务"],
            },
            {
                "name": "信创版",
                "price": 160000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["不限用户", "国产软硬件适配", "电子签章集成", "督查督办", "驻场实施"],
            },
        ],
    },
    {
        "name": "鹿鸣文档",
        "vendor": "b_luming",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Luming Docs"],
        "tagline": "多人实时编辑的在线文档与团队知识库",
        "description": (
            "鹿鸣文档是一款注重写作体验的在线文档工具，文档、表格和白板都可以多人同时编辑，"
            "光标与修改实时可见。团队可以把零散的文档整理进知识库，按目录和标签沉淀项目经验。\n\n"
            "## 核心功能\n\n"
            "- 文档、表格、白板三种内容类型，支持相互嵌入\n"
            "- 评论、划词讨论和文档内 @ 成员，讨论结果一键转为待办\n"
            "- 知识库目录树、全文搜索与访问权限分级\n"
            "- 历史版本对比与任意版本恢复\n"
            "- 导出 Word、PDF 和 Markdown，保留原有排版\n\n"
            "## 适用客户\n\n"
            "内容团队、咨询顾问、市场部和 50 人以内的初创公司。个人使用免费，"
            "团队版按人数收费，适合希望替代本地文件夹和邮件附件来回传的团队。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 12,
        "price_unit": "元/用户/月",
        "free_trial": True,
        "attributes": {
            "modules": ["docs", "im"],
            "custom_form": False,
            "sso": False,
            "storage_gb": 50,
        },
        "plans": [
            {
                "name": "个人版",
                "price": 0,
                "unit": "元/用户/月",
                "billing_period": "",
                "features": ["不限文档数", "5GB 空间", "30 天历史版本"],
            },
            {
                "name": "团队版",
                "price": 12,
                "unit": "元/用户/月",
                "billing_period": "year",
                "features": ["团队知识库", "50GB 空间", "无限历史版本", "成员权限管理"],
            },
        ],
    },
    {
        "name": "崇岩协同平台",
        "vendor": "b_chongyan",
        "kind": "software",
        "category": "协同办公",
        "extra_categories": [],
        "aliases": ["Chongyan Collaboration Suite", "CYCP"],
        "tagline": "集团化多法人组织的一体化协同中台",
        "description": (
            "崇岩协同平台面向拥有数十家子公司的企业集团，把审批、公文、即时通讯、会议、知识文档和项目管理"
            "统一在一套多组织底座上。集团可以统一下发制度与流程模板，子公司在授权范围内自行调整。\n\n"
            "## 核心功能\n\n"
            "- 多法人、多级组织与兼职岗位模型，支持集团管控与分级授权\n"
            "- 流程中心统一承接财务、人事、采购等业务系统的待办\n"
            "- 私有化即时通讯与音视频会议，消息全量留存可审计\n"
            "- 项目群管理：投资项目、基建项目的进度与文档统一归档\n"
            "- 全栈国产化适配，支持双活容灾部署\n\n"
            "## 适用客户\n\n"
            "员工规模数千至数万人的国有企业集团、交通与能源类企业，以及对数据安全要求高的大型民营集团。"
            "项目通常包含咨询规划、实施、定制开发与多年运维。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "modules": ["approval", "docs", "im", "calendar", "project"],
            "custom_form": True,
            "sso": True,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "集团定制",
                "price": None,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["咨询规划", "多组织底座", "国产化适配", "驻场实施", "三年运维"],
            },
        ],
    },
    # ------------------------------------------------------------------ 直播软件
    {
        "name": "星帆直播",
        "vendor": "b_xingfan",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["StarSail Live"],
        "tagline": "品牌自播与小程序直播间带货一站式工具",
        "description": (
            "星帆直播帮助品牌在自有小程序里开直播间，观众不必跳转到第三方平台即可边看边买，订单和用户数据都留在品牌自己手里。"
            "同一场直播也可以同步推流到多个渠道，统一查看数据。\n\n"
            "## 核心功能\n\n"
            "- 小程序直播间：商品讲解卡片、购物袋、优惠券和限时秒杀\n"
            "- 抽奖、福袋、点赞目标等互动玩法，提升停留时长\n"
            "- 直播结束后自动生成回放，按商品讲解片段智能切片\n"
            "- 实时看板：在线人数、商品点击、成交转化漏斗\n"
            "- 员工内训直播模式，支持观看权限与考试\n\n"
            "## 适用客户\n\n"
            "服饰、美妆、食品等有一定私域用户基础的品牌和经销商，"
            "每周直播 2 场以上、希望降低平台佣金依赖的品牌电商团队。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 6800,
        "price_max": 39800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "scene": ["ecommerce", "training"],
            "playback": True,
            "interaction": True,
            "data_report": True,
            "max_viewers": 10000,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 6800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1 个直播间", "并发 2000 人", "商品卡片与优惠券", "直播回放"],
            },
            {
                "name": "专业版",
                "price": 19800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["5 个直播间", "并发 10000 人", "抽奖与福袋", "智能切片", "数据看板"],
            },
            {
                "name": "旗舰版",
                "price": 39800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["不限直播间", "多渠道同步推流", "开放 API", "专属运营顾问"],
            },
        ],
    },
    {
        "name": "星帆出海直播 StarSail Global",
        "vendor": "b_xingfan",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["StarSail Global", "SSG"],
        "tagline": "面向海外市场的多语种带货直播方案",
        "description": (
            "StarSail Global 为出海品牌提供海外直播基础设施：东南亚、北美和欧洲都部署了推流加速节点，"
            "国内直播间也能稳定推送到海外观众。直播间支持多语种界面与实时字幕，海外用户可直接下单。\n\n"
            "## 核心功能\n\n"
            "- 海外加速节点与专线推流，降低跨境卡顿与延迟\n"
            "- 中英、中泰、中越等实时字幕与直播间多语种界面\n"
            "- 一路信号同时推送到多个海外社交与电商平台\n"
            "- 多币种商品价格展示，对接独立站购物车\n"
            "- 跨时区直播排班与主播工时统计\n\n"
            "## 适用客户\n\n"
            "已经在海外开设独立站或入驻海外电商平台的品牌，以及为多家出海品牌提供直播代运营的机构。"
            "支持在国内基地直播、面向海外观众的“远程直播”模式。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac"],
        "pricing_model": "subscription",
        "price_min": 19800,
        "price_max": 68000,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "scene": ["overseas", "ecommerce"],
            "playback": True,
            "interaction": True,
            "data_report": True,
            "max_viewers": 50000,
        },
        "plans": [
            {
                "name": "出海标准版",
                "price": 19800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["2 个海外加速区域", "实时中英字幕", "3 路同步推流", "数据报表"],
            },
            {
                "name": "出海旗舰版",
                "price": 68000,
                "unit": "元/年",
                "billing_period": "year",
                "features": [
                    "全球加速节点",
                    "8 种语言字幕",
                    "不限推流路数",
                    "独立站购物车对接",
                    "海外技术值守",
                ],
            },
        ],
    },
    {
        "name": "声屿企业直播",
        "vendor": "b_shengyu",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["Shengyu Live"],
        "tagline": "带 AI 实时字幕的发布会与培训直播平台",
        "description": (
            "声屿企业直播依托自研语音识别引擎，直播过程中自动生成实时字幕和文字稿，"
            "会后几分钟就能拿到带时间戳的全文记录和要点摘要。平台可公有云使用，也可将媒体服务部署在企业内网，"
            "内网员工观看不占用公网带宽。\n\n"
            "## 核心功能\n\n"
            "- 发布会级别的多机位导播、片头片尾与暖场视频\n"
            "- 中英文实时字幕、同声传译音轨切换\n"
            "- 观看权限：白名单、组织架构授权、报名审核\n"
            "- 问答、投票、抽奖与签到，互动数据可导出\n"
            "- 观看时长、完播率与部门参与度报表\n\n"
            "## 适用客户\n\n"
            "需要定期举办新品发布会、经销商大会、全员大会和合规培训的中大型企业，"
            "如金融机构、医药企业和连锁零售总部。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 12800,
        "price_max": 88000,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "scene": ["conference", "training"],
            "playback": True,
            "interaction": True,
            "data_report": True,
            "max_viewers": 100000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 12800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["并发 5000 人", "实时中文字幕", "问答与投票", "回放与文字稿"],
            },
            {
                "name": "企业版",
                "price": 88000,
                "unit": "元/年",
                "billing_period": "year",
                "features": [
                    "并发 10 万人",
                    "中英字幕与同传音轨",
                    "内网媒体节点",
                    "组织架构授权",
                    "专属导播支持",
                ],
            },
            {
                "name": "单场活动",
                "price": None,
                "unit": "元/场",
                "billing_period": "once",
                "features": ["发布会现场执行", "多机位导播", "应急备播线路"],
            },
        ],
    },
    {
        "name": "栈桥直播课堂",
        "vendor": "b_zhanqiao",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["Bridgeflow Classroom"],
        "tagline": "企业内训与职业培训的直播授课工具",
        "description": (
            "栈桥直播课堂专为“讲课”场景设计：讲师可以同时共享课件、摄像头和手写板，"
            "学员在直播中完成随堂测验，课程结束后回放自动进入课程库，学习进度与考试成绩统一记录。\n\n"
            "## 核心功能\n\n"
            "- 课件共享、白板批注与画中画讲师视频\n"
            "- 签到、随堂测验与课后作业\n"
            "- 回放自动归档到课程库，支持倍速和章节跳转\n"
            "- 学员学习时长、测验成绩与出勤报表\n"
            "- 与栈桥协同共用组织架构，一键邀请部门成员\n\n"
            "## 适用客户\n\n"
            "有持续内训需求的企业培训部门、职业技能培训机构和行业协会。"
            "单场课堂以数百人规模为主，更看重教学工具和学习数据，而非大流量带货。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 4800,
        "price_max": 19800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "scene": ["training"],
            "playback": True,
            "interaction": False,
            "data_report": True,
            "max_viewers": 3000,
        },
        "plans": [
            {
                "name": "讲堂版",
                "price": 4800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["并发 500 人", "课件共享", "签到与测验", "100 小时回放存储"],
            },
            {
                "name": "学院版",
                "price": 19800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["并发 3000 人", "课程库", "学习数据报表", "自定义品牌页", "组织架构同步"],
            },
        ],
    },
    {
        "name": "远帆 Global Live",
        "vendor": "b_yuanfan",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["Yuanfan Global Live", "YGL"],
        "tagline": "跨境卖家多账号矩阵直播工具",
        "description": (
            "远帆 Global Live 是一款桌面端直播工具，帮助跨境卖家在同一台电脑上管理多个海外店铺账号的直播。"
            "每个账号使用独立的网络环境和设备指纹，配合直播脚本翻译和 AI 虚拟背景，"
            "让国内团队也能以低成本面向海外观众开播。\n\n"
            "## 核心功能\n\n"
            "- 多账号隔离环境与海外网络线路管理\n"
            "- 直播脚本中译英、中译西，提词器按语速滚动\n"
            "- 虚拟背景、美颜与商品贴片模板\n"
            "- 评论自动翻译与常见问题快捷回复\n"
            "- 各账号开播时长、观看人数与带货数据汇总\n\n"
            "## 适用客户\n\n"
            "以工厂直播、小团队运营为主的跨境卖家，尤其是服装、饰品和 3C 配件类目。"
            "工具本身不提供回放存储，适合把直播作为引流手段的商家。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "mac"],
        "pricing_model": "subscription",
        "price_min": 399,
        "price_max": 1299,
        "price_unit": "元/账号/月",
        "free_trial": True,
        "attributes": {
            "scene": ["overseas", "ecommerce"],
            "playback": False,
            "interaction": True,
            "data_report": True,
        },
        "plans": [
            {
                "name": "单账号",
                "price": 399,
                "unit": "元/账号/月",
                "billing_period": "month",
                "features": ["1 个直播账号", "独立网络环境", "脚本翻译", "虚拟背景"],
            },
            {
                "name": "矩阵版",
                "price": 1299,
                "unit": "元/账号/月",
                "billing_period": "month",
                "features": ["5 个直播账号", "评论自动翻译", "数据汇总看板", "优先线路", "专属客服群"],
            },
        ],
    },
    {
        "name": "橙果带货助手",
        "vendor": "b_chengguo",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["Chengguo Live Assistant"],
        "tagline": "中小主播的直播中控台与场控工具",
        "description": (
            "橙果带货助手是主播和场控的“副驾驶”：商品按讲解顺序排好，点一下自动上架并推送讲解卡，"
            "弹幕里的高频问题实时聚合，场控可以一键发送预设回复。免费版即可满足单人主播的日常开播。\n\n"
            "## 核心功能\n\n"
            "- 商品讲解顺序编排、一键上下架与提词\n"
            "- 弹幕关键词聚合与自动回复\n"
            "- 福袋、抽奖、整点秒杀的定时发放\n"
            "- 直播中敏感词提醒，降低违规风险\n"
            "- 安卓手机作为副屏遥控，主播离开电脑也能操作\n\n"
            "## 适用客户\n\n"
            "日播的中小商家、个人主播和直播代运营团队。数据分析能力较弱，"
            "更适合把重点放在直播过程操作效率上的团队。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "mac", "android"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 199,
        "price_unit": "元/月",
        "free_trial": True,
        "attributes": {
            "scene": ["ecommerce"],
            "playback": True,
            "interaction": True,
            "data_report": False,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/月",
                "billing_period": "",
                "features": ["商品编排与提词", "弹幕聚合", "每场 3 次抽奖"],
            },
            {
                "name": "专业版",
                "price": 99,
                "unit": "元/月",
                "billing_period": "month",
                "features": ["自动回复", "不限抽奖", "敏感词提醒", "手机副屏遥控"],
            },
            {
                "name": "机构版",
                "price": 199,
                "unit": "元/月",
                "billing_period": "month",
                "features": ["5 个主播席位", "多直播间切换", "话术库共享", "操作日志"],
            },
        ],
    },
    {
        "name": "云麓直播私有化平台",
        "vendor": "b_yunlu",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["Yunlu Live Private"],
        "tagline": "部署在内网的医疗、教育与金融直播平台",
        "description": (
            "云麓直播私有化平台把推流、转码、分发和播放全部部署在客户自己的服务器上，"
            "适合学术会议、病例讨论、教学直播等对内容保密有要求的场景。平台支持与医院、高校的统一身份认证对接，"
            "外网观众可通过安全网关按授权观看。\n\n"
            "## 核心功能\n\n"
            "- 内网多级分发，院区、校区间节省带宽\n"
            "- 学术会议模式：多会场、日程表、讲者介绍与继续教育学分签到\n"
            "- 回放加密存储与播放水印，防止外泄\n"
            "- 问答、评分与抽奖互动\n"
            "- 观看明细报表，可按科室、院系统计\n\n"
            "## 适用客户\n\n"
            "三甲医院、医学会、高等院校和银行分行等需要内网直播的单位，"
            "已在湖南、江西、贵州完成多个等保三级项目交付。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows", "ios", "android"],
        "pricing_model": "quote",
        "price_min": 80000,
        "price_max": None,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "scene": ["training", "conference"],
            "playback": True,
            "interaction": True,
            "data_report": True,
            "max_viewers": 20000,
        },
        "plans": [
            {
                "name": "单院区版",
                "price": 80000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["并发 3000 人", "内网部署", "回放加密", "一年维保"],
            },
            {
                "name": "多院区/多校区版",
                "price": None,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["多级分发", "学术会议模式", "统一身份认证对接", "外网安全网关", "驻场实施"],
            },
        ],
    },
    {
        "name": "雁行 Webinar",
        "vendor": "b_yanxing",
        "kind": "software",
        "category": "直播软件",
        "extra_categories": [],
        "aliases": ["Yanxing Webinar"],
        "tagline": "B2B 线上研讨会与线索获取平台",
        "description": (
            "雁行 Webinar 为 B2B 企业举办线上研讨会和产品演示而设计。报名页、提醒通知、直播间和会后跟进"
            "全部联动：谁报了名、看了多久、下载了哪份资料、提了什么问题，都会回写到销售线索档案。"
            "界面支持中英文切换，常被用于面向海外客户和代理商的线上发布。\n\n"
            "## 核心功能\n\n"
            "- 报名页模板、报名审核与多轮提醒\n"
            "- 中英双语直播间，海外观众可选择就近节点观看\n"
            "- 嘉宾连线、投屏演示、资料下载与问答\n"
            "- 观看行为打分，高意向线索自动分配给销售\n"
            "- 活动 ROI 报表与线索导出\n\n"
            "## 适用客户\n\n"
            "工业品、企业软件、医疗器械等长销售周期行业的市场部，"
            "以及需要定期面向海外经销商进行产品培训和发布的出海企业。"
        ),
        "deployment": "saas",
        "platforms": ["web"],
        "pricing_model": "subscription",
        "price_min": 9800,
        "price_max": 29800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "scene": ["conference", "overseas"],
            "playback": True,
            "interaction": True,
            "data_report": True,
            "max_viewers": 5000,
        },
        "plans": [
            {
                "name": "入门版",
                "price": 9800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["每月 4 场", "并发 1000 人", "报名页与提醒", "中英双语界面"],
            },
            {
                "name": "增长版",
                "price": 29800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["不限场次", "并发 5000 人", "线索打分与分配", "海外观看节点", "对接营销自动化"],
            },
        ],
    },
    # ------------------------------------------------------------------ 营销与私域
    {
        "name": "青雀私域助手",
        "vendor": "b_qingque",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["Qingque SCRM"],
        "tagline": "小团队也能上手的私域客户运营工具",
        "description": (
            "青雀私域助手帮助销售和客服在企业微信里管理客户：加好友自动打标签、发欢迎语，"
            "重要客户跟进到期自动提醒。管理员可以给员工下发群发任务，并查看每个人的执行情况。\n\n"
            "## 核心功能\n\n"
            "- 渠道活码：不同门店、海报生成不同二维码，来源自动标记\n"
            "- 客户标签与跟进记录，离职员工客户一键继承\n"
            "- 任务宝式裂变海报，邀请满额自动发放奖品\n"
            "- 小程序商品与文章分享后可追踪谁点开、看了多久\n"
            "- 员工群发任务完成率统计\n\n"
            "## 适用客户\n\n"
            "刚开始做私域的小型品牌、教育机构和本地服务商，员工在 5 至 50 人之间，"
            "已在使用青雀工作台的客户可共用组织架构。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 3980,
        "price_max": 15800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "channel": ["wecom", "miniprogram"],
            "fission": True,
            "red_packet": False,
            "share_tracking": True,
            "max_contacts": 20000,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 3980,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["10 个员工席位", "渠道活码", "客户标签", "欢迎语"],
            },
            {
                "name": "增长版",
                "price": 15800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["50 个员工席位", "裂变海报", "分享追踪", "群发任务统计", "2 万客户容量"],
            },
        ],
    },
    {
        "name": "蜜圈SCRM",
        "vendor": "b_miquan",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["Miquan SCRM", "MQ SCRM"],
        "tagline": "复购型消费品牌的会员私域运营平台",
        "description": (
            "蜜圈SCRM 面向美妆、母婴、个护等复购驱动的品牌，把企业微信好友、公众号粉丝、小程序会员和短信人群"
            "打通成同一个客户档案，再按生命周期自动推送内容和福利。\n\n"
            "## 核心功能\n\n"
            "- 统一客户档案：多渠道身份合并，消费与互动行为汇总\n"
            "- 生命周期 SOP：新客首购、复购提醒、沉睡唤醒自动执行\n"
            "- 导购任务与业绩归因，支持按门店、导购统计转化\n"
            "- 裂变拉新、社群红包雨与积分商城\n"
            "- 内容中心：海报、短视频与话术库统一管理，分享行为全程追踪\n\n"
            "## 适用客户\n\n"
            "年销售额在数千万到数亿元之间、拥有线下专柜或导购团队的消费品牌。"
            "蜜圈同时提供私域陪跑服务，适合缺少专职私域运营人员的品牌。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 9800,
        "price_max": 59800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "channel": ["wecom", "sms", "miniprogram", "official"],
            "fission": True,
            "red_packet": True,
            "share_tracking": True,
            "max_contacts": 200000,
        },
        "plans": [
            {
                "name": "成长版",
                "price": 9800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["5 万客户", "生命周期 SOP", "裂变拉新", "基础报表"],
            },
            {
                "name": "品牌版",
                "price": 59800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["20 万客户", "导购业绩归因", "红包与积分商城", "短信通道", "数据开放接口"],
            },
            {
                "name": "私域陪跑",
                "price": None,
                "unit": "元/季度",
                "billing_period": "",
                "features": ["私域策略诊断", "SOP 搭建", "月度复盘"],
            },
        ],
    },
    {
        "name": "橙果社群裂变",
        "vendor": "b_chengguo",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["Chengguo Fission"],
        "tagline": "零成本起步的社群拉新与裂变活动工具",
        "description": (
            "橙果社群裂变提供一组即开即用的拉新玩法：邀请助力、拼团免单、群裂变和公众号任务宝。"
            "商家只需上传奖品和海报，系统自动完成邀请统计、奖品核销与防刷校验。免费版每月可发起 2 场活动。\n\n"
            "## 核心功能\n\n"
            "- 群活码自动换群，满 200 人自动切换新群\n"
            "- 助力、拼团、任务宝三类活动模板\n"
            "- 现金红包与优惠券奖励，设置单人上限防薅羊毛\n"
            "- 每个参与者的邀请链路与分享层级可视化\n"
            "- 黑名单与异常账号识别\n\n"
            "## 适用客户\n\n"
            "直播间粉丝运营、本地生活门店和知识付费博主，预算有限但需要快速起量。"
            "工具侧重活动执行，长期的客户精细化运营需要配合其他 SCRM。"
        ),
        "deployment": "saas",
        "platforms": ["web", "miniprogram"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 2980,
        "price_unit": "元/年",
        "free_trial": False,
        "attributes": {
            "channel": ["wecom", "official", "miniprogram"],
            "fission": True,
            "red_packet": True,
            "share_tracking": True,
            "max_contacts": 50000,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/年",
                "billing_period": "",
                "features": ["每月 2 场活动", "群活码", "助力模板"],
            },
            {
                "name": "专业版",
                "price": 2980,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["不限活动", "红包奖励", "防刷校验", "分享链路分析", "5 万参与者"],
            },
        ],
    },
    {
        "name": "雁行增长云",
        "vendor": "b_yanxing",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["Yanxing Growth Cloud", "YGC"],
        "tagline": "B2B 企业的营销自动化与线索培育平台",
        "description": (
            "雁行增长云帮助 B2B 市场团队把官网、展会、研讨会和内容下载带来的线索统一收集，"
            "通过打分模型判断购买意向，再用自动化旅程持续培育，直到线索成熟后交给销售。\n\n"
            "## 核心功能\n\n"
            "- 拖拽式旅程画布：按行为触发短信、邮件、公众号模板消息\n"
            "- 线索打分：行为分与画像分双维度，阈值自动流转\n"
            "- 内容追踪：白皮书、案例与产品手册的阅读深度统计\n"
            "- 与雁行 Webinar 原生打通，研讨会数据自动回写\n"
            "- 市场活动 ROI 与渠道归因报表\n\n"
            "## 适用客户\n\n"
            "客单价高、决策链长的 B2B 企业，如工业自动化、企业软件与医疗设备厂商。"
            "不强调红包与裂变玩法，更适合内容驱动的专业营销团队。"
        ),
        "deployment": "saas",
        "platforms": ["web"],
        "pricing_model": "subscription",
        "price_min": 36000,
        "price_max": 180000,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "channel": ["sms", "official", "wecom"],
            "fission": False,
            "red_packet": False,
            "share_tracking": True,
            "max_contacts": 1000000,
        },
        "plans": [
            {
                "name": "专业版",
                "price": 36000,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["10 万联系人", "旅程画布", "线索打分", "内容追踪"],
            },
            {
                "name": "企业版",
                "price": 180000,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["100 万联系人", "多业务线隔离", "CRM 双向同步", "归因报表", "专属客户成功团队"],
            },
        ],
    },
    {
        "name": "枝语私域中台",
        "vendor": "b_zhiyu",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["Zhiyu Retail SCRM"],
        "tagline": "千店规模连锁零售的导购私域中台",
        "description": (
            "枝语私域中台为连锁零售企业搭建“总部—区域—门店—导购”四级运营体系。"
            "总部统一制定活动和内容，门店导购在手机上领取任务、一键转发，成交自动归因到导购个人。"
            "核心数据可部署在企业本地，运营应用走云端，兼顾安全与迭代速度。\n\n"
            "## 核心功能\n\n"
            "- 四级组织下的任务下发、执行与考核\n"
            "- 导购专属小程序店铺与业绩提成计算\n"
            "- 会员、订单、商品主数据与企业现有系统对接\n"
            "- 门店社群红包、裂变拉新与到店核销\n"
            "- 短信兜底触达未添加好友的会员\n\n"
            "## 适用客户\n\n"
            "门店数在 300 家以上的服装、家居、眼镜和超市连锁品牌，"
            "需要与既有 ERP、POS 和会员系统深度集成，项目周期通常为 2 至 4 个月。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "quote",
        "price_min": 50000,
        "price_max": None,
        "price_unit": "元/年",
        "free_trial": False,
        "attributes": {
            "channel": ["wecom", "miniprogram", "sms"],
            "fission": True,
            "red_packet": True,
            "share_tracking": True,
        },
        "plans": [
            {
                "name": "连锁标准版",
                "price": 50000,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["300 家门店", "导购任务", "业绩归因", "标准接口对接"],
            },
            {
                "name": "集团定制版",
                "price": None,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["不限门店", "本地数据部署", "多品牌管理", "定制开发", "驻场运营支持"],
            },
        ],
    },
    {
        "name": "回响客户运营平台",
        "vendor": "b_huixiang",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["Echo CDP"],
        "tagline": "以短信和公众号为核心的精准触达平台",
        "description": (
            "并不是所有客户都愿意加企业微信好友。回响客户运营平台聚焦短信和公众号两条触达渠道，"
            "把报名、购买、续费等业务数据导入后，按条件圈选人群，控制触达频率，并通过 A/B 测试找到转化最好的文案。\n\n"
            "## 核心功能\n\n"
            "- 人群圈选：按标签、行为和自定义字段组合筛选\n"
            "- 短信与公众号模板消息统一发送，自动频控和退订管理\n"
            "- 短链点击追踪，记录每个人的打开和转化\n"
            "- 文案 A/B 测试与发送时间优化\n"
            "- 触达效果报表，按批次、渠道和人群对比\n\n"
            "## 适用客户\n\n"
            "教育培训、保险经纪、本地生活和会员制服务企业，客户量在数万到十万级，"
            "运营团队希望以较低成本做续费提醒、活动通知与沉默用户召回。"
        ),
        "deployment": "saas",
        "platforms": ["web"],
        "pricing_model": "subscription",
        "price_min": 6000,
        "price_max": 24000,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "channel": ["sms", "official"],
            "fission": False,
            "red_packet": False,
            "share_tracking": True,
            "max_contacts": 100000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 6000,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["2 万联系人", "人群圈选", "短链追踪", "短信另按条计费"],
            },
            {
                "name": "高级版",
                "price": 24000,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["10 万联系人", "A/B 测试", "发送时间优化", "开放 API", "数据看板"],
            },
        ],
    },
    {
        "name": "栗子会员通",
        "vendor": "b_lizi",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["Lizi Member"],
        "tagline": "餐饮茶饮门店的储值、卡券与社群工具",
        "description": (
            "栗子会员通为餐饮和茶饮门店提供点单小程序里的会员体系：顾客扫码点单即成为会员，"
            "储值送券、生日礼、集点卡自动运行。店长还可以在社群里发优惠券和红包，带动工作日低峰时段的客流。\n\n"
            "## 核心功能\n\n"
            "- 会员等级、储值卡与积分，支持多门店通用\n"
            "- 新客券、生日券、沉睡唤醒券自动发放\n"
            "- 社群红包与拼单券，拉动到店与外送订单\n"
            "- 老带新裂变，分享者和被邀请者双方得券\n"
            "- 安卓收银一体机上的会员识别与核销\n\n"
            "## 适用客户\n\n"
            "单店到百店规模的餐饮、茶饮、烘焙和小吃连锁。按门店数计费，"
            "华中地区门店可预约上门培训。"
        ),
        "deployment": "saas",
        "platforms": ["web", "miniprogram", "android"],
        "pricing_model": "subscription",
        "price_min": 1980,
        "price_max": 6980,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "channel": ["miniprogram", "official", "wecom"],
            "fission": True,
            "red_packet": True,
            "share_tracking": False,
            "max_contacts": 30000,
        },
        "plans": [
            {
                "name": "单店版",
                "price": 1980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["会员与储值", "自动发券", "收银核销", "3 万会员"],
            },
            {
                "name": "连锁版",
                "price": 6980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["多门店通用储值", "社群红包", "裂变活动", "总部数据看板", "上门培训"],
            },
        ],
    },
    {
        "name": "星帆私域",
        "vendor": "b_xingfan",
        "kind": "software",
        "category": "营销与私域",
        "extra_categories": [],
        "aliases": ["StarSail Private Traffic"],
        "tagline": "把直播间观众沉淀为可复购的私域客户",
        "description": (
            "星帆私域与星帆直播原生打通，解决直播“热闹一场、散场即走”的问题。"
            "直播预约、下单和互动的观众会被自动引导添加企业微信，并打上“看过哪场、买过什么”的标签，"
            "下一场直播前按兴趣精准邀约。\n\n"
            "## 核心功能\n\n"
            "- 直播间加粉组件，订单完成页自动引导添加专属顾问\n"
            "- 按直播场次、商品和观看时长自动打标签\n"
            "- 开播前预约提醒与个性化邀约话术\n"
            "- 直播后 SOP：未付款催付、售后关怀、复购推荐\n"
            "- 裂变邀请观看，分享路径全程追踪\n\n"
            "## 适用客户\n\n"
            "已经在做品牌自播、希望提升直播复购率的品牌团队。单独使用也可以，"
            "但与星帆直播搭配时标签和数据最完整。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 4800,
        "price_max": 19800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "channel": ["wecom", "miniprogram"],
            "fission": True,
            "red_packet": False,
            "share_tracking": True,
            "max_contacts": 50000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 4800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1 万客户", "直播加粉组件", "自动标签", "预约提醒"],
            },
            {
                "name": "专业版",
                "price": 19800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["5 万客户", "直播后 SOP", "裂变邀请", "分享追踪", "与星帆直播数据互通"],
            },
        ],
    },
    # ------------------------------------------------------------------ 语音识别
    {
        "name": "声屿语音开放平台",
        "vendor": "b_shengyu",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Shengyu Speech API", "SY-ASR"],
        "tagline": "按量计费的实时语音识别与语音合成 API",
        "description": (
            "声屿语音开放平台提供实时语音识别、录音文件转写和语音合成三类云端接口，"
            "开发者注册后即可获得每月免费调用额度。识别模型针对客服通话、会议和视频字幕分别做了优化，"
            "并支持粤语、四川话等常见方言。\n\n"
            "## 核心功能\n\n"
            "- 实时流式识别，首字返回延迟低于 300 毫秒\n"
            "- 录音文件转写，支持说话人分离和时间戳\n"
            "- 热词与自定义语言模型，提升行业术语识别率\n"
            "- 40 余种音色的语音合成，可调语速、音调与停顿\n"
            "- 完善的 SDK 示例与调用量监控控制台\n\n"
            "## 适用客户\n\n"
            "需要快速集成语音能力的应用开发者、在线教育平台、智能客服厂商和视频内容平台。"
            "调用量大的客户可购买年度资源包，单价更低。"
        ),
        "deployment": "saas",
        "platforms": ["web"],
        "pricing_model": "freemium",
        "price_min": 0.9,
        "price_max": 3.2,
        "price_unit": "元/小时",
        "free_trial": True,
        "attributes": {
            "capability": ["asr", "tts"],
            "offline": False,
            "dialect": True,
            "delivery": "api",
            "accuracy": 97.5,
        },
        "plans": [
            {
                "name": "免费额度",
                "price": 0,
                "unit": "元/小时",
                "billing_period": "month",
                "features": ["每月 10 小时识别", "每月 10 万字合成", "社区技术支持"],
            },
            {
                "name": "按量付费",
                "price": 3.2,
                "unit": "元/小时",
                "billing_period": "",
                "features": ["实时与文件转写", "热词定制", "工单支持"],
            },
            {
                "name": "年度资源包",
                "price": 9800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1 万小时识别", "折合约 0.98 元/小时", "自定义语言模型", "专属技术对接群"],
            },
        ],
    },
    {
        "name": "声屿离线语音 SDK",
        "vendor": "b_shengyu",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Shengyu Offline SDK"],
        "tagline": "无需联网的端侧语音唤醒与命令识别",
        "description": (
            "声屿离线语音 SDK 将唤醒和识别模型压缩到几十兆以内，可运行在安卓平板、车机、收银设备和 Windows 工控机上，"
            "断网环境下依然能完成唤醒与常用指令识别。授权按设备数一次性收费，量产前可申请免费评估版。\n\n"
            "## 核心功能\n\n"
            "- 自定义唤醒词，误唤醒率可按场景调优\n"
            "- 离线命令词与短句识别，支持上千条指令\n"
            "- 端侧降噪与回声消除，适配嘈杂环境\n"
            "- 模型体积与功耗可按芯片性能裁剪\n\n"
            "## 适用客户\n\n"
            "智能硬件厂商、工业终端和车载设备方案商，"
            "对网络条件不稳定或隐私敏感、不便上传语音的产品尤其合适。提供中英文技术文档和工程师远程调试支持。"
        ),
        "deployment": "private",
        "platforms": ["android", "ios", "windows"],
        "pricing_model": "one_time",
        "price_min": 3,
        "price_max": 12,
        "price_unit": "元/台",
        "free_trial": True,
        "attributes": {
            "capability": ["asr", "wakeup"],
            "offline": True,
            "dialect": False,
            "delivery": "sdk",
            "accuracy": 95,
        },
        "plans": [
            {
                "name": "评估版",
                "price": 0,
                "unit": "元/台",
                "billing_period": "",
                "features": ["90 天有效", "最多 20 台设备", "标准唤醒词"],
            },
            {
                "name": "量产授权",
                "price": 6,
                "unit": "元/台",
                "billing_period": "once",
                "features": ["1 万台起", "自定义唤醒词", "命令词定制", "版本升级一年"],
            },
            {
                "name": "深度定制",
                "price": None,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["声学结构评审", "专属模型训练", "量产测试支持"],
            },
        ],
    },
    {
        "name": "闻澜方言识别 API",
        "vendor": "b_wenlan",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Wenlan Dialect ASR"],
        "tagline": "覆盖 20 余种方言与口音的云端识别接口",
        "description": (
            "闻澜方言识别 API 的训练语料来自多年积累的热线录音与方言朗读数据，"
            "对粤语、闽南语、四川话、河南话、东北话以及带口音的普通话都有专门模型。"
            "接口可自动判别方言种类，无需调用方提前指定。\n\n"
            "## 核心功能\n\n"
            "- 20 余种方言与口音识别，支持方言与普通话混说\n"
            "- 自动语种/方言判别\n"
            "- 电话信道 8k 采样专用模型\n"
            "- 敏感信息（身份证号、银行卡号）自动脱敏\n"
            "- 识别结果附带置信度，便于人工复核\n\n"
            "## 适用客户\n\n"
            "地方政务服务热线、银行与保险的电话回访、乡镇卫生院随访等用户方言口音重的场景。"
            "新用户可申请 20 小时免费测试额度。"
        ),
        "deployment": "saas",
        "platforms": ["web"],
        "pricing_model": "freemium",
        "price_min": 1.5,
        "price_max": 4,
        "price_unit": "元/小时",
        "free_trial": True,
        "attributes": {
            "capability": ["asr"],
            "offline": False,
            "dialect": True,
            "delivery": "api",
            "accuracy": 96.8,
        },
        "plans": [
            {
                "name": "测试额度",
                "price": 0,
                "unit": "元/小时",
                "billing_period": "",
                "features": ["20 小时免费", "全部方言模型", "控制台调试"],
            },
            {
                "name": "按量计费",
                "price": 4,
                "unit": "元/小时",
                "billing_period": "",
                "features": ["方言自动判别", "电话信道模型", "敏感信息脱敏"],
            },
            {
                "name": "包年套餐",
                "price": 30000,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["2 万小时", "折合 1.5 元/小时", "热词定制", "优先技术支持"],
            },
        ],
    },
    {
        "name": "闻澜声纹核验",
        "vendor": "b_wenlan",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Wenlan Voiceprint", "VPR"],
        "tagline": "远程身份确认的声纹注册与比对引擎",
        "description": (
            "闻澜声纹核验通过一段 10 秒左右的朗读完成声纹注册，之后在电话或 App 中说出随机数字串即可确认身份。"
            "引擎可部署在客户机房，声纹特征不出内网，并内置录音回放与合成语音攻击检测。\n\n"
            "## 核心功能\n\n"
            "- 文本相关与文本无关两种核验模式\n"
            "- 随机数字动态口令，防止录音冒用\n"
            "- 合成语音与变声攻击检测\n"
            "- 1:1 核验与 1:N 黑名单检索\n"
            "- 本地部署，提供双机热备方案\n\n"
            "## 适用客户\n\n"
            "银行远程业务办理、社保养老金资格认证、保险电话回访等需要确认“本人在说话”的场景。"
            "价格按调用次数或授权并发路数报价。上线前可提供联合测试环境，帮助客户评估通过率与误识率。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "android", "ios"],
        "pricing_model": "quote",
        "price_min": 0.02,
        "price_max": 0.06,
        "price_unit": "元/次",
        "free_trial": True,
        "attributes": {
            "capability": ["voiceprint"],
            "offline": True,
            "delivery": "onprem",
        },
        "plans": [
            {
                "name": "云端调用",
                "price": 0.06,
                "unit": "元/次",
                "billing_period": "",
                "features": ["1:1 核验", "动态口令", "攻击检测"],
            },
            {
                "name": "本地授权",
                "price": None,
                "unit": "元/路",
                "billing_period": "once",
                "features": ["按并发路数授权", "声纹库本地存储", "双机热备", "驻场部署"],
            },
        ],
    },
    {
        "name": "录知转写",
        "vendor": "b_luzhi",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Luzhi Transcribe"],
        "tagline": "会议录音一键转文字并生成纪要",
        "description": (
            "录知转写是一款面向个人与小团队的录音转写工具。开会时用手机或电脑录音，结束后几分钟内得到带说话人标记的文字稿，"
            "AI 会整理出议题、结论和待办。也可以直接上传采访、课程或电话录音。\n\n"
            "## 核心功能\n\n"
            "- 边录边转，实时显示文字\n"
            "- 自动区分不同说话人，可手动重命名\n"
            "- AI 纪要：议题摘要、结论与待办清单\n"
            "- 关键词搜索定位，点击文字回放对应音频\n"
            "- 导出 Word、TXT 和 SRT 字幕文件\n\n"
            "## 适用客户\n\n"
            "记者、研究员、律师、咨询顾问和经常开会的销售团队。"
            "每月有免费转写时长，重度用户可按月订阅；数据仅存储在云端，不提供离线版本。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android", "miniprogram"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 39,
        "price_unit": "元/月",
        "free_trial": True,
        "attributes": {
            "capability": ["asr"],
            "offline": False,
            "dialect": True,
            "accuracy": 98,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/月",
                "billing_period": "",
                "features": ["每月 5 小时转写", "说话人区分", "TXT 导出"],
            },
            {
                "name": "会员版",
                "price": 19,
                "unit": "元/月",
                "billing_period": "month",
                "features": ["每月 30 小时", "AI 纪要", "Word 与字幕导出"],
            },
            {
                "name": "团队版",
                "price": 39,
                "unit": "元/月",
                "billing_period": "month",
                "features": ["每人每月 60 小时", "团队共享空间", "术语词库", "管理员后台"],
            },
        ],
    },
    {
        "name": "凌波离线唤醒引擎",
        "vendor": "b_lingbo",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Lingbo Wake", "LB-KWS"],
        "tagline": "面向家电与 IoT 芯片的低功耗离线语音方案",
        "description": (
            "凌波离线唤醒引擎运行在资源极其有限的语音芯片和 MCU 上，内存占用最低约 200KB，"
            "待机功耗满足电池供电设备要求。厂商可在凌波的配置工具里自助设置唤醒词和 50 至 300 条命令词，"
            "生成固件后直接烧录测试。\n\n"
            "## 核心功能\n\n"
            "- 自定义唤醒词与命令词，无需重新训练模型\n"
            "- 已适配多款主流语音芯片与 MCU\n"
            "- 远场拾音与家电噪声（风扇、压缩机）抑制\n"
            "- 配套安卓调试 App，现场查看唤醒与误唤醒统计\n"
            "- 提供声学结构设计建议与量产测试规范\n\n"
            "## 适用客户\n\n"
            "风扇、取暖器、油烟机、灯具、车载后装与儿童玩具厂商，"
            "追求低成本“一句话控制”而不需要联网语音助手的产品。"
        ),
        "deployment": "private",
        "platforms": ["android"],
        "pricing_model": "one_time",
        "price_min": 2,
        "price_max": 8,
        "price_unit": "元/台",
        "free_trial": True,
        "attributes": {
            "capability": ["wakeup", "asr"],
            "offline": True,
            "dialect": False,
            "delivery": "sdk",
            "accuracy": 95,
        },
        "plans": [
            {
                "name": "开发套件",
                "price": 680,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["开发板与麦克风阵列", "配置工具", "样机授权 50 台"],
            },
            {
                "name": "量产授权",
                "price": 2,
                "unit": "元/台",
                "billing_period": "once",
                "features": ["10 万台起", "命令词不限次修改", "固件维护一年"],
            },
        ],
    },
    {
        "name": "崇岩语音转写一体机",
        "vendor": "b_chongyan",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Chongyan ASR Appliance"],
        "tagline": "会议与庭审场景的本地语音转写整机",
        "description": (
            "崇岩语音转写一体机将识别服务器、转写软件和会议管理系统预装在一台国产化整机中，"
            "接入会议室或审讯室的音频系统后即可实时上屏并生成笔录，数据全程不出本地网络。\n\n"
            "## 核心功能\n\n"
            "- 多路麦克风分轨，自动关联发言人身份\n"
            "- 实时转写上屏，支持会后人工校对与签名确认\n"
            "- 声纹辅助识别发言人，减少手动标注\n"
            "- 纪要与笔录模板，语音合成回读核对\n"
            "- 支持四川话、重庆话等西南方言\n\n"
            "## 适用客户\n\n"
            "政府机关会议室、法院庭审、纪检谈话室和大型企业董事会办公室。"
            "按台一次性销售，含三年硬件维保，可加购行业术语定制。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows"],
        "pricing_model": "one_time",
        "price_min": 168000,
        "price_max": 460000,
        "price_unit": "元/台",
        "free_trial": False,
        "attributes": {
            "capability": ["asr", "tts", "voiceprint"],
            "offline": True,
            "dialect": True,
            "delivery": "onprem",
            "accuracy": 97,
        },
        "plans": [
            {
                "name": "8 路标准型",
                "price": 168000,
                "unit": "元/台",
                "billing_period": "once",
                "features": ["8 路并发转写", "会议纪要模板", "三年维保"],
            },
            {
                "name": "32 路增强型",
                "price": 460000,
                "unit": "元/台",
                "billing_period": "once",
                "features": ["32 路并发", "声纹发言人识别", "庭审笔录模板", "行业术语定制", "驻场培训"],
            },
        ],
    },
    {
        "name": "拓岸语音质检",
        "vendor": "b_tuoan",
        "kind": "software",
        "category": "语音识别",
        "extra_categories": [],
        "aliases": ["Tuoan Speech QA"],
        "tagline": "呼叫中心通话全量转写与智能质检",
        "description": (
            "传统人工质检只能抽查 2% 左右的通话。拓岸语音质检把呼叫中心的全部录音转写成文字，"
            "按规则和模型自动检测违规话术、服务态度和关键信息遗漏，质检员只需复核系统标出的问题通话。"
            "识别服务可用云端，录音与质检数据可存放在本地。\n\n"
            "## 核心功能\n\n"
            "- 双声道分离转写，坐席与客户分别识别\n"
            "- 质检规则库：禁用语、必说话术、静音与抢话检测\n"
            "- 情绪识别与投诉风险预警\n"
            "- 坐席质检得分排名与培训建议\n"
            "- 对接主流呼叫中心录音系统\n\n"
            "## 适用客户\n\n"
            "50 坐席以上的客服中心、电销团队和外包呼叫中心，"
            "尤其是金融、通信和公共事业等合规要求较高的行业。"
        ),
        "deployment": "hybrid",
        "platforms": ["web"],
        "pricing_model": "subscription",
        "price_min": 80,
        "price_max": 200,
        "price_unit": "元/坐席/月",
        "free_trial": True,
        "attributes": {
            "capability": ["asr"],
            "offline": False,
            "dialect": True,
            "delivery": "api",
            "accuracy": 95.5,
        },
        "plans": [
            {
                "name": "标准质检",
                "price": 80,
                "unit": "元/坐席/月",
                "billing_period": "year",
                "features": ["全量转写", "规则质检", "质检报表"],
            },
            {
                "name": "智能质检",
                "price": 200,
                "unit": "元/坐席/月",
                "billing_period": "year",
                "features": ["情绪识别", "投诉预警", "坐席画像", "本地数据存储", "规则定制服务"],
            },
        ],
    },
    # ------------------------------------------------------------------ 电商系统开发
    {
        "name": "码舟品牌商城定制开发",
        "vendor": "b_mazhou",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Mazhou B2C Mall"],
        "tagline": "PC、H5、小程序与 App 四端一体的品牌商城",
        "description": (
            "码舟为品牌方定制开发自营商城，一套后台同时驱动 PC 商城、H5、小程序和 App。"
            "项目从业务调研开始，产品经理会梳理商品体系、会员权益、促销规则和仓配流程，"
            "再基于码舟成熟的电商框架做定制开发，避免从零造轮子。\n\n"
            "## 服务内容\n\n"
            "- 需求调研、原型设计与 UI 视觉设计\n"
            "- 商品、订单、会员、营销与售后模块开发\n"
            "- 对接支付、物流、发票与企业现有 ERP\n"
            "- 性能压测与上线前安全检测\n"
            "- 交付完整源码与部署文档，上线后 6 个月免费维护\n\n"
            "## 适用客户\n\n"
            "年线上销售额千万级以上、希望拥有自有渠道和数据资产的消费品牌。"
            "标准项目周期约 2 个月，复杂的会员与促销规则会相应延长。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 58000,
        "price_max": 300000,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "platform": ["web", "h5", "miniprogram", "app"],
            "model": "b2c",
            "source_code": True,
            "delivery_days": 60,
        },
        "plans": [
            {
                "name": "标准定制",
                "price": 58000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["小程序与 H5 双端", "标准电商模块", "支付物流对接", "6 个月维护"],
            },
            {
                "name": "全渠道定制",
                "price": 180000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["PC、H5、小程序、App 四端", "ERP 对接", "复杂促销引擎", "源码交付"],
            },
            {
                "name": "深度定制",
                "price": None,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["多品牌多仓", "高并发架构", "驻场开发"],
            },
        ],
    },
    {
        "name": "码舟B2B订货系统开发",
        "vendor": "b_mazhou",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Mazhou B2B Ordering"],
        "tagline": "经销商在线订货与渠道价格体系定制",
        "description": (
            "对于工厂和品牌商来说，经销商订货往往依赖电话、微信和 Excel，价格政策与返利难以管理。"
            "码舟B2B订货系统开发服务为客户搭建专属订货平台，实施顾问驻场梳理渠道政策，"
            "把多级价格、信用额度和返利规则固化到系统里。\n\n"
            "## 服务内容\n\n"
            "- 驻场调研渠道结构、价格体系与审批流程\n"
            "- 客户分级定价、信用额度、账期与返利计算\n"
            "- 经销商 PC 与小程序订货端，支持快速复购下单\n"
            "- 与 ERP、WMS 的订单、库存和发货单对接\n"
            "- 上线培训、经销商推广支持与源码交付\n\n"
            "## 适用客户\n\n"
            "拥有数十到上千家经销商、门店或终端客户的制造企业、快消品牌和批发商。"
            "项目以驻场方式实施，周期通常在 3 个月左右。"
        ),
        "deployment": "private",
        "platforms": [],
        "pricing_model": "quote",
        "price_min": 120000,
        "price_max": 500000,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "platform": ["web", "miniprogram"],
            "model": "b2b",
            "source_code": True,
            "delivery_days": 90,
        },
        "plans": [
            {
                "name": "订货平台",
                "price": None,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["PC 与小程序订货端", "分级定价", "信用额度", "ERP 对接"],
            },
            {
                "name": "渠道数字化",
                "price": None,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["返利引擎", "多级经销商", "终端门店订货", "数据驾驶舱", "驻场实施"],
            },
        ],
    },
    {
        "name": "青柚小程序商城搭建",
        "vendor": "b_qingyou",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Qingyou Mini Mall"],
        "tagline": "7 天上线的小程序商城快速搭建服务",
        "description": (
            "青柚基于自有电商中台，为商家快速搭建品牌小程序商城和 H5 商城。"
            "商家无需懂技术，只需提供品牌素材与商品资料，青柚负责装修设计、功能配置、小程序提审和上线。"
            "交付的是可长期使用的商城账号，系统持续自动升级。\n\n"
            "## 服务内容\n\n"
            "- 小程序注册与认证指导、支付开通协助\n"
            "- 首页与分类页装修设计，按品牌风格定制\n"
            "- 拼团、秒杀、优惠券、分销等营销插件配置\n"
            "- 前 100 个商品代上架\n"
            "- 一对一运营培训，上线后 30 天陪跑答疑\n\n"
            "## 适用客户\n\n"
            "刚开始做线上销售的小微商家、农产品合作社、服装批发档口和本地特产店。"
            "如需交付源码或深度定制，可选择青柚多商户平台开发或其他定制服务。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 6800,
        "price_max": 29800,
        "price_unit": "元/项目",
        "free_trial": True,
        "attributes": {
            "platform": ["miniprogram", "h5"],
            "model": "b2c",
            "source_code": False,
            "delivery_days": 7,
        },
        "plans": [
            {
                "name": "开店版",
                "price": 6800,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["小程序商城", "模板装修", "基础营销插件", "首年系统使用费"],
            },
            {
                "name": "品牌版",
                "price": 16800,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["定制装修设计", "分销与会员等级", "100 个商品代上架", "30 天陪跑"],
            },
            {
                "name": "旗舰版",
                "price": 29800,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["小程序 + H5", "直播组件", "ERP 标准对接", "专属运营顾问"],
            },
        ],
    },
    {
        "name": "青柚多商户平台开发",
        "vendor": "b_qingyou",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Qingyou Marketplace"],
        "tagline": "区域电商与产业带平台的多商户商城开发",
        "description": (
            "青柚多商户平台开发服务帮助平台运营方搭建类似综合商城的多店铺平台：商家入驻开店、"
            "平台统一收款分账、按类目收取佣金。交付内容包括平台端、商家端和买家端，并提供完整源码。\n\n"
            "## 服务内容\n\n"
            "- 商家入驻审核、保证金与店铺装修\n"
            "- 平台统一收银与分账结算、佣金规则配置\n"
            "- 买家端 PC、H5、小程序与 App\n"
            "- 平台级营销：满减、秒杀会场、优惠券\n"
            "- 商家端手机管理 App，订单与库存随时处理\n\n"
            "## 适用客户\n\n"
            "区域电商平台、产业带运营公司、行业协会和园区运营方。"
            "项目周期约 45 天，源码交付后可由客户自有团队二次开发。交付后提供三个月免费运维与操作培训。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 39800,
        "price_max": 128000,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "platform": ["web", "h5", "miniprogram", "app"],
            "model": "multi",
            "source_code": True,
            "delivery_days": 45,
        },
        "plans": [
            {
                "name": "标准平台",
                "price": 39800,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["商家入驻", "分账结算", "H5 与小程序", "源码交付"],
            },
            {
                "name": "全端平台",
                "price": 128000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["四端买家入口", "商家端 App", "平台营销会场", "定制功能 30 人天"],
            },
        ],
    },
    {
        "name": "远帆跨境独立站开发",
        "vendor": "b_yuanfan",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Yuanfan DTC Site", "Independent Store Build"],
        "tagline": "多语言多币种的外贸 DTC 独立站建设",
        "description": (
            "远帆为外贸工厂和跨境卖家开发面向海外消费者的品牌独立站，"
            "从域名规划、视觉设计到海外支付与物流对接全程负责，站点部署在海外云节点，访问速度和合规更有保障。\n\n"
            "## 服务内容\n\n"
            "- 品牌视觉设计与移动端优先的页面开发\n"
            "- 多语言、多币种与按国家显示税费\n"
            "- 对接国际信用卡、本地钱包支付与跨境物流查询\n"
            "- 搜索引擎优化基础配置与站点速度优化\n"
            "- 隐私政策、Cookie 提示等海外合规页面\n"
            "- 交付源码和后台操作培训\n\n"
            "## 适用客户\n\n"
            "希望摆脱第三方平台规则限制、建立自有品牌的外贸工厂与跨境卖家。"
            "可与远帆 Global Live 配合，把海外直播流量引导到独立站成交。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 15000,
        "price_max": 80000,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "platform": ["web", "h5"],
            "model": "b2c",
            "source_code": True,
            "delivery_days": 30,
        },
        "plans": [
            {
                "name": "外贸展示+商城",
                "price": 15000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["模板设计", "2 种语言", "信用卡支付", "基础 SEO"],
            },
            {
                "name": "品牌独立站",
                "price": 48000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["定制视觉", "6 种语言多币种", "本地钱包支付", "物流查询", "合规页面"],
            },
            {
                "name": "独立站 + 运营",
                "price": 80000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["品牌独立站全部内容", "3 个月广告投放代运营", "数据分析月报"],
            },
        ],
    },
    {
        "name": "栗子外卖配送系统开发",
        "vendor": "b_lizi",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Lizi O2O Delivery"],
        "tagline": "连锁餐饮自营外卖与骑手配送系统定制",
        "description": (
            "平台外卖佣金居高不下，越来越多连锁品牌开始搭建自营外卖。栗子在自有餐饮 SaaS 的基础上，"
            "为品牌定制点餐小程序、骑手 App 和调度后台，支持自配送与第三方运力混合调度。\n\n"
            "## 服务内容\n\n"
            "- 顾客点餐小程序与 H5，配送范围与起送价按门店配置\n"
            "- 骑手 App：抢单、派单、导航与送达拍照\n"
            "- 智能调度：按距离与骑手负载分单，运力不足时转第三方\n"
            "- 与门店收银、后厨打印和会员系统打通\n"
            "- 上线后一年系统运维，源码不在交付范围内\n\n"
            "## 适用客户\n\n"
            "拥有 10 家以上门店、日均外卖单量较大的连锁餐饮、茶饮与生鲜便利品牌。首期上线后可按订单量增长分阶段扩展功能。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 25000,
        "price_max": 90000,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "platform": ["miniprogram", "app", "h5"],
            "model": "o2o",
            "source_code": False,
            "delivery_days": 40,
        },
        "plans": [
            {
                "name": "自营外卖版",
                "price": 25000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["点餐小程序", "门店接单后台", "第三方运力对接"],
            },
            {
                "name": "自配送版",
                "price": 90000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["骑手 App", "智能调度", "混合运力", "会员打通", "一年运维"],
            },
        ],
    },
    {
        "name": "橙果直播电商App开发",
        "vendor": "b_chengguo",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Chengguo Live Commerce App"],
        "tagline": "带直播间与分销体系的电商 App 定制",
        "description": (
            "橙果把多年直播工具的经验用于定制开发：为客户打造自有品牌的直播电商 App 与小程序，"
            "包括低延迟直播间、主播后台、分销返佣和商品供应链管理，帮助机构把达人流量沉淀到自己的平台。\n\n"
            "## 服务内容\n\n"
            "- 低延迟直播间、连麦 PK、弹幕与礼物系统\n"
            "- 主播开播端与场控后台\n"
            "- 分销体系：邀请关系、佣金比例与提现\n"
            "- 选品中心与供应商结算\n"
            "- 应用商店上架协助、内容安全审核接入\n"
            "- 交付源码与技术文档\n\n"
            "## 适用客户\n\n"
            "直播 MCN 机构、垂直品类电商平台和拥有大量粉丝的内容创业公司。"
            "功能复杂度差异大，均需评估后报价。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "quote",
        "price_min": 80000,
        "price_max": 260000,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "platform": ["app", "miniprogram", "h5"],
            "model": "b2c",
            "source_code": True,
            "delivery_days": 75,
        },
        "plans": [
            {
                "name": "直播商城定制",
                "price": None,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["直播间", "分销返佣", "App 与小程序", "源码交付"],
            },
        ],
    },
    {
        "name": "云麓社区团购系统开发",
        "vendor": "b_yunlu",
        "kind": "service",
        "category": "电商系统开发",
        "extra_categories": [],
        "aliases": ["Yunlu Group Buying"],
        "tagline": "团长、自提点与仓配一体的社区团购平台",
        "description": (
            "云麓为区域零售企业开发社区团购系统，覆盖“今日下单、次日自提”的完整链路："
            "团长招募与佣金、自提点管理、采购汇总、分拣与线路配送。实施团队可到客户仓库现场调研，"
            "根据实际分拣动线调整系统流程。\n\n"
            "## 服务内容\n\n"
            "- 用户下单小程序、团长工作台 App 与 PC 运营后台\n"
            "- 团长佣金、等级与提现管理\n"
            "- 采购汇总、供应商对账与库存预警\n"
            "- 分拣单、配送线路与司机签收\n"
            "- 仓库现场实施与人员培训，交付源码\n\n"
            "## 适用客户\n\n"
            "区域超市连锁、生鲜供应链企业和县域电商运营商，日订单量在数千到数万单的规模。交付周期视仓配流程复杂度而定，需现场调研后确认。"
        ),
        "deployment": "private",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 45000,
        "price_max": 150000,
        "price_unit": "元/项目",
        "free_trial": False,
        "attributes": {
            "platform": ["miniprogram", "web", "app"],
            "model": "o2o",
            "source_code": True,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 45000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["下单小程序", "团长管理", "自提点", "基础分拣"],
            },
            {
                "name": "仓配一体版",
                "price": 150000,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["采购与供应商对账", "线路配送", "司机端", "现场实施", "源码交付"],
            },
        ],
    },
    # ------------------------------------------------------------------ 工商注册
    {
        "name": "立诚有限公司注册全包",
        "vendor": "b_licheng",
        "kind": "service",
        "category": "工商注册",
        "extra_categories": [],
        "aliases": ["Licheng LLC Setup"],
        "tagline": "深圳有限公司注册，执照、刻章、开户一次办完",
        "description": (
            "立诚在深圳办理公司注册十余年，熟悉各区市场监管部门的审核口径。客户只需提供股东身份证明和拟用名称，"
            "顾问负责核名、章程起草、网上申报、实名认证指导，以及领取执照后的刻章和银行开户预约。\n\n"
            "## 服务内容\n\n"
            "- 企业名称查重与备选名称建议\n"
            "- 公司章程、股东决定等申请材料起草\n"
            "- 网上登记申报与补正跟进，通常 3 至 5 个工作日出照\n"
            "- 公章、财务章、法人章、发票章刻制与公安备案\n"
            "- 预约银行开户并陪同办理，税务报到与税种核定\n"
            "- 可选深圳合规注册地址（一年期）\n\n"
            "## 适用客户\n\n"
            "在深圳创业的科技、贸易与服务类初创公司。价格已含代办服务，"
            "营业执照本身不收费，刻章与地址等第三方费用按实际选择另计。"
        ),
        "deployment": "private",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 699,
        "price_max": 3999,
        "price_unit": "元/次",
        "free_trial": False,
        "attributes": {
            "company_type": ["llc"],
            "address": True,
            "bank_account": True,
            "days": 5,
        },
        "plans": [
            {
                "name": "基础代办",
                "price": 699,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["核名与材料起草", "网上申报", "执照领取"],
            },
            {
                "name": "全包套餐",
                "price": 1599,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["基础代办全部内容", "四枚印章刻制", "银行开户陪同", "税务报到"],
            },
            {
                "name": "全包含地址",
                "price": 3999,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["全包套餐全部内容", "一年深圳注册地址", "信件代收"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "营业执照办理（登记机关不收费）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "有限公司注册代办费",
                "amount_min": 699,
                "amount_max": 1200,
                "per": "order",
                "when": {"company_type": "llc"},
                "region": "深圳",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "印章刻制（公章、财务章、法人章、发票章）",
                "amount_min": 260,
                "amount_max": 400,
                "per": "order",
                "when": {},
                "region": "深圳",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "注册地址（一年）",
                "amount_min": 1800,
                "amount_max": 3600,
                "per": "order",
                "when": {},
                "region": "深圳",
                "source_url": SAMR,
            },
        ],
    },
    {
        "name": "立诚个体户执照代办",
        "vendor": "b_licheng",
        "kind": "service",
        "category": "工商注册",
        "extra_categories": [],
        "aliases": ["Licheng Sole Proprietor"],
        "tagline": "网店、工作室个体工商户执照快速办理",
        "description": (
            "开网店、做自媒体、经营小工作室，很多时候一张个体工商户执照就够用。"
            "立诚提供线上代办：顾问远程指导实名认证，代为填写经营范围和经营场所信息，"
            "网店类个体户可使用网络经营场所登记，无需租用实体店面。\n\n"
            "## 服务内容\n\n"
            "- 经营范围梳理，匹配电商平台开店要求\n"
            "- 网络经营场所或实体场所登记材料准备\n"
            "- 线上申报与电子营业执照下载指导\n"
            "- 可选个体户公章刻制\n"
            "- 后续税务登记与定额核定咨询\n\n"
            "## 适用客户\n\n"
            "电商卖家、自由设计师、摄影工作室、小餐饮和社区便利店经营者。"
            "如后续需要更高的开票额度或引入合伙人，可升级为有限公司。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 299,
        "price_max": 599,
        "price_unit": "元/次",
        "free_trial": False,
        "attributes": {
            "company_type": ["individual"],
            "address": False,
            "bank_account": False,
            "days": 3,
        },
        "plans": [
            {
                "name": "线上代办",
                "price": 299,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["经营范围梳理", "线上申报", "电子执照指导"],
            },
            {
                "name": "代办含刻章",
                "price": 599,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["线上代办全部内容", "个体户公章", "税务登记指导"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "个体工商户登记（不收费）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "个体户执照代办费",
                "amount_min": 299,
                "amount_max": 399,
                "per": "order",
                "when": {"company_type": "individual"},
                "region": "深圳",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "个体户公章刻制（可选）",
                "amount_min": 150,
                "amount_max": 200,
                "per": "order",
                "when": {},
                "region": "深圳",
                "source_url": SAMR,
            },
        ],
    },
    {
        "name": "衡舟外商投资企业设立",
        "vendor": "b_hengzhou",
        "kind": "service",
        "category": "工商注册",
        "extra_categories": [],
        "aliases": ["WFOE Setup", "Hengzhou FIE Registration"],
        "tagline": "外商独资与中外合资企业在沪落地全流程",
        "description": (
            "外商投资企业设立涉及境外主体文件公证认证、外资信息报告、外汇登记和银行资本金账户等环节，"
            "流程比内资公司复杂得多。衡舟顾问可用中英日三语与境外股东沟通，"
            "在上海办公室面对面梳理投资架构，并陪同客户完成各部门现场事项。\n\n"
            "## 服务内容\n\n"
            "- 投资架构与注册资本规划咨询\n"
            "- 境外股东主体资格文件公证认证指引与中文翻译\n"
            "- 名称登记、设立登记及外商投资信息报告\n"
            "- 印章刻制、税务报到与发票申领\n"
            "- 外汇登记、资本金账户与基本户开立\n"
            "- 可提供上海自贸区及各区合规注册地址\n\n"
            "## 适用客户\n\n"
            "计划在中国设立贸易、咨询、研发或技术服务公司的境外企业和外籍创业者。"
            "整体周期约 4 至 6 周，受文件认证时长影响较大。"
        ),
        "deployment": "private",
        "platforms": [],
        "pricing_model": "quote",
        "price_min": 6000,
        "price_max": 15000,
        "price_unit": "元/次",
        "free_trial": False,
        "attributes": {
            "company_type": ["foreign"],
            "address": True,
            "bank_account": True,
            "days": 30,
        },
        "plans": [
            {
                "name": "外资公司设立",
                "price": None,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["架构咨询", "设立登记", "外资信息报告", "外汇登记与开户"],
            },
            {
                "name": "设立 + 首年合规",
                "price": None,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["设立服务全部内容", "首年记账报税", "年度报告", "双语顾问"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "营业执照办理（登记机关不收费）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "外商投资企业设立代理费",
                "amount_min": 4800,
                "amount_max": 9800,
                "per": "order",
                "when": {"company_type": "foreign"},
                "region": "上海",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "境外文件翻译及认证协助",
                "amount_min": 1200,
                "amount_max": 3500,
                "per": "order",
                "when": {"company_type": "foreign"},
                "region": "上海",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "印章刻制（含中英文章）",
                "amount_min": 300,
                "amount_max": 400,
                "per": "order",
                "when": {},
                "region": "上海",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "注册地址（一年）",
                "amount_min": 3000,
                "amount_max": 5000,
                "per": "order",
                "when": {},
                "region": "上海",
                "source_url": SAMR,
            },
        ],
    },
    {
        "name": "衡舟分公司设立",
        "vendor": "b_hengzhou",
        "kind": "service",
        "category": "工商注册",
        "extra_categories": [],
        "aliases": ["Branch Office Registration"],
        "tagline": "异地分公司设立与税务、银行配套办理",
        "description": (
            "企业在上海及长三角城市扩张业务时，常需要设立分公司以便当地签约、招聘和开票。"
            "衡舟根据总公司的经营范围和业务规划，协助判断分公司还是子公司更合适，"
            "并完成登记、刻章、税务登记和银行开户。\n\n"
            "## 服务内容\n\n"
            "- 分公司与子公司方案对比及税务影响说明\n"
            "- 总公司决议、负责人任命书等材料准备\n"
            "- 分公司登记申报与执照领取\n"
            "- 印章刻制、税务报到与开户陪同\n"
            "- 可选当地合规经营场所\n\n"
            "## 适用客户\n\n"
            "计划在上海、苏州、杭州等城市开展业务的内资与外资企业。总公司需处于正常经营状态，"
            "外资企业的分公司设立同样可以办理。"
        ),
        "deployment": "private",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 1500,
        "price_max": 2500,
        "price_unit": "元/次",
        "free_trial": False,
        "attributes": {
            "company_type": ["branch"],
            "address": True,
            "bank_account": True,
            "days": 10,
        },
        "plans": [
            {
                "name": "分公司设立",
                "price": 1500,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["方案咨询", "登记申报", "执照领取"],
            },
            {
                "name": "设立全包",
                "price": 2500,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["分公司设立全部内容", "刻章", "税务报到", "银行开户陪同"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "分公司登记（登记机关不收费）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "分公司设立代办费",
                "amount_min": 1000,
                "amount_max": 1500,
                "per": "order",
                "when": {"company_type": "branch"},
                "region": "上海",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "印章刻制",
                "amount_min": 300,
                "amount_max": 400,
                "per": "order",
                "when": {},
                "region": "上海",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "注册地址（一年）",
                "amount_min": 3000,
                "amount_max": 5000,
                "per": "order",
                "when": {},
                "region": "上海",
                "source_url": SAMR,
            },
        ],
    },
    {
        "name": "小禾开公司",
        "vendor": "b_xiaohe",
        "kind": "service",
        "category": "工商注册",
        "extra_categories": [],
        "aliases": ["Xiaohe Startup Kit"],
        "tagline": "签约记账即享 0 元注册，全程线上办",
        "description": (
            "小禾开公司面向第一次创业的个人，全程在手机上完成：填写信息、上传证件、视频实名、"
            "查看办理进度。签约一年代理记账即可享受有限公司 0 元代办，不需要记账的客户按标准价付费。"
            "成都地区可选合规注册地址。\n\n"
            "## 服务内容\n\n"
            "- 在线核名与经营范围智能推荐\n"
            "- 有限公司与个体工商户注册代办\n"
            "- 电子营业执照与实体执照邮寄\n"
            "- 刻章与银行开户预约\n"
            "- 成都地区注册地址（可选）\n"
            "- 办理进度实时推送\n\n"
            "## 适用客户\n\n"
            "预算有限、希望流程透明的首次创业者和小团队。需要注意 0 元注册需绑定记账服务，"
            "签约前请确认记账费用与服务期限。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 800,
        "price_unit": "元/次",
        "free_trial": False,
        "attributes": {
            "company_type": ["llc", "individual"],
            "address": True,
            "bank_account": True,
            "days": 7,
        },
        "plans": [
            {
                "name": "记账套餐赠注册",
                "price": 0,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["有限公司注册代办", "需签约一年代理记账", "刻章另计"],
            },
            {
                "name": "单独注册",
                "price": 800,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["有限公司注册代办", "刻章", "开户预约"],
            },
            {
                "name": "个体户注册",
                "price": 199,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["个体户执照代办", "经营范围推荐", "电子执照指导"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "营业执照办理（登记机关不收费）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "有限公司注册代办费（签约记账可减免）",
                "amount_min": 0,
                "amount_max": 800,
                "per": "order",
                "when": {"company_type": "llc"},
                "region": "成都",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "个体户注册代办费",
                "amount_min": 199,
                "amount_max": 199,
                "per": "order",
                "when": {"company_type": "individual"},
                "region": "成都",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "印章刻制",
                "amount_min": 200,
                "amount_max": 300,
                "per": "order",
                "when": {},
                "region": "成都",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "注册地址（一年，可选）",
                "amount_min": 1000,
                "amount_max": 2000,
                "per": "order",
                "when": {},
                "region": "成都",
                "source_url": SAMR,
            },
        ],
    },
    {
        "name": "众诺公司注册",
        "vendor": "b_zhongnuo",
        "kind": "service",
        "category": "工商注册",
        "extra_categories": [],
        "aliases": ["Zhongnuo Company Registration"],
        "tagline": "北京公司注册顾问一对一，可线下陪同",
        "description": (
            "众诺在北京提供有限公司、分公司和个体工商户的注册服务。每位客户都有固定顾问一对一跟进，"
            "需要到现场的环节（如银行开户）可以陪同办理。对没有办公场所的初创团队，"
            "众诺可提供海淀、朝阳等区的合规注册地址。\n\n"
            "## 服务内容\n\n"
            "- 名称申报、经营范围与注册资本建议\n"
            "- 章程与任职文件起草、网上申报\n"
            "- 印章刻制与备案\n"
            "- 银行开户陪同、税务报到\n"
            "- 北京各区注册地址租赁\n"
            "- 文化、科技类前置或后置许可咨询\n\n"
            "## 适用客户\n\n"
            "在北京设立科技、文化传媒、教育咨询类公司的创业团队，以及需要在北京开设分公司的外地企业。"
        ),
        "deployment": "private",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 800,
        "price_max": 5000,
        "price_unit": "元/次",
        "free_trial": False,
        "attributes": {
            "company_type": ["llc", "branch", "individual"],
            "address": True,
            "bank_account": True,
            "days": 8,
        },
        "plans": [
            {
                "name": "个体户",
                "price": 400,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["执照代办", "经营范围建议", "顾问跟进"],
            },
            {
                "name": "有限公司",
                "price": 1200,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["注册代办", "刻章", "开户陪同", "税务报到"],
            },
            {
                "name": "有限公司含地址",
                "price": 5000,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["有限公司全部内容", "一年北京注册地址", "地址年检配合"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "营业执照办理（登记机关不收费）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "有限公司注册代办费",
                "amount_min": 800,
                "amount_max": 1500,
                "per": "order",
                "when": {"company_type": "llc"},
                "region": "北京",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "分公司设立代办费",
                "amount_min": 1200,
                "amount_max": 1500,
                "per": "order",
                "when": {"company_type": "branch"},
                "region": "北京",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "个体户执照代办费",
                "amount_min": 300,
                "amount_max": 500,
                "per": "order",
                "when": {"company_type": "individual"},
                "region": "北京",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "印章刻制",
                "amount_min": 300,
                "amount_max": 400,
                "per": "order",
                "when": {},
                "region": "北京",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "注册地址（一年）",
                "amount_min": 3000,
                "amount_max": 5000,
                "per": "order",
                "when": {},
                "region": "北京",
                "source_url": SAMR,
            },
        ],
    },
    {
        "name": "方寸工商注册",
        "vendor": "b_fangcun",
        "kind": "service",
        "category": "工商注册",
        "extra_categories": [],
        "aliases": ["Fangcun Registration"],
        "tagline": "杭州公司注册与商标同步布局",
        "description": (
            "方寸的工商注册服务常与商标申请一起办理：核名阶段同步检索同名商标风险，"
            "避免公司名称与品牌商标不一致带来的后续麻烦。杭州地区全程网上办理，最快 4 个工作日拿到执照。\n\n"
            "## 服务内容\n\n"
            "- 公司名称与商标同步近似检索\n"
            "- 有限公司、分公司和个体工商户注册代办\n"
            "- 网上申报、电子签名指导与执照领取\n"
            "- 印章刻制与银行开户预约\n"
            "- 注册完成后商标申请优惠\n\n"
            "## 适用客户\n\n"
            "在杭州创业、同时需要打造品牌的电商、设计和消费品公司。"
            "方寸不提供注册地址，需客户自备租赁合同或园区地址。执照下来后可顺带办理商标申请。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 199,
        "price_max": 1299,
        "price_unit": "元/次",
        "free_trial": False,
        "attributes": {
            "company_type": ["llc", "individual", "branch"],
            "address": False,
            "bank_account": True,
            "days": 4,
        },
        "plans": [
            {
                "name": "个体户",
                "price": 199,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["执照代办", "网上申报", "名称检索"],
            },
            {
                "name": "有限公司",
                "price": 899,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["注册代办", "名称与商标同步检索", "开户预约"],
            },
            {
                "name": "分公司",
                "price": 1299,
                "unit": "元/次",
                "billing_period": "once",
                "features": ["分公司登记", "材料准备", "刻章协助"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "营业执照办理（登记机关不收费）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "有限公司注册代办费",
                "amount_min": 499,
                "amount_max": 899,
                "per": "order",
                "when": {"company_type": "llc"},
                "region": "杭州",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "个体户执照代办费",
                "amount_min": 199,
                "amount_max": 199,
                "per": "order",
                "when": {"company_type": "individual"},
                "region": "杭州",
                "source_url": SAMR,
            },
            {
                "kind": "agency",
                "name": "分公司设立代办费",
                "amount_min": 899,
                "amount_max": 1299,
                "per": "order",
                "when": {"company_type": "branch"},
                "region": "杭州",
                "source_url": SAMR,
            },
            {
                "kind": "other",
                "name": "印章刻制",
                "amount_min": 200,
                "amount_max": 260,
                "per": "order",
                "when": {},
                "region": "杭州",
                "source_url": SAMR,
            },
        ],
    },
    # ------------------------------------------------------------------ 版权登记
    {
        "name": "墨证软著登记",
        "vendor": "b_mozheng",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Mozheng Software Copyright", "软著代办"],
        "tagline": "软件著作权登记代理，不通过全额退款",
        "description": (
            "墨证每年代理数千件计算机软件著作权登记，熟悉审查员对源代码、说明书和软件名称的常见补正要求。"
            "客户提供软件和基本信息后，顾问负责材料格式审核、申请表填写与在线提交，补正通知由墨证免费处理。"
            "自 2017 年起软件著作权登记不再收取官方登记费，客户只需支付代理服务费。\n\n"
            "## 服务内容\n\n"
            "- 软件名称、版本号与权利归属梳理\n"
            "- 源代码前后各 30 页、用户手册或设计说明书格式审核\n"
            "- 在线填报与提交，实时同步审查进度\n"
            "- 补正材料免费处理，不通过退还代理费\n"
            "- 可选 10 至 30 个工作日加急通道\n\n"
            "## 适用客户\n\n"
            "准备申报高新技术企业、科技型中小企业或应用上架需要软著证书的软件企业与开发团队。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 380,
        "price_max": 680,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["software"],
            "urgent": True,
            "refund": True,
            "days": 45,
        },
        "plans": [
            {
                "name": "普通登记",
                "price": 380,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["材料格式审核", "在线提交", "免费补正", "不通过退款"],
            },
            {
                "name": "普通登记含材料整理",
                "price": 680,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["源代码整理", "说明书润色", "免费补正", "不通过退款"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "软件著作权登记费（2017 年起免收）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "item",
                "when": {"work_type": "software"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "软著登记代理费",
                "amount_min": 380,
                "amount_max": 680,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "加急服务费（10-30 个工作日）",
                "amount_min": 800,
                "amount_max": 2800,
                "per": "item",
                "when": {"urgency": "urgent"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    {
        "name": "墨证软著加急通道",
        "vendor": "b_mozheng",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Fast-track Software Copyright"],
        "tagline": "软著最快 3 个工作日出证的加急服务",
        "description": (
            "项目验收、招投标或高新认定截止前临时需要软著证书，是很多企业遇到过的情况。"
            "墨证软著加急通道按出证时间分档：3 个、5 个、10 个和 20 个工作日，天数越短费用越高。"
            "提交前会做一次严格的材料预审，尽量避免补正导致时间延误。\n\n"
            "## 服务内容\n\n"
            "- 当天完成材料预审与格式调整\n"
            "- 按客户截止日期推荐合适的加急档位\n"
            "- 专人跟进审查进度，出证后第一时间下载电子证书\n"
            "- 补正通知优先处理\n\n"
            "## 适用客户\n\n"
            "有明确时间节点的软件企业，如参与政府采购投标、申报高新技术企业或等待应用市场上架审核。"
            "加急服务一经提交不支持退款，请在下单前确认软件材料已基本就绪。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 1280,
        "price_max": 3600,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["software"],
            "urgent": True,
            "refund": False,
            "days": 3,
        },
        "plans": [
            {
                "name": "20 个工作日",
                "price": 1280,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["材料预审", "专人跟进", "电子证书"],
            },
            {
                "name": "10 个工作日",
                "price": 1880,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["材料预审", "专人跟进", "补正优先处理"],
            },
            {
                "name": "5 个工作日",
                "price": 2600,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["当天预审", "优先提交", "补正优先处理"],
            },
            {
                "name": "3 个工作日",
                "price": 3600,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["当天预审提交", "最快出证", "电子证书即时下载"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "软件著作权登记费（2017 年起免收）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "item",
                "when": {"work_type": "software"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "软著登记代理费",
                "amount_min": 480,
                "amount_max": 600,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "加急服务费（3-20 个工作日分档）",
                "amount_min": 800,
                "amount_max": 3000,
                "per": "item",
                "when": {"urgency": "urgent"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    {
        "name": "方寸版权登记",
        "vendor": "b_fangcun",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Fangcun Copyright"],
        "tagline": "软件、美术与文字作品一站式版权登记",
        "description": (
            "方寸版权登记覆盖计算机软件、美术作品和文字作品三类常见登记需求，"
            "适合同时拥有品牌 Logo、产品包装设计、宣传文案和自研小程序的企业一次性完成布局。"
            "版权顾问会先确认作品的创作完成时间、作者与权利归属，再准备样本和权属证明材料。\n\n"
            "## 服务内容\n\n"
            "- 作品类型判定与登记策略建议（如 Logo 同时申请商标和美术作品登记）\n"
            "- 作品样本整理、创作说明撰写\n"
            "- 委托创作、职务作品的权属证明材料指导\n"
            "- 在线提交与进度跟踪\n"
            "- 软件作品可选加急\n\n"
            "## 适用客户\n\n"
            "电商卖家、设计工作室、文创品牌和中小软件企业。已在方寸办理商标的客户可享受版权登记组合优惠。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 300,
        "price_max": 800,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["software", "art", "text"],
            "urgent": True,
            "refund": False,
            "days": 30,
        },
        "plans": [
            {
                "name": "软件作品",
                "price": 399,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["材料审核", "在线提交", "补正处理"],
            },
            {
                "name": "美术/文字作品",
                "price": 680,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["含登记费", "创作说明撰写", "权属材料指导"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "软件著作权登记费（2017 年起免收）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "item",
                "when": {"work_type": "software"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "official",
                "name": "美术作品登记费",
                "amount_min": 300,
                "amount_max": 300,
                "per": "item",
                "when": {"work_type": "art"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "official",
                "name": "文字作品登记费（按字数分档）",
                "amount_min": 100,
                "amount_max": 300,
                "per": "item",
                "when": {"work_type": "text"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "版权登记代理费",
                "amount_min": 300,
                "amount_max": 500,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "加急服务费",
                "amount_min": 500,
                "amount_max": 1500,
                "per": "item",
                "when": {"urgency": "urgent"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    {
        "name": "画里美术与视听作品登记",
        "vendor": "b_huali",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Huali Art Copyright"],
        "tagline": "插画、IP 形象与动画短片的版权登记",
        "description": (
            "画里专为创作者服务：插画、IP 形象、字体设计、摄影作品，以及动画短片、宣传片等视听作品都能办理登记。"
            "同一 IP 形象的多个姿态可以作为系列作品整理提交，节省费用。"
            "登记证书是发生侵权纠纷时证明权属的初步证据，建议在作品公开发表前后尽早办理。\n\n"
            "## 服务内容\n\n"
            "- 美术作品、系列作品样本整理与创作说明\n"
            "- 视听作品的片段截取、分镜说明和权利人声明\n"
            "- 合作创作、委托创作的权属协议审阅\n"
            "- 在线提交与证书邮寄\n"
            "- 登记后提供作品存证与侵权监测咨询\n\n"
            "## 适用客户\n\n"
            "插画师、设计工作室、动画公司、潮玩品牌和 MCN 机构。"
            "作品登记不设官方加急，如材料被退回可免费重新提交，最终未获登记退还代理费。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 700,
        "price_max": 1800,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["art", "video"],
            "urgent": False,
            "refund": True,
            "days": 25,
        },
        "plans": [
            {
                "name": "单幅美术作品",
                "price": 700,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["含登记费", "创作说明", "证书邮寄"],
            },
            {
                "name": "IP 系列作品",
                "price": 1200,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["最多 10 个姿态", "系列说明整理", "权属协议审阅"],
            },
            {
                "name": "视听作品",
                "price": 1800,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["含登记费", "分镜说明", "权利人声明"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "美术作品登记费",
                "amount_min": 300,
                "amount_max": 300,
                "per": "item",
                "when": {"work_type": "art"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "official",
                "name": "视听作品登记费",
                "amount_min": 500,
                "amount_max": 1000,
                "per": "item",
                "when": {"work_type": "video"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "作品登记代理费",
                "amount_min": 400,
                "amount_max": 800,
                "per": "item",
                "when": {},
                "region": "上海",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    {
        "name": "竹简文字作品登记",
        "vendor": "b_zhujian",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Zhujian Literary Copyright"],
        "tagline": "小说、剧本与课程讲义的文字作品登记",
        "description": (
            "竹简专注文字作品版权登记，服务网络小说作者、编剧、教辅与课程讲义编写者。"
            "长篇作品可以按已完成部分先行登记，剧本可与分集大纲一并提交。"
            "顾问会帮助作者准备身份证明、创作过程说明以及合作作品的权利分配协议。\n\n"
            "## 服务内容\n\n"
            "- 作品类别判定（小说、剧本、讲义、诗歌等）\n"
            "- 样本格式整理与字数统计\n"
            "- 合作作品、改编作品的权属材料指导\n"
            "- 在线提交与补正跟进\n"
            "- 未获登记退还代理费\n\n"
            "## 适用客户\n\n"
            "网络作者、编剧工作室、培训机构教研部和自媒体创作者。"
            "登记费按作品字数分档，代理费按件收取。顾问会在提交前核对作者署名与发表状态。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 300,
        "price_max": 700,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["text"],
            "urgent": False,
            "refund": True,
            "days": 20,
        },
        "plans": [
            {
                "name": "短篇作品",
                "price": 300,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["5000 字以内", "含登记费", "格式整理"],
            },
            {
                "name": "长篇/剧本",
                "price": 700,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["1 万字以上", "含登记费", "权属材料指导", "补正跟进"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "文字作品登记费（按字数分档）",
                "amount_min": 100,
                "amount_max": 300,
                "per": "item",
                "when": {"work_type": "text"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "文字作品登记代理费",
                "amount_min": 200,
                "amount_max": 400,
                "per": "item",
                "when": {},
                "region": "南京",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    {
        "name": "立诚软著代办",
        "vendor": "b_licheng",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Licheng Software Copyright"],
        "tagline": "深圳科技企业软著批量登记，价格实在",
        "description": (
            "立诚的软著代办面向需要批量登记的科技企业，常见于一次申报 5 至 20 件软著的高新认定准备场景。"
            "顾问会先帮助企业规划软件名称和版本，避免名称雷同或功能重叠导致补正，"
            "再统一整理材料、批量提交。\n\n"
            "## 服务内容\n\n"
            "- 软著规划：名称、版本与功能描述梳理\n"
            "- 源代码与说明书格式审核\n"
            "- 批量在线提交，统一进度表跟踪\n"
            "- 补正免费处理，不通过退款\n"
            "- 可选加急，多件同时加急有优惠\n\n"
            "## 适用客户\n\n"
            "深圳及珠三角的软件、硬件与互联网企业，特别是正在准备高新技术企业认定或专精特新申报的公司。"
            "已在立诚办理注册或记账的客户享受会员价。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 300,
        "price_max": 450,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["software"],
            "urgent": True,
            "refund": True,
            "days": 40,
        },
        "plans": [
            {
                "name": "单件登记",
                "price": 450,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["材料审核", "在线提交", "不通过退款"],
            },
            {
                "name": "5 件起批量",
                "price": 300,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["软著规划", "批量提交", "统一进度表", "不通过退款"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "软件著作权登记费（2017 年起免收）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "item",
                "when": {"work_type": "software"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "软著登记代理费",
                "amount_min": 300,
                "amount_max": 450,
                "per": "item",
                "when": {},
                "region": "深圳",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "加急服务费",
                "amount_min": 500,
                "amount_max": 2500,
                "per": "item",
                "when": {"urgency": "urgent"},
                "region": "深圳",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    {
        "name": "码舟软著一站式服务",
        "vendor": "b_mazhou",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Mazhou Software Copyright"],
        "tagline": "开发团队代写材料的软著登记服务",
        "description": (
            "很多企业卡在软著材料准备上：源代码不知道怎么截取，说明书没人写。"
            "码舟作为软件开发公司，由工程师直接阅读客户的软件或代码，整理符合要求的源代码文档，"
            "并撰写操作说明书、截图标注，最后代为提交登记。\n\n"
            "## 服务内容\n\n"
            "- 工程师远程演示软件，了解功能结构\n"
            "- 源代码整理：去除敏感信息、规范页眉页码\n"
            "- 撰写 30 页以上操作说明书并配截图\n"
            "- 代为填报申请表并在线提交\n"
            "- 可选加急，补正免费，不通过退款\n\n"
            "## 适用客户\n\n"
            "没有专职文档人员的中小软件公司，以及委托外包团队开发、自己手里只有可运行系统的企业。"
            "码舟交付项目的客户可免材料撰写费。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 600,
        "price_max": 2300,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["software"],
            "urgent": True,
            "refund": True,
            "days": 35,
        },
        "plans": [
            {
                "name": "代提交",
                "price": 600,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["客户自备材料", "格式审核", "在线提交"],
            },
            {
                "name": "代写材料 + 提交",
                "price": 1500,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["源代码整理", "说明书撰写", "截图标注", "在线提交", "不通过退款"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "软件著作权登记费（2017 年起免收）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "item",
                "when": {"work_type": "software"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "软著登记代理费",
                "amount_min": 600,
                "amount_max": 800,
                "per": "item",
                "when": {},
                "region": "杭州",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "other",
                "name": "源代码整理与说明书撰写（可选）",
                "amount_min": 0,
                "amount_max": 1500,
                "per": "item",
                "when": {},
                "region": "杭州",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "加急服务费",
                "amount_min": 1000,
                "amount_max": 3000,
                "per": "item",
                "when": {"urgency": "urgent"},
                "region": "杭州",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    {
        "name": "小禾软著与作品登记",
        "vendor": "b_xiaohe",
        "kind": "service",
        "category": "版权登记",
        "extra_categories": [],
        "aliases": ["Xiaohe Copyright"],
        "tagline": "创业团队的低价软著与 Logo 版权登记",
        "description": (
            "小禾为创业团队提供标准化的版权登记：自研 App、小程序办理软著，品牌 Logo 和吉祥物办理美术作品登记。"
            "全程在线上传材料，系统自动检查常见格式问题，顾问复核后提交，每个节点都会推送进度。\n\n"
            "## 服务内容\n\n"
            "- 软件著作权登记（App、小程序、网站、后台系统）\n"
            "- Logo、吉祥物、包装设计的美术作品登记\n"
            "- 材料在线自检与顾问复核\n"
            "- 进度实时推送，电子证书在线下载\n"
            "- 软著可选加急\n\n"
            "## 适用客户\n\n"
            "刚完成产品开发、准备上架应用市场或参加创业比赛的团队。"
            "价格较低，补正需客户配合修改，最终未通过不退代理费。多件同时办理可享受阶梯优惠。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 299,
        "price_max": 799,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "work_type": ["software", "art"],
            "urgent": True,
            "refund": False,
            "days": 45,
        },
        "plans": [
            {
                "name": "软著标准",
                "price": 299,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["材料自检", "顾问复核", "进度推送"],
            },
            {
                "name": "Logo 美术登记",
                "price": 799,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["含登记费", "创作说明模板", "电子证书"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "软件著作权登记费（2017 年起免收）",
                "amount_min": 0,
                "amount_max": 0,
                "per": "item",
                "when": {"work_type": "software"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "official",
                "name": "美术作品登记费",
                "amount_min": 300,
                "amount_max": 300,
                "per": "item",
                "when": {"work_type": "art"},
                "region": "全国",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "版权登记代理费",
                "amount_min": 299,
                "amount_max": 499,
                "per": "item",
                "when": {},
                "region": "成都",
                "source_url": CCOPYRIGHT,
            },
            {
                "kind": "agency",
                "name": "加急服务费",
                "amount_min": 600,
                "amount_max": 2800,
                "per": "item",
                "when": {"urgency": "urgent"},
                "region": "成都",
                "source_url": CCOPYRIGHT,
            },
        ],
    },
    # ------------------------------------------------------------------ 商标注册
    {
        "name": "岚标商标申请",
        "vendor": "b_lanbiao",
        "kind": "service",
        "category": "商标注册",
        "extra_categories": [],
        "aliases": ["Lanbiao Trademark Filing"],
        "tagline": "资深代理人检索把关，当日递交商标申请",
        "description": (
            "岚标的商标申请服务由执业十年以上的代理人负责检索与类别规划。"
            "申请前出具近似查询报告，标出可能构成障碍的在先商标并给出注册成功率评估；"
            "确定方案后当天完成网上递交，拿到受理通知书后持续监控审查进度与初审公告。\n\n"
            "## 服务内容\n\n"
            "- 商标近似检索与风险评估报告\n"
            "- 核心类别与防御类别规划，商品项目精选\n"
            "- 申请书填写与当日网上递交\n"
            "- 补正、审查意见答复与公告期监控\n"
            "- 申请被驳回退还代理费，官费按规定不退\n\n"
            "## 适用客户\n\n"
            "注重品牌长期布局的消费品制造企业、食品饮料品牌和连锁门店。"
            "官费按每类 10 个商品项目计收，超出部分每项另计。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 800,
        "price_max": 1200,
        "price_unit": "元/类",
        "free_trial": False,
        "attributes": {
            "service": ["apply"],
            "search_report": True,
            "refund": True,
            "days": 1,
        },
        "plans": [
            {
                "name": "标准申请",
                "price": 800,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "近似查询报告", "当日递交", "驳回退代理费"],
            },
            {
                "name": "品牌保护套餐",
                "price": 1200,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "代理人一对一规划", "防御类别建议", "公告期监控", "驳回退代理费"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "商标注册官费（网上申请，每类 10 个商品）",
                "amount_min": 270,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "official",
                "name": "超出 10 个商品的加项官费（每项 27 元，按需）",
                "amount_min": 0,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "商标申请代理费",
                "amount_min": 530,
                "amount_max": 800,
                "per": "item",
                "when": {},
                "region": "广州",
                "source_url": CNIPA_TM,
            },
        ],
    },
    {
        "name": "岚标马德里国际商标注册",
        "vendor": "b_lanbiao",
        "kind": "service",
        "category": "商标注册",
        "extra_categories": [],
        "aliases": ["Madrid Filing", "International Trademark"],
        "tagline": "一份申请指定多国，出口企业商标出海",
        "description": (
            "通过马德里体系，企业可以以国内商标申请或注册为基础，用一份申请指定多个缔约方获得保护。"
            "岚标协助出口企业判断目标市场适合走马德里还是逐一国家申请，"
            "并处理各国审查机关发出的临时驳回通知。\n\n"
            "## 服务内容\n\n"
            "- 目标市场商标检索与路径选择（马德里或单一国家）\n"
            "- 基础商标核对与商品项目英文翻译\n"
            "- 国际注册申请书准备与递交\n"
            "- 各缔约方临时驳回的应对协调\n"
            "- 国际注册证明转递与续展提醒\n\n"
            "## 适用客户\n\n"
            "产品出口东南亚、欧洲、北美的制造企业和跨境电商品牌。"
            "规费以瑞士法郎计收，实际金额随汇率和指定国家数量变化，下单前会出具逐国报价。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "quote",
        "price_min": 9000,
        "price_max": None,
        "price_unit": "元/件",
        "free_trial": False,
        "attributes": {
            "service": ["international", "apply"],
            "search_report": True,
            "refund": False,
            "days": 5,
        },
        "plans": [
            {
                "name": "马德里申请（3 国以内）",
                "price": None,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["目标国检索", "商品英文翻译", "国际申请递交", "逐国报价"],
            },
            {
                "name": "重点市场套餐",
                "price": None,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["10 国以上指定", "临时驳回协调", "续展提醒"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "马德里国际注册基础费（653 瑞士法郎，按汇率折算）",
                "amount_min": 5200,
                "amount_max": 5600,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "official",
                "name": "指定缔约方规费（按 3 个国家估算）",
                "amount_min": 3000,
                "amount_max": 12000,
                "per": "order",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "国际商标代理费",
                "amount_min": 2500,
                "amount_max": 4000,
                "per": "order",
                "when": {},
                "region": "广州",
                "source_url": CNIPA_TM,
            },
        ],
    },
    {
        "name": "鉴宇商标驳回复审",
        "vendor": "b_jianyu",
        "kind": "service",
        "category": "商标注册",
        "extra_categories": [],
        "aliases": ["Trademark Rejection Review"],
        "tagline": "商标被驳回？15 日内提交复审争取翻盘",
        "description": (
            "商标被全部或部分驳回后，申请人可以在收到驳回通知之日起 15 日内申请复审。"
            "鉴宇的复审团队会逐一分析引证商标的构成、使用情况与共存可能，"
            "从商标不近似、商品不类似、引证商标可撤销等角度组织理由，并指导客户收集使用证据。\n\n"
            "## 服务内容\n\n"
            "- 免费评估驳回理由与复审成功概率\n"
            "- 引证商标状态调查，必要时同步提起撤三或无效\n"
            "- 复审理由书撰写与证据目录整理\n"
            "- 网上递交复审申请并跟踪审理结果\n"
            "- 复审未获支持退还部分代理费\n\n"
            "## 适用客户\n\n"
            "商标申请被驳回的企业与个人，尤其是已经投入大量宣传、品牌难以更换的商家。"
            "鉴宇只接受评估后认为有合理胜算的案件。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 2175,
        "price_max": 3675,
        "price_unit": "元/类",
        "free_trial": False,
        "attributes": {
            "service": ["review"],
            "search_report": False,
            "refund": True,
            "days": 10,
        },
        "plans": [
            {
                "name": "标准复审",
                "price": 2175,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "驳回理由分析", "复审理由书", "未获支持退 50% 代理费"],
            },
            {
                "name": "复审 + 证据组织",
                "price": 3675,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "引证商标调查", "使用证据整理", "必要时配套撤三建议"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "驳回商标注册申请复审官费（网上）",
                "amount_min": 675,
                "amount_max": 675,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "驳回复审代理费",
                "amount_min": 1500,
                "amount_max": 3000,
                "per": "item",
                "when": {},
                "region": "北京",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "加急撰写（5 日内递交）",
                "amount_min": 500,
                "amount_max": 800,
                "per": "item",
                "when": {"urgency": "urgent"},
                "region": "北京",
                "source_url": CNIPA_TM,
            },
        ],
    },
    {
        "name": "方寸商标注册",
        "vendor": "b_fangcun",
        "kind": "service",
        "category": "商标注册",
        "extra_categories": [],
        "aliases": ["Fangcun Trademark"],
        "tagline": "电商卖家的商标注册与转让一站办",
        "description": (
            "方寸的商标服务深受电商卖家欢迎：平台开店、品牌备案往往需要商标受理通知书或注册证，"
            "方寸可以快速递交新申请，也能撮合购买已注册商标并办理转让，缩短拿证时间。\n\n"
            "## 服务内容\n\n"
            "- 免费近似查询与注册建议\n"
            "- 商标申请递交，一般 2 个工作日内拿到申请号\n"
            "- 已注册商标转让撮合与转让申请办理\n"
            "- 电商平台品牌备案材料指导\n"
            "- 审查进度与公告期异议监控\n\n"
            "## 适用客户\n\n"
            "入驻各类电商平台的中小卖家、工厂自主品牌和设计师品牌。"
            "可与方寸工商注册、版权登记组合办理，费用更优惠。商标转让撮合需额外签订交易协议。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 650,
        "price_max": 850,
        "price_unit": "元/类",
        "free_trial": False,
        "attributes": {
            "service": ["apply", "transfer"],
            "search_report": True,
            "refund": False,
            "days": 2,
        },
        "plans": [
            {
                "name": "自助申请",
                "price": 650,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "免费查询", "2 日内递交"],
            },
            {
                "name": "顾问申请",
                "price": 850,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "顾问一对一", "类别规划", "进度监控"],
            },
            {
                "name": "商标转让办理",
                "price": None,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["转让撮合", "转让申请办理", "交易资金担保"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "商标注册官费（网上申请，每类 10 个商品）",
                "amount_min": 270,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "商标申请代理费",
                "amount_min": 380,
                "amount_max": 580,
                "per": "item",
                "when": {},
                "region": "杭州",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "当日加急递交",
                "amount_min": 100,
                "amount_max": 100,
                "per": "order",
                "when": {"urgency": "urgent"},
                "region": "杭州",
                "source_url": CNIPA_TM,
            },
        ],
    },
    {
        "name": "小禾商标注册",
        "vendor": "b_xiaohe",
        "kind": "service",
        "category": "商标注册",
        "extra_categories": [],
        "aliases": ["Xiaohe Trademark"],
        "tagline": "透明报价，驳回可免费重新申请",
        "description": (
            "小禾商标注册把价格拆得清清楚楚：官费 270 元/类照实收取，代理费单列。"
            "用户在线提交商标名称与图样后，系统先给出近似检索结果，顾问人工复核后给出注册建议，"
            "最快当天递交。选择担保注册的客户，如商标被驳回可免费重新申请一次。\n\n"
            "## 服务内容\n\n"
            "- 智能近似检索与人工复核\n"
            "- 商标图样规范化与商品项目选择\n"
            "- 当日网上递交，受理通知书在线下载\n"
            "- 可选担保注册：驳回后免费重新申请\n"
            "- 审查进度消息推送\n\n"
            "## 适用客户\n\n"
            "刚注册公司、首次申请商标的创业者和小店主。"
            "单类申请即可下单，多类申请按类累计。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 600,
        "price_max": 1400,
        "price_unit": "元/类",
        "free_trial": False,
        "attributes": {
            "service": ["apply"],
            "search_report": True,
            "refund": True,
            "days": 1,
        },
        "plans": [
            {
                "name": "普通申请",
                "price": 600,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "智能检索", "人工复核", "当日递交"],
            },
            {
                "name": "担保注册",
                "price": 1400,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "代理人深度检索", "驳回免费重新申请一次", "进度推送"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "商标注册官费（网上申请，每类 10 个商品）",
                "amount_min": 270,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "official",
                "name": "超出 10 个商品的加项官费（每项 27 元，按需）",
                "amount_min": 0,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "商标申请代理费",
                "amount_min": 330,
                "amount_max": 530,
                "per": "item",
                "when": {},
                "region": "成都",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "other",
                "name": "担保注册服务费（可选）",
                "amount_min": 0,
                "amount_max": 600,
                "per": "item",
                "when": {},
                "region": "成都",
                "source_url": CNIPA_TM,
            },
        ],
    },
    {
        "name": "众诺商标代理",
        "vendor": "b_zhongnuo",
        "kind": "service",
        "category": "商标注册",
        "extra_categories": [],
        "aliases": ["Zhongnuo Trademark Agency"],
        "tagline": "申请、复审、转让全流程的北京商标顾问",
        "description": (
            "众诺的商标代理覆盖商标的完整生命周期：申请前的检索与布局、审查期的补正与驳回复审、"
            "注册后的转让、变更和续展。固定顾问对接，企业名下所有商标统一建档，到期前自动提醒。\n\n"
            "## 服务内容\n\n"
            "- 近似查询报告与多类别布局方案\n"
            "- 商标申请递交与审查跟踪\n"
            "- 驳回复审、部分驳回的分割与复审\n"
            "- 商标转让、变更与续展\n"
            "- 企业商标档案与到期提醒\n\n"
            "## 适用客户\n\n"
            "拥有多个品牌或系列商标、需要长期维护商标资产的科技公司、文化传媒企业和餐饮连锁。"
            "支持在北京办公室当面沟通方案。老客户新增类别可享受代理费折扣。"
        ),
        "deployment": "private",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 770,
        "price_max": 1070,
        "price_unit": "元/类",
        "free_trial": False,
        "attributes": {
            "service": ["apply", "review", "transfer"],
            "search_report": True,
            "refund": False,
            "days": 3,
        },
        "plans": [
            {
                "name": "商标申请",
                "price": 770,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "近似查询报告", "审查跟踪"],
            },
            {
                "name": "品牌管家",
                "price": 1070,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "多类别布局", "商标档案", "续展提醒", "当面沟通"],
            },
            {
                "name": "驳回复审/转让",
                "price": None,
                "unit": "元/件",
                "billing_period": "once",
                "features": ["案情评估", "文书撰写", "按件报价"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "商标注册官费（网上申请，每类 10 个商品）",
                "amount_min": 270,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "商标申请代理费",
                "amount_min": 500,
                "amount_max": 800,
                "per": "item",
                "when": {},
                "region": "北京",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "加急递交服务费",
                "amount_min": 200,
                "amount_max": 200,
                "per": "order",
                "when": {"urgency": "urgent"},
                "region": "北京",
                "source_url": CNIPA_TM,
            },
        ],
    },
    {
        "name": "墨证商标申请",
        "vendor": "b_mozheng",
        "kind": "service",
        "category": "商标注册",
        "extra_categories": [],
        "aliases": ["Mozheng Trademark"],
        "tagline": "科技企业的国内与国际商标申请",
        "description": (
            "墨证在服务软件企业办理软著的过程中，发现大量客户的产品名称没有及时注册商标。"
            "墨证商标申请重点服务科技企业，熟悉第 9 类、第 42 类等软件与技术服务类别的商品项目选择，"
            "也可以在国内申请的基础上办理马德里国际注册。\n\n"
            "## 服务内容\n\n"
            "- 软件、SaaS、硬件产品的核心类别与关联类别建议\n"
            "- 商品与服务项目精选，兼顾保护范围与官费成本\n"
            "- 网上递交与受理通知书转交\n"
            "- 产品出海时的马德里国际注册延伸\n"
            "- 与软著登记组合办理享受优惠\n\n"
            "## 适用客户\n\n"
            "软件公司、智能硬件企业和互联网创业团队。代理费较低，但不提供近似查询报告，"
            "适合已自行完成初步检索、对商标名称有把握的客户。"
        ),
        "deployment": "saas",
        "platforms": [],
        "pricing_model": "one_time",
        "price_min": 570,
        "price_max": 720,
        "price_unit": "元/类",
        "free_trial": False,
        "attributes": {
            "service": ["apply", "international"],
            "search_report": False,
            "refund": False,
            "days": 2,
        },
        "plans": [
            {
                "name": "国内申请",
                "price": 570,
                "unit": "元/类",
                "billing_period": "once",
                "features": ["含官费", "类别建议", "网上递交"],
            },
            {
                "name": "软著 + 商标组合",
                "price": None,
                "unit": "元/项目",
                "billing_period": "once",
                "features": ["1 件软著", "2 类商标", "组合优惠", "统一顾问"],
            },
        ],
        "fees": [
            {
                "kind": "official",
                "name": "商标注册官费（网上申请，每类 10 个商品）",
                "amount_min": 270,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "official",
                "name": "超出 10 个商品的加项官费（每项 27 元，按需）",
                "amount_min": 0,
                "amount_max": 270,
                "per": "item",
                "when": {},
                "region": "全国",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "商标申请代理费",
                "amount_min": 300,
                "amount_max": 450,
                "per": "item",
                "when": {},
                "region": "北京",
                "source_url": CNIPA_TM,
            },
            {
                "kind": "agency",
                "name": "加急递交服务费",
                "amount_min": 150,
                "amount_max": 150,
                "per": "order",
                "when": {"urgency": "urgent"},
                "region": "北京",
                "source_url": CNIPA_TM,
            },
        ],
    },
]
