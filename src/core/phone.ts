/**
 * Chinese phone numbers as account teams type them: mobiles (`138 0013 8000`, `+86 138-0013-8000`),
 * landlines with an area code (`010-8888 6666`, `(0755) 2345 6789 转 123`, `+86 21 6123 4567`) and
 * 400/800 service numbers. Spaces, dashes, dots and brackets are ignored; the result is one canonical form.
 */

export type PhoneKind = 'mobile' | 'landline' | 'service';

export type PhoneProblem =
  /** Letters or other characters that no phone number has. */
  | 'characters'
  /** Digits, but no Chinese mobile, landline or service number. */
  | 'format'
  /** A mobile number with the wrong number of digits (11 after the country code). */
  | 'mobile-length'
  /** A landline whose local number is not 7 or 8 digits after the area code. */
  | 'landline-length';

export type PhoneCheck =
  | { readonly ok: true; readonly kind: PhoneKind; readonly normalized: string }
  | { readonly ok: false; readonly problem: PhoneProblem };

/** Area codes of the four municipalities and big cities with 2-digit codes (010, 020–029). */
const TWO_DIGIT_AREA = /^(10|2\d)/;

/**
 * Checks a Chinese phone number. `normalized`: mobiles `+86 138 0013 8000`, landlines `+86 10 8888 6666`
 * (with ` ext. 123` for an extension), service numbers `400 800 8888`.
 */
export function checkChinesePhone(input: string): PhoneCheck {
  let text = input.trim();
  // Extension: "转 123", "ext. 123", "x123", "#123" or a trailing "-123" after a full landline.
  let extension: string | undefined;
  const ext = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  if (!/^[+\d\s\-.()（）]+$/.test(text)) return { ok: false, problem: 'characters' };
  let digits = text.replace(/\D/g, '');
  const international = /^\s*(\+|00)/.test(text);
  if (international) digits = digits.replace(/^(00)?/, '');
  if (international || (digits.startsWith('86') && digits.length >= 12)) {
    if (!digits.startsWith('86')) return { ok: false, problem: 'format' };
    digits = digits.slice(2);
    // International form drops the trunk 0 of an area code; put it back to read the number alike.
    // Beijing's area code 10 starts with 1 too; every other leading 1 is a mobile.
    if (!digits.startsWith('1') || digits.startsWith('10')) digits = `0${digits.replace(/^0/, '')}`;
  }
  if (/^[48]00/.test(digits) && !extension) {
    return digits.length === 10
      ? { ok: true, kind: 'service', normalized: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` }
      : { ok: false, problem: 'format' };
  }
  if (digits.startsWith('1')) {
    if (digits.length !== 11) return { ok: false, problem: 'mobile-length' };
    if (!/^1[3-9]/.test(digits)) return { ok: false, problem: 'format' };
    if (extension) return { ok: false, problem: 'format' };
    return {
      ok: true,
      kind: 'mobile',
      normalized: `+86 ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
    };
  }
  if (!digits.startsWith('0') || digits.startsWith('00')) return { ok: false, problem: 'format' };
  const rest = digits.slice(1);
  const areaLength = TWO_DIGIT_AREA.test(rest) ? 2 : 3;
  let local = rest.slice(areaLength);
  // "0755-2345678-123": a dash-separated tail after a full local number is an extension.
  if (!extension && local.length > 8) {
    const parts = text.split(/[-\s]+/).filter(Boolean);
    const last = parts.at(-1) ?? '';
    if (parts.length >= 3 && /^\d{1,6}$/.test(last) && local.length - last.length >= 7) {
      extension = last;
      local = local.slice(0, local.length - last.length);
    }
  }
  if (local.length < 7 || local.length > 8) return { ok: false, problem: 'landline-length' };
  if (/^[01]/.test(local)) return { ok: false, problem: 'format' };
  const area = rest.slice(0, areaLength);
  const split =
    local.length === 8 ? `${local.slice(0, 4)} ${local.slice(4)}` : `${local.slice(0, 3)} ${local.slice(3)}`;
  return {
    ok: true,
    kind: 'landline',
    normalized: `+86 ${area} ${split}${extension ? ` ext. ${extension}` : ''}`,
  };
}
