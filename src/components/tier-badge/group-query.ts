/**
 * Reads the group an account belongs to, through the store only and with bounded queries: up the
 * `parentId` chain one `get` at a time, then down one `parentId` index lookup per level. Used by the
 * badge (Pareto peers) and the customer card (group roll-up); inside a live query every read is tracked,
 * so a new subsidiary or a changed parent re-runs it.
 */
import type { Customer } from '../../data/model.js';
import type { CrmStore } from '../../data/store.js';

/** Groups larger than this are cut (and reported as truncated) so one card never reads a whole table. */
export const MAX_GROUP_MEMBERS = 2000;
/** A parent chain deeper than this is treated as broken (real groups have a few levels). */
const MAX_DEPTH = 32;

export interface LoadedGroup {
  /** The group head: the topmost ancestor reachable through existing parents. */
  rootId: string;
  /** The head and every descendant, parents before children (the account itself included). */
  members: Customer[];
  /** True when the group had more than MAX_GROUP_MEMBERS members and was cut. */
  truncated: boolean;
}

export async function loadGroup(store: CrmStore, account: Customer): Promise<LoadedGroup> {
  let root = account;
  const seen = new Set([account.id]);
  for (let depth = 0; root.parentId && depth < MAX_DEPTH; depth++) {
    // A loop stops the walk; the roll-up engine then reports the cycle.
    if (seen.has(root.parentId)) break;
    const parent = await store.customers.get(root.parentId);
    if (!parent) break;
    seen.add(parent.id);
    root = parent;
  }
  const members: Customer[] = [root];
  const placed = new Set([root.id]);
  let level = [root.id];
  let truncated = false;
  while (level.length > 0) {
    const children = (await store.customers.list({ where: { parentId: level } })).filter((c) => !placed.has(c.id));
    if (members.length + children.length > MAX_GROUP_MEMBERS) {
      truncated = true;
      children.length = MAX_GROUP_MEMBERS - members.length;
    }
    for (const child of children) placed.add(child.id);
    members.push(...children);
    level = truncated ? [] : children.map((c) => c.id);
  }
  if (!placed.has(account.id)) members.push(account);
  return { rootId: root.id, members, truncated };
}
