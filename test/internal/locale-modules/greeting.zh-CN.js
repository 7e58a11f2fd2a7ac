// A language module as scripts/zh-hant.mjs writes them, for test/internal/localize.test.ts.
export default { hello: '你好', count: (n) => `${n} 条` };
