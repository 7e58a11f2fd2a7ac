/**
 * The card's one live query: everything it shows, read through the store with bounded lookups (the
 * customerId and parentId indexes, the small stages table). Never opens a database itself.
 */
import type { StageDef } from '../../core/funnel.js';
import type { CrmStore } from '../../data/store.js';
import { loadGroup } from '../tier-badge/group-query.js';
import type { CardData } from './card-model.js';

export interface LoadOptions {
  /** The full card reads contacts, opportunities and the group; the compact one only what its line shows. */
  full: boolean;
  /** The compact card's badge ranks within the group under the Pareto scheme (asked for, or stored), so it needs the members. */
  groupForPareto: boolean;
}

export async function loadCardData(store: CrmStore, id: string, options: LoadOptions): Promise<CardData | null> {
  const customer = await store.customers.get(id);
  if (!customer) return null;
  // The lookups after the account's own are independent: issued together, a cold connection waits for the
  // slowest of them, not for their sum.
  if (!options.full) {
    const pareto = options.groupForPareto || customer.tierScheme === 'pareto';
    const [activities, group] = await Promise.all([
      store.activities.list({ where: { customerId: id } }),
      pareto ? loadGroup(store, customer) : undefined,
    ]);
    return {
      customer,
      contacts: [],
      opportunities: [],
      activities,
      // No stages: the sections use the defaults (card-summaries.ts).
      stages: [],
      group: group && { ...group, opportunities: [] },
    };
  }
  const [activities, contacts, stages, [group, groupOpportunities]] = await Promise.all([
    store.activities.list({ where: { customerId: id } }),
    store.contacts.list({ where: { customerId: id } }),
    store.stages.list({ orderBy: 'order' }) as Promise<StageDef[]>,
    loadGroup(store, customer).then(
      async (group) =>
        [group, await store.opportunities.list({ where: { customerId: group.members.map((m) => m.id) } })] as const,
    ),
  ]);
  return {
    customer,
    contacts,
    opportunities: groupOpportunities.filter((o) => o.customerId === id),
    activities,
    stages,
    group: { ...group, opportunities: groupOpportunities },
  };
}
