import type { RiskRating } from '../../core/group.js';
import type { COMMUNICATION_STYLES } from '../../data/model.js';
import type { Translations } from '../../internal/localize.js';
import type { BuyingRole } from './card-model.js';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export type FieldKey =
  | 'name'
  | 'alias'
  | 'industry'
  | 'owner'
  | 'relationship'
  | 'loyaltyStage'
  | 'tier'
  | 'creditLimit'
  | 'notes';

export const customerCardStrings: Translations<{
  card: string;
  empty: string;
  loading: (id: string) => string;
  notFound: (id: string) => string;
  error: (message: string) => string;
  retry: string;
  field: Record<FieldKey, string>;
  none: string;
  editField: (label: string) => string;
  save: string;
  cancel: string;
  saving: string;
  notSaved: (reason: string) => string;
  moneyFormat: (digits: number) => string;
  moneyNegative: string;
  moneyTooLarge: (max: string) => string;
  badAttribute: (attribute: string, value: string, problem: string) => string;
  notADate: string;
  notDays: string;
  role: Record<BuyingRole, string>;
  roles: Record<BuyingRole, string>;
  /** The button that opens the contacts editor (loaded on demand; the editor reads `addRole` too). */
  manage: string;
  addRole: Record<BuyingRole, string>;
  style: Labels<typeof COMMUNICATION_STYLES>;
  missingRole: (role: string) => string;
  noContacts: string;
  group: string;
  parent: string;
  groupHead: string;
  noSubsidiaries: string;
  standalone: string;
  members: (count: number) => string;
  truncated: (count: number) => string;
  groupRevenue: string;
  groupPipeline: string;
  withWeighted: (amount: string, weighted: string) => string;
  accountCredit: string;
  groupCredit: string;
  used: (exposure: string, limit: string, percent: string) => string;
  usedNoLimit: (exposure: string) => string;
  overLimit: string;
  risk: string;
  rating: Record<RiskRating, string>;
  noRiskFlags: string;
  riskFlag: (flag: string, member: string) => string;
  groupError: (message: string) => string;
  contacts: string;
  pipeline: string;
  openOpportunities: string;
  openSummary: (count: number, amount: string) => string;
  otherCurrency: (count: number) => string;
  forecast: string;
  nextClose: string;
  nextClosePath: (deal: string) => string;
  noNextClose: string;
  lastActivity: string;
  noActivity: string;
  activityAt: (subject: string, date: string, ago: string) => string;
  pipelineError: (message: string) => string;
  warnings: (count: number) => string;
  warningCount: (count: number) => string;
  noWarnings: string;
  noContact: (days: number | null, limit: number) => string;
  fallingOrders: (recent: string, previous: string, days: number) => string;
  openComplaints: (count: number, subjects: string) => string;
  notes: string;
  noNotes: string;
  editDetails: string;
  editPanel: string;
  actions: string;
  call: string;
  email: string;
  callContact: (name: string, phone: string) => string;
  emailContact: (name: string, email: string) => string;
  keyFigures: string;
  annualRevenue: string;
  groupLabel: string;
  openPipeline: string;
  weightedCount: (weighted: string, count: number) => string;
  creditUsed: string;
  creditBar: (scope: string) => string;
  accountScope: string;
  groupScope: string;
  shareOfGroup: (percent: string) => string;
  reasons: (count: number) => string;
  notAvailable: string;
  orderTrend: string;
  orderTrendLabel: (recent: string, previous: string, change: string, days: number, peak: string) => string;
  orderChange: (percent: string, up: boolean) => string;
  noOrderChange: string;
  recentOrders: (amount: string, days: number, change: string) => string;
  pipelineTrend: string;
  pipelineTrendLabel: (months: string, left: string) => string;
  leftOut: (later: number, undated: number, other: number) => string;
  groupStructure: string;
  thisAccount: string;
}> = {
  en: {
    card: 'Customer',
    empty: 'No customer to show yet. Set customer-id or pass a customer object.',
    loading: (id) => `Loading customer "${id}"…`,
    notFound: (id) => `Customer "${id}" not found.`,
    error: (message) => `The customer could not be loaded: ${message}`,
    retry: 'Retry',
    field: {
      name: 'Name',
      alias: 'Alias',
      industry: 'Industry',
      owner: 'Account manager',
      relationship: 'Relationship',
      loyaltyStage: 'Loyalty stage',
      tier: 'Tier',
      creditLimit: 'Credit limit',
      notes: 'Notes',
    },
    none: '—',
    editField: (label) => `Edit ${label.toLowerCase()}`,
    save: 'Save',
    cancel: 'Cancel',
    saving: 'Saving…',
    notSaved: (reason) => `Not saved: ${reason}`,
    moneyFormat: (digits) =>
      digits === 0
        ? 'Enter a whole amount, e.g. 1200000'
        : `Enter an amount with at most ${digits} decimals, e.g. 1200000.50`,
    moneyNegative: 'Enter an amount of 0 or more',
    moneyTooLarge: (max) => `This amount is too large; the most the card can keep exactly is ${max}`,
    badAttribute: (attribute, value, problem) => `The card could not be shown: ${attribute}="${value}" ${problem}`,
    notADate: 'is not a date; use a date such as 2026-11-25 or a time such as 2026-11-25T09:00:00Z',
    notDays: 'is not a number of days; use a whole number of 0 or more, such as 30',
    role: { 'decision-maker': 'Decision maker', 'technical-gatekeeper': 'Technical gatekeeper', user: 'User' },
    roles: { 'decision-maker': 'Decision makers', 'technical-gatekeeper': 'Technical gatekeepers', user: 'Users' },
    manage: 'Edit contacts',
    addRole: {
      'decision-maker': 'Add a decision maker',
      'technical-gatekeeper': 'Add a technical gatekeeper',
      user: 'Add a user',
    },
    style: { tiger: 'Tiger', peacock: 'Peacock', owl: 'Owl', koala: 'Koala' },
    missingRole: (role) => `No ${role.toLowerCase()} known`,
    noContacts: 'No contacts yet.',
    group: 'Group',
    parent: 'Parent company',
    groupHead: 'Group head',
    noSubsidiaries: 'No subsidiaries.',
    standalone: 'Not part of a group.',
    members: (count) => `${count} ${count === 1 ? 'company' : 'companies'} in the group`,
    truncated: (count) => `Only the first ${count} members are counted.`,
    groupRevenue: 'Group annual revenue',
    groupPipeline: 'Group open pipeline',
    withWeighted: (amount, weighted) => `${amount} (weighted ${weighted})`,
    accountCredit: 'Credit used (account)',
    groupCredit: 'Credit used (group)',
    used: (exposure, limit, percent) => `${exposure} of ${limit} (${percent})`,
    usedNoLimit: (exposure) => `${exposure}, no limit set`,
    overLimit: 'over limit',
    risk: 'Group risk',
    rating: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    noRiskFlags: 'No risk flags.',
    riskFlag: (flag, member) => `${flag} (${member})`,
    groupError: (message) => `Group figures unavailable: ${message}`,
    contacts: 'Contacts',
    pipeline: 'Pipeline and activity',
    openOpportunities: 'Open opportunities',
    openSummary: (count, amount) => `${count}, ${amount}`,
    otherCurrency: (count) => `(${count} in other currencies not included)`,
    forecast: 'Weighted forecast',
    nextClose: 'Next expected close',
    nextClosePath: (deal) => `Stage of ${deal}`,
    noNextClose: 'None planned',
    lastActivity: 'Last activity',
    noActivity: 'No activity yet',
    activityAt: (subject, date, ago) => `${subject} · ${date} (${ago})`,
    pipelineError: (message) => `Pipeline unavailable: ${message}`,
    warnings: (count) => `Warning signs (${count})`,
    warningCount: (count) => (count === 0 ? 'No warnings' : `${count} ${count === 1 ? 'warning' : 'warnings'}`),
    noWarnings: 'No warning signs.',
    noContact: (days, limit) =>
      days === null ? 'No contact on record' : `No contact for ${days} days (more than ${limit})`,
    fallingOrders: (recent, previous, days) => `Falling orders: ${recent} in the last ${days} days, ${previous} before`,
    openComplaints: (count, subjects) => `${count} open ${count === 1 ? 'complaint' : 'complaints'}: ${subjects}`,
    notes: 'Notes',
    noNotes: 'No notes.',
    editDetails: 'Edit',
    editPanel: 'Edit account details',
    actions: 'Actions',
    call: 'Call',
    email: 'Email',
    callContact: (name, phone) => `${name}, ${phone}`,
    emailContact: (name, email) => `${name}, ${email}`,
    keyFigures: 'Key figures',
    annualRevenue: 'Annual revenue',
    groupLabel: 'Group',
    openPipeline: 'Open pipeline',
    weightedCount: (weighted, count) => `Weighted ${weighted} · ${count} open`,
    creditUsed: 'Credit used',
    creditBar: (scope) => `Credit used, ${scope}`,
    accountScope: 'account',
    groupScope: 'group',
    shareOfGroup: (percent) => `${percent} of the group's exposure`,
    reasons: (count) => `${count} ${count === 1 ? 'reason' : 'reasons'}`,
    notAvailable: 'Not available',
    orderTrend: 'Orders, last 180 days',
    orderTrendLabel: (recent, previous, change, days, peak) =>
      `Order volume by week over the last ${days * 2} days: ${recent} in the last ${days} days, ${previous} in the ${days} days before (${change}); busiest week ${peak}.`,
    orderChange: (percent, up) => `${up ? 'up' : 'down'} ${percent}`,
    noOrderChange: 'no orders before to compare',
    recentOrders: (amount, days, change) => `Last ${days} days ${amount} · ${change}`,
    pipelineTrend: 'Pipeline by expected close',
    pipelineTrendLabel: (months, left) => `Open pipeline by expected-close month: ${months}.${left ? ` ${left}` : ''}`,
    leftOut: (later, undated, other) =>
      [
        later ? `${later} closing later` : '',
        undated ? `${undated} without a date` : '',
        other ? `${other} in other currencies` : '',
      ]
        .filter(Boolean)
        .join(', ')
        .replace(/^(.+)$/, 'Not shown: $1.'),
    groupStructure: 'Group structure',
    thisAccount: 'this account',
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./customer-card.strings.zh-CN.js'),
  'zh-TW': () => import('./customer-card.strings.zh-TW.js'),
  'zh-HK': () => import('./customer-card.strings.zh-HK.js'),
};
