import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../neo4j/client.ts';

/**
 * One import at a time per database: a lock node in Neo4j with an owner and an expiry. The holder
 * renews it as it goes; an import killed with -9 leaves a lock that expires after `ttlMs`, or at
 * once for the next import on the same machine, which sees that its process is gone.
 */

export const importLockTtlMs = 60_000;
const pollMs = 250;

export class ImportLockBusy extends Error {
  constructor(readonly owner: string) {
    super(`another import is running (${owner})`);
  }
}

export interface ImportLock {
  /** Extends the lock; call it as the import makes progress. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

function ownerName(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID()}`;
}

/** An owner on this machine whose process no longer runs: its lock can be taken at once. */
function deadLocalOwner(owner: string | null): string | null {
  const [host, pid] = (owner ?? '').split(':');
  if (host !== os.hostname() || !pid) return null;
  try {
    process.kill(Number(pid), 0);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? owner : null;
  }
}

/** Waits up to `waitMs` for the import lock (`onWait` is told once when it has to wait); throws ImportLockBusy after that. */
export async function acquireImportLock(db: Db, { waitMs, onWait }: { waitMs: number; onWait?: (owner: string) => void }): Promise<ImportLock> {
  const owner = ownerName();
  const deadline = Date.now() + waitMs;
  let stale: string | null = null;
  let told = false;
  for (;;) {
    const [row] = await db.write('import/acquire-lock', { owner, stale, ttlMs: importLockTtlMs });
    if (row!.acquired) break;
    const holder = row!.owner as string;
    stale = deadLocalOwner(holder);
    if (stale) continue;
    if (Date.now() >= deadline) throw new ImportLockBusy(holder);
    if (!told) onWait?.(holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return {
    async renew() {
      await db.write('import/renew-lock', { owner, ttlMs: importLockTtlMs });
    },
    async release() {
      await db.write('import/release-lock', { owner });
    },
  };
}
