import { css } from 'lit';

export const activityLogStyles = css`
  :host {
    display: block;
    font-size: var(--crm-activity-font-size, var(--crm-t-text-md));
    line-height: var(--crm-t-line-height);
  }
  [part~='base'] {
    display: grid;
    gap: var(--crm-t-space-3);
    min-width: 0;
  }
  .title {
    font-weight: var(--crm-t-weight-strong);
    font-size: var(--crm-t-text-lg);
  }
  [part~='form'],
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--crm-t-space-2);
    align-items: end;
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-md);
    padding: var(--crm-t-space-2);
  }
  [part='filters'] {
    border: 0;
    padding: 0;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: var(--crm-t-space-1);
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
    gap: var(--crm-t-space-1) var(--crm-t-space-3);
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
    border: 1px solid var(--crm-c-border);
    border-radius: var(--crm-t-radius-sm);
    padding: 0.375rem var(--crm-t-space-2);
    overflow-wrap: anywhere;
  }
  [part~='entry'].complaint {
    border-inline-start: 4px solid var(--crm-c-critical);
  }
  .meta,
  .muted {
    color: var(--crm-c-muted);
  }
  .kind {
    font-weight: var(--crm-t-weight-strong);
  }
  [part~='overdue'] {
    color: var(--crm-c-critical);
    font-weight: var(--crm-t-weight-strong);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-top: var(--crm-t-space-1);
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
