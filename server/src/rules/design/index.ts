import type { Rule } from '../types';
import { rule as flatL2 } from './flat-l2';

export const designRules: Rule[] = [flatL2];
