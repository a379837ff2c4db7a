import type { Rule } from '../types';
import { rule as peerInconsistent } from './peer-inconsistent';

export const mlagRules: Rule[] = [peerInconsistent];
