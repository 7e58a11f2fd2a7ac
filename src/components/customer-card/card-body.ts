/**
 * The customer card's sections below the header (warning banner, key figures, trends, contacts, group, pipeline),
 * with the engines they need (funnel, group roll-up, sparklines); the header, the compact line and inline editing
 * stay in customer-card.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RateTable } from '../../core/money.js';
import type { CrmStore } from '../../data/store.js';
import { dateText, paren } from '../../internal/format.js';
import { iconWarning } from '../../internal/icons.js';
import type { LocalizeController } from '../../internal/localize.js';
import { sparklineStyles } from '../../internal/sparkline.js';
import { stageLabel } from '../../internal/stage-label.js';
import { keyFigures, trends, warningBanner } from './card-figures.js';
import { type BuyingRole, contactsByRole, type DerivedBase } from './card-model.js';
import { groupTree, person, treeRows } from './card-people.js';
import { type Derived, summarise } from './card-summaries.js';
import type { customerCardStrings } from './customer-card.strings.js';

type Strings = (typeof customerCardStrings)['en'];

/** The sections' own styles (the card's are in customer-card.styles.ts). */
export const bodyStyles = sparklineStyles;

/** What the sections read from the card and call back into it. */
export interface BodyContext {
  t: Strings;
  l: LocalizeController;
  /** Heading level of the sections. */
  level: number;
  now: number;
  canEdit: boolean;
  contactsEditorOpen: boolean;
  store: CrmStore | undefined;
  /** The group tree's row holding the tab stop. */
  treeFocus: string | undefined;
  /** The account's credit limit, exact (the header's edit panel shows the same text). */
  creditLimitText: string | undefined;
  openContactsEditor: (role?: BuyingRole) => void;
  focusRow: (id: string) => void;
  select: (id: string) => void;
  /** The notes section (the card's own: it holds an inline editor). */
  notes: (derived: Derived) => unknown;
}

/** Everything below the header, for what the card derived first (the figures are computed once per derivation). */
export function cardBody(c: BodyContext, base: DerivedBase, rates: RateTable | undefined): TemplateResult {
  const derived = summarise(base, rates);
  const ctx = { t: c.t, l: c.l, derived, level: c.level, now: c.now };
  return html`${warningBanner(ctx)} ${keyFigures(ctx)} ${trends(ctx)}
    <div class="columns">
      ${contactsSection(c, c.t, derived, c.level)} ${groupSection(c, c.t, derived, c.level)}
    </div>
    ${pipelineSection(c, c.t, derived, c.level)} ${c.notes(derived)}`;
}

function heading(level: number, text: string) {
  return html`<div role="heading" aria-level=${Math.min(6, level)} class="heading">${text}</div>`;
}

let stagePathLoad: Promise<unknown> | undefined;
/**
 * `<crm-stage-path>` loads with the first card that shows a deal's path. If its download fails the path stays
 * empty and the deal's stage is still named in the text beside it; the console says why.
 */
const loadStagePath = () =>
  (stagePathLoad ??= import('../../internal/stage-path.js').catch((error: unknown) =>
    console.error('<crm-customer-card>: could not load the stage path', error),
  ));

function groupSection(c: BodyContext, t: Strings, derived: Derived, level: number) {
  const group = derived.group;
  const { customer } = derived.data;
  // Group revenue and pipeline are a summary: compact, like the funnel's totals. Credit stays exact, beside
  // the exact credit limit it is measured against.
  const money = (amount: number, currency: string) => c.l.money(amount, currency, 'summary');
  const exact = (amount: number, currency: string) => c.l.money(amount, currency);
  const pct = (ratio: number | null) =>
    ratio === null ? '' : c.l.number(ratio, { style: 'percent', maximumFractionDigits: 1 });
  const credit = (exposure: number, limit: number | null, currency: string) =>
    limit === null
      ? t.usedNoLimit(exact(exposure, currency))
      : t.used(exact(exposure, currency), exact(limit, currency), pct(limit === 0 ? null : exposure / limit));
  if (!group) return nothing;
  const creditLimit = pair(t.field.creditLimit, c.creditLimitText ?? t.none);
  let body: TemplateResult;
  if (group instanceof Error) {
    body = html`<p class="warn">${t.groupError(group.message)}</p>
      <dl class="fields">${creditLimit}</dl>`;
  } else {
    const { rollUp, member, parent, root, otherCurrencyCount } = group;
    const cur = rollUp.currency;
    const alone = rollUp.totals.memberCount === 1;
    const tree = derived.data.group;
    body = html`
      ${alone ? html`<p class="muted">${t.standalone}</p>` : html`<p class="muted">${t.members(rollUp.totals.memberCount)}</p>`}
      ${tree?.truncated ? html`<p class="warn">${t.truncated(rollUp.totals.memberCount)}</p>` : nothing}
      ${
        !alone && tree
          ? groupTree({
              t,
              l: c.l,
              rows: treeRows(tree.members, tree.rootId),
              currentId: customer.id,
              focusId: c.treeFocus,
              onSelect: (id) => c.select(id),
              onFocusRow: (id) => {
                c.focusRow(id);
              },
            })
          : nothing
      }
      <dl class="fields details">
        ${root ? pair(t.groupHead, root.name) : nothing} ${parent ? pair(t.parent, parent.name) : nothing}
        ${
          alone
            ? nothing
            : html`${pair(t.groupRevenue, money(rollUp.totals.revenue, cur))}
              ${pair(
                t.groupPipeline,
                html`${t.withWeighted(money(rollUp.totals.pipeline, cur), money(rollUp.totals.weightedPipeline, cur))}${
                  otherCurrencyCount
                    ? html` <span class="muted">${t.otherCurrency(otherCurrencyCount)}</span>`
                    : nothing
                }`,
              )}`
        }
        ${creditLimit}
        ${member ? pair(t.accountCredit, credit(member.exposure, member.creditLimit, cur), member.overLimit ? t.overLimit : undefined) : nothing}
        ${
          alone
            ? nothing
            : pair(
                t.groupCredit,
                credit(rollUp.totals.exposure, rollUp.limit.group, cur),
                rollUp.limit.exceeded ? t.overLimit : undefined,
              )
        }
      </dl>
    `;
  }
  return html`<section part="section group" class="section">${heading(level, t.group)} ${body}</section>`;
}

function contactsSection(c: BodyContext, t: Strings, derived: Derived, level: number) {
  // Editing contacts: the contacts editor (add / edit / remove, "add a decision maker", decision chain),
  // loaded when first asked for, so a card that is only looked at never downloads it.
  if (c.canEdit && c.contactsEditorOpen) {
    return html`<section part="section contacts" class="section">
      ${heading(level, t.contacts)}
      <crm-contacts-editor
        exportparts="warnings, contact, contact-form, chain, badge"
        customer-id=${derived.data.customer.id}
        .contacts=${derived.data.contacts}
        .store=${c.store}
        heading-level=${level + 1}
      ></crm-contacts-editor>
    </section>`;
  }
  const groups = contactsByRole(derived.data.contacts);
  const missing = groups.filter((g) => g.contacts.length === 0);
  return html`<section part="section contacts" class="section">
    <div class="section-head">
      ${heading(level, t.contacts)}
      ${
        c.canEdit
          ? html`<button type="button" part="edit-contacts" class="link" data-action="open-contacts" @click=${() => c.openContactsEditor()}>
              ${t.manage}
            </button>`
          : nothing
      }
    </div>
    ${
      missing.length
        ? html`<ul part="warnings" class="warnings inline">
            ${missing.map(
              (g) => html`<li><span class="inline-icon">${iconWarning()}</span>${t.missingRole(t.role[g.role])}
                ${
                  c.canEdit
                    ? html`<button type="button" class="link" data-add-role=${g.role} @click=${() => c.openContactsEditor(g.role)}>
                        ${t.addRole[g.role]}
                      </button>`
                    : nothing
                }</li>`,
            )}
          </ul>`
        : nothing
    }
    ${derived.data.contacts.length === 0 ? html`<p class="muted">${t.noContacts}</p>` : nothing}
    ${groups
      .filter((g) => g.contacts.length > 0)
      .map(
        (g) => html`<div role="heading" aria-level=${Math.min(6, level + 1)} class="subheading">${t.roles[g.role]}</div>
          <ul class="people">
            ${g.contacts.map((c) => person(t, c))}
          </ul>`,
      )}
  </section>`;
}

function pipelineSection(c: BodyContext, t: Strings, derived: Derived, level: number) {
  const { customer } = derived.data;
  const locale = c.l.locale;
  const currency = customer.currency ?? 'CNY';
  const money = (amount: number) => c.l.money(amount, currency);
  const date = (iso: string) => dateText(iso, locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const ago = (days: number) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
  const { activity } = derived;
  const p = derived.pipeline;
  const figures =
    p instanceof Error
      ? html`<p class="warn">${t.pipelineError(p.message)}</p>`
      : html`<dl class="fields details">
          ${pair(
            t.openOpportunities,
            html`${t.openSummary(p.openCount, money(p.openAmount))}${
              p.otherCurrencyCount
                ? html` <span class="muted">${t.otherCurrency(p.otherCurrencyCount)}</span>`
                : nothing
            }`,
          )}
          ${pair(t.forecast, money(p.weighted))}
          ${pair(
            t.nextClose,
            p.nextClose
              ? `${date(p.nextClose.date)} · ${p.nextClose.name}${paren(stageName(c, derived, p.nextClose.stage), locale)}`
              : t.noNextClose,
          )}
          ${pair(
            t.lastActivity,
            activity.last
              ? t.activityAt(activity.last.activity.subject, date(activity.last.activity.at), ago(activity.last.days))
              : t.noActivity,
          )}
        </dl>
        ${p.nextClose ? nextClosePath(c, t, derived, p.nextClose) : nothing}`;
  return html`<section part="section pipeline" class="section">
    ${heading(level, t.pipeline)} ${figures}
    ${activity.warnings.length === 0 ? html`<p class="muted">${t.noWarnings}</p>` : nothing}
  </section>`;
}

function stageName(c: BodyContext, derived: Derived, id: string): string {
  const stage = derived.data.stages.find((s) => s.id === id);
  return stage ? stageLabel(stage, c.l.lang) : id;
}

/** Where the deal expected to close first stands: the shared stage path (its stage is also named in the text). */
function nextClosePath(
  c: BodyContext,
  t: Strings,
  derived: Derived,
  next: { name: string; stage: string; reached: string[] },
) {
  loadStagePath();
  const lang = c.l.lang;
  return html`<crm-stage-path
    part="path"
    label=${t.nextClosePath(next.name)}
    .stages=${derived.data.stages.map((s) => ({ id: s.id, label: stageLabel(s, lang), kind: s.kind }))}
    current=${next.stage}
    .reached=${next.reached}
  ></crm-stage-path>`;
}

function pair(label: string, value: unknown, flag?: string) {
  return html`<div part="field" class="field">
    <dt part="field-label">${label}</dt>
    <dd part="field-value">${value}${flag ? html` <strong class="flag">${flag}</strong>` : nothing}</dd>
  </div>`;
}
