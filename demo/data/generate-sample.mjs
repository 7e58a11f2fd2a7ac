#!/usr/bin/env node
/**
 * Writes demo/data/sample.json: a deterministic demo dataset in the shape of src/data/model.ts.
 *
 * Chinese enterprise groups (集团) with subsidiaries (some two levels deep), contacts in all three
 * buying roles, a six-stage funnel with ~260 opportunities, products in every VAT category, quotes,
 * orders and a year of activities. A seeded PRNG and a fixed reference date (2026-11-15) mean the
 * output never changes between runs. No dependencies: `node demo/data/generate-sample.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'sample.json');

// ---------------------------------------------------------------------------------------------
// Determinism: seeded PRNG and a fixed "today".

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(20261115);
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const chance = (p) => rand() < p;
const pick = (list) => list[Math.floor(rand() * list.length)];
const pickSome = (list, n) => shuffle([...list]).slice(0, n);
function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
function weighted(entries) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1][0];
}
/** Log-uniform value between min and max (amounts spread over orders of magnitude). */
const logUniform = (min, max) => Math.exp(Math.log(min) + rand() * (Math.log(max) - Math.log(min)));

const DAY = 86_400_000;
/** 2026-11-15 18:00 Beijing time: the dataset's "now". Every timestamp is at or before it. */
const REF = Date.UTC(2026, 10, 15, 10, 0, 0);
/** A working-hours timestamp (09:00-17:59 Beijing) `days` days before the reference date. */
function at(days) {
  const day = new Date(REF - Math.max(0, Math.round(days)) * DAY);
  day.setUTCHours(int(1, 9), int(0, 59), int(0, 59), 0);
  return day.toISOString();
}
const dateOf = (iso) => iso.slice(0, 10);
const dateFromUtc = (y, m, d) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const pad = (n, width) => String(n).padStart(width, '0');

// Exchange rates used only to size foreign-currency amounts realistically (yuan per unit).
const YUAN_PER = { CNY: 1, USD: 7.1, HKD: 0.91 };
/** A yuan amount expressed in `currency` minor units, rounded to a tidy figure. */
function minorIn(yuan, currency, step = 100) {
  const units = yuan / YUAN_PER[currency];
  return Math.max(step, Math.round(units / step) * step) * 100;
}

// ---------------------------------------------------------------------------------------------
// Reference vocabularies.

const OWNERS = [
  { name: '王磊', team: '华东大客户部' },
  { name: '李娜', team: '华东大客户部' },
  { name: '张伟', team: '华南大客户部' },
  { name: '刘洋', team: '华南大客户部' },
  { name: '陈静', team: '华北大客户部' },
  { name: '杨帆', team: '西部大客户部' },
  { name: '赵敏', team: '政企事业部' },
  { name: '黄涛', team: '政企事业部' },
];
const OWNER_BY_AREA = {
  east: ['王磊', '李娜'],
  south: ['张伟', '刘洋'],
  north: ['陈静'],
  west: ['杨帆'],
  gov: ['赵敏', '黄涛'],
};
const teamOf = (owner) => OWNERS.find((o) => o.name === owner).team;

/** Province -> capital and a second city (for second-level subsidiaries). */
const PROVINCES = {
  上海: { en: 'Shanghai', region: '上海市', city2: '浦东', city2En: 'Pudong', region2: '上海市浦东新区', area: 'east' },
  北京: { en: 'Beijing', region: '北京市', city2: '海淀', city2En: 'Haidian', region2: '北京市海淀区', area: 'north' },
  天津: { en: 'Tianjin', region: '天津市', city2: '滨海', city2En: 'Binhai', region2: '天津市滨海新区', area: 'north' },
  重庆: {
    en: 'Chongqing',
    region: '重庆市',
    city2: '两江',
    city2En: 'Liangjiang',
    region2: '重庆市两江新区',
    area: 'west',
  },
  江苏: {
    en: 'Jiangsu',
    region: '江苏省南京市',
    city2: '苏州',
    city2En: 'Suzhou',
    region2: '江苏省苏州市',
    area: 'east',
  },
  浙江: {
    en: 'Zhejiang',
    region: '浙江省杭州市',
    city2: '宁波',
    city2En: 'Ningbo',
    region2: '浙江省宁波市',
    area: 'east',
  },
  安徽: { en: 'Anhui', region: '安徽省合肥市', city2: '芜湖', city2En: 'Wuhu', region2: '安徽省芜湖市', area: 'east' },
  山东: {
    en: 'Shandong',
    region: '山东省济南市',
    city2: '青岛',
    city2En: 'Qingdao',
    region2: '山东省青岛市',
    area: 'north',
  },
  福建: {
    en: 'Fujian',
    region: '福建省福州市',
    city2: '厦门',
    city2En: 'Xiamen',
    region2: '福建省厦门市',
    area: 'south',
  },
  广东: {
    en: 'Guangdong',
    region: '广东省广州市',
    city2: '深圳',
    city2En: 'Shenzhen',
    region2: '广东省深圳市',
    area: 'south',
  },
  广西: {
    en: 'Guangxi',
    region: '广西壮族自治区南宁市',
    city2: '柳州',
    city2En: 'Liuzhou',
    region2: '广西壮族自治区柳州市',
    area: 'south',
  },
  湖北: {
    en: 'Hubei',
    region: '湖北省武汉市',
    city2: '宜昌',
    city2En: 'Yichang',
    region2: '湖北省宜昌市',
    area: 'west',
  },
  湖南: {
    en: 'Hunan',
    region: '湖南省长沙市',
    city2: '株洲',
    city2En: 'Zhuzhou',
    region2: '湖南省株洲市',
    area: 'south',
  },
  河南: {
    en: 'Henan',
    region: '河南省郑州市',
    city2: '洛阳',
    city2En: 'Luoyang',
    region2: '河南省洛阳市',
    area: 'north',
  },
  河北: {
    en: 'Hebei',
    region: '河北省石家庄市',
    city2: '唐山',
    city2En: 'Tangshan',
    region2: '河北省唐山市',
    area: 'north',
  },
  辽宁: {
    en: 'Liaoning',
    region: '辽宁省沈阳市',
    city2: '大连',
    city2En: 'Dalian',
    region2: '辽宁省大连市',
    area: 'north',
  },
  陕西: {
    en: 'Shaanxi',
    region: '陕西省西安市',
    city2: '宝鸡',
    city2En: 'Baoji',
    region2: '陕西省宝鸡市',
    area: 'west',
  },
  四川: {
    en: 'Sichuan',
    region: '四川省成都市',
    city2: '绵阳',
    city2En: 'Mianyang',
    region2: '四川省绵阳市',
    area: 'west',
  },
  云南: {
    en: 'Yunnan',
    region: '云南省昆明市',
    city2: '曲靖',
    city2En: 'Qujing',
    region2: '云南省曲靖市',
    area: 'west',
  },
  江西: {
    en: 'Jiangxi',
    region: '江西省南昌市',
    city2: '赣州',
    city2En: 'Ganzhou',
    region2: '江西省赣州市',
    area: 'east',
  },
};

/** Accounts whose monthly order volume falls through the year. */
const DECLINING = new Set(['cust-016', 'cust-027', 'cust-033', 'cust-010-02', 'cust-021']);
/** Accounts nobody has contacted for more than 90 days. */
const SILENT = new Set(['cust-029', 'cust-035', 'cust-028', 'cust-024-01', 'cust-019-03', 'cust-031-02']);
const ORDER_ACCOUNTS = [
  'cust-001',
  'cust-002',
  'cust-003',
  'cust-004',
  'cust-011',
  'cust-014',
  'cust-017',
  'cust-001-01',
  'cust-009',
  ...DECLINING,
];

/** Accounts deliberately left without a decision maker: the card warns about the gap. */
const NO_DECISION_MAKER = new Set(['cust-019', 'cust-027', 'cust-033', 'cust-002-03', 'cust-011-02', 'cust-022-01']);

/** Marketing-frame tags (DOMAIN.md section 7): labels only. */
const FRAME_TAGS = [
  '4P:product',
  '4P:price',
  '4P:place',
  '4P:promotion',
  '4C:consumer',
  '4C:cost',
  '4C:convenience',
  '4C:communication',
  '4R:relevance',
  '4R:reaction',
  '4R:relationship',
  '4R:reward',
  'STP:segmentation',
  'STP:targeting',
  'STP:positioning',
  'SWOT:strength',
  'SWOT:weakness',
  'SWOT:opportunity',
  'SWOT:threat',
];

// ---------------------------------------------------------------------------------------------
// Groups. `branches` are provinces that get a branch named short + province + suffix; `extra` are
// named subsidiaries; `deep` is how many branches get a second-level unit in their second city.
// Explicit `subs` (government, universities, hospitals) replace the generated branches.

const GROUPS = [
  {
    name: '华东能源集团有限公司',
    short: '华东能源',
    alias: 'East China Energy Group',
    shortEn: 'East China Energy',
    industry: 'energy',
    kind: 'enterprise',
    hq: '上海',
    tier: 'A1',
    domain: 'ece-energy.com.cn',
    branches: ['江苏', '浙江', '安徽', '江西'],
    extra: [['华东能源新能源科技有限公司', 'East China Energy New Energy Technology Co., Ltd.', '上海']],
    deep: 2,
    tags: ['4R:relationship', 'SWOT:strength'],
    notes: '集团总部统一招采，分公司执行；年度框架协议 2027 年 3 月到期，需提前启动续约。',
  },
  {
    name: '华信通信集团有限公司',
    short: '华信通信',
    alias: 'Huaxin Telecom Group',
    shortEn: 'Huaxin Telecom',
    industry: 'telecom',
    kind: 'enterprise',
    hq: '北京',
    tier: 'A1',
    domain: 'huaxin-telecom.cn',
    branches: ['山东', '河北', '辽宁', '河南', '天津'],
    deep: 1,
    tags: ['4P:product', 'STP:targeting'],
  },
  {
    name: '长江银行股份有限公司',
    short: '长江银行',
    alias: 'Changjiang Bank Co., Ltd.',
    shortEn: 'Changjiang Bank',
    industry: 'finance',
    kind: 'enterprise',
    hq: '湖北',
    tier: 'A1',
    domain: 'cjbank.com.cn',
    suffix: ['分行', 'Branch'],
    branches: ['湖北', '湖南', '江苏', '广东', '四川'],
    deep: 2,
    riskFlags: ['credit:large-exposure'],
    notes: '核心系统国产化改造窗口期 2027 年，科技部与采购部双线决策。',
  },
  {
    name: '中原装备制造集团有限公司',
    short: '中原装备',
    alias: 'Zhongyuan Equipment Manufacturing Group',
    shortEn: 'Zhongyuan Equipment',
    industry: 'manufacturing',
    kind: 'enterprise',
    hq: '河南',
    tier: 'A1',
    domain: 'zy-equipment.com',
    branches: ['河南', '陕西', '湖北'],
    extra: [['中原装备智能制造有限公司', 'Zhongyuan Intelligent Manufacturing Co., Ltd.', '河南']],
    deep: 1,
    tags: ['4C:cost'],
  },
  {
    name: '江海市公安局',
    short: '江海公安',
    alias: 'Jianghai Municipal Public Security Bureau',
    shortEn: 'Jianghai PSB',
    industry: 'public security',
    kind: 'government',
    hq: '江苏',
    tier: 'A2',
    domain: 'gaj.jianghai.gov.cn',
    region: '江苏省江海市',
    subs: [
      ['江海市公安局滨江分局', 'Jianghai PSB Binjiang Sub-bureau'],
      ['江海市公安局城东分局', 'Jianghai PSB Chengdong Sub-bureau'],
      ['江海市公安局高新区分局', 'Jianghai PSB Hi-tech Zone Sub-bureau'],
      [
        '江海市公安局交通警察支队',
        'Jianghai Traffic Police Detachment',
        null,
        [['江海市公安局交通警察支队一大队', 'Jianghai Traffic Police 1st Brigade']],
      ],
    ],
    tags: ['STP:positioning'],
    notes: '重要客户（公检法）：保密要求高，所有方案需经信息科技处前置评审。',
  },
  {
    name: '江海市中级人民法院',
    short: '江海中院',
    alias: 'Jianghai Intermediate People’s Court',
    shortEn: 'Jianghai Court',
    industry: 'courts',
    kind: 'government',
    hq: '江苏',
    tier: 'A2',
    domain: 'court.jianghai.gov.cn',
    region: '江苏省江海市',
    subs: [
      ['江海市滨江区人民法院', 'Jianghai Binjiang District Court'],
      ['江海市城东区人民法院', 'Jianghai Chengdong District Court'],
      ['江海海事法庭', 'Jianghai Maritime Tribunal'],
    ],
  },
  {
    name: '华夏传媒集团有限公司',
    short: '华夏传媒',
    alias: 'Huaxia Media Group',
    shortEn: 'Huaxia Media',
    industry: 'media',
    kind: 'enterprise',
    hq: '北京',
    tier: 'A2',
    domain: 'huaxia-media.cn',
    subs: [
      ['华夏日报社', 'Huaxia Daily'],
      ['华夏广播电视台', 'Huaxia Radio & Television', null, [['华夏广播电视台新闻频道', 'Huaxia TV News Channel']]],
      ['华夏新媒体科技有限公司', 'Huaxia New Media Technology Co., Ltd.'],
    ],
    tags: ['4P:promotion', 'SWOT:opportunity'],
  },
  {
    name: '江海市人民政府',
    short: '江海市',
    alias: 'Jianghai Municipal People’s Government',
    shortEn: 'Jianghai Government',
    industry: 'government',
    kind: 'government',
    hq: '江苏',
    tier: 'A2',
    domain: 'jianghai.gov.cn',
    region: '江苏省江海市',
    subs: [
      ['江海市发展和改革委员会', 'Jianghai Development and Reform Commission'],
      ['江海市教育局', 'Jianghai Education Bureau'],
      ['江海市卫生健康委员会', 'Jianghai Health Commission'],
      [
        '江海市大数据管理局',
        'Jianghai Big Data Administration',
        null,
        [['江海市政务数据中心', 'Jianghai Government Data Centre']],
      ],
      ['江海市交通运输局', 'Jianghai Transport Bureau'],
    ],
    notes: '政务云二期预算已列入 2027 年财政计划，按政府采购程序公开招标。',
  },
  {
    name: '西部交通投资集团有限公司',
    short: '西部交投',
    alias: 'Western Transport Investment Group',
    shortEn: 'Western Transport',
    industry: 'logistics',
    kind: 'enterprise',
    hq: '四川',
    tier: 'B1',
    domain: 'wtig.com.cn',
    branches: ['四川', '重庆', '云南', '陕西'],
    deep: 1,
  },
  {
    name: '岭南电力集团有限公司',
    short: '岭南电力',
    alias: 'Lingnan Power Group',
    shortEn: 'Lingnan Power',
    industry: 'energy',
    kind: 'enterprise',
    hq: '广东',
    tier: 'B1',
    domain: 'lingnan-power.com',
    branches: ['广东', '广西', '福建'],
    extra: [['岭南电力售电有限公司', 'Lingnan Power Retail Electricity Co., Ltd.', '广东']],
    deep: 1,
    tags: ['4C:convenience'],
  },
  {
    name: '顺达物流集团股份有限公司',
    short: '顺达物流',
    alias: 'Shunda Logistics Group',
    shortEn: 'Shunda Logistics',
    industry: 'logistics',
    kind: 'enterprise',
    hq: '广东',
    tier: 'B1',
    domain: 'shunda-logistics.com',
    branches: ['广东', '浙江', '上海', '湖北', '四川'],
    deep: 1,
    tags: ['4P:place', '4R:reaction'],
  },
  {
    name: '江海大学',
    short: '江海大学',
    alias: 'Jianghai University',
    shortEn: 'Jianghai University',
    industry: 'education',
    kind: 'nonprofit',
    hq: '江苏',
    tier: 'B1',
    domain: 'jhu.edu.cn',
    region: '江苏省江海市',
    subs: [
      ['江海大学附属医院', 'Jianghai University Affiliated Hospital', 'healthcare'],
      ['江海大学继续教育学院', 'Jianghai University School of Continuing Education'],
      ['江海大学科技园有限公司', 'Jianghai University Science Park Co., Ltd.', 'real estate', null, 'enterprise'],
    ],
  },
  {
    name: '仁和医院集团',
    short: '仁和医院',
    alias: 'Renhe Hospital Group',
    shortEn: 'Renhe Hospital',
    industry: 'healthcare',
    kind: 'nonprofit',
    hq: '浙江',
    tier: 'B1',
    domain: 'renhe-hospital.org.cn',
    subs: [
      [
        '仁和医院东院区',
        'Renhe Hospital East Campus',
        null,
        [['仁和医院东院区体检中心', 'Renhe East Campus Health Check Centre']],
      ],
      ['仁和儿童医院', 'Renhe Children’s Hospital'],
      ['仁和妇产医院', 'Renhe Women’s Hospital'],
      ['仁和医院宁波分院', 'Renhe Hospital Ningbo Branch'],
    ],
    tags: ['4C:consumer'],
  },
  {
    name: '德康医疗器械（中国）有限公司',
    short: '德康医疗',
    alias: 'Dekang Medical Devices (China) Co., Ltd.',
    shortEn: 'Dekang Medical',
    industry: 'healthcare',
    kind: 'enterprise',
    hq: '江苏',
    tier: 'B1',
    currency: 'USD',
    domain: 'dekang-medical.com',
    branches: ['上海', '广东', '北京'],
    notes: 'Foreign-invested: contracts and invoices in USD, approvals from the Singapore regional office.',
  },
  {
    name: '海丰证券股份有限公司',
    short: '海丰证券',
    alias: 'Haifeng Securities Co., Ltd.',
    shortEn: 'Haifeng Securities',
    industry: 'finance',
    kind: 'enterprise',
    hq: '上海',
    tier: 'B1',
    domain: 'hfsec.com.cn',
    branches: ['江苏', '浙江', '广东', '北京'],
    deep: 1,
    riskFlags: ['operational:key-person'],
  },
  {
    name: '北方钢铁集团有限公司',
    short: '北方钢铁',
    alias: 'Northern Steel Group',
    shortEn: 'Northern Steel',
    industry: 'manufacturing',
    kind: 'enterprise',
    hq: '河北',
    tier: 'B1',
    domain: 'northern-steel.com.cn',
    branches: ['河北', '辽宁', '山东'],
    extra: [['北方钢铁物流有限公司', 'Northern Steel Logistics Co., Ltd.', '天津']],
    riskFlags: ['market:sector-downturn', 'credit:overdue'],
    tags: ['SWOT:threat'],
    notes: '行业去产能，订单量连续三个季度下滑；应收账款逾期 90 天以上，需控制授信敞口。',
  },
  {
    name: '港通国际物流集团有限公司',
    short: '港通物流',
    alias: 'Gangtong International Logistics Group',
    shortEn: 'Gangtong Logistics',
    industry: 'logistics',
    kind: 'enterprise',
    hq: '广东',
    tier: 'B2',
    currency: 'HKD',
    domain: 'gangtong-logistics.com.hk',
    branches: ['广东', '福建', '上海'],
    notes: '香港注册，合同以港币结算。',
  },
  {
    name: '万家福连锁商业集团有限公司',
    short: '万家福',
    alias: 'Wanjiafu Retail Group',
    shortEn: 'Wanjiafu',
    industry: 'retail',
    kind: 'intermediary',
    hq: '浙江',
    tier: 'B2',
    domain: 'wanjiafu.com',
    branches: ['浙江', '江苏', '安徽', '上海', '江西'],
    deep: 1,
    tags: ['4P:price', '4C:cost'],
  },
  {
    name: '恒通电子分销集团有限公司',
    short: '恒通电子',
    alias: 'Hengtong Electronics Distribution Group',
    shortEn: 'Hengtong Electronics',
    industry: 'distribution',
    kind: 'intermediary',
    hq: '广东',
    tier: 'B2',
    domain: 'hengtong-dist.com',
    branches: ['广东', '福建', '湖南', '广西'],
    tags: ['4P:place'],
  },
  {
    name: '天府农业发展集团有限公司',
    short: '天府农业',
    alias: 'Tianfu Agricultural Development Group',
    shortEn: 'Tianfu Agriculture',
    industry: 'agriculture',
    kind: 'enterprise',
    hq: '四川',
    tier: 'B2',
    domain: 'tianfu-agri.com',
    branches: ['四川', '重庆', '云南'],
  },
  {
    name: '楚天建设工程集团有限公司',
    short: '楚天建设',
    alias: 'Chutian Construction Engineering Group',
    shortEn: 'Chutian Construction',
    industry: 'construction',
    kind: 'enterprise',
    hq: '湖北',
    tier: 'B2',
    domain: 'chutian-cec.com',
    branches: ['湖北', '湖南', '江西', '河南'],
    deep: 1,
    riskFlags: ['credit:overdue'],
  },
  {
    name: '星辰软件科技集团有限公司',
    short: '星辰软件',
    alias: 'Xingchen Software Technology Group',
    shortEn: 'Xingchen Software',
    industry: 'software',
    kind: 'enterprise',
    hq: '浙江',
    tier: 'B2',
    domain: 'xingchen-soft.com',
    branches: ['浙江', '北京', '四川'],
    tags: ['4R:relevance', 'SWOT:opportunity'],
  },
  {
    name: '东方保险集团股份有限公司',
    short: '东方保险',
    alias: 'Dongfang Insurance Group',
    shortEn: 'Dongfang Insurance',
    industry: 'finance',
    kind: 'enterprise',
    hq: '上海',
    tier: 'B2',
    domain: 'dfins.com.cn',
    branches: ['上海', '江苏', '山东', '广东', '辽宁', '陕西'],
    deep: 1,
  },
  {
    name: '华南汽车零部件集团有限公司',
    short: '华南汽配',
    alias: 'South China Auto Parts Group',
    shortEn: 'South China Auto Parts',
    industry: 'manufacturing',
    kind: 'enterprise',
    hq: '广东',
    tier: 'B2',
    domain: 'scap-group.com',
    branches: ['广东', '广西', '湖北'],
  },
  {
    name: '新航教育科技集团有限公司',
    short: '新航教育',
    alias: 'Xinhang Education Technology Group',
    shortEn: 'Xinhang Education',
    industry: 'education',
    kind: 'enterprise',
    hq: '北京',
    tier: 'C',
    domain: 'xinhang-edu.com',
    branches: ['北京', '湖北'],
  },
  {
    name: '蓝海水务集团有限公司',
    short: '蓝海水务',
    alias: 'Lanhai Water Group',
    shortEn: 'Lanhai Water',
    industry: 'utilities',
    kind: 'enterprise',
    hq: '山东',
    tier: 'B2',
    domain: 'lanhai-water.com',
    branches: ['山东', '河北', '江苏'],
  },
  {
    name: '金桥化工集团有限公司',
    short: '金桥化工',
    alias: 'Jinqiao Chemical Group',
    shortEn: 'Jinqiao Chemical',
    industry: 'chemicals',
    kind: 'enterprise',
    hq: '江苏',
    tier: 'C',
    domain: 'jinqiao-chem.com',
    branches: ['江苏', '安徽', '山东'],
    riskFlags: ['market:sector-downturn'],
    tags: ['SWOT:threat', 'SWOT:weakness'],
  },
  {
    name: '瑞丰食品集团有限公司',
    short: '瑞丰食品',
    alias: 'Ruifeng Food Group',
    shortEn: 'Ruifeng Food',
    industry: 'food & beverage',
    kind: 'enterprise',
    hq: '福建',
    tier: 'C',
    domain: 'ruifeng-food.com',
    branches: ['福建', '广东'],
  },
  {
    name: '华美纺织集团有限公司',
    short: '华美纺织',
    alias: 'Huamei Textile Group',
    shortEn: 'Huamei Textile',
    industry: 'textiles',
    kind: 'enterprise',
    hq: '浙江',
    tier: 'C',
    domain: 'huamei-textile.com',
    branches: ['浙江', '江苏', '福建'],
    riskFlags: ['credit:overdue', 'operational:key-person'],
    notes: '原采购负责人离职后对接中断，需重新梳理决策链。',
  },
  {
    name: '明德职业教育集团',
    short: '明德职教',
    alias: 'Mingde Vocational Education Group',
    shortEn: 'Mingde Vocational',
    industry: 'education',
    kind: 'nonprofit',
    hq: '湖南',
    tier: 'C',
    domain: 'mingde.edu.cn',
    subs: [
      ['明德职业技术学院', 'Mingde Vocational and Technical College'],
      ['明德技师学院', 'Mingde Technician College'],
    ],
  },
  {
    name: '康泰医药连锁集团有限公司',
    short: '康泰医药',
    alias: 'Kangtai Pharmacy Chain Group',
    shortEn: 'Kangtai Pharmacy',
    industry: 'healthcare',
    kind: 'intermediary',
    hq: '湖南',
    tier: 'C',
    domain: 'kangtai-pharmacy.com',
    branches: ['湖南', '江西', '广西'],
    tags: ['4P:place', '4C:convenience'],
  },
  {
    name: '云帆文化传媒集团有限公司',
    short: '云帆传媒',
    alias: 'Yunfan Culture & Media Group',
    shortEn: 'Yunfan Media',
    industry: 'media',
    kind: 'enterprise',
    hq: '上海',
    tier: 'C',
    domain: 'yunfan-media.com',
    branches: ['上海', '浙江'],
    tags: ['4P:promotion'],
  },
  {
    name: '北辰地产集团有限公司',
    short: '北辰地产',
    alias: 'Beichen Real Estate Group',
    shortEn: 'Beichen Real Estate',
    industry: 'real estate',
    kind: 'enterprise',
    hq: '天津',
    tier: 'C',
    domain: 'beichen-re.com',
    branches: ['天津', '河北', '山东', '辽宁'],
    deep: 1,
    riskFlags: ['credit:large-exposure', 'market:sector-downturn'],
    notes: '地产行业下行，集团整体授信已接近上限，新增项目须预付款。',
  },
  {
    name: '安捷电子（中国）有限公司',
    short: '安捷电子',
    alias: 'Anjie Electronics (China) Co., Ltd.',
    shortEn: 'Anjie Electronics',
    industry: 'manufacturing',
    kind: 'enterprise',
    hq: '江苏',
    tier: 'B2',
    currency: 'USD',
    domain: 'anjie-electronics.com',
    branches: ['江苏', '广东'],
    notes: 'Wholly foreign-owned: prices in USD, global procurement framework applies.',
  },
  {
    name: '中南有色金属集团有限公司',
    short: '中南有色',
    alias: 'Zhongnan Nonferrous Metals Group',
    shortEn: 'Zhongnan Nonferrous',
    industry: 'mining',
    kind: 'enterprise',
    hq: '湖南',
    tier: 'C',
    domain: 'zn-metals.com',
    branches: ['湖南', '云南', '江西'],
  },
];

/** Standalone accounts: no group. */
const STANDALONE = [
  {
    name: '鑫源电子元器件批发有限公司',
    alias: 'Xinyuan Electronic Components Wholesale',
    industry: 'distribution',
    kind: 'intermediary',
    hq: '广东',
    tier: 'C',
    domain: 'xinyuan-ec.com',
  },
  {
    name: '江海市第一中学',
    alias: 'Jianghai No. 1 Middle School',
    industry: 'education',
    kind: 'nonprofit',
    hq: '江苏',
    tier: 'C',
    domain: 'jh1z.edu.cn',
    region: '江苏省江海市',
  },
  {
    name: '周博文（工业互联网意见领袖）',
    alias: 'Zhou Bowen (industrial IoT opinion leader)',
    industry: 'media',
    kind: 'consumer',
    hq: '北京',
    tier: 'C',
    domain: 'zhoubowen.me',
  },
];

// ---------------------------------------------------------------------------------------------
// Customers.

const TIER_RANGES = {
  // annual revenue from the account in yuan, stability, margin, product breadth, influence, cost to serve
  A1: {
    revenue: [30_000_000, 120_000_000],
    stability: [0.8, 0.95],
    margin: [0.25, 0.4],
    breadth: [8, 14],
    influence: [7, 9],
    cost: [6, 9],
  },
  A2: {
    revenue: [6_000_000, 30_000_000],
    stability: [0.7, 0.9],
    margin: [0.18, 0.3],
    breadth: [5, 10],
    influence: [8.5, 10],
    cost: [7, 10],
  },
  B1: {
    revenue: [5_000_000, 15_000_000],
    stability: [0.65, 0.85],
    margin: [0.2, 0.35],
    breadth: [4, 9],
    influence: [4, 7],
    cost: [4, 7],
  },
  B2: {
    revenue: [1_500_000, 5_000_000],
    stability: [0.5, 0.8],
    margin: [0.15, 0.3],
    breadth: [2, 6],
    influence: [2, 5],
    cost: [3, 6],
  },
  C: {
    revenue: [200_000, 1_500_000],
    stability: [0.3, 0.7],
    margin: [0.08, 0.25],
    breadth: [1, 4],
    influence: [0.5, 3],
    cost: [1, 4],
  },
};
const SUB_TIER = {
  A1: ['A1', 'B1', 'B1', 'B2'],
  A2: ['A2', 'B1', 'B2'],
  B1: ['B1', 'B2', 'B2', 'C'],
  B2: ['B2', 'C', 'C'],
  C: ['C'],
};
const RELATIONSHIP = {
  A1: ['partnership', 'partnership', 'proactive'],
  A2: ['proactive', 'partnership', 'accountable'],
  B1: ['accountable', 'proactive', 'proactive'],
  B2: ['reactive', 'accountable', 'accountable'],
  C: ['basic', 'reactive', 'reactive'],
};
const LOYALTY = {
  A1: ['advocate', 'repeat', 'advocate'],
  A2: ['repeat', 'advocate', 'repeat'],
  B1: ['repeat', 'repeat', 'advocate'],
  B2: ['repeat', 'first-time', 'repeat'],
  C: ['first-time', 'prospect', 'repeat', 'suspect'],
};
const round2 = (n) => Math.round(n * 100) / 100;
const between = ([lo, hi]) => lo + rand() * (hi - lo);

function channelFor(tier, kind) {
  if (tier === 'A1' || tier === 'A2') return 'direct';
  if (kind === 'intermediary') return 'partner';
  if (tier === 'B1')
    return weighted([
      ['direct', 8],
      ['partner', 2],
    ]);
  if (tier === 'B2')
    return weighted([
      ['direct', 4],
      ['partner', 4],
      ['call-centre', 2],
    ]);
  return weighted([
    ['call-centre', 4],
    ['web', 3],
    ['partner', 3],
  ]);
}

const customers = [];
/** Per-customer generation context (not written out). */
const meta = new Map();

function addCustomer({
  id,
  parentId,
  name,
  alias,
  industry,
  kind,
  province,
  region,
  tier,
  currency,
  owner,
  scale,
  group,
}) {
  const r = TIER_RANGES[tier];
  const established = ORDER_ACCOUNTS.includes(id) || NO_DECISION_MAKER.has(id);
  const loyaltyStage = established && tier === 'C' ? 'repeat' : pick(LOYALTY[tier]);
  const prospect = loyaltyStage === 'prospect' || loyaltyStage === 'suspect';
  const revenueYuan = prospect ? 0 : Math.round((logUniform(r.revenue[0], r.revenue[1]) * scale) / 10_000) * 10_000;
  const indicators = {
    annualRevenue: revenueYuan,
    revenueStability: round2(between(r.stability)),
    margin: round2(between(r.margin)),
    productBreadth: prospect ? 0 : int(r.breadth[0], r.breadth[1]),
    strategicInfluence: Math.round(between(r.influence) * 10) / 10,
    costToServe: Math.round(between(r.cost) * 10) / 10,
  };
  const revenue = revenueYuan === 0 ? 0 : minorIn(revenueYuan, currency, 1000);
  const creditLimit = minorIn(Math.max(revenueYuan, 200_000) * (0.2 + rand() * 0.2), currency, 1000);
  const record = {
    id,
    name,
    alias,
    ...(parentId ? { parentId } : {}),
    kind,
    industry,
    region,
    owner,
    channel: channelFor(tier, kind),
    tier,
    tierScheme: 'value',
    indicators,
    currency,
    creditLimit,
    annualRevenue: revenue,
    receivables: prospect ? 0 : Math.round((revenue * (0.04 + rand() * 0.18)) / 100) * 100,
    openOrders: prospect ? 0 : Math.round((revenue * rand() * 0.1) / 100) * 100,
    relationship: prospect ? 'basic' : pick(RELATIONSHIP[tier]),
    loyaltyStage,
    createdAt: at(int(330, 2600)),
    updatedAt: at(int(1, 150)),
  };
  customers.push(record);
  meta.set(id, {
    province,
    group,
    tier,
    domain: group.domain,
    currency,
    depth: parentId ? id.split('-').length - 2 : 0,
  });
  return record;
}

const ownerFor = (province, kind, industry) => {
  if (kind === 'government' || industry === 'public security' || industry === 'courts' || industry === 'media') {
    return pick(OWNER_BY_AREA.gov);
  }
  return pick(OWNER_BY_AREA[PROVINCES[province].area]);
};

GROUPS.forEach((g, gi) => {
  const headId = `cust-${pad(gi + 1, 3)}`;
  const currency = g.currency ?? 'CNY';
  const owner = ownerFor(g.hq, g.kind, g.industry);
  const head = addCustomer({
    id: headId,
    name: g.name,
    alias: g.alias,
    industry: g.industry,
    kind: g.kind,
    province: g.hq,
    region: g.region ?? PROVINCES[g.hq].region,
    tier: g.tier,
    currency,
    owner,
    scale: 1,
    group: g,
  });
  if (g.riskFlags) head.riskFlags = [...g.riskFlags];
  if (g.tags) head.tags = [...g.tags];
  if (g.notes) head.notes = g.notes;
  if (g.riskFlags?.includes('credit:large-exposure')) head.receivables = Math.round(head.creditLimit * 0.93);
  if (g.riskFlags?.includes('credit:overdue'))
    head.receivables = Math.max(head.receivables, Math.round(head.creditLimit * 0.6));

  // Subsidiaries: [name, alias, industry?, children?, kind?, province?]
  const subs = g.subs
    ? g.subs.map(([name, alias, industry, children, kind]) => ({
        name,
        alias,
        industry,
        children,
        kind,
        province: g.hq,
        region: g.region,
      }))
    : [
        ...g.branches.map((p, i) => {
          const [suffix, suffixEn] = g.suffix ?? ['分公司', 'Branch'];
          const P = PROVINCES[p];
          const children =
            i < (g.deep ?? 0)
              ? [[`${g.short}${P.city2}${suffix}`, `${g.shortEn} ${P.city2En} ${suffixEn}`, null, null, null, p, true]]
              : null;
          return { name: `${g.short}${p}${suffix}`, alias: `${g.shortEn} ${P.en} ${suffixEn}`, children, province: p };
        }),
        ...(g.extra ?? []).map(([name, alias, p]) => ({ name, alias, province: p })),
      ];
  subs.forEach((s, si) => {
    const subId = `${headId}-${pad(si + 1, 2)}`;
    const tier = pick(SUB_TIER[g.tier]);
    const subOwner = chance(0.7) ? owner : ownerFor(s.province, g.kind, g.industry);
    const sub = addCustomer({
      id: subId,
      parentId: headId,
      name: s.name,
      alias: s.alias,
      industry: s.industry ?? g.industry,
      kind: s.kind ?? g.kind,
      province: s.province,
      region: s.region ?? PROVINCES[s.province].region,
      tier,
      currency,
      owner: subOwner,
      scale: 0.5,
      group: g,
    });
    if (g.riskFlags?.includes('market:sector-downturn')) sub.riskFlags = ['market:sector-downturn'];
    for (const [ci, child] of (s.children ?? []).entries()) {
      const [name, alias, industry, , kind, province, secondCity] = child;
      const p = province ?? s.province;
      addCustomer({
        id: `${subId}-${pad(ci + 1, 2)}`,
        parentId: subId,
        name,
        alias,
        industry: industry ?? s.industry ?? g.industry,
        kind: kind ?? s.kind ?? g.kind,
        province: p,
        region: secondCity ? PROVINCES[p].region2 : (s.region ?? PROVINCES[p].region),
        tier: pick(SUB_TIER[tier]),
        currency,
        owner: subOwner,
        scale: 0.25,
        group: g,
      });
    }
  });
});

STANDALONE.forEach((s, i) => {
  const c = addCustomer({
    id: `cust-${pad(GROUPS.length + i + 1, 3)}`,
    name: s.name,
    alias: s.alias,
    industry: s.industry,
    kind: s.kind,
    province: s.hq,
    region: s.region ?? PROVINCES[s.hq].region,
    tier: s.tier,
    currency: 'CNY',
    owner: ownerFor(s.hq, s.kind, s.industry),
    scale: 0.6,
    group: s,
  });
  if (s.kind === 'consumer') c.tags = ['4R:relationship', '4P:promotion'];
});

// A sprinkle of extra risk flags, tags and notes on subsidiaries.
const SUB_NOTES = [
  '分公司有独立采购权限，金额超过 50 万元需报集团审批。',
  '年度预算在 3 月下达，Q2 为集中采购窗口。',
  '对价格敏感，倾向分期付款；可用服务与培训替代额外折扣。',
  '上季度发生一次重大网络故障，客户对服务响应时间要求提高。',
  '新任总经理到任，需重新建立高层关系。',
  '竞争对手正在以低价切入，需加强技术交流与高层拜访。',
];
for (const c of customers) {
  if (!c.parentId) continue;
  if (!c.riskFlags && chance(0.08))
    c.riskFlags = [pick(['credit:overdue', 'operational:key-person', 'credit:large-exposure'])];
  if (chance(0.3)) c.tags = pickSome(FRAME_TAGS, int(1, 3));
  if (chance(0.2)) c.notes = pick(SUB_NOTES);
}
const customerById = new Map(customers.map((c) => [c.id, c]));

// ---------------------------------------------------------------------------------------------
// Contacts.

const SURNAMES = `
王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 赵:Zhao 黄:Huang 周:Zhou 吴:Wu 徐:Xu 孙:Sun 胡:Hu 朱:Zhu 高:Gao 林:Lin
何:He 郭:Guo 马:Ma 罗:Luo 梁:Liang 宋:Song 郑:Zheng 谢:Xie 韩:Han 唐:Tang 冯:Feng 董:Dong 程:Cheng 曹:Cao 袁:Yuan
邓:Deng 沈:Shen 曾:Zeng 彭:Peng 吕:Lyu
`
  .trim()
  .split(/\s+/)
  .map((pair) => pair.split(':'));
const GIVEN = `
伟:Wei 芳:Fang 敏:Min 静:Jing 强:Qiang 军:Jun 勇:Yong 杰:Jie 明:Ming 超:Chao 鹏:Peng 彬:Bin 倩:Qian 婷:Ting 凯:Kai
秀英:Xiuying 建国:Jianguo 志强:Zhiqiang 海燕:Haiyan 晓东:Xiaodong 文博:Wenbo 子涵:Zihan 浩然:Haoran 雨桐:Yutong
国栋:Guodong 振华:Zhenhua 丽娟:Lijuan 立新:Lixin 春梅:Chunmei 宏伟:Hongwei 建华:Jianhua 晓红:Xiaohong 思远:Siyuan
嘉怡:Jiayi 俊杰:Junjie 慧敏:Huimin
`
  .trim()
  .split(/\s+/)
  .map((pair) => pair.split(':'));
const TITLES = {
  enterprise: {
    'decision-maker': ['总经理', '副总经理', '董事长', '总裁', '分管副总裁'],
    'technical-gatekeeper': ['采购总监', '财务总监', 'IT 主管', '技术总监', '信息中心主任', '首席信息官'],
    user: ['运营经理', '网络管理员', '业务专员', '行政主管', '客服主管', '数据分析师'],
  },
  government: {
    'decision-maker': ['局长', '副局长', '分管副主任', '院长'],
    'technical-gatekeeper': ['信息科技处处长', '财务处处长', '装备财务科科长', '信息中心主任'],
    user: ['指挥中心值班主任', '办公室科员', '信息科科员', '业务科副科长'],
  },
  nonprofit: {
    'decision-maker': ['院长', '副校长', '党委副书记', '副院长'],
    'technical-gatekeeper': ['信息中心主任', '设备科科长', '财务处处长', '网络中心主任'],
    user: ['护士长', '教务处干事', '信息科工程师', '科室主任'],
  },
  intermediary: {
    'decision-maker': ['总经理', '董事长', '执行董事'],
    'technical-gatekeeper': ['采购经理', '财务经理', '品类总监'],
    user: ['门店运营主管', '仓储主管', '销售内勤'],
  },
  consumer: {
    'decision-maker': ['创始人'],
    'technical-gatekeeper': ['助理'],
    user: ['内容运营'],
  },
};
const STYLE_WEIGHTS = {
  'decision-maker': [
    ['tiger', 5],
    ['peacock', 2],
    ['owl', 2],
    ['koala', 1],
  ],
  'technical-gatekeeper': [
    ['owl', 5],
    ['tiger', 2],
    ['koala', 2],
    ['peacock', 1],
  ],
  user: [
    ['koala', 4],
    ['peacock', 3],
    ['owl', 2],
    ['tiger', 1],
  ],
};
const CONTACT_NOTES = {
  'decision-maker': [
    '关注投资回报和项目风险，决策果断，偏好一页纸汇报。',
    '重视长期合作与品牌背书，季度高层拜访必不可少。',
  ],
  'technical-gatekeeper': [
    '逐项核对技术参数与等保要求，需要完整的测试报告。',
    '严格把控价格与付款条件，比价至少三家。',
  ],
  user: ['日常使用反馈积极，可作为内部推荐人。', '对系统稳定性抱怨较多，需跟进工单闭环。'],
};

const contacts = [];
const usedEmails = new Set();
let contactSeq = 0;
function mobile() {
  return `+86 1${pick(['38', '39', '36', '58', '59', '86', '87', '88', '35', '50'])}${int(0, 9)} ${pad(int(0, 9999), 4)} ${pad(int(0, 9999), 4)}`;
}
function addContact(customer, role) {
  const [sz, sp] = pick(SURNAMES);
  const [gz, gp] = pick(GIVEN);
  const domain = meta.get(customer.id).domain;
  let local = `${gp}.${sp}`.toLowerCase();
  for (let n = 2; usedEmails.has(`${local}@${domain}`); n++) local = `${gp}.${sp}${n}`.toLowerCase();
  usedEmails.add(`${local}@${domain}`);
  const titles = TITLES[customer.kind][role];
  contactSeq += 1;
  const contact = {
    id: `ct-${pad(contactSeq, 4)}`,
    customerId: customer.id,
    name: `${sz}${gz}`,
    alias: `${sp} ${gp}`,
    title: pick(titles),
    role,
    style: weighted(STYLE_WEIGHTS[role]),
    phone: mobile(),
    email: `${local}@${domain}`,
    createdAt: at(int(200, 900)),
    updatedAt: at(int(1, 200)),
  };
  if (chance(0.25)) contact.notes = pick(CONTACT_NOTES[role]);
  contacts.push(contact);
  return contact;
}
for (const c of customers) {
  const isHead = !c.parentId;
  if (!isHead && !NO_DECISION_MAKER.has(c.id) && chance(0.2)) continue; // some subsidiaries not mapped yet
  const roles = NO_DECISION_MAKER.has(c.id)
    ? ['technical-gatekeeper', 'user']
    : ['decision-maker', 'technical-gatekeeper', 'user'];
  if (c.kind === 'consumer') roles.splice(1);
  const extra = isHead ? int(0, 2) : int(0, 1);
  for (let i = 0; i < extra && c.kind !== 'consumer'; i++) {
    roles.push(
      weighted([
        ['technical-gatekeeper', 3],
        ['user', 3],
        ...(NO_DECISION_MAKER.has(c.id) ? [] : [['decision-maker', 1]]),
      ]),
    );
  }
  // Smaller subsidiaries often only have one or two people mapped.
  const mapped = !isHead && !NO_DECISION_MAKER.has(c.id) && chance(0.15) ? roles.slice(0, int(1, 2)) : roles;
  for (const role of mapped) addContact(c, role);
}
const contactsOf = (customerId) => contacts.filter((ct) => ct.customerId === customerId);

// ---------------------------------------------------------------------------------------------
// Stages.

const stages = [
  { id: 'lead', name: 'Lead', nameZh: '线索', order: 1, probability: 10, kind: 'open' },
  { id: 'qualified', name: 'Qualified', nameZh: '已确认', order: 2, probability: 25, kind: 'open' },
  { id: 'proposal', name: 'Proposal', nameZh: '方案/报价', order: 3, probability: 50, kind: 'open' },
  { id: 'negotiation', name: 'Negotiation', nameZh: '谈判', order: 4, probability: 75, kind: 'open' },
  { id: 'won', name: 'Won', nameZh: '赢单', order: 5, probability: 100, kind: 'won' },
  { id: 'lost', name: 'Lost', nameZh: '输单', order: 6, probability: 0, kind: 'lost' },
].map((s) => ({ ...s, createdAt: '2025-01-06T01:00:00.000Z', updatedAt: '2025-01-06T01:00:00.000Z' }));
const OPEN_STAGES = ['lead', 'qualified', 'proposal', 'negotiation'];

// ---------------------------------------------------------------------------------------------
// Products: every Chinese VAT category (13% goods, 9% transport/basic telecom/construction,
// 6% modern and software services, 0% zero-rated export service), two priced in USD.

const PRODUCT_TABLE = `
HW-5G-001    | 5G 工业网关              | 5G industrial gateway                          | 台   |     6800 | 0.62 | 13 | goods                        | hardware
HW-SRV-001   | 双路机架式服务器          | 2-socket rack server                           | 台   |    68000 | 0.70 | 13 | goods                        | hardware
HW-SW-001    | 数据中心核心交换机        | Data-centre core switch                        | 台   |   185000 | 0.66 | 13 | goods                        | hardware
HW-FW-001    | 下一代防火墙              | Next-generation firewall                       | 台   |    98000 | 0.58 | 13 | goods                        | hardware
HW-CAM-001   | 智能高清摄像机            | Smart HD camera                                | 台   |     3200 | 0.64 | 13 | goods                        | hardware
HW-STO-001   | 全闪存存储阵列            | All-flash storage array                        | 套   |   420000 | 0.72 | 13 | goods                        | hardware
EQ-UPS-001   | 模块化 UPS 电源系统       | Modular UPS system                             | 套   |   156000 | 0.68 | 13 | goods                        | equipment
EQ-IOT-001   | 物联网传感器套件          | IoT sensor kit                                 | 套   |    12500 | 0.55 | 13 | goods                        | equipment
HW-TER-001   | 加固型行业终端            | Rugged industry handheld                       | 台   |     4600 | 0.60 | 13 | goods                        | hardware
TEL-LINE-001 | 互联网专线接入（100M）    | Dedicated internet line (100 Mbps)             | 年   |    36000 | 0.45 |  9 | basic telecom services       | connectivity
TEL-5G-001   | 5G 专网基础服务           | 5G private network basic service               | 年   |   240000 | 0.50 |  9 | basic telecom services       | connectivity
TRN-LOG-001  | 设备干线运输服务          | Equipment trunk transport                      | 项   |    18000 | 0.80 |  9 | transport services           | logistics
CON-CAB-001  | 综合布线工程              | Structured cabling works                       | 项   |   260000 | 0.75 |  9 | construction services        | construction
CON-DC-001   | 模块化机房建设            | Modular machine-room construction              | 项   |  1350000 | 0.78 |  9 | construction services        | construction
SW-CRM-001   | CRM 云服务（企业版）      | CRM cloud service, enterprise                  | 年   |   120000 | 0.25 |  6 | modern services              | software
SW-ERP-001   | ERP 云服务                | ERP cloud service                              | 年   |   280000 | 0.30 |  6 | modern services              | software
SW-SEC-001   | 安全态势感知平台订阅      | Security situational awareness subscription    | 年   |   160000 | 0.28 |  6 | modern services              | software
SV-CONS-001  | 数字化转型咨询            | Digital transformation consulting              | 人天 |     6000 | 0.45 |  6 | modern services              | consulting
SV-IMPL-001  | 系统实施服务              | Implementation services                        | 人天 |     3500 | 0.55 |  6 | modern services              | service
SV-MNT-001   | 年度运维服务              | Annual operations and maintenance              | 年   |    90000 | 0.50 |  6 | modern services              | service
SV-TRN-001   | 用户培训                  | User training                                  | 人天 |     4000 | 0.40 |  6 | modern services              | service
SV-SEC-001   | 网络安全等级保护测评      | Cybersecurity classified-protection assessment | 项   |    85000 | 0.50 |  6 | modern services              | consulting
TEL-VAS-001  | 云视频会议服务            | Cloud video conferencing                       | 年   |    24000 | 0.35 |  6 | value-added telecom services | connectivity
EX-SVC-001   | 跨境软件开发服务（出口）  | Cross-border software development (export)     | 人天 |     5000 | 0.50 |  0 | zero-rated export services   | service
HW-GPU-001   | AI 推理加速卡（进口）     | AI inference accelerator (imported)            | 台   |     8900 | 0.74 | 13 | goods                        | hardware     | USD
SW-DB-001    | 国际版分布式数据库许可    | Distributed database licence, international    | 套   |    26000 | 0.35 |  6 | modern services              | software     | USD
`;
// code | name | alias | unit | price (yuan, or dollars for USD) | cost ratio | VAT % | VAT category | category | currency
const PRODUCT_DEFS = PRODUCT_TABLE.trim()
  .split('\n')
  .map((row) => row.split('|').map((cell) => cell.trim()))
  .map(([code, name, alias, unit, price, cost, vat, vatCategory, category, currency]) => [
    code,
    name,
    alias,
    unit,
    Number(price),
    Number(cost),
    Number(vat),
    vatCategory,
    category,
    currency,
  ]);
const products = PRODUCT_DEFS.map(
  ([code, name, alias, unit, price, costRatio, vatRate, vatCategory, category, currency], i) => {
    // USD products are given in dollars; CNY products in yuan.
    const priceMinor = price * 100;
    return {
      id: `prod-${pad(i + 1, 3)}`,
      code,
      name,
      alias,
      unit,
      price: priceMinor,
      currency: currency ?? 'CNY',
      vatRate,
      vatCategory,
      cost: Math.round(priceMinor * costRatio),
      category,
      createdAt: '2025-03-01T02:00:00.000Z',
      updatedAt: at(int(20, 300)),
    };
  },
);
const productByCode = new Map(products.map((p) => [p.code, p]));

// ---------------------------------------------------------------------------------------------
// Opportunities: a funnel (many leads, fewer later), some won, some lost with reasons.

const PROJECTS = {
  energy: ['智慧电厂物联网改造', '新能源场站集中监控', '调度中心网络升级', '配网自动化通信'],
  telecom: ['5G 核心网扩容', '政企专线批量接入', '机房动环监控', 'IDC 机柜扩容'],
  finance: ['核心系统灾备建设', '网点 SD-WAN 改造', '信创服务器替换', '反欺诈数据平台'],
  manufacturing: ['工业互联网平台', 'MES 系统实施', '5G 智慧工厂', '设备预测性维护'],
  'public security': ['雪亮工程视频监控', '警务云扩容', '移动警务终端', '指挥中心融合通信'],
  courts: ['智慧法院庭审系统', '电子卷宗云存储', '远程提讯系统'],
  media: ['融媒体云平台', '4K 演播室网络', '内容安全审核平台'],
  government: ['政务云二期', '一网通办平台', '城市运行管理中心', '电子政务外网升级'],
  logistics: ['车队物联网管理', '仓储 WMS 升级', '园区 5G 专网', '运输调度平台'],
  education: ['智慧校园网络', '教学云桌面', '校园安防监控', '在线教学平台'],
  healthcare: ['互联网医院平台', '医疗影像云', '院内无线网络覆盖', '医疗设备物联网'],
  retail: ['门店 SD-WAN 组网', '会员 CRM 系统', '收银终端更新', '门店视频巡店'],
  distribution: ['渠道订货系统', '仓储物流网络', 'ERP 云迁移'],
  agriculture: ['智慧农业物联网', '冷链溯源平台'],
  construction: ['智慧工地监控', '项目管理云平台'],
  software: ['研发云桌面', '办公网络安全加固'],
  utilities: ['智慧水务监测', '管网漏损物联网'],
  chemicals: ['安全生产监测', '园区应急通信'],
  'food & beverage': ['生产追溯系统', '冷链温控物联网'],
  textiles: ['车间设备联网', 'ERP 云迁移'],
  'real estate': ['智慧社区平台', '售楼处视频系统'],
  mining: ['矿山 5G 专网', '安全生产监测'],
};
const GENERIC_PROJECTS = [
  '数据中心扩容',
  '网络安全等级保护',
  'CRM 系统订阅',
  '年度运维服务',
  '视频会议系统',
  '办公网络改造',
];
const LOST_REASONS = [
  '价格高于竞争对手约 15%',
  '客户预算削减，项目暂缓',
  '竞争对手与客户高层关系更深',
  '技术方案未满足国产化要求',
  '客户合并重组，项目取消',
  '交付周期无法满足客户要求',
  '未进入客户入围供应商名单',
];
const TIER_WEIGHT = { A1: 6, A2: 5, B1: 4, B2: 2.5, C: 1 };
const AMOUNT_RANGE = {
  A1: [300_000, 8_000_000],
  A2: [200_000, 6_000_000],
  B1: [150_000, 3_000_000],
  B2: [80_000, 1_500_000],
  C: [50_000, 600_000],
};

const FUNNEL = { lead: 84, qualified: 62, proposal: 44, negotiation: 28, won: 24, lost: 20 };
const stageSlots = shuffle(Object.entries(FUNNEL).flatMap(([stage, n]) => Array.from({ length: n }, () => stage)));
const oppCandidates = customers.filter((c) => c.kind !== 'consumer').map((c) => [c, TIER_WEIGHT[c.tier]]);

const opportunities = stageSlots.map((stage, i) => {
  const customer = weighted(oppCandidates);
  const m = meta.get(customer.id);
  const project = chance(0.7) ? pick(PROJECTS[customer.industry] ?? GENERIC_PROJECTS) : pick(GENERIC_PROJECTS);
  const crossBorder = customer.currency === 'CNY' && chance(0.035);
  const currency = crossBorder ? 'USD' : customer.currency;
  const yuan = logUniform(...AMOUNT_RANGE[customer.tier]) * (customer.parentId ? 0.8 : 1);
  const amount = minorIn(Math.min(8_000_000, Math.max(50_000, yuan)), currency, 1000);
  const owner = chance(0.85) ? customer.owner : pick(OWNERS.filter((o) => o.team === teamOf(customer.owner))).name;

  // Stage path and its timing: each step takes 5-40 days; closed deals closed between July and mid-November 2026.
  let path;
  if (stage === 'won') path = [...OPEN_STAGES, 'won'];
  else if (stage === 'lost')
    path = [
      ...OPEN_STAGES.slice(
        0,
        weighted([
          [1, 4],
          [2, 4],
          [3, 3],
          [4, 2],
        ]),
      ),
      'lost',
    ];
  else path = OPEN_STAGES.slice(0, OPEN_STAGES.indexOf(stage) + 1);
  const gaps = path.slice(1).map(() => int(5, 40));
  const closed = stage === 'won' || stage === 'lost';
  const lastDaysAgo = closed ? int(3, 135) : int(1, 45); // for open deals: age in the current stage
  let daysAgo = lastDaysAgo + gaps.reduce((sum, g) => sum + g, 0);
  if (!closed && stage === 'lead') daysAgo = int(1, 90);
  const stageHistory = [];
  path.forEach((s, k) => {
    if (k > 0) daysAgo -= gaps[k - 1];
    stageHistory.push({ stage: s, at: at(daysAgo) });
  });
  const lastAt = stageHistory[stageHistory.length - 1].at;
  const touched = at(int(0, Math.min(daysAgo, 20)));

  // Expected close inside 2026-Q3..2027-Q2: closed deals on their close date, open deals ahead
  // (a few overdue ones still sit in the past).
  let expectedClose;
  if (closed) expectedClose = dateOf(lastAt) < '2026-07-01' ? '2026-07-15' : dateOf(lastAt);
  else if (chance(0.08)) expectedClose = dateFromUtc(2026, int(9, 10), int(1, 28));
  else {
    const ahead = { lead: [60, 225], qualified: [40, 200], proposal: [20, 150], negotiation: [6, 90] }[stage];
    const d = new Date(REF + int(...ahead) * DAY).toISOString().slice(0, 10);
    expectedClose = d > '2027-06-30' ? '2027-06-30' : d;
  }

  const opp = {
    id: `opp-${pad(i + 1, 4)}`,
    customerId: customer.id,
    name: `${customer.name.replace(/(股份)?有限公司$/, '')} · ${project}`,
    stage,
    amount,
    currency,
    owner,
    team: teamOf(owner),
    channel:
      customer.channel === 'direct'
        ? weighted([
            ['direct', 8],
            ['partner', 2],
          ])
        : weighted([
            [customer.channel, 6],
            ['direct', 1],
            ['partner', 1],
            ['web', 1],
            ['call-centre', 1],
          ]),
    expectedClose,
    stageHistory,
    createdAt: stageHistory[0].at,
    updatedAt: closed || touched < lastAt ? lastAt : touched,
  };
  if (m.group.riskFlags?.includes('market:sector-downturn') && stage !== 'lead' && !closed && chance(0.5)) {
    opp.probability = 15; // the account's sector is shrinking: the manager discounts the stage default
  }
  if (stage === 'lost') opp.lostReason = pick(LOST_REASONS);
  return opp;
});
// Sales managers' overrides on a few open deals (a committed deal, a stalled one...).
const overrides = [
  ['negotiation', 90],
  ['negotiation', 60],
  ['proposal', 65],
  ['proposal', 35],
  ['qualified', 40],
  ['qualified', 15],
  ['lead', 5],
  ['negotiation', 85],
];
for (const [stage, p] of overrides) {
  const opp = opportunities.find((o) => o.stage === stage && o.probability === undefined && !o.overridden);
  opp.probability = p;
  opp.overridden = true;
}
for (const o of opportunities) delete o.overridden;
// Overseas projects of mainland groups are contracted in USD: make sure there are at least a dozen.
let usd = opportunities.filter((o) => o.currency === 'USD').length;
for (const o of opportunities) {
  if (usd >= 12) break;
  if (o.currency === 'CNY' && ['A1', 'B1'].includes(customerById.get(o.customerId).tier) && o.id.endsWith('3')) {
    o.currency = 'USD';
    o.amount = minorIn(o.amount / 100, 'USD', 1000);
    o.name += '（海外项目）';
    usd++;
  }
}

// ---------------------------------------------------------------------------------------------
// Quotes and orders.

/** Line amounts as the pricing engine computes them: list rounded, discount rounded, VAT per line (half-up). */
function lineTotal(line, priceMode) {
  const list = Math.round(line.unitPrice * line.quantity);
  const net = list - Math.round((list * (line.lineDiscount ?? 0)) / 100);
  return priceMode === 'tax-included' ? net : net + Math.round((net * line.vatRate) / 100);
}
function quoteLines(quoteNo, specs) {
  return specs.map(([code, quantity, extra = {}], i) => {
    const p = productByCode.get(code);
    return {
      id: `${quoteNo}-l${i + 1}`,
      productId: p.id,
      description: p.name,
      quantity,
      unit: p.unit,
      unitPrice: p.price,
      vatRate: p.vatRate,
      cost: p.cost,
      category: p.category,
      ...extra,
    };
  });
}
/** Tax-included unit price from a tax-excluded list price (for quotes in tax-included mode). */
function withTax(lines) {
  return lines.map((l) => ({ ...l, unitPrice: Math.round((l.unitPrice * (100 + l.vatRate)) / 100) }));
}
function history(owner, steps, startDaysAgo) {
  let days = startDaysAgo;
  let from;
  return steps.map(([to, by, comment]) => {
    const entry = { ...(from ? { from } : {}), to, by: by ?? owner, at: at(days), ...(comment ? { comment } : {}) };
    from = to;
    days -= int(1, 4);
    return entry;
  });
}
const openOppFor = (customerId) =>
  opportunities.find((o) => o.customerId === customerId && ['proposal', 'negotiation'].includes(o.stage)) ??
  opportunities.find((o) => o.customerId === customerId && o.stage !== 'lost');

const SUPERVISOR = '孙立';
const PROJECT_LEAD = '周建华';
const QUOTE_SPECS = [
  {
    customerId: 'cust-001',
    status: 'draft',
    priceMode: 'tax-excluded',
    validUntil: '2026-12-31',
    paymentTerms: '合同签订后 30 天内付款',
    lines: [
      ['TEL-5G-001', 2, { group: '一期：5G 专网' }],
      ['HW-5G-001', 40, { group: '一期：5G 专网', lineDiscount: 5 }],
      ['SV-IMPL-001', 60, { group: '一期：5G 专网' }],
      ['SV-MNT-001', 1, { optional: true, selected: false }],
    ],
    steps: [['draft']],
    start: 3,
    notes: '集团统一框架价，分公司按需下单。',
  },
  {
    customerId: 'cust-002',
    status: 'pending-approval',
    priceMode: 'tax-included',
    validUntil: '2026-12-20',
    paymentTerms: '预付 30%，到货 60%，验收 10%',
    lines: [
      ['HW-SW-001', 4, { lineDiscount: 18 }],
      ['HW-FW-001', 2, { lineDiscount: 12 }],
      ['CON-CAB-001', 1],
      ['SV-TRN-001', 5, { optional: true, selected: true }],
    ],
    steps: [['draft'], ['pending-approval', null, '核心交换机折扣 18%，超过 10%，提交销售主管审批']],
    start: 9,
  },
  {
    customerId: 'cust-003',
    status: 'approved',
    priceMode: 'tax-excluded',
    validUntil: '2026-12-15',
    paymentTerms: '验收后 60 天付款',
    lines: [
      ['HW-STO-001', 2, { lineDiscount: 12, group: '灾备中心' }],
      ['HW-SRV-001', 12, { lineDiscount: 10, group: '灾备中心' }],
      ['SV-SEC-001', 1],
      ['SW-SEC-001', 1, { lineDiscount: 10 }],
    ],
    steps: [
      ['draft'],
      ['pending-approval', null, '整单折扣超过 10%，需销售主管审批'],
      ['approved', SUPERVISOR, '同意，建议以免费培训替代进一步降价'],
    ],
    start: 14,
  },
  {
    customerId: 'cust-014',
    status: 'sent',
    priceMode: 'tax-excluded',
    currency: 'USD',
    validUntil: '2026-12-10',
    paymentTerms: 'Net 30',
    lines: [
      ['HW-GPU-001', 16, { lineDiscount: 4 }],
      ['SW-DB-001', 2],
    ],
    steps: [
      ['draft'],
      ['pending-approval'],
      ['approved', SUPERVISOR],
      ['sent', null, 'Sent to the regional procurement office'],
    ],
    start: 12,
  },
  {
    customerId: 'cust-005',
    status: 'accepted',
    priceMode: 'tax-included',
    validUntil: '2026-11-30',
    paymentTerms: '按政府采购合同约定，验收合格后 30 日内支付',
    lines: [
      ['HW-CAM-001', 120, { lineDiscount: 10, group: '雪亮工程三期' }],
      ['HW-SRV-001', 4, { group: '雪亮工程三期' }],
      ['CON-CAB-001', 2, { group: '雪亮工程三期' }],
      ['SV-MNT-001', 1],
    ],
    steps: [
      ['draft'],
      ['pending-approval', null, '摄像机折扣 10%，需销售主管审批'],
      ['approved', SUPERVISOR, '同意；以三年免费运维代替进一步降价'],
      ['sent'],
      ['accepted', '江海市公安局', '中标通知书已下发'],
    ],
    start: 30,
  },
  {
    customerId: 'cust-001-02',
    status: 'ordered',
    priceMode: 'tax-excluded',
    validUntil: '2026-10-31',
    paymentTerms: '月结 60 天',
    lines: [
      ['EQ-IOT-001', 30, { lineDiscount: 5 }],
      ['SW-CRM-001', 1],
      ['SV-IMPL-001', 20],
      ['TRN-LOG-001', 1],
      ['SV-CONS-001', 5, { optional: true, selected: false }],
    ],
    steps: [
      ['draft'],
      ['approved', null, '折扣在权限内，无需审批'],
      ['sent'],
      ['accepted', '华东能源江苏分公司'],
      ['ordered', null, '已转订单 ord-001'],
    ],
    start: 75,
    order: { id: 'ord-001', status: 'delivered' },
  },
  {
    customerId: 'cust-011',
    status: 'ordered',
    priceMode: 'tax-included',
    validUntil: '2026-11-20',
    paymentTerms: '预付 50%，上线后 50%',
    lines: [
      ['TEL-LINE-001', 6, { group: '园区网络' }],
      ['HW-TER-001', 80, { lineDiscount: 7.5, group: '园区网络' }],
      ['TEL-VAS-001', 2],
      ['EX-SVC-001', 10],
    ],
    steps: [
      ['draft'],
      ['approved', null, '终端折扣 7.5%，在客户经理权限内'],
      ['sent'],
      ['accepted', '顺达物流集团'],
      ['ordered', null, '已转订单 ord-002'],
    ],
    start: 26,
    order: { id: 'ord-002', status: 'confirmed' },
  },
  {
    customerId: 'cust-021',
    status: 'rejected',
    priceMode: 'tax-excluded',
    validUntil: '2026-10-15',
    paymentTerms: '验收后 90 天付款',
    lines: [
      ['HW-CAM-001', 60, { lineDiscount: 25 }],
      ['SW-ERP-001', 1, { lineDiscount: 20 }],
    ],
    steps: [
      ['draft'],
      ['pending-approval', null, '客户要求 25% 折扣，需主管及项目负责人逐级审批'],
      ['rejected', PROJECT_LEAD, '折扣过深且客户应收逾期，建议改为分期付款方案'],
    ],
    start: 50,
  },
];

const quotes = [];
const orders = [];
QUOTE_SPECS.forEach((spec, i) => {
  const customer = customerById.get(spec.customerId);
  const quoteId = `q-${pad(i + 1, 3)}`;
  let lines = quoteLines(quoteId, spec.lines);
  if (spec.priceMode === 'tax-included') lines = withTax(lines);
  const hist = history(customer.owner, spec.steps, spec.start);
  const opp = openOppFor(customer.id);
  const quote = {
    id: quoteId,
    customerId: customer.id,
    ...(opp ? { opportunityId: opp.id } : {}),
    number: `QT-2026-${pad(101 + i, 4)}`,
    revision: spec.status === 'pending-approval' || spec.status === 'accepted' ? 2 : 1,
    status: spec.status,
    currency: spec.currency ?? customer.currency,
    priceMode: spec.priceMode,
    validUntil: spec.validUntil,
    paymentTerms: spec.paymentTerms,
    lines,
    history: hist,
    ...(spec.notes ? { notes: spec.notes } : {}),
    createdAt: hist[0].at,
    updatedAt: hist[hist.length - 1].at,
  };
  quotes.push(quote);
  if (spec.order) {
    const orderLines = lines.filter((l) => !l.optional || l.selected).map((l) => ({ ...l }));
    orders.push({
      id: spec.order.id,
      customerId: customer.id,
      quoteId,
      currency: quote.currency,
      total: orderLines.reduce((sum, l) => sum + lineTotal(l, spec.priceMode), 0),
      lines: orderLines,
      status: spec.order.status,
      priceMode: spec.priceMode,
      createdAt: quote.updatedAt,
      updatedAt: quote.updatedAt,
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Activities over the last 12 months: orders per month (falling for some accounts), visits,
// calls, e-mails, meetings, complaints (some still open); a few accounts silent for > 90 days.

const SUBJECTS = {
  visit: [
    '季度业务回顾拜访',
    '拜访{title}，沟通年度需求',
    '高层拜访：续约与扩容',
    '现场勘查机房环境',
    '陪同技术专家上门交流',
  ],
  call: ['电话跟进报价反馈', '确认付款进度', '回访服务满意度', '电话沟通项目时间表', '跟进招标文件'],
  email: ['发送解决方案建议书', '发送产品白皮书与案例', '邮件确认会议纪要', '发送续约提醒', '发送对账单'],
  meeting: ['方案评审会', '技术交流会', '商务谈判会议', '项目启动会', '年度合作规划会'],
  complaint: [
    '投诉：专线中断 4 小时',
    '投诉：发票开具延迟',
    '投诉：设备到货延期',
    '投诉：工单响应超时',
    '投诉：账单金额有误',
  ],
};
const NOTES = {
  visit: '客户提出明年预算向数字化倾斜，约定下月提交初步方案。',
  meeting: '客户技术团队认可方案架构，要求补充国产化适配清单。',
  complaint: '已升级至服务经理，承诺 48 小时内给出根因分析。',
};

const rawActivities = [];
function activity(customer, kind, daysAgo, extra = {}) {
  const people = contactsOf(customer.id);
  const contact = people.length ? pick(people) : undefined;
  const opp = chance(0.3)
    ? opportunities.find((o) => o.customerId === customer.id && !['won', 'lost'].includes(o.stage))
    : undefined;
  const stamp = at(daysAgo);
  const subject = pick(SUBJECTS[kind] ?? ['订单']).replace('{title}', contact?.title ?? '客户');
  rawActivities.push({
    customerId: customer.id,
    ...(contact ? { contactId: contact.id } : {}),
    ...(opp ? { opportunityId: opp.id } : {}),
    kind,
    at: stamp,
    subject,
    ...(NOTES[kind] && chance(0.4) ? { notes: NOTES[kind] } : {}),
    ...extra,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

// Monthly orders: stable accounts get one most months; declining ones shrink and thin out.
for (const id of ORDER_ACCOUNTS) {
  const c = customerById.get(id);
  const declining = DECLINING.has(id);
  const monthly = Math.max(c.annualRevenue, minorIn(600_000, c.currency)) / 12;
  for (let month = 11; month >= 0; month--) {
    // One order in each calendar month, December 2025 .. November 2026 (this month: before the 15th).
    const day = Date.UTC(2026, 10 - month, month === 0 ? int(2, 14) : int(3, 27), 10);
    const daysAgo = Math.floor((REF - day) / DAY);
    if (SILENT.has(id) && daysAgo < 95) continue;
    if (declining && month < 4 && chance(0.5)) continue;
    if (!declining && c.parentId && chance(0.15)) continue;
    const factor = (declining ? 0.15 + (month / 11) * 1.1 : 1) * (0.8 + rand() * 0.4);
    const amount = Math.round((monthly * factor) / 10_000) * 10_000;
    const product = pick(products.filter((p) => p.currency === (c.currency === 'USD' ? 'USD' : 'CNY')));
    activity(c, 'order', daysAgo, {
      subject: `订单：${product.name}`,
      amount: Math.max(10_000, amount),
      currency: c.currency,
    });
  }
}

// Relationship activities, more for higher tiers.
const TOUCHES = { A1: [5, 8], A2: [4, 7], B1: [2, 4], B2: [0, 2], C: [0, 1] };
for (const c of customers) {
  if (c.kind === 'consumer') {
    activity(c, 'meeting', int(10, 60), { subject: '行业峰会圆桌交流' });
    continue;
  }
  const n = int(...TOUCHES[c.tier]) - (c.parentId ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const kind = weighted([
      ['visit', 3],
      ['call', 4],
      ['email', 3],
      ['meeting', 2],
    ]);
    const daysAgo = SILENT.has(c.id) ? int(95, 360) : int(0, 360);
    activity(c, kind, daysAgo);
  }
  // Key accounts are touched recently; silent ones last heard from 3-10 months ago.
  if (SILENT.has(c.id)) activity(c, 'email', int(100, 200), { subject: '发送续约提醒（未回复）' });
  else if (['A1', 'A2', 'B1'].includes(c.tier)) activity(c, 'call', int(0, 20));
  else if (!c.parentId) activity(c, 'call', int(0, 60));
}
// Complaints: a handful still open.
const COMPLAINT_ACCOUNTS = [
  'cust-002',
  'cust-016',
  'cust-003-02',
  'cust-011-01',
  'cust-021',
  'cust-018',
  'cust-001-03',
  'cust-013',
  'cust-027',
  'cust-007-01',
  'cust-023-02',
  'cust-033',
  'cust-004-01',
  'cust-010',
];
COMPLAINT_ACCOUNTS.forEach((id, i) => {
  const open = i % 3 === 0 || id === 'cust-016';
  activity(customerById.get(id), 'complaint', open ? int(2, 40) : int(45, 300), { status: open ? 'open' : 'closed' });
});

rawActivities.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.customerId < b.customerId ? -1 : 1));
const activities = rawActivities.map((a, i) => ({ id: `act-${pad(i + 1, 4)}`, ...a }));

// ---------------------------------------------------------------------------------------------
// Consistency checks (cheap; the browser test validates against the real schemas).

const ids = (rows) => new Set(rows.map((r) => r.id));
const check = (ok, message) => {
  if (!ok) throw new Error(`sample data: ${message}`);
};
const customerIds = ids(customers);
const heads = customers.filter((c) => !c.parentId && customers.some((s) => s.parentId === c.id));
check(heads.length >= 30, `only ${heads.length} groups with subsidiaries`);
check(opportunities.length >= 200, 'fewer than 200 opportunities');
check(opportunities.filter((o) => o.currency === 'USD').length >= 10, 'fewer than 10 USD opportunities');
check(
  activities.every((a) => a.at <= new Date(REF).toISOString()),
  'activity in the future',
);
for (const rows of [contacts, opportunities, quotes, orders, activities]) {
  for (const r of rows) check(customerIds.has(r.customerId), `${r.id} -> unknown customer ${r.customerId}`);
}
for (const c of customers) check(!c.parentId || customerIds.has(c.parentId), `${c.id} -> unknown parent`);
for (const o of orders) check(o.total > 0, `${o.id} has no total`);

// ---------------------------------------------------------------------------------------------
// Approvals: the store only keeps a quote that went through approval if it carries the approvals its content
// needs, from people in the approver directory, bound to its fingerprint. Both come from the real core.
const DIRECTOR = '陈国华';
const approvers = [
  { id: 'apr-001', person: SUPERVISOR, level: 'supervisor' },
  { id: 'apr-002', person: PROJECT_LEAD, level: 'project-lead' },
  { id: 'apr-003', person: DIRECTOR, level: 'director' },
  // While the director travels, the project lead signs for her (a delegation with dates).
  {
    id: 'apr-004',
    person: PROJECT_LEAD,
    level: 'director',
    delegateOf: DIRECTOR,
    validFrom: '2026-12-01',
    validUntil: '2026-12-14',
  },
];
const signerOf = { supervisor: SUPERVISOR, 'project-lead': PROJECT_LEAD, director: DIRECTOR };
const coreSource = buildSync({
  entryPoints: [join(dirname(fileURLToPath(import.meta.url)), '../../src/core/index.ts')],
  bundle: true,
  format: 'esm',
  write: false,
}).outputFiles[0].text;
const core = await import(`data:text/javascript;base64,${Buffer.from(coreSource).toString('base64')}`);
for (const quote of quotes) {
  const approvedStep = quote.history.find((h) => h.to === 'approved');
  if (!approvedStep) continue;
  const tier = customerById.get(quote.customerId).tier ?? null;
  const priced = core.priceQuote(
    { ...quote, date: new Date(REF).toISOString().slice(0, 10) },
    core.DEFAULT_PRICING_RULES,
    { id: quote.customerId, tier },
  );
  const { required } = core.requiredApprovals(priced, core.DEFAULT_APPROVAL_POLICY);
  check(
    required.length === 0 || approvedStep.from === 'pending-approval',
    `${quote.id}: needs ${required} but skipped approval`,
  );
  if (required.length === 0) continue;
  const fingerprint = core.fingerprintQuote(priced);
  quote.approvals = required.map((level, i) => ({
    level,
    by: signerOf[level],
    at: new Date(Date.parse(approvedStep.at) - (required.length - 1 - i) * 3_600_000).toISOString(),
    fingerprint,
  }));
}

const dataset = { stages, customers, contacts, opportunities, products, quotes, orders, activities, approvers };
const json = JSON.stringify(dataset, null, 1);
writeFileSync(OUT, `${json}\n`);

const count = (rows, key) => {
  const acc = {};
  for (const r of rows) acc[r[key]] = (acc[r[key]] ?? 0) + 1;
  return acc;
};
console.log(`wrote ${OUT} (${(json.length / 1024).toFixed(0)} KiB)`);
for (const [table, rows] of Object.entries(dataset)) console.log(`  ${table.padEnd(14)} ${rows.length}`);
console.log('  groups with subsidiaries', heads.length);
console.log('  opportunities by stage', count(opportunities, 'stage'));
console.log('  opportunities by currency', count(opportunities, 'currency'));
console.log('  customers by tier', count(customers, 'tier'));
console.log('  contacts by role', count(contacts, 'role'));
console.log('  activities by kind', count(activities, 'kind'));
