// Flat ESLint config: typescript-eslint's strictest type-checked rules over src/, emulator/, test/ and bench/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run lint` keeps ESLint's cache, which keys each file's result on the config. Type-aware rules read other
 * files too, which that cache does not track (typescript-eslint#4694), so this hash of every linted source goes
 * into the config: any change anywhere lints everything again, and only an unchanged tree is answered from cache.
 */
function sourcesHash() {
  const hash = createHash('sha1');
  const at = (f) => join(import.meta.dirname, f);
  for (const dir of ['src', 'test', 'emulator', 'bench']) {
    const files = readdirSync(at(dir), { recursive: true, encoding: 'utf8' });
    for (const f of files.filter((x) => /\.(ts|json)$/.test(x) && !x.includes('node_modules')).sort())
      hash.update(`${dir}/${f}\0`).update(readFileSync(at(`${dir}/${f}`)));
  }
  for (const f of ['tsconfig.json', 'tsconfig.test.json', 'package-lock.json']) hash.update(readFileSync(at(f)));
  return hash.digest('hex');
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.preview/', 'coverage/', 'emulator/preview/public/', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
    settings: { sourcesHash: sourcesHash() },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The emulator is development-only: the add-on's sources never import it.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^@classroom-invitations/emulator(/|$))|(^(\\.\\.?/)+emulator(/|$))',
              message: 'The emulator is development-only: src/ must not import it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and the benchmark reach the emulator through its package entry only, never its internal paths.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^@classroom-invitations/emulator/)|(^(\\.\\.?/)+emulator(/|$))',
              message: "Import from '@classroom-invitations/emulator' (its public entry).",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and the emulator handle foreign-realm values and loose JSON on purpose.
    files: ['test/**/*.ts', 'emulator/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
);
