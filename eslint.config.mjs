// Flat ESLint config: typescript-eslint's strictest type-checked rules over src/, emulator/, test/ and bench/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.preview/', 'coverage/', 'emulator/preview/public/', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
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
