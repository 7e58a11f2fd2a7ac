import type { Translations } from '../../internal/localize.js';

export const tierBadgeStrings: Translations<{
  label: (code: string, name: string) => string;
  unknown: string;
  unknownLabel: (code: string) => string;
  none: string;
  noneLabel: string;
  loading: string;
  notFound: (id: string) => string;
  error: string;
}> = {
  en: {
    label: (code, name) => `Customer tier ${code}: ${name}`,
    unknown: 'Unknown tier',
    unknownLabel: (code) => `Unknown customer tier "${code}"`,
    none: 'No tier',
    noneLabel: 'Customer tier not set',
    loading: 'Loading customer tier',
    notFound: (id) => `Customer "${id}" not found`,
    error: 'Customer tier could not be loaded',
  },
  'zh-CN': {
    label: (code, name) => `客户等级 ${code}：${name}`,
    unknown: '未知等级',
    unknownLabel: (code) => `未知客户等级“${code}”`,
    none: '未分级',
    noneLabel: '尚未设置客户等级',
    loading: '正在加载客户等级',
    notFound: (id) => `未找到客户“${id}”`,
    error: '无法加载客户等级',
  },
};
