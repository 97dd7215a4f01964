import type { Correction } from '../api/contract.ts';
import { addClaim, fixClaim, markNotAnActor, mergeActor, rejectClaim, restoreClaim, revertCorrection } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { toast } from '../util/toast.ts';

/** What the panels can correct; each correction is applied at once, with an Undo in its toast. */
export interface CurationActions {
  merge(id: string, into: string): Promise<void>;
  notAnActor(id: string): Promise<void>;
  reject(claimId: string): Promise<void>;
  restore(claimId: string): Promise<void>;
  fix(claimId: string, changes: { type?: string; source?: string; target?: string }): Promise<void>;
  add(claim: { article: string; start: number; end: number; source: string; type: string; target: string }): Promise<void>;
  undo(correctionId: string): Promise<void>;
}

function message(error: unknown): string {
  return error instanceof ApiError ? error.message : 'The correction could not be made.';
}

/** Makes corrections through the API; `changed` redraws what depends on the graph (the graph, its counts, the panel). */
export function curation(changed: () => void): CurationActions {
  const made = async (call: Promise<{ correction: Correction }>) => {
    try {
      const { correction } = await call;
      changed();
      toast(correction.summary, 'info', { label: 'Undo', run: () => void actions.undo(correction.id) });
    } catch (error) {
      toast(message(error), 'error');
    }
  };
  const actions: CurationActions = {
    merge: (id, into) => made(mergeActor(id, into)),
    notAnActor: (id) => made(markNotAnActor(id)),
    reject: (claimId) => made(rejectClaim(claimId)),
    restore: (claimId) => made(restoreClaim(claimId)),
    fix: (claimId, changes) => made(fixClaim(claimId, changes)),
    add: (claim) => made(addClaim(claim)),
    async undo(correctionId) {
      try {
        const { correction } = await revertCorrection(correctionId);
        changed();
        toast(`Undone: ${correction.summary}`);
      } catch (error) {
        toast(message(error), 'error');
      }
    },
  };
  return actions;
}
