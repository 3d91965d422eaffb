// Text helpers shared by triage, opt-out detection, menus and chunking. The pipeline itself lives
// in ./text/ (fold, squeeze, tokens, chat spellings, language, negation); this module keeps the
// original import path working.
export * from './text/index';
