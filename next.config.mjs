import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Parallel builds (e.g. two e2e runs on one machine) each need their own output folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  turbopack: {
    // chinese-days' package.json points Turbopack at a build it cannot resolve (STACK.md).
    resolveAlias: { 'chinese-days': './node_modules/chinese-days/dist/index.min.js' },
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: '5mb' },
  },
}

export default withNextIntl(nextConfig)
