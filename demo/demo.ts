// The demo page: everything through the public API (elements plus the provider's store).
import '../src/index.js';
import type { CrmCustomerCard, CrmFunnelChart, CrmImport, CrmProvider } from '../src/index.js';
import { bindThemeSwitch } from './theme-switch.js';

const provider = document.querySelector('crm-provider') as CrmProvider;
bindThemeSwitch({
  scheme: document.querySelector<HTMLSelectElement>('#theme')!,
  preset: document.querySelector<HTMLSelectElement>('#preset')!,
  lang: document.querySelector<HTMLSelectElement>('#lang')!,
  provider,
});

type Customer = Awaited<ReturnType<CrmProvider['providedStore']['customers']['list']>>[number];

/** Rebuilds the table whenever the set of accounts changes (a live query: seeding, other tabs, …). */
function renderGroups(customers: Customer[]): void {
  const heads = customers.filter((c) => !c.parentId).slice(0, 12);
  const body = document.querySelector<HTMLTableSectionElement>('#groups tbody')!;
  const picker = document.querySelector<HTMLSelectElement>('#tier-customer')!;
  body.replaceChildren();
  picker.replaceChildren();
  for (const head of heads) {
    const subsidiaries = customers.filter((c) => c.parentId === head.id);
    const row = body.insertRow();
    const name = row.insertCell();
    name.textContent = `${head.name}${head.alias ? ` (${head.alias})` : ''}`;
    const badge = document.createElement('crm-tier-badge');
    badge.customerId = head.id;
    row.insertCell().append(badge);
    const members = row.insertCell();
    for (const member of subsidiaries) {
      const memberBadge = document.createElement('crm-tier-badge');
      memberBadge.customerId = member.id;
      memberBadge.hideName = true;
      // Repeated in a table: plain labels, so reaching the widgets below takes one Tab per group, not per member.
      memberBadge.plain = true;
      members.append(`${member.name} `, memberBadge, document.createElement('br'));
    }
    for (const account of [head, ...subsidiaries]) picker.add(new Option(account.name, account.id));
  }
}

document.querySelector('#tier-form')!.addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = document.querySelector<HTMLSelectElement>('#tier-customer')!.value;
  const tier = document.querySelector<HTMLSelectElement>('#tier-value')!.value as 'A1';
  await provider.providedStore.customers.update(id, { tier });
  document.querySelector('#tier-status')!.textContent = `✓ ${tier}`;
});

let shownIds = '';
provider.providedStore
  .live((store) => store.customers.list())
  .subscribe({
    next: (customers) => {
      // Tier changes are shown by the bound badges themselves; only rebuild when accounts come or go.
      const ids = customers.map((c) => c.id).join();
      if (ids === shownIds) return;
      shownIds = ids;
      renderGroups(customers);
    },
  });

// Customer cards: the page decides what choosing a related account does; here, the first card shows it.
document.addEventListener('crm-customer-select', (event) => {
  (document.getElementById('picked') as CrmCustomerCard).customerId = event.detail.customerId;
});

// Quote builder: the page says who is acting; what they may approve comes from the sample's approver directory.
const quoteUsers: Record<string, string> = {
  sales: '王磊',
  supervisor: '孙立',
  'project-lead': '周建华',
  director: '陈国华',
};
const quoteBuilder = document.querySelector('crm-quote-builder')!;
const quoteUser = document.querySelector<HTMLSelectElement>('#quote-user')!;
const setQuoteUser = () => {
  quoteBuilder.currentUser = { name: quoteUsers[quoteUser.value]!, role: quoteUser.value };
};
quoteUser.addEventListener('change', setQuoteUser);
setQuoteUser();

// Funnel drill-down: the page decides what to do with the stage's deals; here, list their ids.
document.addEventListener('crm-stage-select', (event) => {
  const { stageId, opportunityIds } = event.detail;
  document.querySelector('#funnel-selection')!.textContent = `${stageId}: ${opportunityIds.join(', ')}`;
});

// Account list: choosing an account shows it in the card beside the list, and the funnel of its group.
const accountCard = document.getElementById('account-card') as CrmCustomerCard;
const accountFunnel = document.getElementById('account-funnel') as CrmFunnelChart;
document.getElementById('accounts')!.addEventListener('crm-customer-select', async (event) => {
  const { customerId } = event.detail;
  accountCard.customerId = customerId;
  const customer = await provider.providedStore.customers.get(customerId);
  accountFunnel.group = customer?.parentId ?? customerId;
  accountFunnel.label = customer?.name ?? customerId;
});

// Import: the demo's own CSV file, loaded into the import element as if the user had chosen it.
const importer = document.getElementById('importer') as CrmImport;
document.getElementById('import-demo')!.addEventListener('click', async () => {
  const response = await fetch('data/customers.csv');
  await importer.load(await response.blob());
});
