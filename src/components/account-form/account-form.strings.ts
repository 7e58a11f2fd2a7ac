import type { Translations } from '../../internal/localize.js';

export const accountFormStrings: Translations<{
  heading: string;
  name: string;
  alias: string;
  parent: string;
  parentPlaceholder: string;
  noParent: string;
  clearParent: string;
  kind: string;
  industry: string;
  tier: string;
  tierComputed: string;
  owner: string;
  currency: string;
  creditLimit: string;
  creditHint: string;
  save: string;
  cancel: string;
  saving: string;
  saved: (name: string) => string;
  failed: (message: string) => string;
  fixErrors: string;
  moneyProblem: string;
  unset: string;
}> = {
  en: {
    heading: 'New account',
    name: 'Name',
    alias: 'Alias (English)',
    parent: 'Parent group',
    parentPlaceholder: 'Search by name or alias',
    noParent: 'None (group head or standalone)',
    clearParent: 'Remove parent',
    kind: 'Kind',
    industry: 'Industry',
    tier: 'Tier',
    tierComputed: 'Computed by the tiering rules',
    owner: 'Account manager',
    currency: 'Currency',
    creditLimit: 'Credit limit',
    creditHint: 'e.g. 1,000,000.00 or 100万',
    save: 'Create account',
    cancel: 'Cancel',
    saving: 'Saving…',
    saved: (name) => `Account “${name}” created.`,
    failed: (message) => `The account could not be saved: ${message}`,
    fixErrors: 'Please correct the marked fields.',
    moneyProblem: 'must be an amount such as 1,000,000.00 or 100万 (at most 2 decimals, not negative)',
    unset: '—',
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./account-form.strings.zh-CN.js'),
  'zh-TW': () => import('./account-form.strings.zh-TW.js'),
  'zh-HK': () => import('./account-form.strings.zh-HK.js'),
};
