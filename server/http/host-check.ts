import type { RequestHandler } from 'express';
import type { Config } from '../config.ts';
import { HttpError } from './errors.ts';

/**
 * Answers only requests whose Host names this server (against DNS rebinding: a page of evil.example
 * whose name is made to resolve to 127.0.0.1 sends `Host: evil.example`). Names are compared without
 * the port, so the page's dev server (Vite, which forwards the Host it was given) keeps working.
 */
const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header or URL host (`[::1]:3000` → `[::1]`), lower-case; null when malformed. */
export function hostName(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function allowedHostNames(config: Config): Set<string> {
  const bound = hostName(config.HOST.includes(':') && !config.HOST.startsWith('[') ? `[${config.HOST}]` : config.HOST);
  return new Set([...loopbackNames, ...config.ALLOWED_HOSTS.map((name) => hostName(name) ?? name), ...(bound ? [bound] : [])]);
}

export function checkHost(config: Config): RequestHandler {
  const allowed = allowedHostNames(config);
  return (req, _res, next) => {
    const name = hostName(req.get('host') ?? '');
    if (name && allowed.has(name)) return next();
    next(new HttpError(421, `this server does not answer to the host ${JSON.stringify(req.get('host') ?? '')}: add it to ALLOWED_HOSTS if it is yours`));
  };
}
