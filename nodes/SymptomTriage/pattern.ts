// The rule-file phrase syntax is part of the shared text pipeline (nodes/shared/text/pattern.ts).
export { expandPattern, literalWords, PatternError, prefixesOf, type Sequence, type Slot } from '../shared/text/pattern';
