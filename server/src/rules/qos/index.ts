import type { Rule } from '../types';

export const qosRules: Rule[] = [];
