// The API as the console uses it: the token lives in this module's memory only (never in any
// storage), every call carries it and the page's language.
import { lang } from './i18n.js';

let token = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
  /** Spring's answer for a path no controller maps: the endpoint itself is missing. */
  get missingEndpoint() {
    return this.status === 404 && /No static resource/i.test(this.problem.detail || '');
  }
}

function headers(extra) {
  const h = Object.assign({ 'Accept-Language': lang(), 'Accept': 'application/json' }, extra || {});
  if (token) h['Authorization'] = 'Bearer ' + token;
  return h;
}

async function answer(res) {
  if (res.status === 204) return null;
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = { detail: text.slice(0, 200) }; }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

export async function login(username, password) {
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(username + ':' + password)));
  const res = await fetch('/api/tokens', { method: 'POST', headers: headers({ 'Authorization': 'Basic ' + basic }) });
  const body = await answer(res);
  token = body.token;
  return body;
}

export async function logout() {
  if (!token) return;
  try { await fetch('/api/tokens/current', { method: 'DELETE', headers: headers() }); } finally { token = null; }
}

export function loggedIn() { return token !== null; }

export async function get(path, params) {
  const res = await fetch(path + query(params), { headers: headers() });
  return answer(res);
}

export async function send(method, path, body) {
  const res = await fetch(path, { method, headers: headers({ 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body) });
  return answer(res);
}

/** Downloads an authenticated resource as a file (exports, rejects): a blob behind a temporary link. */
export async function download(path, filename) {
  const res = await fetch(path, { headers: headers({ 'Accept': '*/*' }) });
  if (!res.ok) await answer(res);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = filename; document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Uploads a file with progress (XHR: fetch has no upload progress). */
export function upload(path, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const h = headers({ 'Content-Type': 'text/csv' });
    Object.entries(h).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.upload.onprogress = e => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = { detail: xhr.responseText.slice(0, 200) }; }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, body });
      else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: 'network error' }));
    xhr.send(file);
  });
}

export function query(params) {
  if (!params) return '';
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v === undefined || v === null || v === '') return;
    if (Array.isArray(v)) { if (v.length) q.set(k, v.join(',')); } else q.set(k, v);
  });
  const s = q.toString();
  return s ? '?' + s : '';
}
