// @ts-check
/** Every vendor simulator, by the name the CLI and the tests use. */
module.exports = {
	pruvan: require('./pruvan').create,
};
