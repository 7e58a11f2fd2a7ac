// What each consumer app gives an element: an object property (set by the framework, never an attribute) and
// the crm-* event its framework listens to. Known elements get realistic data, so the browser test can make
// them fire their real event; an element added later gets its first object property (an empty object or
// array) and its first declared event, so it is still checked for registration, rendering, property binding
// and event wiring without editing this file.
import { readFileSync } from 'node:fs';

const seed = JSON.parse(readFileSync(new URL('../fixtures/seed-small.json', import.meta.url), 'utf8'));

/** Value-model inputs far apart (README worked example A1, and a small account), so swapping them changes the tier. */
const head = {
  annualRevenue: 90_000_000,
  revenueStability: 0.9,
  margin: 0.32,
  productBreadth: 9,
  strategicInfluence: 7,
  costToServe: 6,
};
const STRONG_ACCOUNT = { id: 'acme', name: 'Acme', indicators: head };
const WEAK_ACCOUNT = {
  ...STRONG_ACCOUNT,
  indicators: { ...head, annualRevenue: 100_000, revenueStability: 0.1, margin: 0.01, productBreadth: 1 },
};

const KNOWN = {
  'crm-tier-badge': {
    attributes: { scheme: 'value' },
    prop: 'customer',
    value: STRONG_ACCOUNT,
    event: 'crm-tier-change',
    trigger: 'swap-value',
    alternate: WEAK_ACCOUNT,
  },
  'crm-funnel-chart': {
    attributes: {},
    prop: 'data',
    value: seed.opportunities,
    event: 'crm-stage-select',
    trigger: 'click-stage',
  },
  'crm-customer-card': {
    attributes: {},
    prop: 'customer',
    value: { ...seed.customers[1], group: seed.customers },
    event: 'crm-customer-select',
    trigger: 'click-account-link',
  },
};

/** Store-like or engine-like properties are not sample data. */
const SERVICE_PROPS = new Set(['store', 'sync', 'form', 'providedStore', 'validity']);

export function samplesFor(elements) {
  return elements.map((el) => {
    const known = KNOWN[el.tag];
    if (known) return { tag: el.tag, ...known };
    const prop = el.objectProps.find((p) => !SERVICE_PROPS.has(p.name) && !/^(string|number|boolean)\b/.test(p.type));
    return {
      tag: el.tag,
      attributes: {},
      ...(prop ? { prop: prop.name, value: /\[\]/.test(prop.type) ? [] : {} } : {}),
      ...(el.events[0] ? { event: el.events[0], trigger: 'dispatch' } : {}),
    };
  });
}
