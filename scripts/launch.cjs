// Starts a bundled recap-deck command with V8's code cache: the first run saves the
// compiled code beside the bundle, later runs skip compiling it (Node 20 caches no code).
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

exports.launch = function launch(file) {
  const source = fs.readFileSync(file, 'utf8').replace(/^#!.*/, '');
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
  });
  if (!cachedData || script.cachedDataRejected) {
    // Saved on the way out, so it holds the code this run actually compiled.
    process.once('exit', () => {
      try {
        const temporary = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, cacheFile);
      } catch {
        // a read-only install runs without the cache
      }
    });
  }
  const wrapper = script.runInThisContext();
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
};
