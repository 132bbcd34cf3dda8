// png.mjs — a small real PNG (a "photo" of a hazard: stripes and a warning triangle) made with
// zlib, so the end-to-end test needs no image file in the repository.
import zlib from 'node:zlib'

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

export function hazardPng(w = 480, h = 320) {
  const raw = Buffer.alloc((w * 3 + 1) * h)
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3
      // a grey stairwell wall, a dark floor, a yellow-black cable, a red warning triangle
      let r = 170, g = 172, b = 168
      if (y > h * 0.7) [r, g, b] = [90, 84, 80]
      if (Math.abs(y - (h * 0.15 + x * 0.5)) < 4) [r, g, b] = ((x >> 3) & 1) ? [240, 200, 20] : [20, 20, 20]
      const cx = w * 0.72, cy = h * 0.45, s = h * 0.28
      const inTri = y > cy - s && y < cy + s * 0.6 && Math.abs(x - cx) < (y - (cy - s)) * 0.6
      if (inTri) [r, g, b] = [210, 40, 30]
      raw[o] = r
      raw[o + 1] = g
      raw[o + 2] = b
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
