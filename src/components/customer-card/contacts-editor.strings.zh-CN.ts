// The zh-CN table of contacts-editor.strings.ts: fetched only when an element renders in Chinese (src/internal/localize.ts).
// Edit the Simplified texts here (new keys go to the en table first); npm run l10n:hant regenerates zh-TW / zh-HK.
import type { contactsEditorStrings } from './contacts-editor.strings.js';

const strings: (typeof contactsEditorStrings)['en'] = {
  add: '添加联系人',
  edit: '编辑',
  editContact: (n) => `编辑 ${n}`,
  remove: '删除',
  removeContact: (n) => `删除 ${n}`,
  confirmRemove: (n) => `从该客户删除 ${n}？`,
  yesRemove: '删除',
  keep: '保留',
  newContact: '新联系人',
  save: '保存',
  saving: '正在保存…',
  cancel: '取消',
  saved: (n) => `已保存 ${n}。`,
  removed: (n) => `已删除 ${n}。`,
  notSaved: (r) => `未保存：${r}`,
  changedElsewhere: '该联系人已在别处被修改，请重新打开查看最新版本。',
  fields: {
    name: '姓名',
    title: '职务',
    department: '部门',
    phone: '电话',
    email: '电子邮箱',
    role: '采购角色',
    style: '沟通风格',
    reportsTo: '汇报对象',
    notes: '备注',
  },
  problems: {
    required: '不能为空。',
    'too-long': '太长。',
    email: '必须是电子邮箱地址，如 name@example.com。',
    'reports-to-self': '不能是本人。',
    'reports-to-loop': '会造成汇报关系循环。',
    characters: '只能包含数字、空格、短横线、括号和开头的 +。',
    format: '不是中国手机号（13800138000）或固定电话（010-8888 6666）。',
    'mobile-length': '手机号必须是 11 位数字。',
    'landline-length': '区号后必须是 7 或 8 位号码。',
  },
  phoneHint: '手机 138 0013 8000 或座机 010-8888 6666（分机：转 123）',
  noManager: '— 无 —',
  choose: '— 请选择 —',
  chain: '决策链',
  showChain: '决策链',
  reportsTo: (n) => `汇报给 ${n}`,
  roleBadge: { 'decision-maker': '决策', 'technical-gatekeeper': '把关', user: '使用' },
};

export default strings;
