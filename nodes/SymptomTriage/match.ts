// Phrase matching is part of the shared text pipeline (nodes/shared/text/phraseIndex.ts).
export { matchAt, PhraseIndex, Vocabulary, type Hit, type Phrase, type WordLabels } from '../shared/text/phraseIndex';
