import type { Rule } from '../types';
import { rule as classQueueMisaligned } from './class-queue-misaligned';
import { rule as enableMissing } from './enable-missing';
import { rule as lagMemberInconsistent } from './lag-member-inconsistent';
import { rule as modeAuto } from './mode-auto';
import { rule as noDropWithoutPfc } from './no-drop-without-pfc';
import { rule as noLosslessBuffer } from './no-lossless-buffer';
import { rule as onCnpPriority } from './on-cnp-priority';
import { rule as oneSided } from './one-sided';
import { rule as priorityMismatchFabric } from './priority-mismatch-fabric';
import { rule as priorityMismatchLink } from './priority-mismatch-link';
import { rule as sonicTableMisuse } from './sonic-table-misuse';
import { rule as tooManyLossless } from './too-many-lossless';
import { rule as unclassifiedPriority } from './unclassified-priority';
import { rule as watchdogInconsistent } from './watchdog-inconsistent';
import { rule as watchdogMissing } from './watchdog-missing';
import { rule as withLinkPause } from './with-link-pause';

export const pfcRules: Rule[] = [
  oneSided,
  priorityMismatchLink,
  priorityMismatchFabric,
  enableMissing,
  noDropWithoutPfc,
  modeAuto,
  unclassifiedPriority,
  classQueueMisaligned,
  onCnpPriority,
  watchdogMissing,
  watchdogInconsistent,
  lagMemberInconsistent,
  tooManyLossless,
  withLinkPause,
  noLosslessBuffer,
  sonicTableMisuse,
];
