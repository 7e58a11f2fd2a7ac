// A language module as scripts/zh-hant.mjs writes them, for test/internal/localize.test.ts.
export default { hello: '你好（繁體）', count: (n) => `${n} 條` };
