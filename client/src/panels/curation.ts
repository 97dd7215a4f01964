import type { Correction } from '../api/contract.ts';
import { addClaim, approveClaim, fixClaim, markNotAnActor, mergeActor, rejectClaim, restoreClaim, revertCorrection } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { toast } from '../util/toast.ts';

/** What the panels can correct; each correction is applied at once, with an Undo in its toast; true when it was made. */
export interface CurationActions {
  merge(id: string, into: string): Promise<boolean>;
  notAnActor(id: string): Promise<boolean>;
  reject(claimId: string): Promise<boolean>;
  approve(claimId: string): Promise<boolean>;
  restore(claimId: string): Promise<boolean>;
  fix(claimId: string, changes: { type?: string; source?: string; target?: string }): Promise<boolean>;
  add(claim: { article: string; start: number; end: number; source: string; type: string; target: string }): Promise<boolean>;
  undo(correctionId: string): Promise<boolean>;
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
      return true;
    } catch (error) {
      toast(message(error), 'error');
      return false;
    }
  };
  const actions: CurationActions = {
    merge: (id, into) => made(mergeActor(id, into)),
    notAnActor: (id) => made(markNotAnActor(id)),
    reject: (claimId) => made(rejectClaim(claimId)),
    approve: (claimId) => made(approveClaim(claimId)),
    restore: (claimId) => made(restoreClaim(claimId)),
    fix: (claimId, changes) => made(fixClaim(claimId, changes)),
    add: (claim) => made(addClaim(claim)),
    async undo(correctionId) {
      try {
        const { correction } = await revertCorrection(correctionId);
        changed();
        toast(`Undone: ${correction.summary}`);
        return true;
      } catch (error) {
        toast(message(error), 'error');
        return false;
      }
    },
  };
  return actions;
}
