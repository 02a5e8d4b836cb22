'use server'
import { cookies } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config'

// Anyone (signed in or not) may choose the language; the choice is remembered for a year.
export async function setLocaleAction(locale: string) {
  if (!isLocale(locale)) return
  const store = await cookies()
  store.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' })
  revalidatePath('/', 'layout')
}
