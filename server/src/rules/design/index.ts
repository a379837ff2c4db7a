import type { Rule } from '../types';
import { rule as daisyChain } from './daisy-chain';
import { rule as flatL2 } from './flat-l2';
import { rule as oversubscription } from './oversubscription';

export const designRules: Rule[] = [flatL2, oversubscription, daisyChain];
