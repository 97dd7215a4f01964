import type { RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.ts';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** With API_TOKEN set, every POST must carry `Authorization: Bearer <API_TOKEN>`. */
export function requireTokenOnPost(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token || req.method !== 'POST') return next();
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    next(sameSecret(given, token) ? undefined : new HttpError(401, 'this server requires an API token on POST: send "Authorization: Bearer <token>"'));
  };
}
