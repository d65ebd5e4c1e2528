import createNextIntlPlugin from 'next-intl/plugin'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The e2e build lives in its own folder so a running `npm run dev` keeps its own .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // ws (the server's head subscription, lib/reads/head-watch.ts) finds its optional native helpers by guarded
  // requires: Node loads it from node_modules as published instead of a bundled copy.
  serverExternalPackages: ['ws'],
  experimental: {
    // The stylesheet arrives inside the HTML instead of as a request that blocks the first paint (on a phone's
    // connection, one round trip more before anything shows). The CSP allows inline styles (lib/security/headers).
    inlineCss: true,
  },
}

export default createNextIntlPlugin({
  // Where each request's language and catalogue are chosen.
  requestConfig: './lib/i18n/request.ts',
  // Messages are compiled at build time: browsers get no ICU parser, only a small formatter (bundle budgets in
  // e2e/bundle-size.spec.ts). `infer`: a new catalogue in messages/ is a new language.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})(nextConfig)
