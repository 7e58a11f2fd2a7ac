// The zh-CN table of provider.strings.ts: fetched only when an element renders in Chinese (src/internal/localize.ts).
// Edit the Simplified texts here (new keys go to the en table first); npm run l10n:hant regenerates zh-TW / zh-HK.
import type { providerStrings } from './provider.strings.js';

const strings: (typeof providerStrings)['en'] = {
  storageFallback: '浏览器存储不可用：更改仅保存在内存中，关闭页面后将丢失。',
  seedLoading: (name, percent) => `正在加载 ${name}…… ${percent}`,
  seedFailed: (name, message) => `${name} 加载失败：${message}`,
  syncSetupFailed: (message) => `同步未运行：后端设置无效（${message}）。`,
};

export default strings;
