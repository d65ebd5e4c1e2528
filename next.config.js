/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The e2e build lives in its own folder so a running `npm run dev` keeps its own .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default nextConfig
