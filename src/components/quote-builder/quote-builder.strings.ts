import type { QuoteStatus } from '../../core/approvals.js';
import type { DiscountKind, PriceMode } from '../../core/pricing.js';
import type { Translations } from '../../internal/localize.js';
import type { CsvColumn } from './export.js';
import type { Problem } from './fields.js';

type ActionReason =
  | { code: 'status'; status: QuoteStatus }
  | { code: 'no-user' | 'field-errors' | 'no-lines' | 'pricing-error' | 'approval-stale' | 'conflict' }
  | { code: 'approval-missing'; levels: string[] }
  | { code: 'not-approver'; levels: string[] }
  | { code: 'lower-first'; level: string }
  | { code: 'already-signed' | 'self-approval' }
  | { code: 'comment-required' };

export type { ActionReason };

export interface QuoteBuilderStrings {
  title: string;
  quoteNumber: (number: string, revision: number) => string;
  loading: string;
  notFound: (id: string) => string;
  customerNotFound: (id: string) => string;
  noCustomer: string;
  loadError: string;
  policyError: (message: string) => string;
  rulesConflict: string;
  pricingError: (message: string) => string;
  saveError: (message: string) => string;
  header: string;
  customer: string;
  currency: string;
  currencyLocked: string;
  validUntil: string;
  validityPast: string;
  priceMode: string;
  modes: Record<PriceMode, string>;
  paymentTerms: string;
  cashEarned: (percent: number) => string;
  notes: string;
  status: string;
  statuses: Record<QuoteStatus, string>;
  levels: Record<string, string>;
  kinds: Record<DiscountKind, string>;
  lines: string;
  linesCaption: (count: number) => string;
  colNo: string;
  /** CSV export headers (the machine headers are the column keys). */
  csvColumns: Record<CsvColumn, string>;
  csvYes: string;
  csvNo: string;
  colItem: string;
  colQty: string;
  colUnit: string;
  colListPrice: string;
  colVat: string;
  colDiscount: string;
  colNetPrice: string;
  colAmount: string;
  colMargin: string;
  colActions: string;
  cell: (column: string, line: number, name: string) => string;
  suggested: (price: string) => string;
  optionalTag: string;
  include: (name: string) => string;
  optional: (name: string) => string;
  group: (name: string) => string;
  groupHeading: (group: string) => string;
  groupSubtotal: (group: string) => string;
  showWorking: (name: string) => string;
  moveUp: (name: string) => string;
  moveDown: (name: string) => string;
  remove: (name: string) => string;
  removed: (name: string) => string;
  working: (name: string) => string;
  step: string;
  stepList: string;
  stepTax: (rate: number) => string;
  stepGross: string;
  stepInput: string;
  stepDiscount: string;
  stepOutput: string;
  stepMargin: string;
  bands: string;
  band: (from: number, to: number | null, percent: number, base: number) => string;
  noMargin: string;
  emptyLines: string;
  picker: string;
  pickerPlaceholder: string;
  pickerHint: string;
  pickerNoMatch: string;
  pickerOption: (code: string, name: string, price: string) => string;
  added: (name: string) => string;
  freeLine: string;
  draftDescription: string;
  draftQuantity: string;
  draftUnit: string;
  draftPrice: string;
  draftVat: string;
  chooseVat: string;
  addLine: string;
  totals: string;
  subtotal: (mode: PriceMode) => string;
  discountTotal: (kind: string) => string;
  net: string;
  taxOn: (rate: number, base: string) => string;
  taxTotal: string;
  grandTotal: string;
  inCapitals: string;
  margin: string;
  marginUnknown: string;
  discountVsList: (percent: number) => string;
  approval: string;
  noApprovalNeeded: string;
  approvalNeeded: (levels: string) => string;
  reasonDiscount: (actual: string, threshold: number) => string;
  reasonMargin: (actual: string, threshold: number) => string;
  reasonMarginUnknown: string;
  reasonLine: (line: string) => string;
  granted: string;
  missing: string;
  approvedBy: (level: string, by: string, at: string) => string;
  staleApproval: (level: string, by: string) => string;
  invalidated: string;
  approverComment: string;
  approve: (level: string) => string;
  reject: string;
  actingAs: (name: string, role: string) => string;
  actions: string;
  submit: string;
  markApproved: string;
  send: string;
  accept: string;
  decline: string;
  convert: string;
  reopen: string;
  expire: string;
  newVersion: string;
  openVersion: (revision: number) => string;
  supersededNotice: (revision: number) => string;
  previousVersion: string;
  finalNotice: (status: string) => string;
  exportCsv: string;
  exportJson: string;
  print: string;
  reason: (reason: ActionReason) => string;
  /** The store refused a change: `rule` is the guard's rule, `detail` its English explanation. */
  refused: (rule: string, detail: string) => string;
  mayApprove: (people: string) => string;
  noApprover: string;
  history: string;
  historyEntry: (from: string | undefined, to: string, by: string, at: string) => string;
  problem: (problem: Problem) => string;
  reasonReopened: string;
  editorUnknownUser: string;
  saved: (at: string) => string;
  saving: string;
  unsaved: string;
  conflict: (at: string) => string;
  reloadTheirs: string;
  keepMine: string;
  updatedElsewhere: string;
  orderCreated: (id: string) => string;
  fixFields: string;
  linesRequired: string;
  shortcuts: string;
  printTitle: string;
  printDate: string;
  printTerms: string;
  printOptional: string;
  taxTable: string;
  rate: string;
  taxableAmount: string;
  tax: string;
  gross: string;
  /** The document layout (issue 17): header facts, progress stepper, action bar, more menu, summary. */
  quoteDate: string;
  owner: string;
  progress: string;
  stepDone: string;
  stepSkipped: string;
  approvalsSigned: (signed: number, required: number) => string;
  moreActions: string;
  noActionsNow: (status: string) => string;
  draftFieldDescription: string;
  draftFieldPrice: string;
}

const levelsEn: Record<string, string> = {
  supervisor: 'Sales supervisor',
  'project-lead': 'Project lead',
  director: 'Director',
};

export const quoteBuilderStrings: Translations<QuoteBuilderStrings> = {
  en: {
    title: 'Quote',
    quoteNumber: (number, revision) => `Quote ${number}, version ${revision}`,
    loading: 'Loading quote…',
    notFound: (id) => `Quote "${id}" not found. Give a customer-id to start a new quote.`,
    customerNotFound: (id) => `Customer "${id}" not found`,
    noCustomer: 'Set customer-id to start a quote, or quote-id to open one.',
    loadError: 'The quote could not be loaded.',
    policyError: (m) => `The quote policy is invalid: ${m}`,
    rulesConflict:
      'This page already enforces other pricing or approval rules for its quotes; this quote builder’s policy cannot replace them.',
    pricingError: (m) => `The quote cannot be priced: ${m}`,
    saveError: (m) => `Not saved: ${m}. Your changes are kept on this page.`,
    header: 'Quote details',
    customer: 'Customer',
    currency: 'Currency',
    currencyLocked: 'Remove the lines to change the currency: every line is priced in the quote currency.',
    validUntil: 'Valid until',
    validityPast: 'This date has passed.',
    priceMode: 'Prices entered',
    modes: { 'tax-excluded': 'excluding tax', 'tax-included': 'including tax' },
    paymentTerms: 'Payment terms',
    cashEarned: (p) => `These terms earn a ${p}% cash discount.`,
    notes: 'Notes and terms',
    status: 'Status',
    statuses: {
      draft: 'Draft',
      'pending-approval': 'Pending approval',
      approved: 'Approved',
      sent: 'Sent',
      accepted: 'Accepted',
      ordered: 'Ordered',
      rejected: 'Rejected',
      expired: 'Expired',
    },
    levels: levelsEn,
    kinds: {
      promotion: 'Promotion',
      volume: 'Volume discount',
      customer: 'Customer-tier discount',
      cash: 'Cash discount',
      manual: 'Manual discount',
    },
    lines: 'Lines',
    linesCaption: (n) => `Quote lines (${n})`,
    colNo: 'No.',
    csvColumns: {
      line: 'Line',
      group: 'Group',
      productId: 'Product ID',
      description: 'Description',
      quantity: 'Quantity',
      unit: 'Unit',
      unitPrice: 'Unit price',
      vatRate: 'VAT rate %',
      lineDiscount: 'Line discount %',
      listAmount: 'List amount',
      discountAmount: 'Discount amount',
      net: 'Net amount',
      tax: 'VAT',
      gross: 'Gross amount',
      optional: 'Optional',
      included: 'Included in total',
      currency: 'Currency',
      priceMode: 'Prices entered',
    },
    csvYes: 'yes',
    csvNo: 'no',
    colItem: 'Item',
    colQty: 'Quantity',
    colUnit: 'Unit',
    colListPrice: 'List price',
    colVat: 'VAT',
    colDiscount: 'Discount %',
    colNetPrice: 'Net price',
    colAmount: 'Amount',
    colMargin: 'Margin',
    colActions: 'Actions',
    cell: (column, line, name) => `${column}, line ${line}${name ? `: ${name}` : ''}`,
    suggested: (p) => `suggested ${p}`,
    optionalTag: 'optional',
    include: (name) => `Include optional line ${name} in the total`,
    optional: (name) => `Optional line: ${name}`,
    group: (name) => `Group of line ${name}`,
    groupHeading: (g) => `Group: ${g}`,
    groupSubtotal: (g) => `Subtotal ${g}`,
    showWorking: (name) => `Price working of ${name}`,
    moveUp: (name) => `Move ${name} up`,
    moveDown: (name) => `Move ${name} down`,
    remove: (name) => `Remove ${name}`,
    removed: (name) => `Removed ${name}.`,
    working: (name) => `How the price of ${name} is made`,
    step: 'Step',
    stepList: 'List price',
    stepTax: (r) => `VAT ${r}%`,
    stepGross: 'Total including tax',
    stepInput: 'From',
    stepDiscount: 'Discount',
    stepOutput: 'Result',
    stepMargin: 'Margin after',
    bands: 'Bands',
    band: (from, to, p, base) => `${base} from ${from}${to === null ? '' : ` to ${to}`} at ${p}%`,
    noMargin: 'no cost, margin unknown',
    emptyLines: 'No lines yet: search the catalog below or add a free-text line.',
    picker: 'Add a product',
    pickerPlaceholder: 'Type a product name or code',
    pickerHint: 'Arrow keys to choose, Enter to add, Escape to close.',
    pickerNoMatch: 'No product matches.',
    pickerOption: (code, name, price) => `${code} ${name} ${price}`,
    added: (name) => `Added ${name}.`,
    freeLine: 'Free-text line',
    draftDescription: 'Description of the new line',
    draftQuantity: 'Quantity of the new line',
    draftUnit: 'Unit of the new line',
    draftPrice: 'Unit price of the new line',
    draftVat: 'VAT rate of the new line',
    chooseVat: 'VAT rate…',
    addLine: 'Add line',
    totals: 'Totals',
    subtotal: (mode) => `List total (${mode === 'tax-included' ? 'incl.' : 'excl.'} tax)`,
    discountTotal: (kind) => kind,
    net: 'Net amount (excl. tax)',
    taxOn: (r, base) => `VAT ${r}% on ${base}`,
    taxTotal: 'Total VAT',
    grandTotal: 'Grand total (incl. tax)',
    inCapitals: 'Amount in capitals',
    margin: 'Margin',
    marginUnknown: 'unknown (a line has no cost)',
    discountVsList: (p) => `${p}% off list`,
    approval: 'Approval',
    noApprovalNeeded: 'No approval needed.',
    approvalNeeded: (levels) => `Needs approval: ${levels}.`,
    reasonDiscount: (a, t) => `discount ${a} is above ${t}%`,
    reasonMargin: (a, t) => `margin ${a} is below ${t}%`,
    reasonMarginUnknown: 'margin unknown (a line has no cost)',
    reasonLine: (line) => ` (line${line.includes(',') ? 's' : ''} ${line})`,
    granted: 'approved',
    missing: 'waiting',
    approvedBy: (level, by, at) => `${level}: approved by ${by}, ${at}`,
    staleApproval: (level, by) => `${level} approval by ${by} no longer counts: the quote changed after it was given.`,
    invalidated: 'A priced field changed after approval: the quote is back in draft and must be approved again.',
    approverComment: 'Approver comment',
    approve: (level) => `Approve as ${level}`,
    reject: 'Reject',
    actingAs: (name, role) => `Acting as ${name} (${role})`,
    actions: 'Quote actions',
    submit: 'Submit for approval',
    markApproved: 'Mark approved (no approval needed)',
    send: 'Mark sent to customer',
    accept: 'Customer accepted',
    decline: 'Customer declined',
    convert: 'Convert to order',
    reopen: 'Back to draft',
    expire: 'Mark expired',
    newVersion: 'Save as new version',
    openVersion: (r) => `Open version ${r}`,
    supersededNotice: (r) => `This version is read-only: version ${r} replaced it.`,
    previousVersion: 'Previous version',
    finalNotice: (s) => `This quote is ${s} and can no longer be edited. Save it as a new version to revise it.`,
    exportCsv: 'Export lines (CSV)',
    exportJson: 'Export quote (JSON)',
    print: 'Print',
    reason: (r) => {
      switch (r.code) {
        case 'status':
          return `Not possible while the quote is ${quoteBuilderStrings.en.statuses[r.status].toLowerCase()}.`;
        case 'no-user':
          return 'The page has not said who is working (currentUser).';
        case 'field-errors':
          return 'Fix the highlighted fields first.';
        case 'no-lines':
          return 'Add at least one line to the total.';
        case 'pricing-error':
          return 'The quote cannot be priced.';
        case 'approval-stale':
          return 'The approval no longer matches the quote.';
        case 'conflict':
          return 'Resolve the conflict with the other tab first.';
        case 'approval-missing':
          return `Waiting for approval: ${r.levels.join(', ')}.`;
        case 'not-approver':
          return `Only ${r.levels.join(', ')} can decide now.`;
        case 'lower-first':
          return `${r.level} must approve first.`;
        case 'already-signed':
          return 'You have already signed this approval chain.';
        case 'self-approval':
          return 'You cannot approve a quote you own or submitted.';
        case 'comment-required':
          return 'A rejection needs a comment.';
      }
    },
    refused: (rule, detail) => {
      switch (rule) {
        case 'stale-approval':
          return 'The approval no longer matches the quote: it changed after approval.';
        case 'approval-required':
          return 'Not saved: this quote still needs approval.';
        case 'not-approver':
          return 'Not saved: you do not hold this approval level for this quote.';
        case 'already-signed':
          return 'Not saved: one person signs once per approval chain.';
        case 'self-approval':
          return 'Not saved: you cannot approve a quote you own or submitted.';
        case 'lower-first':
          return 'Not saved: a lower approval level must sign first.';
        default:
          return `Not saved: the store refused this change (${detail}).`;
      }
    },
    mayApprove: (people) => `may approve: ${people}`,
    noApprover: 'nobody in the approver directory may approve this level',
    history: 'History',
    historyEntry: (from, to, by, at) => `${from ? `${from} → ` : ''}${to}, ${by}, ${at}`,
    problem: (p) => {
      switch (p.code) {
        case 'required':
          return 'Required.';
        case 'not-number':
          return 'Enter a number.';
        case 'negative':
          return 'Cannot be negative.';
        case 'too-large':
          return 'Too large.';
        case 'decimals':
          return p.max === 0 ? 'Whole numbers only.' : `At most ${p.max} decimal${p.max === 1 ? '' : 's'}.`;
        case 'above-max':
          return `At most ${p.max}% (policy).`;
        case 'currency':
          return `Priced in ${p.currency}; this quote is in ${p.quoteCurrency}. Lines cannot mix currencies.`;
      }
    },
    reasonReopened: 'Priced field edited after approval',
    editorUnknownUser: 'unknown user',
    saved: (at) => `Saved ${at}`,
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    conflict: (at) => `Another tab saved this quote at ${at}. Reload theirs, or keep yours and overwrite it?`,
    reloadTheirs: 'Reload theirs',
    keepMine: 'Keep mine',
    updatedElsewhere: 'Updated from another tab.',
    orderCreated: (id) => `Order ${id} created.`,
    fixFields: 'Some quote fields are invalid.',
    linesRequired: 'Add at least one line.',
    shortcuts:
      'Keys: arrows move between cells, Enter confirms and goes down, Escape undoes the field, Alt+↑/↓ moves the line, Ctrl+Enter adds a product.',
    printTitle: 'Quotation',
    printDate: 'Date',
    printTerms: 'Terms',
    printOptional: 'optional, not included',
    taxTable: 'VAT by rate',
    rate: 'Rate',
    taxableAmount: 'Taxable amount',
    tax: 'VAT',
    gross: 'Incl. VAT',
    quoteDate: 'Quote date',
    owner: 'Owner',
    progress: 'Quote progress',
    stepDone: 'done',
    stepSkipped: 'not needed',
    approvalsSigned: (signed, required) => `${signed} of ${required} approved`,
    moreActions: 'More actions',
    noActionsNow: (status) => `No further steps: the quote is ${status.toLowerCase()}.`,
    draftFieldDescription: 'Description',
    draftFieldPrice: 'Unit price',
  },
  // Other languages load when an element renders in one (npm run l10n:hant writes these lines).
  'zh-CN': () => import('./quote-builder.strings.zh-CN.js'),
  'zh-TW': () => import('./quote-builder.strings.zh-TW.js'),
  'zh-HK': () => import('./quote-builder.strings.zh-HK.js'),
};
