import type { Response } from 'express';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { Db } from '../neo4j/client.ts';

/** An answer as sent: the JSON bytes and their entity tag (so a client that holds it gets a 304). */
export interface Answer {
  body: Buffer;
  etag: string;
}

function answerOf(value: unknown): Answer {
  const body = Buffer.from(JSON.stringify(value));
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * Serialized answers of the heavy read endpoints (the overview, neighbourhoods), kept while the graph is
 * unchanged. The graph's version is read from Neo4j's count store on every request (constant time), so an
 * import (claims, edges, import runs) or a user's write elsewhere makes the next request recompute; this
 * process's own writes (imports, corrections) call `graphChanged()` (after-write.ts). A change that keeps every count (renaming
 * an actor from cypher-shell) is seen once a count changes.
 */
export class AnswerCache {
  private readonly answers = new LRUCache<string, Answer, () => Promise<unknown>>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (answer) => answer.body.length,
    fetchMethod: async (_key, _stale, { context: compute }) => answerOf(await compute()),
  });
  private localChanges = 0;
  /** The version read in flight: requests that arrive meanwhile share it rather than queueing a read each. */
  private versionRead: Promise<string> | undefined;

  constructor(private readonly db: Db) {}

  /** This process wrote to the graph. */
  graphChanged(): void {
    this.localChanges++;
  }

  private version(): Promise<string> {
    this.versionRead ??= this.db
      .read('api/graph-version')
      .then(([row]) => `${this.localChanges}:${(row!.counts as number[]).join(',')}`)
      .finally(() => (this.versionRead = undefined));
    return this.versionRead;
  }

  /** The answer `compute()` gives to this request, computed once per graph version; concurrent requests share one computation. */
  private async answer(request: string, compute: () => Promise<unknown>): Promise<Answer> {
    const key = `${await this.version()} ${request}`;
    return (await this.answers.fetch(key, { context: compute }))!;
  }

  /** Sends the cached answer (Express answers 304 when the client's If-None-Match holds its tag). */
  async send(res: Response, request: string, compute: () => Promise<unknown>): Promise<void> {
    const { body, etag } = await this.answer(request, compute);
    res.set('ETag', etag).type('json').send(body);
  }
}
