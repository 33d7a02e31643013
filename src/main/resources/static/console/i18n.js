// Message bundles (static/i18n/*.js), the current language and t(key, params).
import zh from '/i18n/zh-CN.js';
import en from '/i18n/en.js';

const bundles = { 'zh-CN': zh, 'en': en };
let current = initial();

function initial() {
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'zh-CN']);
  for (const l of wanted) {
    const s = String(l).toLowerCase();
    if (s.startsWith('zh')) return 'zh-CN';
    if (s.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function lang() { return current; }
export function setLang(l) { current = bundles[l] ? l : 'zh-CN'; document.documentElement.lang = current; }

/** The text for key in the current language; {name} placeholders filled from params. */
export function t(key, params) {
  let s = bundles[current][key];
  if (s === undefined) s = bundles['en'][key];
  if (s === undefined) return key;
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (params[k] === undefined ? m : String(params[k])));
  return s;
}

/** A code's label (programme, status, severity, role, tie kind...) or the code itself. */
export function code(group, value) {
  if (value === undefined || value === null || value === '') return '';
  const s = bundles[current][group + '.' + value];
  return s === undefined ? String(value) : s;
}

/** The kinship term of a path link in the current language. */
export function term(link) {
  if (!link) return '';
  return current === 'zh-CN' ? (link.termZh || link.termEn || '') : (link.termEn || link.termZh || '');
}
