import type { RequestHandler } from 'express';

/**
 * Calls `graphChanged` once a write request (anything but GET and HEAD) has been answered successfully, so that
 * cached answers are recomputed; mounted on the paths of the routes that write, in one place.
 */
export function afterWrite(graphChanged: () => void): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.on('finish', () => {
        if (res.statusCode < 400) graphChanged();
      });
    }
    next();
  };
}
