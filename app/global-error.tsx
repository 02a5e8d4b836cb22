'use client'
// Last resort when the root layout itself fails: no providers are available, so plain Chinese text.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'sans-serif', padding: 32, textAlign: 'center' }}>
        <h1>出错了</h1>
        <p>系统遇到意外错误，请稍后重试。如问题持续，请把参考编号告诉管理员。</p>
        <p>
          参考编号：<code>{error.digest ?? 'CLIENT'}</code>
        </p>
        <a href="/">回到首页</a>
      </body>
    </html>
  )
}
