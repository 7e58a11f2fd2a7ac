// The "Account workspace" demo: one account's card (contacts editable), activity log, its group's pipeline
// board and funnel, and a quote, all through the public API and the provider's store.
import '../src/index.js';
import type { CrmProvider } from '../src/index.js';
import { bindThemeSwitch } from './theme-switch.js';

const provider = document.querySelector('crm-provider') as CrmProvider;
const store = provider.providedStore;
const accountSelect = document.querySelector<HTMLSelectElement>('#account')!;
const userSelect = document.querySelector<HTMLSelectElement>('#user')!;
bindThemeSwitch({
  scheme: document.querySelector<HTMLSelectElement>('#theme')!,
  preset: document.querySelector<HTMLSelectElement>('#preset')!,
  lang: document.querySelector<HTMLSelectElement>('#lang')!,
  provider,
});
const card = document.querySelector('crm-customer-card')!;
const log = document.querySelector<HTMLElementTagNameMap['crm-activity-log']>('#log')!;
const upcoming = document.querySelector<HTMLElementTagNameMap['crm-activity-log']>('#upcoming')!;
const board = document.querySelector('crm-pipeline-board')!;
const funnel = document.querySelector('crm-funnel-chart')!;
const quote = document.querySelector('crm-quote-builder')!;

type Customer = Awaited<ReturnType<typeof store.customers.list>>[number];
let customers: Customer[] = [];

/** The topmost ancestor of an account: the board and funnel show that whole group. */
function headOf(id: string): string {
  const byId = new Map(customers.map((c) => [c.id, c] as const));
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current?.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.parentId);
  }
  return current?.id ?? id;
}

async function showAccount(id: string): Promise<void> {
  const head = headOf(id);
  card.customerId = id;
  log.customerId = id;
  board.group = head;
  funnel.group = head;
  quote.customerId = id;
  // The account's latest quote, if any; otherwise the builder starts a new one.
  const quotes = await store.quotes.list({ where: { customerId: id } });
  quote.quoteId = quotes.at(-1)?.id;
  const url = new URL(location.href);
  url.searchParams.set('account', id);
  history.replaceState(null, '', url);
}

function setUser(): void {
  const user = userSelect.value;
  log.user = user;
  upcoming.owner = user;
  upcoming.user = user;
  board.user = user;
  quote.currentUser = { name: user, role: 'sales' };
}

function fillPicker(list: Customer[]): void {
  const chosen = accountSelect.value || new URL(location.href).searchParams.get('account') || 'cust-001';
  accountSelect.replaceChildren();
  const heads = list.filter((c) => !c.parentId);
  for (const head of heads) {
    const group = document.createElement('optgroup');
    group.label = head.name;
    group.append(new Option(head.name, head.id));
    for (const member of list.filter((c) => c.parentId === head.id))
      group.append(new Option(`└ ${member.name}`, member.id));
    accountSelect.append(group);
  }
  accountSelect.value = list.some((c) => c.id === chosen) ? chosen : (heads[0]?.id ?? '');
  if (accountSelect.value) showAccount(accountSelect.value);
}

accountSelect.addEventListener('change', () => showAccount(accountSelect.value));
userSelect.addEventListener('change', setUser);
setUser();

// A related account chosen on the card (parent, subsidiary) becomes the workspace's account.
document.addEventListener('crm-customer-select', (event) => {
  accountSelect.value = event.detail.customerId;
  showAccount(event.detail.customerId);
});

document.addEventListener('crm-deal-move', (event) => {
  const { opportunity, from, to } = event.detail;
  document.querySelector('#last-move')!.textContent = `${opportunity.name}: ${from} → ${to}`;
});

let shownIds = '';
store
  .live((s) => s.customers.list())
  .subscribe({
    next: (list) => {
      customers = list;
      // Rebuild the picker only when accounts come or go (live: seeding, other tabs).
      const ids = list.map((c) => `${c.id}:${c.parentId ?? ''}`).join();
      if (ids === shownIds) return;
      shownIds = ids;
      fillPicker(list);
    },
  });
