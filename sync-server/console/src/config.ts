// config.ts — the township's console configuration (GET config), loaded once.
import { get } from './api'
import type { Template } from './logic'

export interface ConsoleConfig {
  departments: string[]
  templates: Template[]
  tile_url: string
  today: string
  grids: { id: string; name: string }[]
}

let cached: Promise<ConsoleConfig> | null = null
export function loadConfig(): Promise<ConsoleConfig> {
  if (!cached) cached = get<ConsoleConfig>('/config').catch((e) => {
    cached = null
    throw e
  })
  return cached
}
