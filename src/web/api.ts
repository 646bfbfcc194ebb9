// The app's only door to the server: the documented JSON API, with the CSRF token on every unsafe request.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let language: string | null = null;
const listeners = new Set<(error: ApiError) => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The language on screen, sent with every request so that what the server writes (errors, summaries, files) matches. */
export function setRequestLanguage(lang: string): void {
  language = lang;
}

/** Called when the server says the session is gone, so the shell can send the user to sign in. */
export function onSessionLost(listener: (error: ApiError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function request<T>(method: string, url: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (language) headers['accept-language'] = language;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) headers['content-type'] = 'application/json';
  if (body instanceof Blob && body.type) headers['content-type'] = body.type;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
    body: body === undefined ? undefined : body instanceof FormData || body instanceof Blob ? body : JSON.stringify(body),
  });
  const type = res.headers.get('content-type') ?? '';
  const payload = type.includes('application/json') ? await res.json() : await res.text();
  if (!res.ok) {
    const p = (typeof payload === 'object' && payload) || {};
    const error = new ApiError(res.status, p.error ?? 'error', p.message ?? res.statusText, p.field, p);
    if (res.status === 401 && url !== '/api/auth/login' && url !== '/api/auth/session') listeners.forEach((l) => l(error));
    throw error;
  }
  return payload as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body: unknown = {}) => request<T>('POST', url, body),
  put: <T>(url: string, body: unknown = {}) => request<T>('PUT', url, body),
  patch: <T>(url: string, body: unknown = {}) => request<T>('PATCH', url, body),
  delete: <T>(url: string) => request<T>('DELETE', url),
  /** Uploads raw content (CSV, JSON Lines, a file) with its content-type. */
  upload: <T>(url: string, content: Blob) => request<T>('POST', url, content),
};

/** Builds a query string from defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Downloads a server-generated file (PDF, CSV, XLSX) through the session. */
export async function download(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin', headers: language ? { 'accept-language': language } : {} });
  if (!res.ok) {
    // A refused download says why like any request (a 400 names its field), when the server answered in JSON.
    const p = (res.headers.get('content-type') ?? '').includes('application/json') ? await res.json().catch(() => ({})) : {};
    throw new ApiError(res.status, p.error ?? 'download_failed', p.message ?? res.statusText, p.field, p);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** A file's bytes as base64, for the JSON upload routes (CSV/XLSX lists, photographs, fingerprint files). */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
