/**
 * Click-to-call and click-to-mail addresses built from stored (untrusted) contact values. Nothing is
 * HTML-parsed or passed through: a `tel:` link keeps only digits and one leading `+`; a `mailto:` link is
 * made only from an address of the plain `local@domain.tld` shape, so no header (`?cc=`, `&body=`), scheme,
 * line break or markup can ride along. A value that does not qualify gets no link (its text still shows).
 */
import { html } from 'lit';

/** `tel:` with digits and an optional leading `+` (extensions dropped), or undefined under 3 digits. */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  // The number ends at the first letter: "ext. 12", "x12", "转12" are extensions, not digits to dial.
  const trimmed = phone.trim().split(/\p{L}/u)[0]!;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 20) return undefined;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

const LOCAL = /^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9_+-])?$/;
const DOMAIN = /^(?=.{4,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** `mailto:` for a validated plain address, or undefined. */
export function mailtoHref(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const address = email.trim();
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.indexOf('@') !== at) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!LOCAL.test(local) || local.includes('..') || !DOMAIN.test(domain)) return undefined;
  return `mailto:${local}@${domain.toLowerCase()}`;
}

const HAN = /\p{Script=Han}/u;

/**
 * What an avatar shows for a name: Chinese names by the given name (the last two characters of a name of
 * three or more, the whole of a one- or two-character name, as Chinese office apps do); other names by the
 * initials of the first and last words (`Ada Lovelace` → `AL`).
 */
export function initials(name: string | undefined): string {
  const text = (name ?? '').trim();
  if (!text) return '?';
  if (HAN.test(text[0]!)) {
    const han = [...text].filter((c) => HAN.test(c));
    return (han.length <= 2 ? han : han.slice(-2)).join('');
  }
  const words = text.split(/[\s·.\-_]+/u).filter(Boolean);
  const first = [...(words[0] ?? '?')][0]!;
  const last = words.length > 1 ? [...words.at(-1)!][0]! : '';
  return (first + last).toLocaleUpperCase();
}

/** An initials avatar; decoration (the name is always written beside it). */
export const avatar = (name: string | undefined) =>
  html`<span part="avatar" class="avatar" aria-hidden="true">${initials(name)}</span>`;
