/**
 * UI strings, one table per language. The English table defines the keys; the Chinese one must have
 * every key (the type checker enforces it). Domain labels (tier names, ...) live with their data in core.
 */
export const en = {
  tierLabel: (code: string, name: string) => `Customer tier ${code}: ${name}`,
  tierUnknown: 'Unknown tier',
  tierUnknownLabel: (code: string) => `Unknown customer tier "${code}"`,
  tierNone: 'No tier',
  tierNoneLabel: 'Customer tier not set',
  tierLoading: 'Loading customer tier',
  tierNotFound: (id: string) => `Customer "${id}" not found`,
  tierError: 'Customer tier could not be loaded',
  storageFallback: 'Browser storage is unavailable: changes are kept in memory and will be lost when this page closes.',
  seedLoading: (done: number, total: number) => `Loading sample data… ${done} / ${total}`,
  seedFailed: (message: string) => `Sample data could not be loaded: ${message}`,
};

export type Translation = { [K in keyof typeof en]: (typeof en)[K] };

export const zhCN: Translation = {
  tierLabel: (code, name) => `客户等级 ${code}：${name}`,
  tierUnknown: '未知等级',
  tierUnknownLabel: (code) => `未知客户等级“${code}”`,
  tierNone: '未分级',
  tierNoneLabel: '尚未设置客户等级',
  tierLoading: '正在加载客户等级',
  tierNotFound: (id) => `未找到客户“${id}”`,
  tierError: '无法加载客户等级',
  storageFallback: '浏览器存储不可用：更改仅保存在内存中，关闭页面后将丢失。',
  seedLoading: (done, total) => `正在加载示例数据… ${done} / ${total}`,
  seedFailed: (message) => `示例数据加载失败：${message}`,
};
