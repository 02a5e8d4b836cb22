// next-intl without locale prefixes in URLs: the locale lives in a cookie (the switch is remembered).
import { cookies } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { defaultLocale, isLocale, LOCALE_COOKIE } from './config'
import { NAMESPACES } from './namespaces'

async function load(locale: string) {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => {
      try {
        return [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const
      } catch {
        return [ns, {}] as const
      }
    }),
  )
  return Object.fromEntries(entries)
}

export default getRequestConfig(async () => {
  const store = await cookies()
  const fromCookie = store.get(LOCALE_COOKIE)?.value
  const locale = isLocale(fromCookie) ? fromCookie : defaultLocale
  return { locale, messages: await load(locale), timeZone: 'Asia/Shanghai' }
})
