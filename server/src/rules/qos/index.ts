import type { Rule } from '../types';
import { rule as bandwidthOver100 } from './bandwidth-over-100';
import { rule as cnpNotPriority } from './cnp-not-priority';
import { rule as contractLinkBreak } from './contract-link-break';
import { rule as dscpMapDrift } from './dscp-map-drift';
import { rule as dscpRewriteRoce } from './dscp-rewrite-roce';
import { rule as ecnAboveBuffer } from './ecn-above-buffer';
import { rule as ecnMissingOnLossless } from './ecn-missing-on-lossless';
import { rule as ecnThresholdsDrift } from './ecn-thresholds-drift';
import { rule as ecnThresholdsInvalid } from './ecn-thresholds-invalid';
import { rule as localClassDrift } from './local-class-drift';
import { rule as noIngressClassification } from './no-ingress-classification';
import { rule as policyTypeMismatch } from './policy-type-mismatch';
import { rule as systemQosMissing } from './system-qos-missing';
import { rule as trustMismatch } from './trust-mismatch';
import { rule as undefinedReference } from './undefined-reference';
import { rule as unusedDefinition } from './unused-definition';
import { rule as wredDropOnLossless } from './wred-drop-on-lossless';

export const qosRules: Rule[] = [
  dscpMapDrift,
  contractLinkBreak,
  localClassDrift,
  trustMismatch,
  noIngressClassification,
  undefinedReference,
  unusedDefinition,
  policyTypeMismatch,
  systemQosMissing,
  bandwidthOver100,
  cnpNotPriority,
  ecnMissingOnLossless,
  wredDropOnLossless,
  ecnThresholdsInvalid,
  ecnThresholdsDrift,
  ecnAboveBuffer,
  dscpRewriteRoce,
];
