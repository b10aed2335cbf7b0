"""Sample vendors and software offerings, part A (示例数据).

Every company, brand, hotline and website here is fictional and written for Xuanyong's sample
dataset; websites use the reserved ``.example`` TLD. Offerings cover the leaf categories 收银系统,
智能门禁与物业, 人力资源管理, 资产管理, CRM客户管理, ERP系统 and 财务记账; attribute keys and codes
follow the schemas in ``categories.py``.
"""

from __future__ import annotations

from typing import Any

VENDORS: list[dict[str, Any]] = [
    {
        "key": "qimu",
        "name": "栖木",
        "legal_name": "杭州栖木网络科技有限公司",
        "city": "杭州",
        "founded": 2015,
        "verified": True,
        "hotline": "400-826-3150",
        "website": "https://qimu.example",
        "description": (
            "栖木成立于2015年，总部位于杭州，专注餐饮与零售门店的数字化经营。产品覆盖收银、扫码点餐、"
            "会员营销和连锁中台，累计服务全国三万余家门店，在华东地区设有十余个城市服务站，"
            "可提供上门安装与培训。团队核心成员来自本地生活与支付行业。"
        ),
    },
    {
        "key": "youzhanggui",
        "name": "柚掌柜",
        "legal_name": "成都柚掌柜科技有限公司",
        "city": "成都",
        "founded": 2018,
        "verified": True,
        "hotline": "400-602-7718",
        "website": "https://youzhanggui.example",
        "description": (
            "柚掌柜是一家面向夫妻店和社区小店的轻量化经营工具提供商，2018年创立于成都。产品主打手机即可"
            "开店收银、免费起步，并逐步扩展到生鲜称重和小店记账。公司坚持“够用就好”的设计理念，"
            "界面简洁，让不熟悉电脑的店主也能快速上手。"
        ),
    },
    {
        "key": "jingge",
        "name": "鲸格",
        "legal_name": "深圳鲸格智能科技有限公司",
        "city": "深圳",
        "founded": 2012,
        "verified": True,
        "hotline": "400-930-2265",
        "website": "https://jingge.example",
        "description": (
            "鲸格是一家软硬件一体的零售科技公司，2012年成立于深圳，自主设计收银一体机、称重秤和自助收银"
            "终端，并提供配套的零售 ERP。产品销往全国两百多个城市，合作渠道商超过四百家。"
            "公司拥有自建的硬件实验室和华南售后备件中心。"
        ),
    },
    {
        "key": "maisui",
        "name": "麦穗",
        "legal_name": "郑州麦穗信息科技有限公司",
        "city": "郑州",
        "founded": 2016,
        "verified": False,
        "hotline": "400-371-5826",
        "website": "https://maisui.example",
        "description": (
            "麦穗深耕烘焙、面点及食品加工行业，2016年在郑州成立。团队熟悉中央工厂加前店后厂的业务模式，"
            "产品覆盖门店收银、订货配送和食品生产 ERP，在华中地区的烘焙连锁品牌中有较多落地案例，"
            "并可派驻顾问协助梳理配方与生产流程。"
        ),
    },
    {
        "key": "chengzhou",
        "name": "橙舟",
        "legal_name": "厦门橙舟网络科技有限公司",
        "city": "厦门",
        "founded": 2019,
        "verified": True,
        "hotline": "400-592-0813",
        "website": "https://chengzhou.example",
        "description": (
            "橙舟专注新式茶饮与咖啡门店，2019年成立于厦门。产品围绕出杯效率、小程序点单和会员储值设计，"
            "支持与主流外卖平台订单打通。公司与多家茶饮设备厂商合作，提供从门店开业到营销活动的"
            "一站式数字化服务。"
        ),
    },
    {
        "key": "luran",
        "name": "鹿苒",
        "legal_name": "上海鹿苒科技有限公司",
        "city": "上海",
        "founded": 2017,
        "verified": False,
        "hotline": "400-218-6640",
        "website": "https://luran.example",
        "description": (
            "鹿苒是一家服务美业与宠物门店的 SaaS 公司，2017年成立于上海。产品将收银、预约、次卡疗程和"
            "顾客档案整合在一起，帮助美容院、美发店、美甲店及宠物洗护店提升复购。"
            "公司在长三角设有直营服务团队，提供开店建档和员工培训服务。"
        ),
    },
    {
        "key": "hexiang",
        "name": "禾象",
        "legal_name": "南京禾象软件科技有限公司",
        "city": "南京",
        "founded": 2011,
        "verified": True,
        "hotline": "400-025-3386",
        "website": "https://hexiang.example",
        "description": (
            "禾象成立于2011年，总部位于南京，长期服务区域超市、便利店连锁和百货专柜。公司早期以本地部署的"
            "商业管理软件起家，近年推出云端收银与商业 ERP，支持总部、配送中心与门店的一体化运营，"
            "在江苏、安徽等地拥有大量连锁客户。"
        ),
    },
    {
        "key": "xingzao",
        "name": "星灶",
        "legal_name": "广州星灶科技有限公司",
        "city": "广州",
        "founded": 2020,
        "verified": False,
        "hotline": "400-020-7459",
        "website": "https://xingzao.example",
        "description": (
            "星灶是一家年轻的餐饮软件团队，2020年创立于广州，创始成员来自连锁快餐企业的信息部门。"
            "产品聚焦快餐、粉面和火锅等餐饮场景，强调出餐速度、后厨 KDS 与外卖聚合接单，"
            "定价透明，适合成长期餐饮品牌。"
        ),
    },
    {
        "key": "lvxiang",
        "name": "闾巷",
        "legal_name": "深圳闾巷智能科技有限公司",
        "city": "深圳",
        "founded": 2016,
        "verified": True,
        "hotline": "400-755-1628",
        "website": "https://lvxiang.example",
        "description": (
            "闾巷专注智慧社区建设，2016年成立于深圳，提供人脸门禁、可视对讲、访客登记和社区运营平台。"
            "公司产品已在全国一千余个住宅小区落地，与多家物业集团建立长期合作，"
            "具备门禁硬件的设计与生产能力。"
        ),
    },
    {
        "key": "qifei",
        "name": "启扉",
        "legal_name": "苏州启扉信息科技有限公司",
        "city": "苏州",
        "founded": 2015,
        "verified": True,
        "hotline": "400-512-8093",
        "website": "https://qifei.example",
        "description": (
            "启扉成立于2015年，总部位于苏州工业园区，主要为产业园区、写字楼和企业总部提供通行管理与"
            "园区运营软件。产品包括人脸门禁、访客预约、园区资产与能耗管理，可与闸机、梯控和停车系统对接，"
            "服务过多个国家级开发区项目。"
        ),
    },
    {
        "key": "julan",
        "name": "居澜",
        "legal_name": "武汉居澜科技有限公司",
        "city": "武汉",
        "founded": 2017,
        "verified": True,
        "hotline": "400-027-6155",
        "website": "https://julan.example",
        "description": (
            "居澜是一家物业管理软件公司，2017年成立于武汉，以物业收费、报事报修和业主服务为核心，"
            "并延伸至门禁通行和校园安全管理。产品在华中地区的中小物业公司和中小学校中应用较多，"
            "提供本地化的实施和账单迁移服务。"
        ),
    },
    {
        "key": "fangwei",
        "name": "坊卫",
        "legal_name": "重庆坊卫科技有限公司",
        "city": "重庆",
        "founded": 2019,
        "verified": False,
        "hotline": "400-023-9471",
        "website": "https://fangwei.example",
        "description": (
            "坊卫是一家以蓝牙门禁和轻量访客系统起家的创业公司，2019年成立于重庆。公司主打免布线、"
            "低成本的改造方案，适合老旧小区和中小写字楼的门禁升级。目前合作安装商覆盖西南地区"
            "主要城市，可在一周内完成单个小区的改造。"
        ),
    },
    {
        "key": "zhixiu",
        "name": "知岫",
        "legal_name": "北京知岫科技有限公司",
        "city": "北京",
        "founded": 2014,
        "verified": True,
        "hotline": "400-010-5387",
        "website": "https://zhixiu.example",
        "description": (
            "知岫成立于2014年，总部位于北京，是一家专注人力资源数字化的软件公司。产品线覆盖集团级 eHR、"
            "中小企业云人事和绩效管理，服务客户涵盖制造、零售、金融和互联网行业。"
            "公司在上海、广州、成都设有分支机构，具备大型项目的本地化实施能力。"
        ),
    },
    {
        "key": "banxu",
        "name": "班序",
        "legal_name": "上海班序信息科技有限公司",
        "city": "上海",
        "founded": 2018,
        "verified": True,
        "hotline": "400-021-4792",
        "website": "https://banxu.example",
        "description": (
            "班序专注连锁门店和工厂的排班考勤与薪酬计算，2018年成立于上海。团队擅长处理多班次、"
            "跨门店借调和计件计时等复杂用工场景，产品可根据客流预测自动生成排班，"
            "已服务多家全国性餐饮和零售连锁品牌。"
        ),
    },
    {
        "key": "xinyu",
        "name": "薪屿",
        "legal_name": "深圳薪屿科技有限公司",
        "city": "深圳",
        "founded": 2019,
        "verified": False,
        "hotline": "400-755-3082",
        "website": "https://xinyu.example",
        "description": (
            "薪屿是一家面向小微企业的人事服务公司，2019年在深圳创立。公司将在线人事软件与社保公积金代缴"
            "服务相结合，帮助没有专职 HR 的创业团队完成入离职、算薪和参保。"
            "目前已与全国一百多个城市的服务网点建立合作。"
        ),
    },
    {
        "key": "qingwu",
        "name": "青梧",
        "legal_name": "杭州青梧网络科技有限公司",
        "city": "杭州",
        "founded": 2016,
        "verified": True,
        "hotline": "400-571-2269",
        "website": "https://qingwu.example",
        "description": (
            "青梧成立于2016年，总部位于杭州，早期以招聘管理系统为主，后扩展到人事管理和行政资产管理。"
            "公司产品注重与企业微信和常用办公工具的集成，界面设计简洁，"
            "深受互联网和新消费企业的行政与 HR 团队欢迎。"
        ),
    },
    {
        "key": "liyue",
        "name": "砺岳",
        "legal_name": "长沙砺岳软件科技有限公司",
        "city": "长沙",
        "founded": 2010,
        "verified": True,
        "hotline": "400-731-6608",
        "website": "https://liyue.example",
        "description": (
            "砺岳成立于2010年，总部位于长沙，专注离散制造业信息化，产品涵盖生产制造 ERP 和面向工厂的"
            "人力资源系统。公司熟悉工程机械、汽车零部件和电子装配等行业，"
            "拥有一支具备制造业背景的实施顾问团队。"
        ),
    },
    {
        "key": "wuzhan",
        "name": "物栈",
        "legal_name": "上海物栈科技有限公司",
        "city": "上海",
        "founded": 2017,
        "verified": True,
        "hotline": "400-021-8834",
        "website": "https://wuzhan.example",
        "description": (
            "物栈是一家专注固定资产管理的 SaaS 公司，2017年成立于上海。产品覆盖资产登记、领用借还、"
            "盘点和维保全流程，并提供 RFID 标签、手持终端等配套硬件。"
            "客户包括连锁零售、互联网公司和外资企业的行政与财务部门。"
        ),
    },
    {
        "key": "yange",
        "name": "研格",
        "legal_name": "西安研格信息科技有限公司",
        "city": "西安",
        "founded": 2013,
        "verified": False,
        "hotline": "400-029-4416",
        "website": "https://yange.example",
        "description": (
            "研格成立于2013年，位于西安，长期为高校、科研院所和医院提供资产与设备管理软件。"
            "产品符合事业单位国有资产管理要求，支持与财务系统和资产上报平台对接，"
            "在西北地区的高校和三甲医院中有较多案例。"
        ),
    },
    {
        "key": "hengxu",
        "name": "恒序",
        "legal_name": "天津恒序科技有限公司",
        "city": "天津",
        "founded": 2009,
        "verified": True,
        "hotline": "400-022-5170",
        "website": "https://hengxu.example",
        "description": (
            "恒序成立于2009年，总部位于天津，是一家服务重资产和制造企业的管理软件公司。核心产品包括"
            "设备资产管理 EAM 和中型企业 ERP，擅长设备台账、预防性维护与生产物料管理，"
            "客户分布在化工、装备制造和港口物流等行业。"
        ),
    },
    {
        "key": "yantian",
        "name": "砚田",
        "legal_name": "成都砚田科技有限公司",
        "city": "成都",
        "founded": 2018,
        "verified": False,
        "hotline": "400-028-7395",
        "website": "https://yantian.example",
        "description": (
            "砚田是一家面向中小企业的行政与财务工具提供商，2018年在成都创立。公司产品包括 IT 资产管理"
            "和轻量记账软件，强调开箱即用和合理定价，主要客户为一百人以下的科技公司、"
            "设计工作室和咨询机构。"
        ),
    },
    {
        "key": "huixi",
        "name": "汇溪",
        "legal_name": "北京汇溪网络科技有限公司",
        "city": "北京",
        "founded": 2013,
        "verified": True,
        "hotline": "400-010-9263",
        "website": "https://huixi.example",
        "description": (
            "汇溪成立于2013年，总部位于北京，专注销售管理与客户关系管理领域。产品覆盖线索获取、"
            "销售过程管理、合同回款和呼叫中心，并开放了完善的 API 接口。"
            "客户主要集中在企业服务、工业品和医疗器械等 B2B 行业。"
        ),
    },
    {
        "key": "pushi",
        "name": "朴石",
        "legal_name": "杭州朴石科技有限公司",
        "city": "杭州",
        "founded": 2019,
        "verified": True,
        "hotline": "400-571-6931",
        "website": "https://pushi.example",
        "description": (
            "朴石是一家面向中小团队的 CRM 公司，2019年在杭州成立。公司认为好用比功能多更重要，"
            "产品上手简单，提供永久免费的基础版本，同时推出面向外贸企业的专业版本，"
            "支持邮件营销和海关数据查询。客户以江浙地区的小型贸易团队为主。"
        ),
    },
    {
        "key": "duya",
        "name": "渡鸦",
        "legal_name": "广州渡鸦信息科技有限公司",
        "city": "广州",
        "founded": 2016,
        "verified": False,
        "hotline": "400-020-3548",
        "website": "https://duya.example",
        "description": (
            "渡鸦成立于2016年，总部位于广州，专注外勤销售与行业化 CRM。产品支持拜访签到、路线规划和"
            "终端门店管理，并针对医药和快消行业提供合规拜访与费用管控方案。"
            "公司在华南和西南地区拥有较多快消经销商客户。"
        ),
    },
    {
        "key": "jiyan",
        "name": "稷言",
        "legal_name": "南京稷言科技有限公司",
        "city": "南京",
        "founded": 2015,
        "verified": True,
        "hotline": "400-025-8817",
        "website": "https://jiyan.example",
        "description": (
            "稷言成立于2015年，总部位于南京，专注教育培训和房产经纪两个行业的客户管理软件。"
            "公司认为行业 CRM 的价值在于贴合业务流程，因此为每个行业单独设计数据模型和销售流程，"
            "目前服务数千家培训机构和中介门店。"
        ),
    },
    {
        "key": "zhulian",
        "name": "铸联",
        "legal_name": "宁波铸联软件科技有限公司",
        "city": "宁波",
        "founded": 2008,
        "verified": True,
        "hotline": "400-574-2650",
        "website": "https://zhulian.example",
        "description": (
            "铸联成立于2008年，总部位于宁波，专注模具、五金和注塑等离散制造行业的 ERP。公司深耕长三角"
            "制造业集群，熟悉按单生产和外协加工的管理特点，产品覆盖从报价、订单到生产排程和"
            "成本核算的完整业务链。"
        ),
    },
    {
        "key": "suozhi",
        "name": "梭织",
        "legal_name": "绍兴梭织科技有限公司",
        "city": "绍兴",
        "founded": 2012,
        "verified": False,
        "hotline": "400-575-1924",
        "website": "https://suozhi.example",
        "description": (
            "梭织成立于2012年，位于绍兴柯桥，专注纺织印染行业的信息化建设。公司团队长期驻扎纺织产业集群，"
            "熟悉坯布、染整和成品布的流转管理，产品在浙江和江苏的纺织贸易企业中拥有稳定的客户群，"
            "并提供上门培训。"
        ),
    },
    {
        "key": "qingjian",
        "name": "青简",
        "legal_name": "杭州青简信息科技有限公司",
        "city": "杭州",
        "founded": 2017,
        "verified": True,
        "hotline": "400-571-4085",
        "website": "https://qingjian.example",
        "description": (
            "青简成立于2017年，总部位于杭州，专注小微企业和代理记账公司的云财务软件。产品包括企业自用的"
            "记账软件和面向代账机构的批量记账平台，支持智能凭证、一键报税和票据采集，"
            "已服务十余万家小微企业。"
        ),
    },
    {
        "key": "zhangqiao",
        "name": "账桥",
        "legal_name": "广州账桥科技有限公司",
        "city": "广州",
        "founded": 2018,
        "verified": False,
        "hotline": "400-020-6712",
        "website": "https://zhangqiao.example",
        "description": (
            "账桥成立于2018年，总部位于广州，以发票管理和票税数字化为切入点，逐步发展为覆盖记账、报税和"
            "发票的一体化财税平台。公司与多家银行合作实现企业流水自动同步，"
            "主要服务华南地区的商贸和服务业企业。"
        ),
    },
    {
        "key": "yunshu",
        "name": "蕴数",
        "legal_name": "上海蕴数软件科技有限公司",
        "city": "上海",
        "founded": 2014,
        "verified": True,
        "hotline": "400-021-3609",
        "website": "https://yunshu.example",
        "description": (
            "蕴数成立于2014年，总部位于上海，专注中大型企业和非营利组织的财务核算软件。产品支持多账套、"
            "多准则核算和合并报表，提供本地部署和私有云两种交付方式，客户包括集团企业、基金会、"
            "社会服务机构和民办学校。"
        ),
    },
]

OFFERINGS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ 收银系统
    {
        "name": "栖木餐饮收银",
        "vendor": "qimu",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Qimu Dine"],
        "tagline": "扫码点餐、后厨分单与会员储值一体的餐饮收银",
        "description": (
            "栖木餐饮收银面向中小餐饮门店，把前厅点单、后厨出品和顾客会员放在同一套系统里。"
            "服务员用平板或手机点单后，菜品按档口自动分单打印；顾客也可以扫桌码自助点餐并在线买单，"
            "高峰期明显减少排队和漏单。\n\n"
            "## 核心功能\n\n"
            "- 桌台管理：开台、并台、转台与预订，支持包厢最低消费\n"
            "- 扫码点餐：桌码点餐、加菜，先付后吃与先吃后付两种模式\n"
            "- 后厨分单：按档口拆分打印，支持划菜和催菜提醒\n"
            "- 会员储值：储值赠送、积分抵现与生日券自动发放\n"
            "- 经营报表：菜品销量、翻台率和时段客流分析\n\n"
            "## 适用客户\n\n"
            "适合中式正餐、烧烤、酒馆和特色小吃等以堂食为主的门店，单店即可使用；门店数量增加后可升级"
            "专业版或旗舰版，实现总部统一菜品、价格与会员。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "android", "ios", "miniprogram", "pos"],
        "pricing_model": "subscription",
        "price_min": 980,
        "price_max": 2980,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["catering"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay"],
            "max_stores": 200,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["桌台点单与结账", "后厨分单打印", "基础会员储值", "营业日报"],
            },
            {
                "name": "专业版",
                "price": 1680,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": [
                    "含标准版全部功能",
                    "桌码自助点餐",
                    "积分与优惠券",
                    "多门店菜品同步",
                    "翻台率分析",
                ],
            },
            {
                "name": "旗舰版",
                "price": 2980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": [
                    "含专业版全部功能",
                    "总部统一定价",
                    "跨店会员通用",
                    "原料库存与成本卡",
                    "专属客户成功经理",
                ],
            },
        ],
    },
    {
        "name": "栖木零售收银",
        "vendor": "qimu",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Qimu Retail"],
        "tagline": "便利店与专卖店的扫码收银和进销存",
        "description": (
            "栖木零售收银适用于便利店、母婴店、文具店和服饰专卖店等零售业态。系统内置上百万条商品条码库，"
            "新店建档时扫码即可带出商品名称和规格，配合扫码枪、小票机和钱箱即可开业。\n\n"
            "## 核心功能\n\n"
            "- 快速收银：扫码、称重条码和组合支付，断网时本地继续收银\n"
            "- 商品管理：多规格、多单位、批次与保质期提醒\n"
            "- 进销存：采购入库、调拨、盘点和库存预警\n"
            "- 促销引擎：满减、第二件半价、限时特价和会员价\n"
            "- 手机看店：实时查看营业额、毛利和畅滞销商品\n\n"
            "## 适用客户\n\n"
            "适合一到数十家门店的零售商户。单店版满足日常收银和库存，连锁版增加总部统一定价、门店要货"
            "和跨店调拨，适合正在扩张的区域品牌。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "android", "pos", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 680,
        "price_max": 1980,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["retail"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay", "face"],
            "max_stores": 100,
        },
        "plans": [
            {
                "name": "单店版",
                "price": 680,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["扫码收银与组合支付", "商品条码库", "基础进销存", "会员积分"],
            },
            {
                "name": "连锁版",
                "price": 1980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": [
                    "含单店版全部功能",
                    "总部统一定价",
                    "门店要货与调拨",
                    "促销引擎",
                    "刷脸支付接入",
                ],
            },
        ],
    },
    {
        "name": "栖木连锁中台",
        "vendor": "qimu",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": ["ERP系统"],
        "aliases": ["Qimu Chain", "栖木中台"],
        "tagline": "面向百店以上餐饮连锁的总部运营中台",
        "description": (
            "栖木连锁中台是栖木为大型餐饮连锁打造的总部解决方案，在门店收银之上增加了菜品研发、"
            "供应链和加盟管理能力。总部可以按区域、门店类型下发菜单和价格，中央厨房根据门店要货"
            "自动生成生产和配送计划。\n\n"
            "## 核心功能\n\n"
            "- 菜单中心：按区域和门店分组下发菜品、价格与套餐\n"
            "- 供应链：门店要货、中央厨房生产、配送与收货差异处理\n"
            "- 加盟管理：加盟商账户、保证金、货款与分账结算\n"
            "- 会员中台：跨品牌、跨门店的会员权益与储值通用\n"
            "- 数据中心：门店对标、成本卡与理论毛利分析\n"
            "- 开放接口：对接外卖平台、财务系统和企业自有 App\n\n"
            "## 适用客户\n\n"
            "适合门店数量在一百家以上、拥有中央厨房或多品牌运营的餐饮集团。项目一般包含需求调研、"
            "数据迁移和门店培训，实施周期约两到四个月。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "android", "ios", "pos"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "industry": ["catering", "retail"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay", "face"],
        },
        "plans": [
            {
                "name": "集团版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": [
                    "菜单中心与区域定价",
                    "中央厨房供应链",
                    "加盟商结算",
                    "多品牌会员中台",
                    "开放 API",
                ],
            },
        ],
    },
    {
        "name": "柚掌柜小店收银",
        "vendor": "youzhanggui",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Youzhanggui Lite"],
        "tagline": "手机就能收银记账，小店免费起步",
        "description": (
            "柚掌柜小店收银是一款以手机为核心的收银工具，店主不需要购买电脑和专用收银机，"
            "用手机摄像头扫商品条码就能开单收款。顾客付款后资金直接进入店主自己的收款账户，"
            "柚掌柜不经手资金。\n\n"
            "## 核心功能\n\n"
            "- 手机扫码收银：摄像头识别条码，支持挂单和退货\n"
            "- 聚合收款码：一张码同时收微信和支付宝\n"
            "- 简易库存：进货拍照录入，卖一件扣一件\n"
            "- 会员与赊账：记录熟客积分和赊账欠款，到期提醒\n"
            "- 每日账本：自动汇总当天流水，区分现金和线上收款\n\n"
            "## 适用客户\n\n"
            "适合社区便利店、水果店、杂货铺和小型批发档口。免费版可满足日常收银，高级版增加蓝牙小票"
            "打印、多员工账号和商品库云备份。"
        ),
        "deployment": "saas",
        "platforms": ["android", "ios", "miniprogram"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 398,
        "price_unit": "元/门店/年",
        "free_trial": False,
        "attributes": {
            "industry": ["retail", "fresh"],
            "offline_mode": False,
            "chain_stores": False,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay"],
            "max_stores": 1,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["手机扫码收银", "聚合收款码", "简易库存", "每日账本"],
            },
            {
                "name": "高级版",
                "price": 398,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["蓝牙小票打印", "最多5个员工账号", "会员积分与赊账", "商品库云备份"],
            },
        ],
    },
    {
        "name": "柚掌柜生鲜称重收银",
        "vendor": "youzhanggui",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Youzhanggui Fresh"],
        "tagline": "对接电子秤的生鲜称重收银与损耗管理",
        "description": (
            "柚掌柜生鲜称重收银针对水果、蔬菜、肉禽和冻品门店的计重销售设计。系统可直连主流品牌的"
            "条码秤和收银秤，商品价格在后台修改后自动下发到秤上，避免手工改价出错。\n\n"
            "## 核心功能\n\n"
            "- 称重收银：收银秤直接读取重量，支持去皮和计件混合销售\n"
            "- 条码秤管理：批量下发 PLU，打印含重量和金额的条码\n"
            "- 损耗登记：报损、分拣和加工转换，自动计算损耗率\n"
            "- 时段调价：晚间清货自动打折，减少次日损耗\n"
            "- 日清报表：每日进销存与毛利，按品类查看损耗\n\n"
            "## 适用客户\n\n"
            "适合社区生鲜店、水果连锁和农贸市场档口。多店版支持总部统一采购和门店要货，"
            "适合三十家门店以内的区域生鲜品牌。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "android", "pos"],
        "pricing_model": "subscription",
        "price_min": 798,
        "price_max": 1598,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["fresh"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay"],
            "max_stores": 30,
        },
        "plans": [
            {
                "name": "单店版",
                "price": 798,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["称重收银", "条码秤价格下发", "损耗登记", "日清报表"],
            },
            {
                "name": "多店版",
                "price": 1598,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["含单店版全部功能", "总部统一采购", "门店要货", "时段自动调价", "跨店损耗对比"],
            },
        ],
    },
    {
        "name": "鲸格智能POS一体机",
        "vendor": "jingge",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Jingge POS", "JG-POS"],
        "tagline": "双屏收银一体机，买断整机软件免年费",
        "description": (
            "鲸格智能POS一体机是软硬件一体的收银方案，设备出厂预装鲸格收银软件，开箱联网后即可使用。"
            "与按年订阅的云收银不同，购买整机即包含基础软件的永久使用权，适合不希望每年续费的门店。\n\n"
            "## 核心功能\n\n"
            "- 双屏显示：客显屏展示商品明细和付款码，也可播放门店广告\n"
            "- 本地数据库：断网时完整收银，网络恢复后自动上传\n"
            "- 外设齐全：内置小票打印机，可连接扫码枪、钱箱和电子秤\n"
            "- 刷脸支付：自助款内置 3D 摄像头，支持刷脸付款\n"
            "- 云端后台：手机查看销售数据，远程修改商品和价格\n\n"
            "## 适用客户\n\n"
            "适合单店或少量门店的超市、便利店、快餐店和生鲜店。设备提供一年整机保修，华南地区支持"
            "次日上门换机，其他地区寄修。"
        ),
        "deployment": "hybrid",
        "platforms": ["pos", "android", "web"],
        "pricing_model": "one_time",
        "price_min": 2680,
        "price_max": 6980,
        "price_unit": "元/台",
        "free_trial": False,
        "attributes": {
            "industry": ["retail", "catering", "fresh"],
            "offline_mode": True,
            "chain_stores": False,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay", "face"],
            "max_stores": 5,
        },
        "plans": [
            {
                "name": "单屏标准款",
                "price": 2680,
                "unit": "元/台",
                "billing_period": "once",
                "features": ["15.6 英寸触摸屏", "内置 80mm 打印机", "基础收银软件永久授权", "一年整机保修"],
            },
            {
                "name": "双屏款",
                "price": 3980,
                "unit": "元/台",
                "billing_period": "once",
                "features": ["主屏加客显副屏", "客显广告轮播", "电子秤接口", "一年整机保修"],
            },
            {
                "name": "刷脸自助款",
                "price": 6980,
                "unit": "元/台",
                "billing_period": "once",
                "features": ["立式自助收银", "3D 刷脸支付", "防损称重校验", "两年整机保修"],
            },
        ],
    },
    {
        "name": "麦穗烘焙收银",
        "vendor": "maisui",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Maisui Bakery"],
        "tagline": "烘焙门店收银、订货与蛋糕预订一体化",
        "description": (
            "麦穗烘焙收银针对面包、蛋糕和中式糕点门店的经营特点设计。除日常收银外，系统重点解决生日蛋糕"
            "预订、门店每日订货和临期商品处理三类问题，帮助门店减少报废、提高现烤产品的售罄率。\n\n"
            "## 核心功能\n\n"
            "- 蛋糕预订：尺寸、口味和祝福语登记，定金与尾款分开收取\n"
            "- 智能订货：参考历史销量与天气推荐次日订货量\n"
            "- 临期折扣：晚间自动对当日面包打折，报废单留痕\n"
            "- 储值卡券：实体储值卡、电子卡与提货券统一管理\n"
            "- 中央工厂对接：门店订单汇总到工厂生产计划\n\n"
            "## 适用客户\n\n"
            "适合单店到数百家门店的烘焙品牌，尤其是采用中央工厂配送模式的连锁企业。"
            "连锁版可与麦穗食品ERP打通生产和配送数据。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "android", "miniprogram", "pos"],
        "pricing_model": "subscription",
        "price_min": 1200,
        "price_max": 2400,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["retail", "catering"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay"],
            "max_stores": 300,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 1200,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["门店收银", "蛋糕预订", "临期折扣", "储值卡券"],
            },
            {
                "name": "连锁版",
                "price": 2400,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": [
                    "含标准版全部功能",
                    "智能订货建议",
                    "中央工厂对接",
                    "跨店储值通用",
                    "区域经营报表",
                ],
            },
        ],
    },
    {
        "name": "橙舟茶饮收银",
        "vendor": "chengzhou",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["OrangeBoat Tea POS"],
        "tagline": "茶饮咖啡门店的小程序点单与快速出杯",
        "description": (
            "橙舟茶饮收银专为新式茶饮、咖啡和甜品店打造。饮品规格复杂，糖度、冰量和加料组合多，"
            "系统把这些选项做成可视化按钮，店员点单平均只需几秒；顾客通过小程序下单后，"
            "订单直接进入制作队列并打印杯贴。\n\n"
            "## 核心功能\n\n"
            "- 规格加料：糖度、温度、小料自由组合，自动计价\n"
            "- 小程序点单：到店自取、外送和预约取餐，叫号提醒\n"
            "- 杯贴打印：每杯一张标签，标明口味和取餐号\n"
            "- 外卖聚合：多个外卖平台订单统一接单与出杯\n"
            "- 会员运营：等级权益、集点卡和新品券定向发放\n\n"
            "## 适用客户\n\n"
            "适合独立茶饮店、精品咖啡馆以及正在开放加盟的饮品品牌。品牌版支持总部统一上新和配方管理，"
            "加盟管理模块按项目报价。"
        ),
        "deployment": "saas",
        "platforms": ["android", "ios", "miniprogram", "pos"],
        "pricing_model": "subscription",
        "price_min": 1580,
        "price_max": 2980,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["catering"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "payment": ["wechat", "alipay"],
            "max_stores": 500,
        },
        "plans": [
            {
                "name": "单店版",
                "price": 1580,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["规格加料点单", "杯贴打印", "小程序自取", "外卖聚合接单"],
            },
            {
                "name": "品牌版",
                "price": 2980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["含单店版全部功能", "总部统一上新", "配方与出杯标准", "会员等级与集点卡"],
            },
            {
                "name": "加盟管理",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["加盟商订货", "物料配送", "加盟费与分账", "门店巡检"],
            },
        ],
    },
    {
        "name": "鹿苒美业收银",
        "vendor": "luran",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": ["CRM客户管理"],
        "aliases": ["Luran Beauty"],
        "tagline": "预约、次卡疗程与顾客档案一站式管理",
        "description": (
            "鹿苒美业收银面向美容院、美发店、美甲美睫和皮肤管理门店。美业的核心资产是顾客关系，"
            "系统以顾客档案为中心，记录每次到店的项目、技师、用品和效果照片，帮助门店做好回访和复购。\n\n"
            "## 核心功能\n\n"
            "- 在线预约：顾客选择项目和技师，自动避开时间冲突\n"
            "- 次卡疗程：次卡、疗程卡和储值卡混合消费，余次清晰可查\n"
            "- 技师提成：按项目、业绩和指定点钟自动计算提成\n"
            "- 顾客档案：消费记录、皮肤与发质档案和护理前后对比照片\n"
            "- 回访提醒：疗程到期、沉睡顾客自动生成回访任务\n\n"
            "## 适用客户\n\n"
            "适合一到五十家门店的美业商户。高级版增加跨店消费、股东分红报表和小程序商城，"
            "适合开始连锁化经营的美业品牌。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 1680,
        "price_max": 3000,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["beauty"],
            "offline_mode": False,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay"],
            "max_stores": 50,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 1680,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["收银与开单", "在线预约", "次卡与储值卡", "技师提成", "顾客档案"],
            },
            {
                "name": "高级版",
                "price": 3000,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["含基础版全部功能", "跨店消费", "股东分红报表", "小程序商城", "沉睡顾客唤醒"],
            },
        ],
    },
    {
        "name": "鹿苒宠物店收银",
        "vendor": "luran",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Luran Pet"],
        "tagline": "宠物洗护、寄养与用品零售的门店系统",
        "description": (
            "鹿苒宠物店收银是鹿苒在美业系统基础上为宠物门店推出的版本。宠物店同时经营洗护美容、寄养和"
            "用品零售，系统把宠物作为独立档案管理，一位主人名下的多只宠物可分别记录品种、体重、"
            "疫苗和服务偏好。\n\n"
            "## 核心功能\n\n"
            "- 宠物档案：品种、年龄、体重、疫苗驱虫记录与过敏提醒\n"
            "- 洗护预约：按体型自动匹配服务时长和价格\n"
            "- 寄养管理：笼位占用、每日喂养记录和照片推送给主人\n"
            "- 用品零售：扫码收银，粮食和罐头的保质期管理\n"
            "- 复购提醒：根据洗护周期和粮食用量提醒顾客回店\n\n"
            "## 适用客户\n\n"
            "适合社区宠物店、宠物美容工作室和兼营寄养的小型门店。目前暂不支持宠物医院的诊疗病历功能。"
        ),
        "deployment": "saas",
        "platforms": ["web", "android", "ios", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 980,
        "price_max": 1980,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["retail", "beauty"],
            "offline_mode": False,
            "chain_stores": False,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay"],
            "max_stores": 3,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["宠物档案", "洗护预约", "用品收银", "次卡储值"],
            },
            {
                "name": "专业版",
                "price": 1980,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "寄养笼位管理", "喂养照片推送", "复购提醒", "最多3家门店"],
            },
        ],
    },
    {
        "name": "禾象超市收银",
        "vendor": "hexiang",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Hexiang SuperPOS", "禾象商超"],
        "tagline": "区域超市连锁的本地化收银与配送管理",
        "description": (
            "禾象超市收银是禾象在商业软件领域十余年积累的成熟产品，采用门店本地服务器加总部云端的"
            "混合架构。门店即使长时间断网，收银、会员和促销也能正常运行，非常适合对稳定性要求高的"
            "中大型超市。\n\n"
            "## 核心功能\n\n"
            "- 多机收银：单店支持数十台收银机并发，高峰期不卡顿\n"
            "- 联营专柜：联营商品扣点结算，专柜销售独立对账\n"
            "- 促销管理：DM 海报档期、会员日和分时段特价\n"
            "- 配送中心：门店要货、统配、直送与越库作业\n"
            "- 自助收银：支持自助收银机和移动收银，缓解排队\n\n"
            "## 适用客户\n\n"
            "适合营业面积较大的区域超市、社区连锁和县域百货。软件按套一次性授权，之后每年可选购"
            "运维服务，费用约为授权费的百分之十五。"
        ),
        "deployment": "hybrid",
        "platforms": ["windows", "pos", "web", "android"],
        "pricing_model": "one_time",
        "price_min": 3800,
        "price_max": 12800,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "industry": ["retail", "fresh"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay", "face"],
            "max_stores": 500,
        },
        "plans": [
            {
                "name": "单店版",
                "price": 3800,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["不限收银机数量", "本地服务器部署", "会员与促销", "联营专柜结算"],
            },
            {
                "name": "连锁总部版",
                "price": 12800,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["总部商品与价格管理", "配送中心作业", "门店数据汇总", "自助收银接入"],
            },
            {
                "name": "年度运维服务",
                "price": None,
                "unit": "",
                "billing_period": "year",
                "features": ["版本升级", "远程运维", "节假日驻场保障"],
            },
        ],
    },
    {
        "name": "星灶快餐收银",
        "vendor": "xingzao",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Xingzao QSR"],
        "tagline": "快餐粉面店的出餐叫号与外卖聚合收银",
        "description": (
            "星灶快餐收银为快餐、粉面、麻辣烫和简餐门店设计，以出餐速度为第一目标。点单界面支持套餐和"
            "做法快捷键，顾客付款后订单立即推送到后厨显示屏，出餐完成自动叫号，顾客不必在柜台前久等。\n\n"
            "## 核心功能\n\n"
            "- 极速点单：常用菜品置顶，套餐一键加购\n"
            "- 后厨 KDS：订单按制作顺序上屏，超时变色提醒\n"
            "- 叫号取餐：语音叫号与取餐屏联动\n"
            "- 外卖聚合：多平台外卖订单自动接单、打印与出餐\n"
            "- 营业分析：按小时统计出餐量和平均出餐时长\n\n"
            "## 适用客户\n\n"
            "适合以外带和外卖为主的快餐门店和档口。基础版涵盖收银与外卖接单，标准版增加 KDS 和叫号屏。"
            "会员营销与原料库存功能尚在开发中。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "android", "pos", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 599,
        "price_max": 1299,
        "price_unit": "元/门店/年",
        "free_trial": True,
        "attributes": {
            "industry": ["catering"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": False,
            "inventory": False,
            "payment": ["wechat", "alipay"],
            "max_stores": 100,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 599,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["极速点单", "外卖聚合接单", "小票与标签打印"],
            },
            {
                "name": "标准版",
                "price": 1299,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["含基础版全部功能", "后厨 KDS", "语音叫号与取餐屏", "出餐时长分析"],
            },
        ],
    },
    {
        "name": "星灶火锅收银",
        "vendor": "xingzao",
        "kind": "software",
        "category": "收银系统",
        "extra_categories": [],
        "aliases": ["Xingzao Hotpot"],
        "tagline": "锅底、小料与称重菜品都能算清的火锅收银",
        "description": (
            "星灶火锅收银面向火锅、烤肉和串串等桌餐门店。火锅店的计费方式比较特殊：锅底按人数或锅型计价，"
            "小料台按人头收费，部分菜品需要现场称重，系统把这些规则都做成了可配置项，"
            "减少结账时的手工计算。\n\n"
            "## 核心功能\n\n"
            "- 锅底与人头费：按锅型、人数和时段自动计费\n"
            "- 称重菜品：对接电子秤，海鲜和牛肉按实际重量出单\n"
            "- 扫码加菜：顾客在桌上扫码加菜，后厨按档口出品\n"
            "- 成本卡：菜品 BOM 与原料消耗，辅助计算毛利\n"
            "- 排队叫号：线上取号与预估等位时间\n\n"
            "## 适用客户\n\n"
            "适合单店及六十家以内的火锅、烤肉连锁品牌。系统默认按川渝火锅习惯配置，"
            "其他地区品牌可在开店时调整计费规则。"
        ),
        "deployment": "saas",
        "platforms": ["windows", "android", "ios", "miniprogram", "pos"],
        "pricing_model": "subscription",
        "price_min": 1299,
        "price_max": 2599,
        "price_unit": "元/门店/年",
        "free_trial": False,
        "attributes": {
            "industry": ["catering"],
            "offline_mode": True,
            "chain_stores": True,
            "membership": True,
            "inventory": True,
            "payment": ["wechat", "alipay", "unionpay"],
            "max_stores": 60,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 1299,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["锅底与人头费计费", "称重菜品", "扫码加菜", "排队叫号"],
            },
            {
                "name": "连锁版",
                "price": 2599,
                "unit": "元/门店/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "菜品成本卡", "总部统一菜单", "会员储值跨店通用"],
            },
        ],
    },
    # ------------------------------------------------------------------ 智能门禁与物业
    {
        "name": "闾巷智慧社区",
        "vendor": "lvxiang",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Lvxiang Community"],
        "tagline": "人脸门禁、可视对讲与社区服务的一体化平台",
        "description": (
            "闾巷智慧社区是一套面向住宅小区的完整解决方案，包含人脸识别门口机、单元可视对讲、业主 App 和"
            "物业管理后台。业主通过 App 完成人脸录入和房屋认证，即可刷脸进出小区和单元门，"
            "访客也能通过业主分享的临时二维码通行。\n\n"
            "## 核心功能\n\n"
            "- 人脸通行：活体检测防照片攻击，识别时间小于一秒\n"
            "- 可视对讲：访客在单元门呼叫，业主手机视频接听并远程开门\n"
            "- 访客管理：临时二维码、访客登记和通行记录留存\n"
            "- 物业缴费：物业费、停车费在线缴纳与电子票据\n"
            "- 社区公告：通知推送、投票表决和报事报修\n\n"
            "## 适用客户\n\n"
            "适合新建商品房小区和需要整体升级的中高端社区，也适合管理多个项目的物业集团。"
            "方案含设备、施工与平台，按项目规模和门点数量报价。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "access_method": ["face", "qrcode", "card", "password"],
            "visitor": True,
            "property_fee": True,
            "hardware_included": True,
            "scene": "residential",
            "max_doors": 2000,
        },
        "plans": [
            {
                "name": "社区标准方案",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["人脸门口机与单元对讲", "业主 App", "访客二维码", "物业缴费"],
            },
            {
                "name": "物业集团平台",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["多项目统一管理", "集团数据看板", "收费率与工单分析", "第三方系统对接"],
            },
        ],
    },
    {
        "name": "闾巷访客通",
        "vendor": "lvxiang",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Lvxiang Visitor"],
        "tagline": "写字楼访客预约、前台登记与通行授权",
        "description": (
            "闾巷访客通是一款轻量的访客管理软件，可以单独使用，也可以对接已有的门禁和闸机。被访员工提前"
            "在小程序中发起邀请，访客收到短信后填写信息并获得通行二维码，到访时在前台平板或闸机上"
            "扫码即可进入。\n\n"
            "## 核心功能\n\n"
            "- 预约邀请：员工发起邀请，访客自助填写并上传证件信息\n"
            "- 前台登记：平板自助签到，识别身份证并打印访客贴\n"
            "- 通行授权：按时间段和楼层生成临时通行权限\n"
            "- 黑名单：异常访客预警并通知安保人员\n"
            "- 数据留存：访客记录可导出，满足审计与合规要求\n\n"
            "## 适用客户\n\n"
            "适合单栋写字楼、企业总部和研发中心。标准版对接二维码闸机，专业版增加人脸通行和多楼宇管理，"
            "按年订阅，不含硬件。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 3600,
        "price_max": 12000,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "access_method": ["qrcode", "face"],
            "visitor": True,
            "property_fee": False,
            "hardware_included": False,
            "scene": "office",
            "max_doors": 50,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 3600,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["预约邀请", "前台平板签到", "二维码闸机对接", "访客记录导出"],
            },
            {
                "name": "专业版",
                "price": 12000,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "人脸通行", "多楼宇管理", "黑名单预警", "身份证识读"],
            },
        ],
    },
    {
        "name": "启扉人脸门禁",
        "vendor": "qifei",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Qifei FaceGate"],
        "tagline": "园区与写字楼的人脸门禁和梯控管理",
        "description": (
            "启扉人脸门禁是一套本地部署的通行管理系统，管理平台安装在客户自己的服务器上，人脸数据不出园区，"
            "满足企业和政府园区对数据安全的要求。系统支持人脸、IC卡和二维码多种通行方式，"
            "并可与梯控、闸机和考勤打通。\n\n"
            "## 核心功能\n\n"
            "- 人脸识别终端：支持戴口罩识别和强逆光环境\n"
            "- 权限分组：按部门、楼层和时段配置通行权限\n"
            "- 梯控联动：刷脸后自动点亮授权楼层\n"
            "- 考勤对接：通行记录可推送给考勤和人事系统\n"
            "- 告警中心：尾随、强行开门和长时间未关门告警\n\n"
            "## 适用客户\n\n"
            "适合产业园区、企业总部和研发中心等对数据留存有要求的场景。按门点数量计价，包含终端设备和"
            "平台授权，现场安装调试费用另计。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows", "android"],
        "pricing_model": "one_time",
        "price_min": 1980,
        "price_max": 4980,
        "price_unit": "元/门点",
        "free_trial": False,
        "attributes": {
            "access_method": ["face", "card", "qrcode"],
            "visitor": False,
            "property_fee": False,
            "hardware_included": True,
            "scene": "park",
            "max_doors": 500,
        },
        "plans": [
            {
                "name": "标准门点",
                "price": 1980,
                "unit": "元/门点",
                "billing_period": "once",
                "features": ["人脸识别终端", "IC卡与二维码读头", "平台授权", "一年质保"],
            },
            {
                "name": "闸机门点",
                "price": 3280,
                "unit": "元/门点",
                "billing_period": "once",
                "features": ["速通门人脸组件", "防尾随检测", "平台授权", "一年质保"],
            },
            {
                "name": "梯控模块",
                "price": 4980,
                "unit": "元/部",
                "billing_period": "once",
                "features": ["电梯刷脸派梯", "楼层权限控制", "按时段开放公共楼层"],
            },
        ],
    },
    {
        "name": "启扉园区通行",
        "vendor": "qifei",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Qifei Park"],
        "tagline": "园区企业入驻、访客与车辆通行统一管理",
        "description": (
            "启扉园区通行是面向园区运营方的云平台，把入驻企业、员工、访客和车辆的通行统一到一个后台。"
            "园区运营方给入驻企业开通管理员账号后，企业自行维护员工名单和访客邀请，"
            "大大减少物业前台的登记工作。\n\n"
            "## 核心功能\n\n"
            "- 企业入驻：企业档案、合同期限与员工自助认证\n"
            "- 多方式通行：人脸、二维码和手机蓝牙开门\n"
            "- 访客与车辆：访客预约、临时车辆放行和停车缴费\n"
            "- 园区缴费：租金、物业费和能耗费在线账单\n"
            "- 运营看板：园区人流、企业活跃度和缴费率\n\n"
            "## 适用客户\n\n"
            "适合产业园、科技园和联合办公空间的运营方。平台兼容多个主流品牌的门禁和闸机设备，"
            "已有硬件的园区可直接接入，无需更换。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 20000,
        "price_max": 80000,
        "price_unit": "元/园区/年",
        "free_trial": True,
        "attributes": {
            "access_method": ["face", "qrcode", "bluetooth"],
            "visitor": True,
            "property_fee": True,
            "hardware_included": False,
            "scene": "park",
            "max_doors": 1000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 20000,
                "unit": "元/园区/年",
                "billing_period": "year",
                "features": ["企业入驻管理", "人脸与二维码通行", "访客预约", "200 个门点以内"],
            },
            {
                "name": "运营版",
                "price": 48000,
                "unit": "元/园区/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "车辆通行与停车缴费", "园区账单", "运营看板"],
            },
            {
                "name": "集团版",
                "price": 80000,
                "unit": "元/园区/年",
                "billing_period": "year",
                "features": ["多园区统一管理", "集团驾驶舱", "开放接口", "专属实施顾问"],
            },
        ],
    },
    {
        "name": "居澜物业云",
        "vendor": "julan",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Julan PMS"],
        "tagline": "物业收费、报修与门禁通行的中小物业平台",
        "description": (
            "居澜物业云是为中小物业公司设计的一体化管理平台，以物业收费为核心，帮助物业把纸质账本和"
            " Excel 台账迁移到线上。业主通过小程序即可查询账单、在线缴费和提交报修，"
            "物业人员在手机上接单处理。\n\n"
            "## 核心功能\n\n"
            "- 收费管理：物业费、水电公摊、车位费自动计费与催缴\n"
            "- 报事报修：业主拍照提交，工单派发、评价与回访\n"
            "- 门禁通行：对接二维码和蓝牙门禁，业主手机开门\n"
            "- 房产档案：楼栋、房屋、业主与租户信息管理\n"
            "- 财务对账：收款流水与账单核销，支持开具电子票据\n\n"
            "## 适用客户\n\n"
            "适合管理一到数十个项目的中小物业公司、开发商自持物业和业委会自管小区。按管理户数计费，"
            "三百户以下的小区可申请免费试用三个月。"
        ),
        "deployment": "saas",
        "platforms": ["web", "android", "ios", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 6,
        "price_max": 18,
        "price_unit": "元/户/年",
        "free_trial": True,
        "attributes": {
            "access_method": ["qrcode", "card", "bluetooth"],
            "visitor": True,
            "property_fee": True,
            "hardware_included": False,
            "scene": "residential",
            "max_doors": 300,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 6,
                "unit": "元/户/年",
                "billing_period": "year",
                "features": ["收费管理", "房产档案", "业主小程序缴费"],
            },
            {
                "name": "标准版",
                "price": 12,
                "unit": "元/户/年",
                "billing_period": "year",
                "features": ["含基础版全部功能", "报事报修工单", "电子票据", "欠费催缴"],
            },
            {
                "name": "全功能版",
                "price": 18,
                "unit": "元/户/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "门禁通行对接", "访客管理", "多项目财务对账"],
            },
        ],
    },
    {
        "name": "居澜校园门禁",
        "vendor": "julan",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Julan Campus"],
        "tagline": "中小学校门人脸通行与家长接送管理",
        "description": (
            "居澜校园门禁针对中小学校的安全管理需求设计。学生刷脸或刷卡进出校门时，系统自动记录到校和"
            "离校时间并推送给家长；外来人员必须经过访客登记，陌生人在非开放时段闯入会即时告警。\n\n"
            "## 核心功能\n\n"
            "- 学生通行：人脸或校园卡进出，到离校消息推送家长\n"
            "- 家长接送：低年级接送人绑定，未授权人员接送提醒\n"
            "- 访客登记：身份证核验、被访教师确认和离校登记\n"
            "- 安全告警：陌生人识别、黑名单和异常时段闯入告警\n"
            "- 考勤统计：按班级汇总学生到校情况，教师端实时查看\n\n"
            "## 适用客户\n\n"
            "适合中小学、幼儿园和职业院校。方案包含校门人脸闸机、门岗登记终端和管理平台，"
            "数据存储在学校本地服务器，家长消息通过云端推送。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "android", "miniprogram"],
        "pricing_model": "one_time",
        "price_min": 38000,
        "price_max": 98000,
        "price_unit": "元/校",
        "free_trial": False,
        "attributes": {
            "access_method": ["face", "card"],
            "visitor": True,
            "property_fee": False,
            "hardware_included": True,
            "scene": "school",
            "max_doors": 40,
        },
        "plans": [
            {
                "name": "校门方案",
                "price": 38000,
                "unit": "元/校",
                "billing_period": "once",
                "features": ["两通道人脸闸机", "门岗访客终端", "家长消息推送", "本地管理平台"],
            },
            {
                "name": "全校方案",
                "price": 98000,
                "unit": "元/校",
                "billing_period": "once",
                "features": ["校门与宿舍楼门禁", "家长接送管理", "陌生人告警", "班级考勤统计", "三年质保"],
            },
        ],
    },
    {
        "name": "坊卫蓝牙门禁",
        "vendor": "fangwei",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Fangwei BLE"],
        "tagline": "免布线改造，老旧小区手机蓝牙开门",
        "description": (
            "坊卫蓝牙门禁是一款面向老旧小区的低成本门禁改造方案。控制器直接安装在原有电磁锁或电插锁旁边，"
            "使用电池或就近取电，无需重新布线，一扇单元门通常半小时即可完成改造。\n\n"
            "## 核心功能\n\n"
            "- 手机开门：业主打开小程序靠近门口，蓝牙自动开门\n"
            "- 密码开门：支持临时密码，方便快递和家政人员进出\n"
            "- 刷卡兼容：可继续使用原有 IC 卡，老人无需学习手机操作\n"
            "- 访客授权：业主远程生成限时有效的访客钥匙\n"
            "- 离线运行：控制器本地存储权限，断网也能正常开门\n\n"
            "## 适用客户\n\n"
            "适合没有门禁或门禁设备老化的老旧小区、城中村出租屋和单位宿舍。平台软件免费使用，"
            "仅按门点收取硬件费用，首年质保。"
        ),
        "deployment": "saas",
        "platforms": ["ios", "android", "miniprogram", "web"],
        "pricing_model": "one_time",
        "price_min": 680,
        "price_max": 1280,
        "price_unit": "元/门点",
        "free_trial": False,
        "attributes": {
            "access_method": ["bluetooth", "password", "card"],
            "visitor": True,
            "property_fee": False,
            "hardware_included": True,
            "scene": "residential",
            "max_doors": 200,
        },
        "plans": [
            {
                "name": "蓝牙控制器",
                "price": 680,
                "unit": "元/门点",
                "billing_period": "once",
                "features": ["手机蓝牙开门", "临时密码", "离线权限存储", "首年质保"],
            },
            {
                "name": "蓝牙+刷卡款",
                "price": 1280,
                "unit": "元/门点",
                "billing_period": "once",
                "features": ["兼容原有 IC 卡", "手机蓝牙开门", "防水面板", "首年质保"],
            },
        ],
    },
    {
        "name": "坊卫楼宇访客",
        "vendor": "fangwei",
        "kind": "software",
        "category": "智能门禁与物业",
        "extra_categories": [],
        "aliases": ["Fangwei Lobby"],
        "tagline": "中小写字楼前台的扫码访客登记",
        "description": (
            "坊卫楼宇访客是一款入门级的访客登记工具，适合还在使用纸质登记本的中小写字楼和企业前台。"
            "访客扫描前台张贴的二维码，填写姓名、手机号和被访人即可完成登记，被访人会收到微信通知"
            "并在线确认。\n\n"
            "## 核心功能\n\n"
            "- 扫码登记：访客无需下载 App，微信扫码即可填写\n"
            "- 被访确认：被访员工在线同意或拒绝来访\n"
            "- 临时密码：确认后向访客发送门禁临时密码\n"
            "- 来访记录：按日期和被访人检索，支持导出表格\n"
            "- 常客白名单：保洁、快递等常访人员免重复登记\n\n"
            "## 适用客户\n\n"
            "适合员工数在两百人以内的写字楼、孵化器和企业前台。免费版每月提供两百条访客记录，"
            "专业版不限次数并支持多个入口。"
        ),
        "deployment": "saas",
        "platforms": ["web", "android", "miniprogram"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 1980,
        "price_unit": "元/年",
        "free_trial": False,
        "attributes": {
            "access_method": ["qrcode", "password"],
            "visitor": True,
            "property_fee": False,
            "hardware_included": False,
            "scene": "office",
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["扫码登记", "被访人确认", "每月 200 条访客记录"],
            },
            {
                "name": "专业版",
                "price": 1980,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["不限访客记录", "多个入口", "门禁临时密码", "常客白名单", "记录导出"],
            },
        ],
    },
    # ------------------------------------------------------------------ 人力资源管理
    {
        "name": "知岫eHR",
        "vendor": "zhixiu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Zhixiu eHR"],
        "tagline": "集团型企业的一体化人力资源管理平台",
        "description": (
            "知岫eHR是知岫面向大中型集团企业的人力资源管理平台，支持多法人、多层级的组织架构和复杂的"
            "薪酬体系。系统可部署在企业自有机房或专属云上，并与企业的财务、OA 和门禁系统深度集成，"
            "满足集团管控和数据安全要求。\n\n"
            "## 核心功能\n\n"
            "- 组织管理：多法人、矩阵式组织与编制预算控制\n"
            "- 薪酬核算：多薪资方案并行，支持个税、年终奖和股权激励\n"
            "- 考勤假期：复杂班次、综合工时制与各地法定假期规则\n"
            "- 人才发展：任职资格、继任者计划与培训积分\n"
            "- 员工自助：移动端请假、证明开具和工资条查看\n"
            "- 数据分析：人力成本、流失率和人效指标看板\n\n"
            "## 适用客户\n\n"
            "适合员工规模在两千人以上、拥有多个子公司或事业部的集团企业。项目通常包含咨询梳理、"
            "系统实施和数据迁移，按模块和用户数报价。"
        ),
        "deployment": "private",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "modules": ["core", "attendance", "payroll", "recruit", "performance", "training"],
            "social_insurance": False,
            "mobile_clock": True,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "集团版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["多法人组织管理", "集团薪酬体系", "人才发展", "本地或专属云部署", "驻场实施"],
            },
        ],
    },
    {
        "name": "知岫云人事",
        "vendor": "zhixiu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Zhixiu Cloud HR"],
        "tagline": "中小企业入转调离与算薪的在线人事系统",
        "description": (
            "知岫云人事是知岫把集团级产品经验下沉到中小企业的 SaaS 版本，开通即用，无需实施团队驻场。"
            "系统覆盖员工从入职到离职的完整流程，HR 可以在一个后台完成花名册维护、考勤汇总和月度算薪。\n\n"
            "## 核心功能\n\n"
            "- 电子花名册：员工档案、合同到期和转正提醒\n"
            "- 入职办理：候选人在线填写资料并完成电子合同签署\n"
            "- 考勤打卡：手机定位、Wi-Fi 和考勤机多种打卡方式\n"
            "- 薪资计算：考勤数据自动带入，个税和社保扣款自动计算\n"
            "- 电子工资条：员工手机查看并确认，支持密码保护\n\n"
            "## 适用客户\n\n"
            "适合一百到两千人的成长型企业。按在职员工数按月计费，年付可享八五折，已有其他系统的客户"
            "可使用 Excel 模板批量导入历史数据。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 8,
        "price_max": 18,
        "price_unit": "元/人/月",
        "free_trial": True,
        "attributes": {
            "modules": ["core", "attendance", "payroll"],
            "social_insurance": False,
            "mobile_clock": True,
            "company_size": "medium",
            "max_employees": 2000,
        },
        "plans": [
            {
                "name": "人事版",
                "price": 8,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["电子花名册", "入转调离", "电子合同"],
            },
            {
                "name": "人事考勤版",
                "price": 12,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["含人事版全部功能", "手机打卡", "排班与假期", "考勤汇总"],
            },
            {
                "name": "全模块版",
                "price": 18,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["含人事考勤版全部功能", "薪资计算", "个税申报文件", "电子工资条"],
            },
        ],
    },
    {
        "name": "知岫绩效",
        "vendor": "zhixiu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Zhixiu OKR", "知岫OKR"],
        "tagline": "OKR 与 KPI 并行的目标与绩效管理工具",
        "description": (
            "知岫绩效是一款独立的目标与绩效管理产品，既支持互联网企业常用的 OKR，也支持传统企业的 KPI "
            "考核和 360 度评估，两种方式可以在同一家公司的不同部门并行使用。\n\n"
            "## 核心功能\n\n"
            "- 目标管理：公司、团队和个人目标对齐，进度可视化\n"
            "- 考核方案：KPI、OKR、360 评估和述职评分灵活组合\n"
            "- 过程反馈：一对一面谈记录和随时点赞反馈\n"
            "- 结果校准：强制分布、绩效校准会与申诉流程\n"
            "- 人才盘点：九宫格盘点并关联培训和晋升计划\n\n"
            "## 适用客户\n\n"
            "适合希望建立规范绩效体系的中型企业，尤其是研发人员占比较高的科技公司。"
            "可以单独购买，也可以与知岫云人事打通员工和组织数据。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 10,
        "price_max": 25,
        "price_unit": "元/人/月",
        "free_trial": True,
        "attributes": {
            "modules": ["performance", "training"],
            "social_insurance": False,
            "mobile_clock": False,
            "company_size": "medium",
            "max_employees": 5000,
        },
        "plans": [
            {
                "name": "目标版",
                "price": 10,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["OKR 目标对齐", "进度更新", "一对一面谈"],
            },
            {
                "name": "绩效版",
                "price": 18,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["含目标版全部功能", "KPI 与 360 评估", "绩效校准", "申诉流程"],
            },
            {
                "name": "人才盘点版",
                "price": 25,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["含绩效版全部功能", "九宫格盘点", "继任计划", "培训关联"],
            },
        ],
    },
    {
        "name": "班序排班考勤",
        "vendor": "banxu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Banxu WFM"],
        "tagline": "按客流预测自动排班的连锁门店考勤系统",
        "description": (
            "班序排班考勤面向餐饮、零售和服务业连锁企业。门店店长最头疼的往往是每周排班：既要覆盖高峰"
            "时段，又要控制人工成本，还要兼顾员工的休息意愿。班序根据历史客流和营业额预测每个时段的"
            "用工需求，自动生成排班草稿，店长只需微调即可发布。\n\n"
            "## 核心功能\n\n"
            "- 智能排班：按客流预测和岗位技能自动生成班表\n"
            "- 多门店借调：员工跨店支援，工时自动归属到对应门店\n"
            "- 灵活打卡：手机定位打卡、人脸考勤机与门店平板打卡\n"
            "- 工时合规：超时加班预警，综合工时制自动核算\n"
            "- 人效分析：门店人效、工时占比与排班偏差报表\n\n"
            "## 适用客户\n\n"
            "适合门店数在五十家以上、员工排班频繁变化的连锁企业，也适用于小时工和兼职占比较高的业态。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 6,
        "price_max": 15,
        "price_unit": "元/人/月",
        "free_trial": True,
        "attributes": {
            "modules": ["core", "attendance"],
            "social_insurance": False,
            "mobile_clock": True,
            "company_size": "large",
            "max_employees": 50000,
        },
        "plans": [
            {
                "name": "考勤版",
                "price": 6,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["手机与平板打卡", "手工排班", "工时统计", "加班预警"],
            },
            {
                "name": "智能排班版",
                "price": 15,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["含考勤版全部功能", "客流预测排班", "跨店借调", "人效分析"],
            },
        ],
    },
    {
        "name": "班序薪酬",
        "vendor": "banxu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Banxu Payroll"],
        "tagline": "计件、计时与提成混合的复杂薪酬计算",
        "description": (
            "班序薪酬专注工厂和连锁门店的复杂算薪场景。很多企业同时存在计件工资、计时工资、销售提成和"
            "各类津贴，月底需要 HR 在多个 Excel 之间来回核对；班序薪酬把这些规则配置成公式，"
            "数据到齐后一键出具工资表。\n\n"
            "## 核心功能\n\n"
            "- 薪资公式：可视化配置计件单价、阶梯提成和津贴规则\n"
            "- 数据接入：自动读取班序考勤、生产报工和门店销售数据\n"
            "- 个税申报：累计预扣预缴计算，导出申报文件\n"
            "- 社保代缴：对接合作服务商办理参保增减员\n"
            "- 工资条与发放：电子工资条推送，生成银行代发文件\n\n"
            "## 适用客户\n\n"
            "适合员工数在一百人以上、工资结构复杂的制造工厂和连锁服务企业。可与班序排班考勤组合使用，"
            "也可以通过接口导入第三方考勤数据。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 5,
        "price_max": 12,
        "price_unit": "元/人/月",
        "free_trial": False,
        "attributes": {
            "modules": ["payroll"],
            "social_insurance": True,
            "mobile_clock": False,
            "company_size": "medium",
            "max_employees": 20000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 5,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["薪资公式配置", "个税计算", "电子工资条"],
            },
            {
                "name": "高级版",
                "price": 12,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": [
                    "含标准版全部功能",
                    "计件与提成规则",
                    "社保代缴对接",
                    "银行代发文件",
                    "多法人算薪",
                ],
            },
        ],
    },
    {
        "name": "薪屿小微人事",
        "vendor": "xinyu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Xinyu Lite"],
        "tagline": "没有专职 HR 也能管好入离职和工资",
        "description": (
            "薪屿小微人事为创业公司和小微企业设计，目标用户往往是兼管人事的老板、行政或出纳。系统把常见的"
            "人事事务做成一步步的引导，比如新员工入职时会自动提示签合同、办社保和录入银行卡，避免遗漏。\n\n"
            "## 核心功能\n\n"
            "- 员工档案：手机邀请员工自助填写资料\n"
            "- 入离职引导：清单式流程，自动生成劳动合同和离职证明\n"
            "- 简单考勤：手机打卡与请假审批，月底自动汇总\n"
            "- 一键算薪：基本工资、考勤扣款和个税自动计算\n"
            "- 社保代缴：对接薪屿服务网点，按需开通代缴服务\n\n"
            "## 适用客户\n\n"
            "二十人以内的团队可以免费使用，人数增长后按人付费升级标准版。特别适合刚注册公司、"
            "需要同时解决人事和社保问题的创业团队。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 6,
        "price_unit": "元/人/月",
        "free_trial": False,
        "attributes": {
            "modules": ["core", "attendance", "payroll"],
            "social_insurance": True,
            "mobile_clock": True,
            "company_size": "micro",
            "max_employees": 100,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["20 人以内免费", "员工档案", "入离职引导", "手机打卡"],
            },
            {
                "name": "标准版",
                "price": 6,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["最多 100 人", "一键算薪", "电子工资条", "社保代缴开通"],
            },
        ],
    },
    {
        "name": "薪屿社保通",
        "vendor": "xinyu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Xinyu SI"],
        "tagline": "全国多城市社保公积金代缴与增减员",
        "description": (
            "薪屿社保通是薪屿提供的社保公积金代缴服务平台，适合在多个城市有员工但没有当地法人主体的企业。"
            "企业在线提交增减员，薪屿的合作网点在当地完成参保办理，每月账单和缴纳凭证统一在平台上查看。\n\n"
            "## 核心功能\n\n"
            "- 异地参保：覆盖一百多个城市的社保和公积金缴纳\n"
            "- 在线增减员：每月截止日前提交，办理进度实时可查\n"
            "- 政策提醒：各城市基数调整和缴费比例变化自动通知\n"
            "- 账单对账：按员工、城市和险种拆分的月度明细\n"
            "- 工伤与生育：协助办理工伤认定和生育津贴申领\n\n"
            "## 适用客户\n\n"
            "适合在外地设有销售、运维或远程办公员工的中小企业。服务费按人按月收取，社保公积金实际"
            "缴纳金额另行支付，不收取额外押金。"
        ),
        "deployment": "saas",
        "platforms": ["web", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 29,
        "price_max": 59,
        "price_unit": "元/人/月",
        "free_trial": False,
        "attributes": {
            "modules": ["core"],
            "social_insurance": True,
            "mobile_clock": False,
            "company_size": "small",
            "max_employees": 1000,
        },
        "plans": [
            {
                "name": "单城市代缴",
                "price": 29,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["单一城市参保", "在线增减员", "月度账单"],
            },
            {
                "name": "全国代缴",
                "price": 59,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["一百多个城市覆盖", "政策变化提醒", "工伤生育协办", "专属服务顾问"],
            },
        ],
    },
    {
        "name": "青梧招聘",
        "vendor": "qingwu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Qingwu ATS", "Qingwu Hire"],
        "tagline": "多渠道简历汇总与面试协同的招聘系统",
        "description": (
            "青梧招聘是一套面向 HR 团队的招聘管理系统（ATS）。各招聘网站、内推和校园招聘渠道的简历"
            "会统一汇总到人才库，自动去重并解析成结构化信息，HR 和面试官围绕同一份候选人档案协同推进。\n\n"
            "## 核心功能\n\n"
            "- 渠道汇总：主流招聘网站简历自动同步，去重与解析\n"
            "- 职位管理：职位审批、发布与各渠道效果对比\n"
            "- 面试协同：日程自动匹配、视频面试和面试评价表\n"
            "- 内推激励：员工分享职位，入职后自动结算内推奖金\n"
            "- 招聘报表：招聘周期、漏斗转化与渠道成本分析\n\n"
            "## 适用客户\n\n"
            "适合每年有持续招聘需求的中型企业，尤其是招聘量大的互联网、新消费和连锁企业。"
            "按 HR 账号收费，面试官账号不限数量免费使用。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 1980,
        "price_max": 5980,
        "price_unit": "元/账号/年",
        "free_trial": True,
        "attributes": {
            "modules": ["recruit"],
            "social_insurance": False,
            "mobile_clock": False,
            "company_size": "medium",
        },
        "plans": [
            {
                "name": "基础版",
                "price": 1980,
                "unit": "元/账号/年",
                "billing_period": "year",
                "features": ["简历汇总与解析", "职位管理", "面试安排"],
            },
            {
                "name": "专业版",
                "price": 3980,
                "unit": "元/账号/年",
                "billing_period": "year",
                "features": ["含基础版全部功能", "视频面试", "内推激励", "招聘报表"],
            },
            {
                "name": "企业版",
                "price": 5980,
                "unit": "元/账号/年",
                "billing_period": "year",
                "features": ["含专业版全部功能", "校园招聘", "多法人职位审批", "开放接口"],
            },
        ],
    },
    {
        "name": "青梧人事",
        "vendor": "qingwu",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Qingwu HR"],
        "tagline": "与招聘无缝衔接的轻量人事与入职管理",
        "description": (
            "青梧人事承接青梧招聘的录用结果，候选人接受 Offer 后自动生成入职任务，HR 无需重复录入信息。"
            "产品定位轻量，聚焦员工档案、入职转正和基础考勤，界面风格与常用办公软件保持一致，"
            "员工几乎不需要培训。\n\n"
            "## 核心功能\n\n"
            "- 入职自动化：录用数据自动带入，电子签署入职材料\n"
            "- 员工档案：自定义字段、附件归档与变更历史\n"
            "- 转正与调岗：流程审批并自动更新组织架构\n"
            "- 企业微信集成：在企业微信中打卡、请假和查看通知\n"
            "- 轻绩效：季度自评与上级评分，结果同步到档案\n\n"
            "## 适用客户\n\n"
            "适合五百人以内、已经在使用企业微信的互联网和新消费企业。与青梧招聘同时购买可享组合优惠，"
            "薪酬计算需要对接第三方系统。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 5,
        "price_max": 10,
        "price_unit": "元/人/月",
        "free_trial": True,
        "attributes": {
            "modules": ["core", "attendance", "performance"],
            "social_insurance": False,
            "mobile_clock": True,
            "company_size": "small",
            "max_employees": 500,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 5,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["员工档案", "入职自动化", "转正调岗审批"],
            },
            {
                "name": "进阶版",
                "price": 10,
                "unit": "元/人/月",
                "billing_period": "month",
                "features": ["含标准版全部功能", "企业微信打卡", "假期管理", "季度轻绩效"],
            },
        ],
    },
    {
        "name": "砺岳制造HR",
        "vendor": "liyue",
        "kind": "software",
        "category": "人力资源管理",
        "extra_categories": [],
        "aliases": ["Liyue MHR"],
        "tagline": "面向工厂一线员工的考勤、计件与宿舍管理",
        "description": (
            "砺岳制造HR专为劳动密集型工厂设计，重点解决一线员工考勤和计件工资的管理难题。系统可以对接"
            "车间人脸考勤机和生产报工数据，自动计算每位员工的计时、计件和加班工资，"
            "并内置宿舍、食堂和劳保用品管理。\n\n"
            "## 核心功能\n\n"
            "- 车间考勤：对接考勤机，支持倒班、做六休一和节假日调班\n"
            "- 计件工资：读取生产报工，按工序单价自动计件\n"
            "- 招工管理：劳务派遣和临时工登记、工时结算\n"
            "- 宿舍食堂：床位分配、水电分摊和饭卡扣款\n"
            "- 技能培训：岗前培训、上岗证书与到期复训提醒\n\n"
            "## 适用客户\n\n"
            "适合员工规模在一千人以上的制造工厂，尤其是电子装配、汽车零部件和服装加工企业。支持本地部署"
            "和混合部署，可与砺岳制造ERP共享组织和生产数据。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "android"],
        "pricing_model": "one_time",
        "price_min": 50000,
        "price_max": 180000,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "modules": ["core", "attendance", "payroll", "training"],
            "social_insurance": False,
            "mobile_clock": False,
            "company_size": "large",
            "max_employees": 30000,
        },
        "plans": [
            {
                "name": "工厂版",
                "price": 50000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["车间考勤", "计件工资", "宿舍食堂", "3000 人以内"],
            },
            {
                "name": "集团版",
                "price": 180000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["多工厂统一管理", "劳务派遣结算", "技能培训与证书", "3 万人以内"],
            },
        ],
    },
    # ------------------------------------------------------------------ 资产管理
    {
        "name": "物栈资产云",
        "vendor": "wuzhan",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Wuzhan Asset Cloud"],
        "tagline": "扫码领用、盘点与折旧的固定资产 SaaS",
        "description": (
            "物栈资产云帮助企业把固定资产从 Excel 台账迁移到线上。每件资产生成唯一二维码标签，员工扫码"
            "即可申请领用、借用和归还，行政人员随时掌握资产在谁手上、放在哪里、状态如何。\n\n"
            "## 核心功能\n\n"
            "- 资产登记：批量导入台账，打印二维码资产标签\n"
            "- 领用借还：员工自助申请，审批后自动变更使用人\n"
            "- 手机盘点：按部门或位置生成盘点任务，扫码核对盘盈盘亏\n"
            "- 折旧计算：平均年限法、工作量法等多种折旧方式\n"
            "- 维保管理：报修工单、维修记录与保养到期提醒\n\n"
            "## 适用客户\n\n"
            "适合拥有数百到两万件固定资产的企业行政和财务部门。各版本按资产数量上限区分，"
            "超过两万件可联系销售获取企业版报价。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 1980,
        "price_max": 9800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "label_type": ["qrcode", "barcode"],
            "depreciation": True,
            "mobile_inventory": True,
            "maintenance": True,
            "company_size": "medium",
            "max_assets": 20000,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 1980,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1000 件资产", "二维码标签", "领用借还", "手机盘点"],
            },
            {
                "name": "标准版",
                "price": 4800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["5000 件资产", "折旧计算", "维保管理", "自定义审批流"],
            },
            {
                "name": "专业版",
                "price": 9800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["20000 件资产", "多公司管理", "开放接口", "专属客服"],
            },
        ],
    },
    {
        "name": "物栈RFID盘点",
        "vendor": "wuzhan",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Wuzhan RFID"],
        "tagline": "RFID 批量盘点，千件资产分钟级完成",
        "description": (
            "物栈RFID盘点在物栈资产云的基础上增加 RFID 硬件和数据采集能力。盘点人员手持 RFID 终端在"
            "办公区或仓库中走一圈，即可一次性读取范围内的所有资产标签，比逐个扫码效率高出数十倍。\n\n"
            "## 核心功能\n\n"
            "- 批量盘点：手持终端远距离读取，自动比对账实差异\n"
            "- 抗金属标签：适用于服务器、机柜和生产设备\n"
            "- 通道门监控：资产未经审批带出区域时自动告警\n"
            "- 定位查找：手持终端指向性寻找指定资产\n"
            "- 本地服务：盘点数据可先存本地，再与云端同步\n\n"
            "## 适用客户\n\n"
            "适合资产数量大、盘点压力大的企业，如数据中心、医院、高校实验室和大型制造企业。"
            "方案根据资产数量和现场环境报价，包含标签、读写设备和实施服务。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "android", "windows"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "label_type": ["rfid", "qrcode"],
            "depreciation": True,
            "mobile_inventory": True,
            "maintenance": False,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "手持盘点方案",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["RFID 手持终端", "抗金属与普通标签", "盘点软件授权", "现场贴标服务"],
            },
            {
                "name": "通道门方案",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["RFID 通道门", "出入告警", "资产流转记录", "与门禁联动"],
            },
        ],
    },
    {
        "name": "研格高校资产",
        "vendor": "yange",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Yange Campus Asset"],
        "tagline": "符合国有资产管理规范的高校资产系统",
        "description": (
            "研格高校资产是面向高等院校和科研院所的国有资产管理系统，覆盖资产从采购验收、入账、使用到"
            "报废处置的全生命周期。系统内置教育部门的资产分类标准，可直接生成主管部门要求的各类"
            "资产报表。\n\n"
            "## 核心功能\n\n"
            "- 验收建账：采购验收后自动生成资产卡片，与财务系统对账\n"
            "- 仪器共享：大型仪器设备预约使用与机时统计\n"
            "- 资产处置：调拨、报废和对外投资的审批流程\n"
            "- 年度清查：按院系下发清查任务，手机扫码盘点\n"
            "- 报表上报：生成资产年报和国资统计报表\n\n"
            "## 适用客户\n\n"
            "适合本科院校、高职院校和科研院所的资产管理处及实验室管理部门。系统部署在学校内网，"
            "可与学校统一身份认证和财务系统集成。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows", "android"],
        "pricing_model": "one_time",
        "price_min": 80000,
        "price_max": 300000,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "label_type": ["barcode", "qrcode", "rfid"],
            "depreciation": True,
            "mobile_inventory": True,
            "maintenance": True,
            "company_size": "large",
            "max_assets": 500000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 80000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["资产全生命周期", "年度清查", "国资报表", "一年免费维护"],
            },
            {
                "name": "校级全功能版",
                "price": 300000,
                "unit": "元/套",
                "billing_period": "once",
                "features": [
                    "含标准版全部功能",
                    "大型仪器共享",
                    "统一身份认证集成",
                    "财务系统对接",
                    "驻场实施",
                ],
            },
        ],
    },
    {
        "name": "研格医疗设备管理",
        "vendor": "yange",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Yange MedEAM"],
        "tagline": "医院医疗设备的巡检、计量与效益分析",
        "description": (
            "研格医疗设备管理专为医院设备科设计，在通用资产管理之外，重点解决医疗设备的维修、预防性维护和"
            "计量检定问题。临床科室发现设备故障时扫码报修，工程师在手机上接单并记录维修过程和"
            "更换配件。\n\n"
            "## 核心功能\n\n"
            "- 设备档案：注册证、合同、说明书与维修记录集中归档\n"
            "- 报修维修：扫码报修、工单派发与第三方维保跟踪\n"
            "- 预防性维护：按设备类型生成巡检和保养计划\n"
            "- 计量管理：强检设备到期提醒与检定证书管理\n"
            "- 效益分析：大型设备开机率、检查人次和收入成本分析\n\n"
            "## 适用客户\n\n"
            "适合二级及以上医院的设备科和医学工程部门。支持与医院 HIS 系统对接获取检查收入数据，"
            "按床位数和模块范围报价。"
        ),
        "deployment": "private",
        "platforms": ["web", "android", "windows"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "label_type": ["qrcode", "rfid"],
            "depreciation": True,
            "mobile_inventory": True,
            "maintenance": True,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "医院版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["设备档案", "扫码报修", "预防性维护", "计量管理", "效益分析"],
            },
        ],
    },
    {
        "name": "恒序EAM",
        "vendor": "hengxu",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Hengxu EAM"],
        "tagline": "重资产企业的设备全生命周期与维护管理",
        "description": (
            "恒序EAM是一套企业资产管理系统，服务对象是设备密集的化工、装备制造和港口企业。与侧重登记盘点的"
            "行政资产系统不同，恒序EAM关注设备的运行和维护：如何减少非计划停机，如何控制备件库存，"
            "如何评估设备健康状态。\n\n"
            "## 核心功能\n\n"
            "- 设备台账：设备树、技术参数与关联图纸文档\n"
            "- 维护策略：定期保养、点检和基于运行时间的预防性维护\n"
            "- 工单管理：故障报修、委外维修与停机时间统计\n"
            "- 备品备件：安全库存、领用出库与供应商管理\n"
            "- 设备健康：对接传感器数据，异常趋势预警\n"
            "- 绩效指标：MTBF、MTTR 与设备综合效率分析\n\n"
            "## 适用客户\n\n"
            "适合设备原值较高、对连续生产有要求的大中型企业。系统可与恒序ERP及第三方 ERP 的财务模块"
            "对接，实施周期一般为三到六个月。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows", "android", "ios"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "label_type": ["qrcode", "rfid", "barcode"],
            "depreciation": True,
            "mobile_inventory": True,
            "maintenance": True,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "企业版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["设备台账", "预防性维护", "工单管理", "备品备件"],
            },
            {
                "name": "集团版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["含企业版全部功能", "多工厂管理", "设备健康监测", "OEE 分析"],
            },
        ],
    },
    {
        "name": "砚田IT资产",
        "vendor": "yantian",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Yantian ITAM"],
        "tagline": "电脑、软件许可与账号的 IT 资产管理",
        "description": (
            "砚田IT资产是一款为 IT 管理员准备的资产工具，除了电脑、显示器和手机等硬件，还能管理软件许可证、"
            "SaaS 账号和云服务订阅。员工入职时一键分配设备和账号，离职时自动生成回收清单，"
            "避免设备丢失和账号遗留。\n\n"
            "## 核心功能\n\n"
            "- 硬件台账：电脑配置自动采集，二维码标签扫码查看\n"
            "- 软件许可：许可证数量、到期日与使用人跟踪\n"
            "- 入离职联动：按岗位模板分配设备，离职自动生成回收清单\n"
            "- 维修记录：报修、送修与保修期提醒\n"
            "- 费用统计：按部门汇总 IT 资产和订阅成本\n\n"
            "## 适用客户\n\n"
            "适合一百人以内的科技公司、设计工作室和咨询机构。免费版支持两百件资产，满足大多数初创团队；"
            "暂不提供折旧计算，需要财务折旧的客户可导出数据到记账软件。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 3600,
        "price_unit": "元/年",
        "free_trial": False,
        "attributes": {
            "label_type": ["qrcode"],
            "depreciation": False,
            "mobile_inventory": True,
            "maintenance": True,
            "company_size": "small",
            "max_assets": 5000,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["200 件资产", "硬件台账", "二维码标签"],
            },
            {
                "name": "团队版",
                "price": 1200,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1000 件资产", "软件许可管理", "入离职联动", "维修记录"],
            },
            {
                "name": "企业版",
                "price": 3600,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["5000 件资产", "配置自动采集", "费用统计", "单点登录"],
            },
        ],
    },
    {
        "name": "青梧行政资产",
        "vendor": "qingwu",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Qingwu Asset"],
        "tagline": "行政办公资产与低值易耗品的轻量管理",
        "description": (
            "青梧行政资产是青梧为行政团队提供的资产与物品管理工具，把固定资产和办公用品、礼品、劳保等"
            "低值易耗品放在同一套系统里管理。员工在企业微信中即可申请领用，行政人员按库存和审批结果"
            "统一发放。\n\n"
            "## 核心功能\n\n"
            "- 固定资产：资产卡片、领用归还与月度折旧\n"
            "- 耗材管理：办公用品采购入库、申领发放与库存预警\n"
            "- 移动盘点：手机扫码盘点，支持多人同时盘点\n"
            "- 员工自助：企业微信内查看名下资产并发起申请\n"
            "- 离职交接：与青梧人事联动，离职前自动校验资产归还\n\n"
            "## 适用客户\n\n"
            "适合五百人以内的企业行政部门，特别适合已在使用青梧人事或企业微信的团队。高级版增加多办公地点"
            "和多级审批，适合在多个城市设有办公室的公司。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 980,
        "price_max": 3980,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "label_type": ["qrcode", "barcode"],
            "depreciation": True,
            "mobile_inventory": True,
            "maintenance": False,
            "company_size": "small",
            "max_assets": 10000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 980,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["固定资产卡片", "耗材申领", "移动盘点", "企业微信集成"],
            },
            {
                "name": "高级版",
                "price": 3980,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "多办公地点", "多级审批", "离职资产校验"],
            },
        ],
    },
    {
        "name": "启扉园区资产",
        "vendor": "qifei",
        "kind": "software",
        "category": "资产管理",
        "extra_categories": [],
        "aliases": ["Qifei Park Asset"],
        "tagline": "园区房源、设施设备与能耗的资产管理",
        "description": (
            "启扉园区资产面向园区运营方，管理对象不是办公电脑，而是楼宇、房源、公共设施和机电设备。"
            "运营方可以在一张园区平面图上查看每个房间的出租状态、每台设备的运行状况和每个区域的"
            "能耗数据。\n\n"
            "## 核心功能\n\n"
            "- 房源管理：楼栋、楼层、房间的面积与出租状态可视化\n"
            "- 设施设备：电梯、空调、消防设备台账与巡检计划\n"
            "- 维保工单：巡检发现问题自动转维修工单\n"
            "- 能耗监测：水电表读数采集与分区域能耗分析\n"
            "- 移动巡检：巡检人员扫码打卡，记录现场照片\n\n"
            "## 适用客户\n\n"
            "适合产业园区、商业综合体和自持物业的运营公司。可与启扉园区通行组合使用，实现入驻企业、"
            "通行与空间资产的一体化管理。"
        ),
        "deployment": "saas",
        "platforms": ["web", "android", "ios"],
        "pricing_model": "subscription",
        "price_min": 15000,
        "price_max": 40000,
        "price_unit": "元/园区/年",
        "free_trial": False,
        "attributes": {
            "label_type": ["qrcode", "rfid"],
            "depreciation": False,
            "mobile_inventory": True,
            "maintenance": True,
            "company_size": "medium",
            "max_assets": 50000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 15000,
                "unit": "元/园区/年",
                "billing_period": "year",
                "features": ["房源管理", "设施设备台账", "移动巡检"],
            },
            {
                "name": "专业版",
                "price": 40000,
                "unit": "元/园区/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "能耗监测", "园区平面图可视化", "维保工单"],
            },
        ],
    },
    # ------------------------------------------------------------------ CRM客户管理
    {
        "name": "汇溪CRM专业版",
        "vendor": "huixi",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Huixi CRM", "HX CRM"],
        "tagline": "线索到回款全流程的 B2B 销售管理",
        "description": (
            "汇溪CRM专业版面向 B2B 销售团队，覆盖从市场线索到合同回款的完整销售流程。销售人员每天在手机上"
            "跟进客户、记录拜访，管理者通过销售漏斗和预测报表掌握团队业绩进度，及时发现停滞的商机。\n\n"
            "## 核心功能\n\n"
            "- 线索管理：官网表单、广告投放与展会名片自动入库并分配\n"
            "- 商机推进：自定义销售阶段，阶段任务与赢单率配置\n"
            "- 销售预测：按负责人和季度汇总预测金额与达成率\n"
            "- 合同回款：报价、合同审批、回款计划与开票记录\n"
            "- 开放平台：REST API 与 Webhook，对接 ERP 和财务系统\n\n"
            "## 适用客户\n\n"
            "适合销售团队在二十人以上、销售周期较长的企业服务、工业品和医疗器械企业。企业版增加多业务线、"
            "多币种和高级权限控制。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "windows", "mac"],
        "pricing_model": "subscription",
        "price_min": 600,
        "price_max": 1800,
        "price_unit": "元/用户/年",
        "free_trial": True,
        "attributes": {
            "channel": ["web", "wechat", "phone", "ads"],
            "sales_forecast": True,
            "call_center": False,
            "open_api": True,
            "company_size": "medium",
            "max_users": 2000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 600,
                "unit": "元/用户/年",
                "billing_period": "year",
                "features": ["线索与客户管理", "商机阶段", "拜访记录", "移动端"],
            },
            {
                "name": "专业版",
                "price": 1200,
                "unit": "元/用户/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "销售预测", "合同回款", "REST API"],
            },
            {
                "name": "企业版",
                "price": 1800,
                "unit": "元/用户/年",
                "billing_period": "year",
                "features": ["含专业版全部功能", "多业务线", "多币种", "字段级权限", "沙箱环境"],
            },
        ],
    },
    {
        "name": "汇溪呼叫中心CRM",
        "vendor": "huixi",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Huixi Call"],
        "tagline": "外呼、来电弹屏与通话录音的电销 CRM",
        "description": (
            "汇溪呼叫中心CRM把云呼叫中心和客户管理集成在一起，适合以电话销售和电话客服为主要触达方式的团队。"
            "坐席在浏览器中即可拨打电话，来电自动弹出客户资料，通话结束后录音和小结自动归档到"
            "客户档案。\n\n"
            "## 核心功能\n\n"
            "- 云外呼：浏览器点击拨号，支持预测式外呼\n"
            "- 来电弹屏：识别老客户并展示历史沟通记录\n"
            "- 通话录音：录音转文字与关键词质检\n"
            "- 线索分配：按地域、坐席负载自动分配，超时自动回收\n"
            "- 坐席报表：接通率、通话时长与转化率统计\n\n"
            "## 适用客户\n\n"
            "适合教育咨询、金融服务和企业服务等电销团队，以及需要热线客服的中小企业。按坐席按月计费，"
            "通话费按实际分钟数另计。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows"],
        "pricing_model": "subscription",
        "price_min": 150,
        "price_max": 300,
        "price_unit": "元/坐席/月",
        "free_trial": True,
        "attributes": {
            "channel": ["phone", "web", "ads"],
            "sales_forecast": False,
            "call_center": True,
            "open_api": True,
            "company_size": "small",
            "max_users": 500,
        },
        "plans": [
            {
                "name": "基础坐席",
                "price": 150,
                "unit": "元/坐席/月",
                "billing_period": "month",
                "features": ["点击外呼", "来电弹屏", "通话录音", "坐席报表"],
            },
            {
                "name": "智能坐席",
                "price": 300,
                "unit": "元/坐席/月",
                "billing_period": "month",
                "features": ["含基础坐席全部功能", "预测式外呼", "录音转文字", "关键词质检"],
            },
        ],
    },
    {
        "name": "朴石轻CRM",
        "vendor": "pushi",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Pushi Lite CRM"],
        "tagline": "小团队永久免费的客户跟进工具",
        "description": (
            "朴石轻CRM为刚开始管理客户的小团队设计，只保留了最常用的功能：客户名单、跟进记录、待办提醒和"
            "简单的销售看板。新用户注册后十分钟即可导入客户并开始使用，不需要任何培训。\n\n"
            "## 核心功能\n\n"
            "- 客户名单：名片拍照识别，微信好友一键转为客户\n"
            "- 跟进记录：文字、语音和图片记录，自动提醒下次跟进\n"
            "- 销售看板：拖拽卡片推进商机阶段\n"
            "- 团队协作：客户公海、共享与转交\n"
            "- 数据导出：随时导出全部客户数据，不设门槛\n\n"
            "## 适用客户\n\n"
            "三人以内的创业团队和个人销售可以永久免费使用；超过三人后按用户付费升级团队版，最多支持五十个"
            "用户。需要开放接口和复杂流程的企业建议选择功能更完整的产品。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 480,
        "price_unit": "元/用户/年",
        "free_trial": False,
        "attributes": {
            "channel": ["wechat", "web"],
            "sales_forecast": False,
            "call_center": False,
            "open_api": False,
            "company_size": "micro",
            "max_users": 50,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/用户/年",
                "billing_period": "year",
                "features": ["3 个用户", "客户名单", "跟进提醒", "销售看板"],
            },
            {
                "name": "团队版",
                "price": 480,
                "unit": "元/用户/年",
                "billing_period": "year",
                "features": ["最多 50 个用户", "客户公海", "名片识别", "团队报表"],
            },
        ],
    },
    {
        "name": "朴石外贸CRM",
        "vendor": "pushi",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Pushi Trade"],
        "tagline": "邮件营销与海关数据驱动的外贸客户管理",
        "description": (
            "朴石外贸CRM面向中小外贸企业，把邮件往来、询盘管理和客户开发整合在一个工作台中。业务员的所有"
            "邮件自动归档到对应客户名下，即使人员离职，客户沟通历史也不会丢失。\n\n"
            "## 核心功能\n\n"
            "- 邮件集成：多邮箱收发，邮件自动关联客户与商机\n"
            "- 询盘管理：独立站与平台询盘统一录入和分配\n"
            "- 客户开发：海关数据查询，按产品和国家挖掘采购商\n"
            "- 报价单与 PI：多币种报价，一键生成 PDF 发送\n"
            "- 营销邮件：批量发送开发信，跟踪打开与回复\n\n"
            "## 适用客户\n\n"
            "适合五到两百人的外贸工厂和贸易公司。旗舰版增加海关数据查询额度和邮件营销条数，"
            "支持中英文界面切换。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "mac", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 2980,
        "price_max": 6980,
        "price_unit": "元/用户/年",
        "free_trial": True,
        "attributes": {
            "channel": ["web", "ads"],
            "sales_forecast": True,
            "call_center": False,
            "open_api": True,
            "company_size": "small",
            "max_users": 200,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 2980,
                "unit": "元/用户/年",
                "billing_period": "year",
                "features": ["邮件集成", "询盘管理", "报价单与 PI", "每月 5000 封营销邮件"],
            },
            {
                "name": "旗舰版",
                "price": 6980,
                "unit": "元/用户/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "海关数据查询", "每月 3 万封营销邮件", "销售预测"],
            },
        ],
    },
    {
        "name": "渡鸦外勤CRM",
        "vendor": "duya",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Duya Field Sales", "Duya SFA"],
        "tagline": "快消外勤拜访、终端陈列与订单采集",
        "description": (
            "渡鸦外勤CRM服务快消品企业和经销商的业务团队。业务员每天按路线拜访终端门店，在手机上完成签到、"
            "陈列拍照、库存检查和订单采集，管理者可以实时看到每个人的拜访轨迹和门店执行情况。\n\n"
            "## 核心功能\n\n"
            "- 拜访管理：线路规划、定位签到与拜访步骤标准化\n"
            "- 陈列检查：照片水印防作假，AI 识别货架陈列\n"
            "- 订单采集：门店下单后自动推送给经销商配送\n"
            "- 费用管理：陈列费、促销费申请与核销\n"
            "- 终端档案：门店地图、等级与历史销量\n\n"
            "## 适用客户\n\n"
            "适合食品饮料、日化和酒水等快消品牌及大型经销商，业务人员规模在五十人以上时效果更明显。"
            "支持按区域分批上线，首批上线通常在两周内完成。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "subscription",
        "price_min": 50,
        "price_max": 120,
        "price_unit": "元/用户/月",
        "free_trial": True,
        "attributes": {
            "channel": ["phone", "wechat"],
            "sales_forecast": True,
            "call_center": False,
            "open_api": True,
            "company_size": "medium",
            "max_users": 3000,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 50,
                "unit": "元/用户/月",
                "billing_period": "month",
                "features": ["拜访签到", "线路规划", "订单采集", "终端档案"],
            },
            {
                "name": "专业版",
                "price": 120,
                "unit": "元/用户/月",
                "billing_period": "month",
                "features": ["含标准版全部功能", "AI 陈列识别", "费用管理", "经销商协同"],
            },
        ],
    },
    {
        "name": "渡鸦医药代表CRM",
        "vendor": "duya",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Duya Pharma"],
        "tagline": "合规拜访与学术推广的医药营销管理",
        "description": (
            "渡鸦医药代表CRM为医药和医疗器械企业的营销团队设计，重点满足行业日益严格的合规要求。代表的每次"
            "医院拜访、学术会议和费用支出都需要留痕并可追溯，系统帮助企业把合规要求落到日常工作流程中。\n\n"
            "## 核心功能\n\n"
            "- 医院与医生档案：目标医院分级、医生画像与覆盖频次\n"
            "- 合规拜访：定位签到、拜访内容记录与异常行为预警\n"
            "- 学术会议：会议申请、讲者管理与签到照片归档\n"
            "- 费用管控：预算分配、费用申请与发票核验\n"
            "- 流向数据：导入经销商流向，分析医院销量\n\n"
            "## 适用客户\n\n"
            "适合拥有百人以上医药代表团队的制药企业和医疗器械公司。支持部署在企业私有云，"
            "满足集团信息安全要求，按项目报价。"
        ),
        "deployment": "private",
        "platforms": ["web", "ios", "android"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "channel": ["phone", "wechat", "web"],
            "sales_forecast": True,
            "call_center": False,
            "open_api": True,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "企业版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["合规拜访", "学术会议管理", "费用管控", "流向数据分析", "私有云部署"],
            },
        ],
    },
    {
        "name": "稷言教育CRM",
        "vendor": "jiyan",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Jiyan EDU"],
        "tagline": "培训机构招生、排课与续费的一体化管理",
        "description": (
            "稷言教育CRM面向课外培训、职业教育和艺术类培训机构，把招生线索、试听转化、排课消课和续费提醒"
            "串成一条线。课程顾问可以清楚地看到每个家长从咨询到报名的全过程，校长可以随时查看各校区的"
            "招生转化和续费率。\n\n"
            "## 核心功能\n\n"
            "- 招生线索：地推、广告和转介绍线索统一管理并自动分配\n"
            "- 试听转化：预约试听、到访登记与转化跟踪\n"
            "- 排课消课：课表排布、上课签到与课时自动扣减\n"
            "- 续费提醒：课时余额不足自动提醒顾问跟进\n"
            "- 外呼工具：内置外呼与通话录音，方便顾问批量回访\n\n"
            "## 适用客户\n\n"
            "适合一到数十个校区的培训机构。多校区版支持跨校区调课和总部统一数据看板，按校区数量按年计费。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 2980,
        "price_max": 9800,
        "price_unit": "元/校区/年",
        "free_trial": True,
        "attributes": {
            "channel": ["wechat", "ads", "phone", "web"],
            "sales_forecast": False,
            "call_center": True,
            "open_api": False,
            "company_size": "small",
            "max_users": 300,
        },
        "plans": [
            {
                "name": "单校区版",
                "price": 2980,
                "unit": "元/校区/年",
                "billing_period": "year",
                "features": ["招生线索", "试听转化", "排课消课", "家长小程序"],
            },
            {
                "name": "多校区版",
                "price": 9800,
                "unit": "元/校区/年",
                "billing_period": "year",
                "features": ["含单校区版全部功能", "跨校区调课", "总部数据看板", "内置外呼"],
            },
        ],
    },
    {
        "name": "稷言房产经纪CRM",
        "vendor": "jiyan",
        "kind": "software",
        "category": "CRM客户管理",
        "extra_categories": [],
        "aliases": ["Jiyan Realty"],
        "tagline": "房源客源匹配与带看跟进的中介门店系统",
        "description": (
            "稷言房产经纪CRM为房产中介门店设计，同时管理房源和客源两类核心数据。经纪人录入房源后，"
            "系统会自动匹配预算和区域相符的买家或租客，并提醒经纪人安排带看，减少优质房源的空置时间。\n\n"
            "## 核心功能\n\n"
            "- 房源管理：实勘照片、钥匙管理与房源防私单\n"
            "- 客源管理：购房需求、预算与意向区域记录\n"
            "- 智能匹配：新房源上架自动推荐匹配客户\n"
            "- 带看记录：带看反馈、二次带看与成交跟进\n"
            "- 成交分佣：合同登记与多人合作分佣计算\n\n"
            "## 适用客户\n\n"
            "适合独立中介门店和区域性中介连锁，支持二手房买卖和租赁业务。连锁版增加跨门店房源共享和"
            "加盟店管理，已有系统的门店可以批量导入历史房源。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 30,
        "price_max": 60,
        "price_unit": "元/用户/月",
        "free_trial": True,
        "attributes": {
            "channel": ["wechat", "phone", "web"],
            "sales_forecast": False,
            "call_center": False,
            "open_api": False,
            "company_size": "small",
            "max_users": 500,
        },
        "plans": [
            {
                "name": "门店版",
                "price": 30,
                "unit": "元/用户/月",
                "billing_period": "month",
                "features": ["房源客源管理", "智能匹配", "带看记录", "钥匙管理"],
            },
            {
                "name": "连锁版",
                "price": 60,
                "unit": "元/用户/月",
                "billing_period": "month",
                "features": ["含门店版全部功能", "跨店房源共享", "加盟店管理", "成交分佣"],
            },
        ],
    },
    # ------------------------------------------------------------------ ERP系统
    {
        "name": "鲸格零售ERP",
        "vendor": "jingge",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": ["收银系统"],
        "aliases": ["Jingge Retail ERP"],
        "tagline": "与鲸格收银终端打通的零售连锁 ERP",
        "description": (
            "鲸格零售ERP是鲸格为零售连锁企业提供的后台管理系统，与鲸格收银一体机和自助收银终端原生打通。"
            "门店销售数据实时回传总部，采购、配送和财务人员基于同一份数据开展工作，"
            "不再需要每天导表汇总。\n\n"
            "## 核心功能\n\n"
            "- 采购管理：供应商档案、采购订单与到货验收\n"
            "- 配送调拨：门店要货、仓库拣货与配送差异处理\n"
            "- 库存管理：多仓库、批次和效期管理，自动补货建议\n"
            "- 联营结算：供应商联营扣点和账期结算\n"
            "- 财务对接：自动生成销售和采购凭证，支持多账套\n\n"
            "## 适用客户\n\n"
            "适合拥有十家以上门店的超市、便利店和专卖店连锁。一次性购买授权，次年起可按需购买升级服务；"
            "也可单独对接第三方收银系统。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "android"],
        "pricing_model": "one_time",
        "price_min": 12800,
        "price_max": 68000,
        "price_unit": "元/套",
        "free_trial": True,
        "attributes": {
            "modules": ["purchase", "sales", "inventory", "finance"],
            "industry": "retail",
            "multi_org": True,
            "mrp": False,
            "company_size": "medium",
        },
        "plans": [
            {
                "name": "标准版",
                "price": 12800,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["采购与库存", "10 家门店以内", "单仓库", "凭证导出"],
            },
            {
                "name": "连锁版",
                "price": 36800,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["100 家门店以内", "多仓库配送", "联营结算", "自动补货建议"],
            },
            {
                "name": "集团版",
                "price": 68000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["不限门店", "多组织多账套", "供应商门户", "开放接口"],
            },
        ],
    },
    {
        "name": "麦穗食品ERP",
        "vendor": "maisui",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": [],
        "aliases": ["Maisui Food ERP"],
        "tagline": "中央工厂生产、配送与食品批次追溯管理",
        "description": (
            "麦穗食品ERP面向烘焙、面点和中式点心的中央工厂，解决“门店订货、工厂生产、冷链配送”的核心流程。"
            "系统根据各门店的次日订货自动汇总生产计划，并按配方展开原料需求，帮助工厂精确备料。\n\n"
            "## 核心功能\n\n"
            "- 订单汇总：门店订货、团购和电商订单统一汇总\n"
            "- 配方管理：配方 BOM、工艺路线与营养成分标签\n"
            "- 生产计划：按订单自动排产，原料需求 MRP 运算\n"
            "- 批次追溯：原料批次到成品批次的正向与反向追溯\n"
            "- 配送管理：线路规划、装车单与门店签收\n\n"
            "## 适用客户\n\n"
            "适合拥有中央工厂的烘焙连锁和食品加工企业，日生产品项在数十到数百个之间。"
            "可与麦穗烘焙收银打通，实现门店到工厂的一体化管理。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "android"],
        "pricing_model": "one_time",
        "price_min": 30000,
        "price_max": 120000,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "modules": ["purchase", "sales", "inventory", "production", "finance"],
            "industry": "catering",
            "multi_org": False,
            "mrp": True,
            "company_size": "medium",
        },
        "plans": [
            {
                "name": "工厂版",
                "price": 30000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["配方管理", "生产计划", "批次追溯", "原料采购"],
            },
            {
                "name": "工厂门店一体版",
                "price": 120000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["含工厂版全部功能", "门店订货对接", "配送线路", "财务核算"],
            },
        ],
    },
    {
        "name": "禾象商业ERP",
        "vendor": "hexiang",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": [],
        "aliases": ["Hexiang Biz ERP"],
        "tagline": "商超与批发企业的进销存与供应链管理",
        "description": (
            "禾象商业ERP是禾象服务区域商业企业多年的核心产品，覆盖批发、零售和配送中心的主要业务。"
            "系统采用本地部署，支持在总部和多个配送中心之间分布式运行，适合业务规模较大、"
            "对数据自主可控有要求的商业集团。\n\n"
            "## 核心功能\n\n"
            "- 商品中心：商品主数据、价格带与品类规划\n"
            "- 供应商管理：合同条款、返利计算与对账结算\n"
            "- 批发业务：客户信用额度、分销订单与送货回单\n"
            "- 仓储物流：库位管理、波次拣货与车辆调度\n"
            "- 财务核算：多组织多账套，应收应付与成本核算\n\n"
            "## 适用客户\n\n"
            "适合年销售额在数亿元以上的区域商超集团和大型批发商。通常与禾象超市收银配套使用，"
            "实施周期三到五个月。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows"],
        "pricing_model": "one_time",
        "price_min": 28000,
        "price_max": 160000,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "modules": ["purchase", "sales", "inventory", "finance"],
            "industry": "retail",
            "multi_org": True,
            "mrp": False,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "标准版",
                "price": 28000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["商品中心", "采购与供应商结算", "单配送中心", "应收应付"],
            },
            {
                "name": "企业版",
                "price": 160000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["多配送中心", "批发分销", "波次拣货与车辆调度", "多组织多账套", "驻场实施"],
            },
        ],
    },
    {
        "name": "砺岳制造ERP",
        "vendor": "liyue",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": [],
        "aliases": ["Liyue ERP", "LY-ERP"],
        "tagline": "离散制造的计划、生产与成本一体化 ERP",
        "description": (
            "砺岳制造ERP服务工程机械、汽车零部件和电子装配等离散制造企业。系统以生产计划为核心，将销售订单、"
            "物料需求、车间执行和成本核算串联起来，帮助工厂在多品种、小批量的订单结构下保持准时交付。\n\n"
            "## 核心功能\n\n"
            "- 计划管理：主生产计划、MRP 运算与产能负荷分析\n"
            "- 车间执行：工单派工、报工与在制品跟踪\n"
            "- 质量管理：来料检验、过程检验与不良品处理\n"
            "- 委外加工：委外发料、回货与加工费结算\n"
            "- 成本核算：标准成本与实际成本对比，差异分析\n"
            "- 多工厂协同：多组织之间的内部交易与合并报表\n\n"
            "## 适用客户\n\n"
            "适合年产值在五亿元以上、拥有多个生产基地的制造企业。项目按工厂数量和模块范围报价，"
            "通常由砺岳的行业顾问团队驻场实施。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "android"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "modules": ["purchase", "sales", "inventory", "production", "finance"],
            "industry": "manufacturing",
            "multi_org": True,
            "mrp": True,
            "company_size": "large",
        },
        "plans": [
            {
                "name": "工厂版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["MRP 与产能分析", "车间执行", "质量管理", "成本核算"],
            },
            {
                "name": "集团版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["含工厂版全部功能", "多工厂协同", "内部交易", "合并报表"],
            },
        ],
    },
    {
        "name": "恒序ERP",
        "vendor": "hengxu",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": [],
        "aliases": ["Hengxu ERP"],
        "tagline": "中型制造与工贸企业的业务财务一体化",
        "description": (
            "恒序ERP是一款面向中型企业的业务财务一体化系统，采购、销售、库存和生产业务发生后自动生成会计"
            "凭证，财务人员无需二次录入。系统支持本地部署，也可以部署在恒序托管的云服务器上，"
            "按年支付运维费用。\n\n"
            "## 核心功能\n\n"
            "- 进销存：采购、销售、库存与价格政策管理\n"
            "- 生产管理：BOM、生产订单、领料与完工入库\n"
            "- MRP：根据订单和库存计算采购与生产建议\n"
            "- 财务总账：凭证、账簿、报表与多账套管理\n"
            "- 设备联动：与恒序EAM共享设备和备件数据\n\n"
            "## 适用客户\n\n"
            "适合员工规模在一百到一千人之间的制造和工贸企业，特别是同时拥有生产工厂和贸易公司的企业集团。"
            "工贸版不含生产模块，价格更低。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "ios", "android"],
        "pricing_model": "one_time",
        "price_min": 50000,
        "price_max": 200000,
        "price_unit": "元/套",
        "free_trial": True,
        "attributes": {
            "modules": ["purchase", "sales", "inventory", "production", "finance"],
            "industry": "manufacturing",
            "multi_org": True,
            "mrp": True,
            "company_size": "medium",
        },
        "plans": [
            {
                "name": "工贸版",
                "price": 50000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["进销存", "财务总账", "多账套", "20 个用户"],
            },
            {
                "name": "制造版",
                "price": 98000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["含工贸版全部功能", "BOM 与生产订单", "MRP 运算", "50 个用户"],
            },
            {
                "name": "集团版",
                "price": 200000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["含制造版全部功能", "多组织内部交易", "EAM 设备联动", "不限用户"],
            },
        ],
    },
    {
        "name": "铸联模具ERP",
        "vendor": "zhulian",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": [],
        "aliases": ["Zhulian Mould ERP"],
        "tagline": "按单设计生产的模具企业项目型 ERP",
        "description": (
            "铸联模具ERP专为模具企业设计。每一副模具都是一个独立的项目，从报价、设计、采购、加工到试模、"
            "修模，周期往往长达数月；系统以模具项目为主线，把每个环节的进度和成本归集到对应的"
            "模具编号上。\n\n"
            "## 核心功能\n\n"
            "- 模具报价：按材料、工时和外协费用快速估算报价\n"
            "- 项目进度：甘特图展示设计、加工和试模节点\n"
            "- 工时采集：CNC、EDM 和线切割等设备工时扫码报工\n"
            "- 外协管理：热处理和表面处理等外协加工跟踪\n"
            "- 项目成本：逐副模具核算实际成本与利润\n\n"
            "## 适用客户\n\n"
            "适合员工规模在五十到五百人之间的注塑模、冲压模和压铸模企业，在宁波、台州和东莞等模具"
            "产业集群中有较多案例。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows"],
        "pricing_model": "one_time",
        "price_min": 38000,
        "price_max": 150000,
        "price_unit": "元/套",
        "free_trial": False,
        "attributes": {
            "modules": ["sales", "purchase", "inventory", "production", "finance"],
            "industry": "manufacturing",
            "multi_org": False,
            "mrp": True,
            "company_size": "small",
        },
        "plans": [
            {
                "name": "标准版",
                "price": 38000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["模具报价", "项目进度", "工时采集", "15 个用户"],
            },
            {
                "name": "专业版",
                "price": 150000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["含标准版全部功能", "外协管理", "逐副模具成本", "车间看板", "不限用户"],
            },
        ],
    },
    {
        "name": "铸联五金ERP",
        "vendor": "zhulian",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": [],
        "aliases": ["Zhulian Cloud ERP"],
        "tagline": "五金注塑工厂的订单、排产与外协云 ERP",
        "description": (
            "铸联五金ERP是铸联推出的云端 ERP，面向五金件、注塑件和小家电配件等批量生产工厂。与模具 ERP 的"
            "项目型管理不同，五金工厂的特点是订单多、批量大、工序外协频繁，系统重点优化了订单排产和"
            "外协发料的管理。\n\n"
            "## 核心功能\n\n"
            "- 订单评审：交期、产能与物料齐套检查\n"
            "- 生产排产：按机台和模具可用情况自动排产\n"
            "- 车间报工：手机扫码报工，实时查看订单进度\n"
            "- 外协发料：电镀、喷涂等外协发出与回收数量核对\n"
            "- 仓库管理：原料、半成品与成品的条码化出入库\n\n"
            "## 适用客户\n\n"
            "适合二十到三百人的中小五金和注塑工厂。按年订阅，不限用户数，财务模块需对接第三方记账软件。"
        ),
        "deployment": "saas",
        "platforms": ["web", "android", "ios"],
        "pricing_model": "subscription",
        "price_min": 9800,
        "price_max": 29800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "modules": ["sales", "purchase", "inventory", "production"],
            "industry": "manufacturing",
            "multi_org": False,
            "mrp": True,
            "company_size": "small",
        },
        "plans": [
            {
                "name": "标准版",
                "price": 9800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["订单与库存", "扫码报工", "外协发料"],
            },
            {
                "name": "专业版",
                "price": 19800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "自动排产", "物料齐套检查", "车间大屏"],
            },
            {
                "name": "旗舰版",
                "price": 29800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["含专业版全部功能", "多工厂", "质量追溯", "开放接口"],
            },
        ],
    },
    {
        "name": "梭织纺织ERP",
        "vendor": "suozhi",
        "kind": "software",
        "category": "ERP系统",
        "extra_categories": [],
        "aliases": ["Suozhi Textile ERP"],
        "tagline": "坯布、染整到成品布的纺织贸易 ERP",
        "description": (
            "梭织纺织ERP面向纺织贸易和印染加工企业，熟悉纺织行业特有的计量方式和业务流程：布匹按匹、米、"
            "公斤多单位换算，一个订单往往涉及织造、染色、后整理等多道外发加工，每道环节都存在缩率"
            "和损耗。\n\n"
            "## 核心功能\n\n"
            "- 坯布管理：坯布采购、入库与按匹条码管理\n"
            "- 外发加工：织造、染色和印花加工单，缩率与损耗自动核算\n"
            "- 色号管理：客户色号、打样记录与对色确认\n"
            "- 成品销售：码单打印、发货与客户对账\n"
            "- 应收应付：加工费、布款的账期管理与多账套核算\n\n"
            "## 适用客户\n\n"
            "适合柯桥、盛泽等纺织产业集群中的布行、纺织贸易公司和中小印染厂。染整版增加配方和染色工艺"
            "管理，适合自有染厂的企业。"
        ),
        "deployment": "hybrid",
        "platforms": ["web", "windows", "android"],
        "pricing_model": "one_time",
        "price_min": 18000,
        "price_max": 68000,
        "price_unit": "元/套",
        "free_trial": True,
        "attributes": {
            "modules": ["purchase", "sales", "inventory", "production", "finance"],
            "industry": "manufacturing",
            "multi_org": True,
            "mrp": False,
            "company_size": "small",
        },
        "plans": [
            {
                "name": "贸易版",
                "price": 18000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["坯布与成品管理", "外发加工", "码单打印", "应收应付"],
            },
            {
                "name": "染整版",
                "price": 68000,
                "unit": "元/套",
                "billing_period": "once",
                "features": ["含贸易版全部功能", "染色配方", "工艺卡", "色号与打样管理"],
            },
        ],
    },
    # ------------------------------------------------------------------ 财务记账
    {
        "name": "青简记账",
        "vendor": "qingjian",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Qingjian Books"],
        "tagline": "小微企业的智能凭证与一键报税记账软件",
        "description": (
            "青简记账是一款面向小微企业的云财务软件，让没有专业会计背景的老板和出纳也能完成日常记账。"
            "发票、银行流水和费用单据上传后，系统自动识别并生成会计凭证，月底结账和出具报表"
            "只需要几步操作。\n\n"
            "## 核心功能\n\n"
            "- 智能凭证：发票和银行回单自动生成凭证\n"
            "- 票据采集：拍照识别增值税发票、火车票和出租车票\n"
            "- 银行对接：主流银行流水自动同步，无需手工导入\n"
            "- 一键报税：增值税、附加税和企业所得税预填申报\n"
            "- 财务报表：资产负债表、利润表与现金流量表自动生成\n\n"
            "## 适用客户\n\n"
            "适合年营业额在数千万元以内的小规模纳税人和一般纳税人。标准版支持一个账套，专业版和旗舰版"
            "分别支持两个和三个账套，并增加进销存和固定资产模块。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 398,
        "price_max": 1298,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "invoice": True,
            "tax_filing": True,
            "bank_sync": True,
            "standard": ["small", "enterprise"],
            "max_books": 3,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 398,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1 个账套", "智能凭证", "票据采集", "财务报表"],
            },
            {
                "name": "专业版",
                "price": 798,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["2 个账套", "银行流水同步", "一键报税", "固定资产"],
            },
            {
                "name": "旗舰版",
                "price": 1298,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["3 个账套", "进销存模块", "多人协同记账", "老板手机看账"],
            },
        ],
    },
    {
        "name": "青简代账版",
        "vendor": "qingjian",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Qingjian Agency"],
        "tagline": "代理记账公司的批量记账与客户管理平台",
        "description": (
            "青简代账版专为代理记账公司设计，一名会计往往需要同时负责数十到上百家客户的账务。平台支持"
            "批量采集票据、批量生成凭证和批量申报纳税，把会计从重复劳动中解放出来，"
            "让同样的人员服务更多客户。\n\n"
            "## 核心功能\n\n"
            "- 批量做账：多账套批量取票、生成凭证与结转损益\n"
            "- 批量报税：申报期内按客户列表批量申报并跟踪状态\n"
            "- 客户管理：合同、收费到期和服务进度提醒\n"
            "- 票据交接：客户通过小程序上传票据，会计实时接收\n"
            "- 工作量统计：按会计和账套统计工作量，辅助绩效考核\n\n"
            "## 适用客户\n\n"
            "适合服务客户在五十家以上的代理记账公司和财税服务机构。按账套数量计费，账套越多单价越低，"
            "支持从其他代账软件批量迁移历史账。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows", "miniprogram"],
        "pricing_model": "subscription",
        "price_min": 30,
        "price_max": 60,
        "price_unit": "元/账套/年",
        "free_trial": True,
        "attributes": {
            "invoice": True,
            "tax_filing": True,
            "bank_sync": True,
            "standard": ["small", "enterprise", "npo"],
            "max_books": 5000,
        },
        "plans": [
            {
                "name": "基础版",
                "price": 30,
                "unit": "元/账套/年",
                "billing_period": "year",
                "features": ["批量做账", "批量报税", "客户票据小程序"],
            },
            {
                "name": "专业版",
                "price": 60,
                "unit": "元/账套/年",
                "billing_period": "year",
                "features": ["含基础版全部功能", "客户与收费管理", "工作量统计", "历史账迁移服务"],
            },
        ],
    },
    {
        "name": "账桥云会计",
        "vendor": "zhangqiao",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Zhangqiao Cloud"],
        "tagline": "记账、发票与银行流水打通的云会计",
        "description": (
            "账桥云会计是账桥在票税平台基础上推出的记账软件，最大的特点是与发票和银行数据的深度打通。"
            "企业开具和取得的电子发票会自动进入待记账列表，与合作银行的流水逐笔匹配，"
            "会计只需确认即可完成记账。\n\n"
            "## 核心功能\n\n"
            "- 发票记账：进销项发票自动归集并生成凭证\n"
            "- 流水匹配：银行流水与发票、往来款智能勾对\n"
            "- 往来管理：客户和供应商应收应付账龄分析\n"
            "- 费用报销：员工手机提交报销单，审批后自动入账\n"
            "- 经营看板：收入、成本、税负率的手机端月度看板\n\n"
            "## 适用客户\n\n"
            "适合商贸和服务业小企业。免费版支持一个账套和每月一百张凭证，满足初创企业的基本需要；"
            "纳税申报需配合账桥票税通完成。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "miniprogram"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 980,
        "price_unit": "元/账套/年",
        "free_trial": False,
        "attributes": {
            "invoice": True,
            "tax_filing": False,
            "bank_sync": True,
            "standard": ["small"],
            "max_books": 5,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/账套/年",
                "billing_period": "year",
                "features": ["1 个账套", "每月 100 张凭证", "发票记账"],
            },
            {
                "name": "标准版",
                "price": 580,
                "unit": "元/账套/年",
                "billing_period": "year",
                "features": ["不限凭证", "银行流水匹配", "往来账龄", "费用报销"],
            },
            {
                "name": "高级版",
                "price": 980,
                "unit": "元/账套/年",
                "billing_period": "year",
                "features": ["含标准版全部功能", "最多 5 个账套", "经营看板", "多级审批"],
            },
        ],
    },
    {
        "name": "账桥票税通",
        "vendor": "zhangqiao",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Zhangqiao Tax"],
        "tagline": "数电发票开具、查验与纳税申报管理",
        "description": (
            "账桥票税通是一款聚焦发票与纳税的工具，帮助企业应对全面数字化电子发票带来的变化。销售人员可以"
            "在系统中直接发起开票申请，财务审核后自动开具并发送给客户；取得的进项发票自动查验真伪并"
            "完成勾选抵扣。\n\n"
            "## 核心功能\n\n"
            "- 发票开具：数电发票批量开具、红冲与自动交付\n"
            "- 进项管理：发票自动归集、查验真伪与勾选抵扣\n"
            "- 风险提示：重复报销、作废发票和异常票据预警\n"
            "- 纳税申报：增值税及附加税报表预填与申报\n"
            "- 多主体管理：集团下多个纳税主体统一管理\n\n"
            "## 适用客户\n\n"
            "适合月开票量较大的商贸企业和拥有多个纳税主体的企业集团。可以独立使用，也可以与账桥云会计"
            "或其他财务软件对接。"
        ),
        "deployment": "saas",
        "platforms": ["web", "windows"],
        "pricing_model": "subscription",
        "price_min": 600,
        "price_max": 3600,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "invoice": True,
            "tax_filing": True,
            "bank_sync": False,
            "standard": ["small", "enterprise"],
            "max_books": 20,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 600,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1 个纳税主体", "数电发票开具", "进项查验与勾选"],
            },
            {
                "name": "企业版",
                "price": 3600,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["最多 20 个纳税主体", "批量开票", "风险预警", "纳税申报预填"],
            },
        ],
    },
    {
        "name": "蕴数财务",
        "vendor": "yunshu",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Yunshu FMS", "Yunshu Finance"],
        "tagline": "多账套、多准则的集团财务核算系统",
        "description": (
            "蕴数财务是一套面向中大型企业的财务核算系统，支持集团化的多账套管理和合并报表。系统可部署在"
            "企业内网或私有云中，核算规则、科目体系和审批流程都可以按集团的财务制度灵活配置。\n\n"
            "## 核心功能\n\n"
            "- 总账核算：多账套、多币种与辅助核算\n"
            "- 合并报表：内部往来抵销与多层级合并\n"
            "- 资金管理：银企直联、资金计划与账户余额监控\n"
            "- 应收应付：往来核销、账龄分析与坏账计提\n"
            "- 财务共享：凭证集中审核与标准化报账流程\n\n"
            "## 适用客户\n\n"
            "适合拥有多家子公司、需要编制合并报表的集团企业，以及准备建立财务共享中心的大中型企业。"
            "项目按账套数量和模块范围报价。"
        ),
        "deployment": "private",
        "platforms": ["web", "windows"],
        "pricing_model": "quote",
        "price_min": None,
        "price_max": None,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "invoice": True,
            "tax_filing": False,
            "bank_sync": True,
            "standard": ["enterprise", "small"],
        },
        "plans": [
            {
                "name": "企业版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["多账套总账", "应收应付", "银企直联", "本地部署"],
            },
            {
                "name": "集团版",
                "price": None,
                "unit": "",
                "billing_period": "",
                "features": ["含企业版全部功能", "合并报表", "资金计划", "财务共享中心"],
            },
        ],
    },
    {
        "name": "蕴数民非账",
        "vendor": "yunshu",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Yunshu NPO"],
        "tagline": "基金会与社会组织的民非会计核算软件",
        "description": (
            "蕴数民非账是专门为民间非营利组织设计的财务软件，内置《民间非营利组织会计制度》的科目体系和"
            "报表模板。基金会和社会服务机构经常需要按项目、按资金来源分别核算，系统用项目辅助核算和"
            "限定性资金管理满足这一需求。\n\n"
            "## 核心功能\n\n"
            "- 民非科目：内置民非会计制度科目与业务活动表\n"
            "- 项目核算：按公益项目归集收入和支出\n"
            "- 限定性资金：限定性与非限定性净资产分别核算\n"
            "- 捐赠管理：捐赠登记、捐赠票据与捐赠人回访\n"
            "- 年报审计：生成年检所需报表，方便审计师取数\n\n"
            "## 适用客户\n\n"
            "适合基金会、社会服务机构、行业协会和民办非企业单位。支持财务人员与项目负责人分权使用，"
            "项目负责人可在线查看本项目预算执行情况。"
        ),
        "deployment": "hybrid",
        "platforms": ["web"],
        "pricing_model": "subscription",
        "price_min": 1800,
        "price_max": 4800,
        "price_unit": "元/年",
        "free_trial": True,
        "attributes": {
            "invoice": False,
            "tax_filing": False,
            "bank_sync": True,
            "standard": ["npo"],
            "max_books": 3,
        },
        "plans": [
            {
                "name": "标准版",
                "price": 1800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1 个账套", "民非科目与报表", "项目核算"],
            },
            {
                "name": "专业版",
                "price": 4800,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["3 个账套", "限定性资金管理", "捐赠管理", "项目负责人账号"],
            },
        ],
    },
    {
        "name": "砚田小账",
        "vendor": "yantian",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Yantian Books"],
        "tagline": "工作室与小团队的收支记账和开票管理",
        "description": (
            "砚田小账是一款面向设计工作室、咨询机构和自由职业团队的轻量记账工具。很多小团队的需求很简单："
            "清楚知道每个项目赚了多少钱、哪些客户还没付款、发票开了没有。砚田小账用收支流水的方式记账，"
            "不要求使用者懂借贷记账法。\n\n"
            "## 核心功能\n\n"
            "- 收支流水：按项目、客户和类别记录收入支出\n"
            "- 应收提醒：合同款项到期自动提醒催收\n"
            "- 开票登记：记录已开和待开发票，关联对应收款\n"
            "- 项目利润：按项目统计收入、成本和毛利\n"
            "- 导出会计：流水一键转换为凭证，交给代账会计\n\n"
            "## 适用客户\n\n"
            "适合二十人以内、尚未配备专职会计的小团队。报税需由代账会计或其他财税软件完成，"
            "砚田小账负责把日常账目记清楚。"
        ),
        "deployment": "saas",
        "platforms": ["web", "ios", "android", "mac", "windows"],
        "pricing_model": "freemium",
        "price_min": 0,
        "price_max": 699,
        "price_unit": "元/年",
        "free_trial": False,
        "attributes": {
            "invoice": True,
            "tax_filing": False,
            "bank_sync": False,
            "standard": ["small"],
            "max_books": 2,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["1 个账本", "收支流水", "应收提醒"],
            },
            {
                "name": "专业版",
                "price": 699,
                "unit": "元/年",
                "billing_period": "year",
                "features": ["2 个账本", "项目利润", "开票登记", "凭证导出"],
            },
        ],
    },
    {
        "name": "柚掌柜记账",
        "vendor": "youzhanggui",
        "kind": "software",
        "category": "财务记账",
        "extra_categories": [],
        "aliases": ["Youzhanggui Books"],
        "tagline": "个体户和小店老板的免费手机记账助手",
        "description": (
            "柚掌柜记账是为个体工商户和小店老板设计的手机记账应用，可以单独使用，也能自动读取柚掌柜收银的"
            "每日流水。店主每天花一分钟记下进货、房租和人工等支出，月底就能看到这个月到底赚了多少。\n\n"
            "## 核心功能\n\n"
            "- 一笔一记：语音或拍照记账，自动识别金额和类别\n"
            "- 收银同步：自动导入柚掌柜收银的营业额\n"
            "- 利润报表：按月统计收入、支出和经营利润\n"
            "- 报税提醒：个体户经营所得和增值税申报期提醒与预填\n"
            "- 多店账本：一个账号管理最多三家店的独立账本\n\n"
            "## 适用客户\n\n"
            "适合个体户、夫妻店和小微商户，全部功能免费使用，柚掌柜通过收银和硬件服务获得收入。"
            "本应用不适合需要按会计准则建账的企业。"
        ),
        "deployment": "saas",
        "platforms": ["ios", "android", "miniprogram"],
        "pricing_model": "free",
        "price_min": 0,
        "price_max": 0,
        "price_unit": "",
        "free_trial": False,
        "attributes": {
            "invoice": False,
            "tax_filing": True,
            "bank_sync": False,
            "max_books": 3,
        },
        "plans": [
            {
                "name": "免费版",
                "price": 0,
                "unit": "",
                "billing_period": "",
                "features": ["语音拍照记账", "收银流水同步", "月度利润报表", "报税提醒", "三个店铺账本"],
            },
        ],
    },
]
