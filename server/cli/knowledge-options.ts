import type { UserKnowledge } from '../extract/user-knowledge.ts';

/** `--actors FILE` and `--cues FILE` on extract, import and eval: they win over ACTORS_FILE and CUES_FILE. */
export function knowledgeOptions(values: { actors?: string; cues?: string }): UserKnowledge {
  return { ...(values.actors ? { actorsFile: values.actors } : {}), ...(values.cues ? { cuesFile: values.cues } : {}) };
}
