// Language detection is the shared pipeline's (nodes/shared/text/language.ts), the same for the
// Opt-Out Guard. When the evidence is thin, classify() reads the message in every language and
// keeps the most urgent reading rather than trusting a guess.
export { detectLanguage, type Detection } from '../shared/text';
