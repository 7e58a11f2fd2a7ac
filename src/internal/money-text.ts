import { formatMoney } from '../core/money-format.js';
import { setMoneyPrinter } from './localize.js';

/**
 * The one way widgets print money: `summary` is compact (¥1.81亿, CN¥181M) for figures read at a
 * glance (funnel totals, group roll-ups, warnings); `exact` (the default) shows every minor unit, for
 * tables, editors and documents. Both follow the locale's own digits and currency symbol.
 */
export function moneyText(
  amount: number,
  currency: string,
  locale: string,
  style: 'summary' | 'exact' = 'exact',
): string {
  return formatMoney({ amount, currency }, { locale, compact: style === 'summary' });
}

// Loaded, it is how every element prints money (`this.localize.money`).
setMoneyPrinter(moneyText);
