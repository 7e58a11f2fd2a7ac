import type { Translations } from '../../internal/localize.js';
import type { BuyingRole } from './card-model.js';
import type { ContactField, ContactProblem } from './contacts-model.js';

export const contactsEditorStrings: Translations<{
  add: string;
  /** The card's button that opens the editor (loaded on demand). */
  manage: string;
  addRole: Record<BuyingRole, string>;
  edit: string;
  editContact: (name: string) => string;
  remove: string;
  removeContact: (name: string) => string;
  confirmRemove: (name: string) => string;
  yesRemove: string;
  keep: string;
  newContact: string;
  save: string;
  saving: string;
  cancel: string;
  saved: (name: string) => string;
  removed: (name: string) => string;
  notSaved: (reason: string) => string;
  changedElsewhere: string;
  fields: Record<ContactField, string>;
  problems: Record<ContactProblem, string>;
  phoneHint: string;
  noManager: string;
  choose: string;
  chain: string;
  showChain: string;
  reportsTo: (name: string) => string;
  roleBadge: Record<BuyingRole, string>;
}> = {
  en: {
    add: 'Add a contact',
    manage: 'Edit contacts',
    addRole: {
      'decision-maker': 'Add a decision maker',
      'technical-gatekeeper': 'Add a technical gatekeeper',
      user: 'Add a user',
    },
    edit: 'Edit',
    editContact: (n) => `Edit ${n}`,
    remove: 'Remove',
    removeContact: (n) => `Remove ${n}`,
    confirmRemove: (n) => `Remove ${n} from this account?`,
    yesRemove: 'Remove',
    keep: 'Keep',
    newContact: 'New contact',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: (n) => `${n} saved.`,
    removed: (n) => `${n} removed.`,
    notSaved: (r) => `Not saved: ${r}`,
    changedElsewhere: 'this contact was changed elsewhere meanwhile; open it again to see the newer version.',
    fields: {
      name: 'Name',
      title: 'Title',
      department: 'Department',
      phone: 'Phone',
      email: 'E-mail',
      role: 'Buying role',
      style: 'Communication style',
      reportsTo: 'Reports to',
      notes: 'Notes',
    },
    problems: {
      required: 'is required.',
      'too-long': 'is too long.',
      email: 'must be an e-mail address such as name@example.com.',
      'reports-to-self': 'cannot be the contact themself.',
      'reports-to-loop': 'would make a loop in the reporting lines.',
      characters: 'may only contain digits, spaces, dashes, brackets and a leading +.',
      format: 'is not a Chinese mobile (13800138000) or landline (010-8888 6666) number.',
      'mobile-length': 'must have 11 digits for a mobile number.',
      'landline-length': 'must have 7 or 8 digits after the area code.',
    },
    phoneHint: 'Mobile 138 0013 8000 or landline 010-8888 6666 (extension: 转 123)',
    noManager: '— nobody —',
    choose: '— choose —',
    chain: 'Decision chain',
    showChain: 'Decision chain',
    reportsTo: (n) => `reports to ${n}`,
    roleBadge: { 'decision-maker': 'DM', 'technical-gatekeeper': 'TG', user: 'U' },
  },
  'zh-CN': {
    add: '添加联系人',
    manage: '编辑联系人',
    addRole: { 'decision-maker': '添加决策者', 'technical-gatekeeper': '添加技术把关者', user: '添加使用者' },
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
  },
};
