import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { CorrectionError } from '../curation/corrections.ts';
import { isUnavailable } from '../neo4j/client.ts';

/** An error with an HTTP status; its message is safe to show to the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Parses request input with a zod schema; a mismatch is a 400 naming the field and the reason. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || '(body)';
  throw new HttpError(400, `invalid ${field}: ${issue.message}`, { field, reason: issue.message });
}

/** The 4xx status an error from Express or body-parser carries (bad percent-encoding, charset, encoding, gzip…). */
function clientStatus(error: unknown): number | undefined {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 ? value : undefined;
}

/** Every error leaves as JSON `{error, ...details}`; no stack trace reaches a client. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = clientStatus(error);
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: error.message, ...error.details });
  } else if (error instanceof CorrectionError) {
    res.status(error.status).json({ error: error.message });
  } else if (isUnavailable(error)) {
    res.status(503).json({ error: 'the database is unavailable; retry shortly', neo4j: 'down' });
  } else if (error?.type === 'entity.too.large') {
    res.status(413).json({ error: `request body too large (limit ${error.limit} bytes)` });
  } else if (error?.type === 'entity.parse.failed') {
    res.status(400).json({ error: 'request body is not valid JSON' });
  } else if (error instanceof URIError || (status === 400 && /decode/i.test(String(error?.message)))) {
    res.status(400).json({ error: 'the address holds a malformed percent-encoding (%XX escapes of UTF-8 are expected)' });
  } else if (status) {
    res.status(status).json({ error: error.expose && typeof error.message === 'string' ? error.message : 'bad request' });
  } else {
    console.error(error);
    res.status(500).json({ error: 'internal error' });
  }
};
