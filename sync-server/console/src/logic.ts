// logic.ts — the console's pure logic (no DOM, no network): filters ↔ query strings, labels for
// age and deadlines, status colours, CSV parsing, the live-update back-off. Tested by Vitest.

export interface QueueFilter {
  status?: string[]
  category?: string
  grid?: string
  department?: string
  overdue?: boolean
  unassigned?: boolean
  from?: string
  to?: string
  q?: string
  sort?: string
  page?: number
  page_size?: number
}

// Only the set fields, in a stable order, URL-encoded: the queue, its CSV export and the
// bookmarkable address use the same string.
export function queryString(f: QueueFilter): string {
  const p = new URLSearchParams()
  if (f.status && f.status.length) p.set('status', f.status.join(','))
  for (const k of ['category', 'grid', 'department', 'from', 'to', 'q', 'sort'] as const) {
    const v = f[k]
    if (v) p.set(k, v)
  }
  if (f.overdue) p.set('overdue', '1')
  if (f.unassigned) p.set('unassigned', '1')
  if (f.page && f.page > 1) p.set('page', String(f.page))
  if (f.page_size) p.set('page_size', String(f.page_size))
  const s = p.toString()
  return s ? '?' + s : ''
}

export function parseQueryString(s: string): QueueFilter {
  const p = new URLSearchParams(s.startsWith('?') ? s.slice(1) : s)
  const f: QueueFilter = {}
  const st = p.get('status')
  if (st) f.status = st.split(',').filter(Boolean)
  for (const k of ['category', 'grid', 'department', 'from', 'to', 'q', 'sort'] as const) {
    const v = p.get(k)
    if (v) f[k] = v
  }
  if (p.get('overdue') === '1') f.overdue = true
  if (p.get('unassigned') === '1') f.unassigned = true
  const page = Number(p.get('page'))
  if (page > 1) f.page = page
  return f
}

export function ageLabel(hours: number): string {
  if (hours < 1) return '不到 1 小时'
  if (hours < 24) return `${Math.floor(hours)} 小时`
  return `${Math.floor(hours / 24)} 天`
}

export interface DeadlineInfo {
  deadline: string
  overdue: boolean
  overdue_days: number
  near_due: boolean
  status: string
}

export function deadlineLabel(r: DeadlineInfo): string {
  if (!r.deadline) return '未设期限'
  if (r.status === 'closed') return `${r.deadline}（已办结）`
  if (r.overdue) return r.overdue_days > 0 ? `超期 ${r.overdue_days} 个工作日` : '已超期'
  if (r.near_due) return `${r.deadline} 临期`
  return r.deadline
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export function statusTagType(status: string): TagType {
  switch (status) {
    case 'reported':
    case 'reopened':
      return 'danger'
    case 'accepted':
    case 'escalated':
      return 'warning'
    case 'dispatched':
    case 'handling':
      return 'primary'
    case 'handled':
    case 'closed':
      return 'success'
    default:
      return 'info'
  }
}

// Pin colours on the map (with the status glyph in every pin: never colour alone).
export function statusColor(status: string): string {
  return (
    {
      reported: '#d93026',
      reopened: '#d93026',
      accepted: '#e6a23c',
      escalated: '#e6a23c',
      dispatched: '#1a73e8',
      handling: '#1a73e8',
      handled: '#2e7d32',
      closed: '#2e7d32',
    } as Record<string, string>
  )[status] ?? '#888888'
}

// The one character written in a pin, so its state reads without colour (and without a label
// beside every pin, which pile up where a village has many reports). Distinct per status.
export function statusGlyph(status: string): string {
  return (
    {
      reported: '报',
      accepted: '受',
      dispatched: '分',
      handling: '办',
      handled: '处',
      closed: '结',
      returned: '退',
      reopened: '重',
      escalated: '督',
    } as Record<string, string>
  )[status] ?? '?'
}

// Pin labels (number and status) stay on from this zoom on; below it they show on hover.
export const PIN_LABEL_ZOOM = 16

// One character per category, shown in a small coloured box (office PCs often lack an emoji font:
// emoji showed as empty boxes). Distinct per category.
export const categoryGlyphs: Record<string, { glyph: string; color: string }> = {
  safety_hazard: { glyph: '险', color: '#d93026' },
  dispute: { glyph: '纠', color: '#8e24aa' },
  people_in_difficulty: { glyph: '困', color: '#ef6c00' },
  environment: { glyph: '环', color: '#2e7d32' },
  public_facility: { glyph: '设', color: '#1a73e8' },
  fire: { glyph: '火', color: '#c62828' },
  flood: { glyph: '汛', color: '#0277bd' },
  other: { glyph: '他', color: '#757575' },
  // 灾情上报 during an emergency (core/docs/emergency.md).
  collapse: { glyph: '塌', color: '#6d4c41' },
  waterlogging: { glyph: '涝', color: '#00838f' },
  landslide: { glyph: '崩', color: '#8d6e63' },
  trapped_people: { glyph: '救', color: '#ad1457' },
}

export const categories: [string, string][] = [
  ['safety_hazard', '安全隐患'],
  ['dispute', '矛盾纠纷'],
  ['people_in_difficulty', '困难群众'],
  ['environment', '环境卫生'],
  ['public_facility', '公共设施'],
  ['fire', '消防'],
  ['flood', '防汛'],
  ['other', '其他'],
  ['collapse', '房屋倒塌'],
  ['waterlogging', '积水内涝'],
  ['landslide', '山体滑坡'],
  ['trapped_people', '人员被困'],
]

export const statuses: [string, string][] = [
  ['reported', '已上报'],
  ['accepted', '已受理'],
  ['dispatched', '已分办'],
  ['handling', '处置中'],
  ['handled', '已处置'],
  ['closed', '已办结'],
  ['returned', '已退回'],
  ['reopened', '重新打开'],
  ['escalated', '已上报上级'],
]

// CSV parsing lives in csv.js (plain JavaScript) so the e2e run in node uses the same parser.
export { parseCsv } from './csv.js'

// Live updates: wait longer after each failure (1 s, 2 s, 4 s ... at most 30 s).
export function retryDelayMs(failures: number): number {
  return Math.min(30000, 1000 * 2 ** Math.max(0, failures - 1))
}

// The templates for a category and action: the category's own first, then the general ones.
export interface Template {
  category: string
  action: string
  text: string
}
export function templatesFor(all: Template[], category: string, action: string): string[] {
  const own = all.filter((t) => t.action === action && t.category === category).map((t) => t.text)
  const general = all.filter((t) => t.action === action && !t.category).map((t) => t.text)
  return [...own, ...general]
}

export function formatTime(ms: number): string {
  const d = new Date(ms + 8 * 3600 * 1000) // China time, whatever the browser's zone
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

export function percent(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—'
  return `${(x * 100).toFixed(1)}%`
}

// 应急指挥 (平战转换): the kinds a township declares, in the order of the declare form.
export const emergencyKinds: [string, string][] = [
  ['typhoon', '台风'],
  ['flood', '洪涝'],
  ['fire', '火灾'],
  ['epidemic', '疫情'],
  ['earthquake', '地震'],
  ['other', '其他'],
]

// How long an emergency has lasted: minutes, then hours and minutes, then days and hours.
export function durationLabel(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60000)
  if (minutes < 1) return '不到 1 分钟'
  if (minutes < 60) return `${minutes} 分钟`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} 小时 ${minutes % 60} 分`
  return `${Math.floor(hours / 24)} 天 ${hours % 24} 小时`
}

// The 值班 roster typed one person a line: trimmed, blank lines dropped.
export function dutyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
}

// 已完成户数/应转移户数 as a share for the progress bar (0..100; a worker may record households
// that are not on the list, so done can pass listed: capped at 100). Nothing listed: 0 or 100.
export function donePercent(done: number, listed: number): number {
  if (listed <= 0) return done > 0 ? 100 : 0
  return Math.min(100, Math.round((done / listed) * 100))
}
