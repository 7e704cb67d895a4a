/** Lets `node -r ./scripts/lib/register-ts.js script.ts` run TypeScript scripts, compiled in memory by swc. */
const fs = require('fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2020' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
