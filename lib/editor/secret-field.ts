/**
 * Fields whose content must never leave them: the assistant does not read, suggest in or insert into
 * them. The rule (also in the README):
 * 1. a field that is, or at any time in this page was, `type=password` (a "show password" toggle
 *    turns it into a text field but it still holds a password);
 * 2. `autocomplete` tokens for cards, one-time codes and passwords;
 * 3. a name, id, label, placeholder, title or aria-label that says card number, CVC/CVV, expiry, OTP,
 *    verification code, password or PIN, in English or Chinese;
 * 4. short or numeric-only single-line fields: nobody writes a speech into them.
 */

/** Elements seen as password fields in this page, even after their type changed. */
const everPassword = new WeakSet<Element>();

const SECRET_AUTOCOMPLETE = /(^|\s)(cc-[a-z-]+|one-time-code|current-password|new-password|webauthn)(\s|$)/i;

/** Whole words of identifiers and labels, once camelCase and separators are split. */
const SECRET_WORDS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passcode', 'passphrase', 'pin', 'otp', 'totp', 'hotp', 'mfa', '2fa',
  'cvc', 'cvv', 'cvv2', 'cvn', 'csc', 'cid', 'ccv', 'cc', 'ccnum', 'ccnumber', 'cardnumber', 'cardno', 'pan', 'iban',
  'expiry', 'expiration', 'expdate', 'exp', 'mmyy', 'yymm', 'smscode', 'authcode', 'captcha', 'secret', 'token',
]);
/** Two-word phrases that are secret together though each word alone is not. */
const SECRET_PHRASES = /\b(card ?(number|no|num)|security ?code|verification ?code|verify ?code|one ?time ?(code|password)|auth(entication)? ?code|access ?code|sms ?code|expir\w* ?date|valid ?thru|credit ?card|debit ?card)\b/i;
const SECRET_CHINESE = /密码|口令|密钥|卡号|银行卡|信用卡|借记卡|验证码|校验码|动态码|短信码|安全码|识别码|有效期|支付|身份证/;

/** Single-line fields this short hold codes, not prose. */
const MAX_SHORT_LENGTH = 8;
const NUMERIC_INPUT_MODES = new Set(['numeric', 'decimal', 'tel']);
const DIGITS_ONLY_PATTERN = /^\^?(\\d|\[0-9\]|\[\\d\s?-?\])[*+{}\d,]*\$?$/;

function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function saysSecret(text: string | null | undefined): boolean {
  if (!text) return false;
  const bounded = text.slice(0, 300);
  if (SECRET_CHINESE.test(bounded) || SECRET_PHRASES.test(bounded.replace(/[-_]/g, ' '))) return true;
  return words(bounded).some((word) => SECRET_WORDS.has(word));
}

/** The texts that name a field: its attributes and its labels (not its value). */
function namesOf(element: HTMLElement): string[] {
  const attributes = ['name', 'id', 'placeholder', 'aria-label', 'title'].map((name) => element.getAttribute(name));
  const labels = 'labels' in element && element.labels ? [...(element.labels as NodeListOf<HTMLLabelElement>)].map((label) => label.textContent) : [];
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? null);
  return [...attributes, ...labels, ...labelledBy].filter((text): text is string => typeof text === 'string');
}

function isInput(element: Element): element is HTMLInputElement {
  return element.localName === 'input';
}

function shortOrNumeric(input: HTMLInputElement): boolean {
  if (input.maxLength > 0 && input.maxLength <= MAX_SHORT_LENGTH) return true;
  if (NUMERIC_INPUT_MODES.has((input.getAttribute('inputmode') ?? '').toLowerCase())) return true;
  return DIGITS_ONLY_PATTERN.test(input.getAttribute('pattern') ?? '');
}

/** Notes a password field (now or from a type change); kept for the page's lifetime. */
export function notePasswordField(element: Element): void {
  everPassword.add(element);
}

export function isSecretField(element: HTMLElement): boolean {
  if (isInput(element)) {
    if (element.type === 'password' || element.getAttribute('type')?.toLowerCase() === 'password') {
      everPassword.add(element);
      return true;
    }
    if (shortOrNumeric(element)) return true;
  }
  if (everPassword.has(element)) return true;
  if (SECRET_AUTOCOMPLETE.test(element.getAttribute('autocomplete') ?? '')) return true;
  return namesOf(element).some(saysSecret);
}

/**
 * Remembers every password field of `doc` (now and as types change), so that a field revealed by a
 * "show password" toggle still counts as one. Calls `onChange` with a field whose type changed.
 */
export function watchPasswordFields(doc: Document, onChange: (field: Element) => void): () => void {
  for (const field of doc.querySelectorAll('input[type="password" i]')) everPassword.add(field);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const field = record.target as Element;
      if (record.oldValue?.toLowerCase() === 'password' || field.getAttribute('type')?.toLowerCase() === 'password') everPassword.add(field);
      onChange(field);
    }
  });
  observer.observe(doc, { subtree: true, attributes: true, attributeFilter: ['type'], attributeOldValue: true });
  return () => observer.disconnect();
}
