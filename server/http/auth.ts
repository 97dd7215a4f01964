import type { Request, RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.ts';
import { hostName } from './host-check.ts';

/**
 * What writes or runs a user's Cypher is guarded twice: a browser request from another site (its
 * `Origin`) is refused, so a page elsewhere cannot use the browser's access to this server; and with
 * API_TOKEN set it needs `Authorization: Bearer <API_TOKEN>`. Requests without an Origin (curl,
 * scripts) pass the first check.
 */

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function originIsThisSite(req: Request, allowedHosts: Set<string>): boolean {
  const origin = req.get('origin');
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and garbage
  }
  return url.host.toLowerCase() === (req.get('host') ?? '').toLowerCase() || allowedHosts.has(hostName(url.host) ?? '');
}

/** Checks one request that writes or runs user Cypher; throws 403 or 401. */
export function trustedRequestCheck(token: string | undefined, allowedHosts: string[]): (req: Request) => void {
  const allowed = new Set(allowedHosts);
  return (req) => {
    if (!originIsThisSite(req, allowed)) {
      throw new HttpError(403, `refused: a page of another site (${req.get('origin')}) may not write or run Cypher here`);
    }
    if (!token) return;
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) throw new HttpError(401, 'this server requires an API token to write or run Cypher: send "Authorization: Bearer <token>"');
  };
}

/** Every request that is not a read (POST, PUT, PATCH, DELETE…) goes through the check, whatever its route. */
export function guardWrites(check: (req: Request) => void): RequestHandler {
  return (req, _res, next) => {
    if (readMethods.has(req.method)) return next();
    check(req);
    next();
  };
}

/** For a read route that runs a user's Cypher when it carries `parameter` (GET /api/export?query=). */
export function guardUserCypher(check: (req: Request) => void, parameter: string): RequestHandler {
  return (req, _res, next) => {
    if (req.query[parameter] !== undefined) check(req);
    next();
  };
}
