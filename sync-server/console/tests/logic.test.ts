import { describe, expect, it } from 'vitest'
import {
  queryString, parseQueryString, ageLabel, deadlineLabel, statusTagType, statusColor, statusGlyph, categoryGlyphs, categories, parseCsv, retryDelayMs,
  templatesFor, formatTime, percent, emergencyKinds, durationLabel, dutyLines, donePercent,
} from '../src/logic'

describe('filters ↔ query string', () => {
  it('keeps only set fields, encodes Chinese, and round-trips', () => {
    const f = { status: ['dispatched', 'handling'], department: '城管中队', overdue: true, q: '', page: 1 }
    const s = queryString(f)
    expect(s).toBe('?status=dispatched%2Chandling&department=%E5%9F%8E%E7%AE%A1%E4%B8%AD%E9%98%9F&overdue=1')
    expect(parseQueryString(s)).toEqual({ status: ['dispatched', 'handling'], department: '城管中队', overdue: true })
  })
  it('an empty filter is no query at all; page 1 is not written', () => {
    expect(queryString({})).toBe('')
    expect(queryString({ page: 1, status: [] })).toBe('')
    expect(queryString({ page: 3 })).toBe('?page=3')
  })
})

describe('labels', () => {
  it('ages in hours then days', () => {
    expect(ageLabel(0.5)).toBe('不到 1 小时')
    expect(ageLabel(5)).toBe('5 小时')
    expect(ageLabel(49)).toBe('2 天')
  })
  it('deadlines: overdue in working days, near due, none', () => {
    const base = { deadline: '2026-12-07', overdue: false, overdue_days: 0, near_due: false, status: 'dispatched' }
    expect(deadlineLabel({ ...base, deadline: '' })).toBe('未设期限')
    expect(deadlineLabel(base)).toBe('2026-12-07')
    expect(deadlineLabel({ ...base, near_due: true })).toBe('2026-12-07 临期')
    expect(deadlineLabel({ ...base, overdue: true, overdue_days: 3 })).toBe('超期 3 个工作日')
    expect(deadlineLabel({ ...base, status: 'closed' })).toBe('2026-12-07（已办结）')
  })
  it('every status has a tag type and a pin colour', () => {
    for (const s of ['reported', 'accepted', 'dispatched', 'handling', 'handled', 'closed', 'returned', 'reopened', 'escalated']) {
      expect(statusTagType(s)).toBeTruthy()
      expect(statusColor(s)).toMatch(/^#[0-9a-f]{6}$/)
    }
    const cats = categories.map(([k]) => categoryGlyphs[k]?.glyph)
    expect(new Set(cats).size).toBe(categories.length)
    expect(cats.every((g) => g && g.length === 1)).toBe(true)
    const glyphs = ['reported', 'accepted', 'dispatched', 'handling', 'handled', 'closed', 'returned', 'reopened', 'escalated'].map(statusGlyph)
    expect(new Set(glyphs).size).toBe(glyphs.length)
    expect(glyphs.every((g) => g.length === 1 && g !== '?')).toBe(true)
    expect(statusTagType('closed')).toBe('success')
    expect(statusTagType('reported')).toBe('danger')
  })
  it('times are China time whatever the browser zone', () => {
    expect(formatTime(Date.UTC(2026, 11, 3, 16, 5))).toBe('2026-12-04 00:05')
  })
  it('percent shows a dash for no data', () => {
    expect(percent(null)).toBe('—')
    expect(percent(0.8766)).toBe('87.7%')
  })
})

describe('CSV', () => {
  it('parses the export: BOM, quotes, doubled quotes, CRLF', () => {
    const rows = parseCsv('\ufeff工单编号,问题描述\r\n20261203-0001,"漏水，""很急""\r\n第二行"\r\n20261203-0002,路灯\r\n')
    expect(rows).toEqual([
      ['工单编号', '问题描述'],
      ['20261203-0001', '漏水，"很急"\r\n第二行'],
      ['20261203-0002', '路灯'],
    ])
  })
})

describe('live updates and templates', () => {
  it('backs off 1, 2, 4 … 30 s', () => {
    expect([1, 2, 3, 4, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 30000])
  })
  it("a category's own templates come first", () => {
    const all = [
      { category: '', action: 'dispatch', text: '通用' },
      { category: 'flood', action: 'dispatch', text: '防汛' },
      { category: 'fire', action: 'dispatch', text: '消防' },
      { category: '', action: 'close', text: '办结' },
    ]
    expect(templatesFor(all, 'flood', 'dispatch')).toEqual(['防汛', '通用'])
    expect(templatesFor(all, 'dispute', 'close')).toEqual(['办结'])
  })
})

describe('emergency (应急指挥)', () => {
  it('the four disaster categories have their own distinct glyphs', () => {
    for (const k of ['collapse', 'waterlogging', 'landslide', 'trapped_people']) {
      expect(categories.map(([c]) => c)).toContain(k)
      expect(categoryGlyphs[k].glyph).toHaveLength(1)
    }
    const glyphs = Object.values(categoryGlyphs).map((g) => g.glyph)
    expect(new Set(glyphs).size).toBe(glyphs.length)
    expect(categoryGlyphs.collapse.glyph).toBe('塌')
  })
  it('kinds in Chinese, in the form order', () => {
    expect(emergencyKinds.map(([, l]) => l)).toEqual(['台风', '洪涝', '火灾', '疫情', '地震', '其他'])
  })
  it('durations in minutes, hours, days', () => {
    expect(durationLabel(20 * 1000)).toBe('不到 1 分钟')
    expect(durationLabel(-5)).toBe('不到 1 分钟')
    expect(durationLabel(45 * 60000)).toBe('45 分钟')
    expect(durationLabel((2 * 60 + 5) * 60000)).toBe('2 小时 5 分')
    expect(durationLabel((50 * 60 + 59) * 60000)).toBe('2 天 2 小时')
  })
  it('duty roster lines are trimmed, blanks dropped', () => {
    expect(dutyLines(' 带班领导 李明 13800000001\r\n\n  值班人员 张芳 \n')).toEqual(['带班领导 李明 13800000001', '值班人员 张芳'])
    expect(dutyLines('')).toEqual([])
  })
  it('households done over listed, capped', () => {
    expect(donePercent(3, 4)).toBe(75)
    expect(donePercent(5, 4)).toBe(100)
    expect(donePercent(0, 0)).toBe(0)
    expect(donePercent(2, 0)).toBe(100)
  })
})
