import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { db } from '@/lib/db'
import { authenticate } from './authenticate'

function clientIp(headers: Record<string, unknown> | undefined): string {
  const fwd = headers?.['x-forwarded-for']
  const first = typeof fwd === 'string' ? fwd.split(',')[0]?.trim() : undefined
  const real = headers?.['x-real-ip']
  return first || (typeof real === 'string' ? real : '') || 'unknown'
}

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { account: { label: '账号', type: 'text' }, password: { label: '密码', type: 'password' } },
      async authorize(credentials, req) {
        const r = await authenticate(db, credentials, clientIp(req?.headers as Record<string, unknown>))
        if (r.ok) return { id: r.user.id, name: r.user.name, role: r.user.role }
        // next-auth passes the message to the client as `error`.
        throw new Error(r.reason === 'rateLimited' ? 'RateLimited' : 'CredentialsSignin')
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = user.id
      return token
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string
      return session
    },
  },
}
