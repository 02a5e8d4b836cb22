import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
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
