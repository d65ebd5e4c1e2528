import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Links go through AppLink, which keeps Next from prefetching (and so rendering) pages that read the chain.
    files: ['app/**', 'components/**'],
    ignores: ['components/ui/AppLink.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use AppLink (components/ui/AppLink): it decides what may be prefetched.' }] }],
    },
  },
  {
    // Every word a visitor reads comes from messages/ (German and English, issue 14). A folder leaves this list
    // once its text is in the catalogue.
    files: ['app/**', 'components/**'],
    ignores: [
    ],
    rules: { 'react/jsx-no-literals': ['error', { noStrings: false, allowedStrings: ['·', '…', '—', '–', '(', ')', ':', ',', '.', '/', '×', '→', '←', '"', '“', '”', '‘', '’', '*', '+', '-', '|'] }] },
  },
  { ignores: ['.next*/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
]

export default config
