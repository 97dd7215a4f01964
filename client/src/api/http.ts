import type { z } from 'zod';
import { ErrorBody } from './contract.ts';

const TOKEN_KEY = 'explorer.apiToken';

/** A failed API call: the HTTP status and the server's JSON error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error);
  }

  /** The database is down (503) or the server cannot be reached at all (status 0). */
  get unavailable(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

/** Dispatched on `window` whenever a call finds the database or the server unavailable, so the page can say so. */
export const API_UNAVAILABLE = 'api-unavailable';

function failed(error: ApiError): ApiError {
  if (error.unavailable) window.dispatchEvent(new Event(API_UNAVAILABLE));
  return error;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** `/api/<path>?<query>`, leaving out null, undefined and empty values. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/${path}${search ? `?${search}` : ''}`;
}

/** The API token a server with API_TOKEN asks for on writes and user Cypher, kept in this browser. */
export const apiToken = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
};

/** `Authorization` for a request that writes or runs user Cypher, when this browser keeps a token. */
export function authHeaders(): Record<string, string> {
  const token = apiToken.get();
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function send<S extends z.ZodType>(schema: S, url: string, init: RequestInit): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw failed(new ApiError(0, { error: 'the explorer server cannot be reached' }));
  }
  const body: unknown = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(body);
    throw failed(new ApiError(response.status, parsed.success ? parsed.data : { error: `${response.status} ${response.statusText}` }));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiError(502, { error: `unexpected answer from ${url}: ${issue.path.join('.')}: ${issue.message}` });
  }
  return parsed.data;
}

export function getJson<S extends z.ZodType>(schema: S, path: string, query?: Query, signal?: AbortSignal): Promise<z.infer<S>> {
  return send(schema, apiUrl(path, query), { signal, headers: { accept: 'application/json' } });
}

/** A write (POST by default, or PATCH), with the API token when this browser has one. */
export function postJson<S extends z.ZodType>(schema: S, path: string, body: unknown, method: 'POST' | 'PATCH' = 'POST'): Promise<z.infer<S>> {
  const headers = { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() };
  return send(schema, apiUrl(path), { method, headers, body: JSON.stringify(body) });
}

/** The part of a path segment that must be escaped (actor ids are slugs, but be safe). */
export const segment = encodeURIComponent;
