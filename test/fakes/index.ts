export { FakeServer } from './fakeServer';
export type { FailOptions, HangOptions, RecordedRequest, Reply } from './fakeServer';
export { WahaFake } from './wahaFake';
export type { WahaFakeOptions, WahaSent } from './wahaFake';
export { GraphFake } from './graphFake';
export type { GraphFakeOptions, GraphMedia, GraphSent } from './graphFake';
export { GeminiFake } from './geminiFake';
export type { GeminiFakeOptions, GeminiResponse } from './geminiFake';
