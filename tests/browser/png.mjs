// Decodes the 8-bit RGB/RGBA PNG files that Chromium's screenshots produce, into RGBA pixels,
// and summarises regions of them. No dependencies beyond node's zlib.
import { inflateSync } from "node:zlib";

export function decodePng(buffer) {
  if (buffer.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG file");
  let offset = 8, width = 0, height = 0, colorType = 0, bitDepth = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("ascii", offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bitDepth = body[8];
      colorType = body[9];
      if (body[12] !== 0) throw new Error("interlaced PNG not supported");
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = { 2: 3, 6: 4 }[colorType];
  if (bitDepth !== 8 || !channels) throw new Error(`PNG colour type ${colorType}/${bitDepth} not supported`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? current[x - channels] : 0;
      const b = previous[x];
      const c = x >= channels ? previous[x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      current[x] = (line[x] + predictor) & 255;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      pixels[o] = current[x * channels];
      pixels[o + 1] = current[x * channels + 1];
      pixels[o + 2] = current[x * channels + 2];
      pixels[o + 3] = channels === 4 ? current[x * channels + 3] : 255;
    }
    previous = current;
  }
  return { width, height, pixels };
}

// Mean colour, luminance spread and number of distinct (quantised) colours of a region given
// in fractions of the image (0..1).
export function regionStats(image, x0 = 0, y0 = 0, x1 = 1, y1 = 1) {
  const { width, height, pixels } = image;
  const ax = Math.floor(x0 * width), bx = Math.ceil(x1 * width), ay = Math.floor(y0 * height), by = Math.ceil(y1 * height);
  let n = 0, sr = 0, sg = 0, sb = 0, sl = 0, sl2 = 0;
  const colors = new Set();
  for (let y = ay; y < by; y++)
    for (let x = ax; x < bx; x++) {
      const o = (y * width + x) * 4, r = pixels[o], g = pixels[o + 1], b = pixels[o + 2];
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      n++; sr += r; sg += g; sb += b; sl += l; sl2 += l * l;
      colors.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  const mean = sl / n;
  return { mean: [sr / n, sg / n, sb / n], luminance: mean, luminanceSd: Math.sqrt(Math.max(0, sl2 / n - mean * mean)), colors: colors.size };
}
