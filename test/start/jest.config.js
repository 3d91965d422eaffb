// `npm start` from the outside, as a person runs it: the whole stack comes up, a conversation typed
// into the simulator page reaches the clinic assistant, Ctrl-C leaves no process behind.
module.exports = require('../jest.base')('start', { testTimeout: 900_000, maxWorkers: 1 });
