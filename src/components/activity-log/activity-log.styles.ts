import { css } from 'lit';

export const activityLogStyles = css`
  :host {
    display: block;
    font-size: var(--crm-activity-font-size, 0.875rem);
    line-height: 1.45;
    --muted: var(--crm-c-muted);
    --line: var(--crm-c-border);
    --accent: var(--crm-c-accent);
    --danger: var(--crm-c-critical);
  }
  [part~='base'] {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .title {
    font-weight: 600;
    font-size: 1.0625em;
  }
  [part~='form'],
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    border: 1px solid var(--line);
    border-radius: 6px;
    padding: 0.5rem;
  }
  [part='filters'] {
    border: 0;
    padding: 0;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }
  label.wide {
    flex: 1 1 16rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  fieldset label {
    flex-direction: row;
    align-items: center;
  }
  legend {
    padding: 0;
    margin-bottom: 0.125rem;
  }
  .month-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--crm-t-space-3);
    margin: var(--crm-t-space-2) 0 var(--crm-t-space-1);
  }
  .month {
    font-weight: var(--crm-t-weight-strong);
  }
  [part='month-total'] {
    color: var(--crm-c-muted);
    font-size: var(--crm-t-text-sm);
    font-variant-numeric: tabular-nums;
  }
  .amount {
    font-weight: var(--crm-t-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  [part~='entry'] {
    border: 1px solid var(--line);
    border-radius: 4px;
    padding: 0.375rem 0.5rem;
    overflow-wrap: anywhere;
  }
  [part~='entry'].complaint {
    border-inline-start: 4px solid var(--danger);
  }
  .meta,
  .muted {
    color: var(--muted);
  }
  .kind {
    font-weight: 600;
  }
  [part~='overdue'] {
    color: var(--danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-top: 0.25rem;
  }
  /* Paper: the timeline only. */
  @media print {
    button,
    [part='form'],
    [part='filters'] {
      display: none !important;
    }
  }
`;
