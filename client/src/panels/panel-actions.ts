import type { CurationActions } from './curation.ts';

/** What the details panel can ask the rest of the page to do. */
export interface PanelActions {
  /** Corrections: merge, reject, fix, add, undo. */
  curation: CurationActions;
  selectActor(id: string): void;
  center(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  openEdge(id: string): void;
  openArticle(id: string, claimId?: string): void;
  /** Names and aliases of an actor drawn in the graph, to mark it in evidence sentences. */
  namesOf(id: string): string[];
  /** The relations of an actor that the graph shows, strongest first. */
  relationsOf(id: string): ViewRelation[];
}

export interface ViewRelation {
  edgeId: string;
  type: string;
  outgoing: boolean;
  other: { id: string; name: string };
  weight: number;
}
