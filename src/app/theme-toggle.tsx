import { useEffect, useState } from 'react'

type Theme = 'system' | 'light' | 'dark'
const KEY = 'pitboard-theme'
const NEXT: Readonly<Record<Theme, Theme>> = { system: 'light', light: 'dark', dark: 'system' }
const LABEL: Readonly<Record<Theme, string>> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
}

function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

/**
 * Light, dark or the system's choice. A personal preference, so it lives in this browser
 * (localStorage), not in the shared URL; index.html applies it before the first paint.
 */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(storedTheme)
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
    try {
      if (theme === 'system') window.localStorage.removeItem(KEY)
      else window.localStorage.setItem(KEY, theme)
    } catch {
      // Storage may be disabled; the theme still applies to this page.
    }
  }, [theme])
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => setTheme(NEXT[theme])}
      aria-label={`${LABEL[theme]} (change)`}
    >
      {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}{' '}
      <span className="theme-name">{theme}</span>
    </button>
  )
}
