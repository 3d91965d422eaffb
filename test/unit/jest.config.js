module.exports = require('../jest.base')('unit');
