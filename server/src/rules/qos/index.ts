import type { Rule } from '../types';
import { rule as dscpMapDrift } from './dscp-map-drift';

export const qosRules: Rule[] = [dscpMapDrift];
