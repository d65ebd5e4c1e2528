/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The e2e build lives in its own folder so a running `npm run dev` keeps its own .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // The stylesheet arrives inside the HTML instead of as a request that blocks the first paint (on a phone's
    // connection, one round trip more before anything shows). The CSP allows inline styles (lib/security/headers).
    inlineCss: true,
  },
}

export default nextConfig
