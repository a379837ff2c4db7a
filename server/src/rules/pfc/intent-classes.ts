import type { Intent, IntentClass } from '../../intent/types';

export interface NamedClass {
  name: string;
  cls: IntentClass;
  dscp: number[];
}

/** Intent classes with an explicit DSCP list that are declared lossless (the RoCE data classes). */
export function losslessIntentClasses(intent: Intent | undefined): NamedClass[] {
  return Object.entries(intent?.classes ?? {})
    .filter(([, c]) => c.lossless === true && Array.isArray(c.dscp))
    .map(([name, c]) => ({ name, cls: c, dscp: c.dscp as number[] }));
}

/** The CNP class of the intent: the class named `cnp` (any case) with an explicit DSCP list. */
export function cnpIntentClass(intent: Intent | undefined): NamedClass | undefined {
  for (const [name, c] of Object.entries(intent?.classes ?? {})) {
    if (name.toLowerCase() === 'cnp' && Array.isArray(c.dscp)) return { name, cls: c, dscp: c.dscp };
  }
  return undefined;
}

/** The intent expects PFC: lossless priorities, or a class declared lossless (with its DSCP). */
export function intentExpectsPfc(intent: Intent | undefined): boolean {
  return (intent?.lossless?.priorities?.length ?? 0) > 0 || losslessIntentClasses(intent).length > 0;
}
