/**
 * The presets beside the real things: Ant Design rendered by React at run time (antd 6 has no stylesheet; it
 * styles itself from its design tokens) and Element Plus from its own dist/index.css (and its dark variables)
 * with its documented markup. `?scheme=dark` switches all three to their dark themes. test/visual/presets.test.ts
 * reads the computed styles of both sides; `npm run docs:screenshots` photographs this page.
 */
import { Alert, Button, Card, ConfigProvider, Input, Space, Table, Tag, Typography, theme } from 'antd';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import 'element-plus/dist/index.css';
import 'element-plus/theme-chalk/dark/css-vars.css';
import './compare.css';
import '../src/index.js';

const dark = new URLSearchParams(location.search).get('scheme') === 'dark';
const scheme = dark ? 'dark' : 'light';
// Element Plus's dark variables apply under html.dark; the widgets take the scheme from their provider.
document.documentElement.classList.toggle('dark', dark);
document.getElementById('provider')!.setAttribute('theme', scheme);

const columns = [
  { title: 'Stage / 阶段', dataIndex: 'stage', key: 'stage' },
  { title: 'Amount / 金额', dataIndex: 'amount', key: 'amount' },
];
const rows = [
  { key: '1', stage: 'Qualified / 已确认', amount: '¥ 4,200,000' },
  { key: '2', stage: 'Negotiation / 谈判', amount: '¥ 1,900,000' },
];

function AntdSide() {
  return h(
    ConfigProvider,
    { theme: { algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm } },
    h(
      'div',
      { className: 'antd-side' },
      h(
        Card,
        { title: '华东能源集团有限公司' },
        h(
          Space,
          { orientation: 'vertical' },
          h(Typography.Text, null, 'Annual revenue / 年营业额 ', h('strong', null, '¥ 52,500,000')),
          h(Input, { placeholder: 'Search / 搜索', 'aria-label': 'Customer / 客户' }),
          h(
            Space,
            null,
            h(Button, { type: 'primary', id: 'antd-primary' }, 'Import / 导入'),
            h(Button, null, 'Cancel / 取消'),
          ),
          h(Space, null, h(Tag, { color: 'success' }, 'A1'), h(Tag, { color: 'warning' }, 'Risk / 风险')),
          h(Alert, { type: 'warning', title: '1 open complaint / 1 条未结投诉' }),
        ),
      ),
      h(Table, { columns, dataSource: rows, pagination: false, id: 'antd-table' }),
    ),
  );
}

const antdRoot = document.getElementById('antd-real')!;
// A failed render says so on the page (and to test/visual/presets.test.ts) instead of leaving an empty column.
createRoot(antdRoot, { onUncaughtError: (error) => antdRoot.replaceChildren(`Ant Design failed: ${error}`) }).render(
  h(AntdSide),
);
