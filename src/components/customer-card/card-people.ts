/**
 * Contacts as people (initials avatar, name, title, communication-style chip, click-to-call and mail
 * links) and the group as a compact tree (one tab stop; arrows move, Enter selects an account).
 */
import { html, nothing } from 'lit';
import type { Contact, Customer } from '../../data/model.js';
import { iconBuilding, iconMail, iconPhone } from '../../internal/icons.js';
import type { LocalizeController } from '../../internal/localize.js';
import { avatar, mailtoHref, telHref } from './contact-links.js';
import type { customerCardStrings } from './customer-card.strings.js';

type Strings = (typeof customerCardStrings)['en'];

export function person(t: Strings, c: Contact) {
  const tel = telHref(c.phone);
  const mail = mailtoHref(c.email);
  return html`<li part="person" class="person">
    ${avatar(c.name)}
    <div class="person-body">
      <div class="person-line">
        <span class="contact-name">${c.name}</span>${c.alias ? html` <span class="muted">${c.alias}</span>` : nothing}
        ${c.style ? html` <span part="chip" class="chip style">${t.style[c.style]}</span>` : nothing}
      </div>
      ${c.title ? html`<div class="muted person-title">${c.title}</div>` : nothing}
      ${
        c.phone || c.email
          ? html`<div class="person-links">
              ${
                c.phone
                  ? tel
                    ? html`<a part="contact-link" class="contact-link" href=${tel}>${iconPhone()}<span>${c.phone}</span></a>`
                    : html`<span class="contact-link muted">${iconPhone()}<span>${c.phone}</span></span>`
                  : nothing
              }
              ${
                c.email
                  ? mail
                    ? html`<a part="contact-link" class="contact-link" href=${mail}>${iconMail()}<span>${c.email}</span></a>`
                    : html`<span class="contact-link muted">${iconMail()}<span>${c.email}</span></span>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${c.notes ? html`<div class="muted contact-notes">${c.notes}</div>` : nothing}
    </div>
  </li>`;
}

export interface TreeRow {
  account: Customer;
  level: number;
}

/** The group's members depth first from the head, children by name; a loop or an orphan never hides a member. */
export function treeRows(members: readonly Customer[], rootId: string): TreeRow[] {
  const children = new Map<string, Customer[]>();
  for (const m of members) {
    if (m.id === rootId || !m.parentId) continue;
    children.set(m.parentId, [...(children.get(m.parentId) ?? []), m]);
  }
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const visit = (account: Customer, level: number) => {
    if (seen.has(account.id)) return;
    seen.add(account.id);
    rows.push({ account, level });
    const kids = (children.get(account.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const k of kids) visit(k, level + 1);
  };
  const root = members.find((m) => m.id === rootId);
  if (root) visit(root, 1);
  for (const m of members) visit(m, 1);
  return rows;
}

export interface TreeOptions {
  t: Strings;
  l: LocalizeController;
  rows: TreeRow[];
  currentId: string;
  /** The row that takes the tab stop (roving tabindex). */
  focusId: string | undefined;
  onSelect: (id: string) => void;
  onFocusRow: (id: string) => void;
}

export function groupTree(o: TreeOptions) {
  const focusId = o.rows.some((r) => r.account.id === o.focusId) ? o.focusId : o.rows[0]?.account.id;
  const onKey = (event: KeyboardEvent) => {
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="treeitem"]')];
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowDown'
        ? items[index + 1]
        : event.key === 'ArrowUp'
          ? items[index - 1]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items.at(-1)
              : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const id = items[index]!.dataset.id!;
      if (id !== o.currentId) o.onSelect(id);
    }
  };
  return html`<ul part="tree" class="tree" role="tree" aria-label=${o.t.groupStructure} @keydown=${onKey}>
    ${o.rows.map(({ account, level }) => {
      const current = account.id === o.currentId;
      return html`<li
        role="treeitem"
        part=${current ? 'tree-item' : 'account-link'}
        class=${`tree-item level-${Math.min(level, 6)}${current ? ' current' : ''}`}
        aria-level=${level}
        aria-selected=${current ? 'true' : 'false'}
        tabindex=${account.id === focusId ? '0' : '-1'}
        data-id=${account.id}
        @focus=${() => o.onFocusRow(account.id)}
        @click=${() => !current && o.onSelect(account.id)}
      >
        <span class="tree-icon">${iconBuilding()}</span><span class="tree-name">${account.name}</span>${
          current ? html`<span class="muted tree-note"> · ${o.t.thisAccount}</span>` : nothing
        } ${
          account.annualRevenue !== undefined
            ? html`<span class="tree-figure muted" title=${o.l.money(account.annualRevenue, account.currency ?? 'CNY')}
                >${o.l.money(account.annualRevenue, account.currency ?? 'CNY', 'summary')}</span
              >`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}
