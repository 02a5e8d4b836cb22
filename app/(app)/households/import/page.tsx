import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { IMPORT_ROLES } from '@/lib/server/households/import/assert-can-import'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { ImportForm } from '@/components/households/import-form'
import { importHouseholdsAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('imports'))('title') }
}

export default async function ImportHouseholdsPage() {
  await requireRole(...IMPORT_ROLES)
  const t = await getTranslations('imports')
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            {/* Plain links: these are file downloads from route handlers, not pages. */}
            <a href="/api/households/template" download className={buttonClass('secondary')}>
              {t('downloadTemplate')}
            </a>
            <a href="/api/households/export" download className={buttonClass('secondary')}>
              {t('export')}
            </a>
          </>
        }
      />
      <Card title={t('rulesTitle')}>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {(['oneRow', 'match', 'keep', 'areas', 'audit'] as const).map((k) => (
            <li key={k}>{t(`rules.${k}`)}</li>
          ))}
        </ul>
      </Card>
      <ImportForm action={importHouseholdsAction} />
    </div>
  )
}
