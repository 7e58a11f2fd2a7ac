import type { Translations } from '../../internal/localize.js';
import type { BuyingRole } from './card-model.js';
import type { ContactField, ContactProblem } from './contacts-model.js';

export const contactsEditorStrings: Translations<{
  add: string;
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
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./contacts-editor.strings.zh-CN.js'),
  'zh-TW': () => import('./contacts-editor.strings.zh-TW.js'),
  'zh-HK': () => import('./contacts-editor.strings.zh-HK.js'),
};
