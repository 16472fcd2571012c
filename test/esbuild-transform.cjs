// Jest transform: TypeScript to CommonJS with esbuild (already the bundler, so no new dependency). It only strips
// types, file by file, like ts-jest with isolatedModules; `npm run typecheck` is what checks the types.
const { transformSync, version } = require('esbuild');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const self = readFileSync(__filename, 'utf8');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: filename,
      // tsconfig.test.json's target is ES2022, where TypeScript defines class fields: the same here.
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
      // import() becomes require(), as ts-jest did: Jest runs CommonJS and refuses import() outside its ESM mode.
      supported: { 'dynamic-import': false },
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update(version).update(self).update(filename).update(source).digest('hex');
  },
};
