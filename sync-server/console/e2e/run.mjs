#!/usr/bin/env node
// run.mjs — the console end to end, in Debian's chromium (playwright-core; it never downloads a
// browser) against a real gridwork-server with the demo township and a real gridwork-device:
//   log in as 指挥员 → a device files a hazard with a photo and syncs → the report appears in the
//   queue without a reload → 受理, 分办 to 水利站 → the map shows its pin → log in as 水利站,
//   反馈 → back as 指挥员, 办结 → the device syncs and holds the whole timeline → export the
//   filtered queue from the page and check the CSV → every screen photographed.
// Usage: node e2e/run.mjs --server BIN --device BIN --console DIST --out DIR
// Prints "N passed, M failed" and exits non-zero on a failure; screenshots in OUT/*.png.
import { chromium } from 'playwright-core'
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { hazardPng } from './png.mjs'
import { parseCsv } from '../src/csv.js'

const arg = (name, fallback) => {
  const i = process.argv.indexOf('--' + name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const SERVER = arg('server')
const DEVICE = arg('device')
const CONSOLE = arg('console')
const OUT = arg('out', path.resolve('e2e/out'))
const CHROMIUM = process.env.GRIDWORK_CHROMIUM || '/usr/bin/chromium'
if (!SERVER || !DEVICE || !CONSOLE) {
  console.error('usage: run.mjs --server BIN --device BIN --console DIST --out DIR')
  process.exit(2)
}
if (!fs.existsSync(CHROMIUM)) {
  console.error(`no chromium at ${CHROMIUM} (apt-get install chromium; ./gridwork test installs it)`)
  process.exit(1)
}
fs.mkdirSync(OUT, { recursive: true })
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-console-e2e-'))
const DATA = path.join(tmp, 'township')
const PASSWORD = 'e2e-password-1'
let passed = 0
let failed = 0
let server = null
let browser = null

function check(ok, what) {
  if (ok) {
    passed++
    console.log(`  ok   ${what}`)
  } else {
    failed++
    console.log(`  FAIL ${what}`)
  }
  return ok
}
function run(bin, args, input) {
  const r = spawnSync(bin, args, { input, encoding: 'utf8', cwd: tmp })
  if (r.status !== 0) throw new Error(`${path.basename(bin)} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`)
  return r.stdout
}
const admin = (args, input) => run(SERVER, [...args.slice(0, 2), '--data', DATA, ...args.slice(2)], input)
const device = (args) => run(DEVICE, ['--db', path.join(tmp, 'phone.db'), ...args])
function freePort() {
  return new Promise((res) => {
    const s = net.createServer()
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port
      s.close(() => res(p))
    })
  })
}
async function shot(page, name) {
  await page.waitForTimeout(300)
  await page.screenshot({ path: path.join(OUT, name + '.png') })
  console.log(`  shot ${name}.png`)
}

async function login(page, base, name) {
  await page.goto(base + '/console/#/login')
  await page.fill('[data-test=login-name]', name)
  await page.fill('[data-test=login-password]', PASSWORD)
  await page.click('[data-test=login-submit]')
  await page.waitForSelector('[data-test=queue]', { timeout: 15000 })
}
async function logout(page) {
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-submit]')
}
async function act(page, action, fill = {}) {
  await page.click(`[data-test=action-${action}]`)
  await page.waitForSelector('[data-test=action-submit]', { state: 'visible' })
  if (fill.department) {
    await page.click('[data-test=dispatch-department]')
    await page.locator('.el-select-dropdown__item:visible', { hasText: fill.department }).first().click()
  }
  if (fill.result) await page.fill('[data-test=feedback-result]', fill.result)
  if (fill.note) await page.fill('[data-test=action-note]', fill.note)
  await page.click('[data-test=action-submit]')
  await page.waitForSelector('[data-test=action-submit]', { state: 'hidden' })
}
const statusText = (page) => page.textContent('[data-test=detail-status]')

async function main() {
  console.log(`console e2e: data in ${tmp}, screenshots in ${OUT}`)
  run(SERVER, ['init', '--data', DATA, '--demo'])
  admin(['staff', 'add', '--login', 'e2e_zhihui', '--name', '陈指挥', '--role', 'dispatcher'], PASSWORD + '\n')
  admin(['staff', 'add', '--login', 'e2e_shuili', '--name', '水利站小李', '--role', 'department', '--department', '水利站'], PASSWORD + '\n')
  admin(['staff', 'add', '--login', 'e2e_admin', '--name', '系统管理员', '--role', 'admin'], PASSWORD + '\n')
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  server = spawn(SERVER, ['serve', '--data', DATA, '--listen', base, '--console', CONSOLE], { stdio: ['ignore', 'ignore', 'pipe'] })
  let serverLog = ''
  server.stderr.on('data', (d) => (serverLog += d))
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base + '/healthz')).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  check((await fetch(base + '/console/')).ok, 'the server serves the console at /console/')

  // The phone of 青山村第一网格's worker.
  const workerLine = admin(['worker', 'list']).split('\n').find((l) => l.includes('青山村第一网格'))
  const workerId = workerLine.split(/\s+/)[0]
  const code = JSON.parse(admin(['worker', 'code', '--worker', workerId, '--json'])).code
  device(['enroll', '--server', base, '--code', code])
  device(['sync'])

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.log('  page error:', e.message))

  await page.goto(base + '/console/')
  await page.waitForSelector('[data-test=login-submit]')
  await shot(page, '01-login')
  await page.fill('[data-test=login-name]', 'e2e_zhihui')
  await page.fill('[data-test=login-password]', 'wrong-password')
  await page.click('[data-test=login-submit]')
  check(await page.waitForSelector('[data-test=login-error]').then(() => true, () => false), 'a wrong password is refused on the login page')
  await login(page, base, 'e2e_zhihui')
  await shot(page, '02-queue')

  // The device files a hazard with a photo, offline first, then syncs.
  const photo = hazardPng()
  const photoPath = path.join(tmp, 'hazard.png')
  fs.writeFileSync(photoPath, photo)
  const sha = crypto.createHash('sha256').update(photo).digest('hex')
  const text = '楼道内电动车飞线充电，线缆从三楼窗口拉下（端到端测试）'
  const filed = JSON.parse(device(['report', 'add', '--text', text, '--category', 'safety_hazard', '--severity', 'high', '--lat', '29.5135', '--lon', '120.9062', '--photo', sha, '--json']))
  device(['attachment', 'add', '--file', photoPath, '--owner-table', 'reports', '--owner', filed.id, '--json'])
  device(['sync'])
  const row = page.locator('[data-test=queue] tr', { hasText: '端到端测试' })
  check(await row.first().waitFor({ timeout: 30000 }).then(() => true, () => false), 'the new report appears in the queue without a reload')
  await shot(page, '03-queue-new-report')
  const number = (await row.first().locator('a.num').textContent()).trim()
  check(/^\d{8}-\d{4}$/.test(number), `it has a short number (${number})`)

  await row.first().locator('a.num').click()
  await page.waitForSelector('[data-test=timeline]')
  const img = await page.waitForSelector('[data-test=detail-photo] img', { timeout: 10000 }).catch(() => null)
  check(img && (await img.evaluate((i) => i.complete && i.naturalWidth === 480)), 'the detail shows the photo from the device')
  await shot(page, '04-detail-reported')
  await act(page, 'accept', { note: '指挥室已受理' })
  check((await statusText(page)).includes('已受理'), '受理 → 已受理')
  await act(page, 'dispatch', { department: '水利站', note: '请水利站现场核查处置' })
  check((await statusText(page)).includes('已分办'), '分办 to 水利站 → 已分办')
  await shot(page, '05-detail-dispatched')

  await page.goto(base + '/console/#/map')
  // The pin carries its status glyph (分: dispatched); its label shows on hover at township zoom.
  const dot = page.locator(`.pin-dot[data-number="${number}"]`)
  check(await dot.waitFor({ timeout: 10000 }).then(() => true, () => false), 'the map shows the report\'s pin')
  check((await dot.textContent().catch(() => '')) === '分', 'the pin reads 分 (已分办), not colour alone')
  await dot.hover({ timeout: 3000 }).catch(() => dot.dispatchEvent('mouseover'))
  const label = page.locator('.pin-label', { hasText: number })
  check(await label.first().waitFor({ timeout: 5000 }).then(() => true, () => false), 'the pin is labelled with its number on hover')
  await page.mouse.move(5, 700)
  await shot(page, '06-map')

  await logout(page)
  await login(page, base, 'e2e_shuili')
  await shot(page, '07-queue-department')
  const deptRows = await page.locator('[data-test=queue] tbody tr').count()
  check(deptRows >= 1 && (await page.locator('[data-test=queue] tr', { hasText: number }).count()) === 1, '水利站 sees the report dispatched to it')
  await page.goto(base + `/console/#/reports/${number}`)
  await page.waitForSelector('[data-test=timeline]')
  await act(page, 'feedback', { result: '已拆除飞线，楼道加装充电桩告示', note: '已电话告知报告人' })
  check((await statusText(page)).includes('已处置'), '反馈 by the department → 已处置')
  await shot(page, '08-detail-feedback')

  await logout(page)
  await login(page, base, 'e2e_zhihui')
  await page.goto(base + `/console/#/reports/${number}`)
  await page.waitForSelector('[data-test=timeline]')
  await act(page, 'close', { note: '经核实，隐患已消除，予以办结' })
  check((await statusText(page)).includes('已办结'), '办结 by the dispatcher → 已办结')
  await shot(page, '09-detail-closed')

  device(['sync'])
  const onPhone = JSON.parse(device(['report', 'show', filed.id, '--json']))
  const kinds = (onPhone.history ?? onPhone.events ?? []).map((e) => e.kind)
  check(['report', 'accept', 'dispatch', 'handle', 'feedback', 'close'].every((k) => kinds.includes(k)) && onPhone.status === 'closed', `the device holds the whole timeline (${kinds.join(' → ')})`)

  // Export the filtered queue from the page (办结 items only) and check the CSV.
  await page.goto(base + '/console/#/reports?status=closed')
  await page.waitForSelector('[data-test=queue]')
  await page.waitForTimeout(500)
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-csv]')])
  const csv = parseCsv(fs.readFileSync(await download.path(), 'utf8'))
  const header = csv[0]
  const mine = csv.find((r) => r[0] === number)
  check(header[0] === '工单编号' && mine && mine[1] === '已办结' && mine[9] === '水利站', 'the CSV export holds the closed report with its department')
  check(csv.slice(1).filter((r) => r.length > 1).every((r) => r[1] === '已办结'), 'the CSV export respects the filter (only 已办结 rows)')
  await shot(page, '10-queue-closed-filter')

  for (const [route, name] of [['stats', '11-stats'], ['tasks', '12-tasks'], ['ledger', '13-ledger']]) {
    await page.goto(base + '/console/#/' + route)
    await page.waitForTimeout(1200)
    await shot(page, name)
  }
  await logout(page)
  await login(page, base, 'e2e_admin')
  for (const [route, name] of [['workers', '14-workers'], ['audit', '15-audit']]) {
    await page.goto(base + '/console/#/' + route)
    await page.waitForTimeout(1200)
    await shot(page, name)
  }
  const audit = await page.evaluate(async () => (await fetch('/api/console/v1/audit')).json())
  const actions = new Set(audit.entries.map((e) => e.action))
  check(['login', 'report.accept', 'report.dispatch', 'report.feedback', 'report.close', 'export'].every((a) => actions.has(a)), 'the audit log holds the logins, every state change and the export')

  // 应急指挥: the admin declares a typhoon for the whole township; the phone puts two households
  // on the risk list, records their evacuation and files a disaster report offline, then syncs;
  // the figures change without a reload; the admin ends the emergency.
  await page.goto(base + '/console/#/emergency')
  await page.waitForSelector('[data-test=em-form]')
  await page.click('[data-test=em-kind]')
  await page.locator('.el-select-dropdown__item:visible', { hasText: '台风' }).first().click()
  await page.fill('[data-test=em-note]', '台风“海葵”今夜登陆，危旧房、低洼地人员全部转移（端到端测试）')
  await page.fill('[data-test=em-duty-input]', '带班领导 李明 13800000001\n值班人员 张芳 13800000002')
  await shot(page, '16-emergency-declare')
  await page.click('[data-test=em-declare]')
  check(await page.waitForSelector('[data-test=em-banner]', { timeout: 10000 }).then(() => true, () => false), '应急指挥: declaring shows the banner')
  check((await page.textContent('[data-test=em-banner]')).includes('台风'), 'the banner names the kind (台风)')
  check((await page.textContent('[data-test=em-duty]')).includes('张芳'), 'the 值班 roster is shown')
  const figure = (name) => page.textContent(`[data-test=em-${name}]`).then((t) => t.replace(/\s+/g, ''))
  check((await figure('evacuated')) === '0', 'no one evacuated yet')

  device(['sync'])
  const listed = JSON.parse(device(['household', 'list', '--json']))
  const hs = (Array.isArray(listed) ? listed : listed.households ?? listed.items ?? []).slice(0, 2)
  check(hs.length === 2, 'the phone holds households of its grid')
  for (const h of hs) device(['household', 'risk', h.id])
  device(['evacuation', 'record', '--household', hs[0].id, '--people', '3', '--to', '村委会安置点'])
  device(['evacuation', 'record', '--household', hs[1].id, '--people', '2', '--stayed', '1', '--why', '行动不便，已安排专人看护'])
  device(['report', 'add', '--text', '青山村3组老屋倒塌一间（端到端测试）', '--category', 'collapse', '--severity', 'urgent', '--lat', '29.5131', '--lon', '120.9058'])
  device(['sync'])
  const moved = await page.waitForFunction(() => document.querySelector('[data-test=em-evacuated]')?.textContent.trim() === '5', null, { timeout: 30000 }).then(() => true, () => false)
  check(moved, 'the live figures show 5 evacuated without a reload')
  check((await figure('done')) === '2/2', '已完成户数/应转移户数 2/2')
  check((await figure('stayed')) === '1', '留守人数 1')
  check((await figure('reports-open')) === '1', '未办结灾情 1')
  check((await page.locator('[data-test=em-reports] tr', { hasText: '老屋倒塌' }).count()) === 1, 'the open disaster report is listed with a link to its detail')
  check((await page.locator('[data-test=em-grid-table] tr', { hasText: '青山村第一网格' }).textContent()).includes('2 / 2'), 'the grid table has the grid\'s row')
  await shot(page, '17-emergency')
  await page.click('[data-test=em-end]')
  await page.locator('.el-message-box__btns .el-button--primary').click()
  check(await page.waitForSelector('[data-test=em-last]', { timeout: 10000 }).then(() => true, () => false), 'ending returns to the declare form with the last emergency\'s figures')
  await shot(page, '18-emergency-ended')
  const audit2 = await page.evaluate(async () => (await fetch('/api/console/v1/audit')).json())
  const actions2 = new Set(audit2.entries.map((e) => e.action))
  check(actions2.has('emergency.declare') && actions2.has('emergency.end'), 'the audit log holds the declaration and the end')
  if (failed) console.log(serverLog.split('\n').slice(-20).join('\n'))
}

try {
  await main()
} catch (e) {
  failed++
  console.log('  FAIL ' + (e.stack || e))
} finally {
  if (browser) await browser.close().catch(() => {})
  if (server) {
    server.kill('SIGTERM')
    await new Promise((r) => server.once('exit', r))
  }
  if (!failed) fs.rmSync(tmp, { recursive: true, force: true })
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}
