import type { Translations } from '../../internal/localize.js';

export const providerStrings: Translations<{
  storageFallback: string;
  seedLoading: (done: number, total: number) => string;
  seedFailed: (message: string) => string;
  syncSetupFailed: (message: string) => string;
}> = {
  en: {
    storageFallback:
      'Browser storage is unavailable: changes are kept in memory and will be lost when this page closes.',
    seedLoading: (done, total) => `Loading sample data… ${done} / ${total}`,
    seedFailed: (message) => `Sample data could not be loaded: ${message}`,
    syncSetupFailed: (message) => `Sync is not running: the backend settings are not valid (${message}).`,
  },
  'zh-CN': {
    storageFallback: '浏览器存储不可用：更改仅保存在内存中，关闭页面后将丢失。',
    seedLoading: (done, total) => `正在加载示例数据… ${done} / ${total}`,
    seedFailed: (message) => `示例数据加载失败：${message}`,
    syncSetupFailed: (message) => `同步未运行：后端设置无效（${message}）。`,
  },
};
