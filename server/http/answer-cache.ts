import { LRUCache } from 'lru-cache';
import type { Db } from '../neo4j/client.ts';

/**
 * Serialized answers of the heavy read endpoints (the overview, neighbourhoods), kept while the graph is
 * unchanged. The graph's version is read from Neo4j's count store on every request (constant time), so an
 * import (claims, edges, import runs) or a user's write elsewhere makes the next request recompute; this
 * process's own imports (POST /api/articles) call `graphChanged()`. A change that keeps every count (renaming
 * an actor from cypher-shell) is seen once a count changes.
 */
export class AnswerCache {
  private readonly answers = new LRUCache<string, string, () => Promise<unknown>>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (json) => json.length || 1,
    fetchMethod: async (_key, _stale, { context: compute }) => JSON.stringify(await compute()),
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

  /** The JSON of `compute()` for this request, computed once per graph version; concurrent requests share one computation. */
  async json(request: string, compute: () => Promise<unknown>): Promise<string> {
    const key = `${await this.version()} ${request}`;
    return (await this.answers.fetch(key, { context: compute }))!;
  }
}
