// Pictures of every slide of a stacked slide page, as base64 JPEG (for the PPTX). The
// browser is launched at the pictures' pixel density, so the compositor's own frames are
// the pictures: a screencast hands one over per scroll, at about 60% of the cost of a
// screenshot each (a screenshot waits for frames of its own). Screenshots stay as the way
// to take the first slide, a slide whose frame does not come, a page drawn at another
// density, and the small title picture for the index of decks.
import type { CDPSession } from 'puppeteer-core';
import type { SlideSize } from '../render/slide-page.js';
import type { SlideTab } from './page.js';

/** PPTX pictures of 1920x1080: full HD, a third less work than marp-cli's default of 2. */
export const DEFAULT_IMAGE_SCALE = 1.5;
/** How long a slide's frame may take before a screenshot is taken instead. */
const FRAME_WAIT_MS = 3_000;
const QUALITY = 90;
const THUMBNAIL_WIDTH = 480;

export interface SlidePictures {
  /** One base64 JPEG per slide. */
  pictures: string[];
  /** How many of them are screencast frames (the rest are screenshots). */
  fromFrames: number;
}

export async function captureSlides(
  { page, size }: Pick<SlideTab, 'page' | 'size'>,
  count: number,
  scale: number,
): Promise<SlidePictures> {
  const client = await page.createCDPSession();
  try {
    const density = await pageDensity(client);
    const screenshot = (i: number) => screenshotSlide(client, size, i, scale / density, QUALITY);
    if (Math.abs(density - scale) > 1e-6)
      return { pictures: await screenshotsFrom([], count, screenshot), fromFrames: 0 };
    // Only the tab in front draws frames.
    await page.bringToFront();
    return await screencast(client, size, count, scale, screenshot);
  } finally {
    await client.detach().catch(() => undefined);
  }
}

/** The first slide, small (480 px wide: sharp on high-density screens at the index's 320),
 * as a JPEG data URI for the index of decks. */
export async function titleThumbnail({
  page,
  size,
}: Pick<SlideTab, 'page' | 'size'>): Promise<string | undefined> {
  if (!(await page.$('div.marpit > svg'))) return undefined;
  const client = await page.createCDPSession();
  try {
    const zoom = THUMBNAIL_WIDTH / size.width / (await pageDensity(client));
    return `data:image/jpeg;base64,${await screenshotSlide(client, size, 0, zoom, 80)}`;
  } finally {
    await client.detach().catch(() => undefined);
  }
}

async function pageDensity(client: CDPSession): Promise<number> {
  const { result } = await client.send('Runtime.evaluate', {
    expression: 'window.devicePixelRatio',
    returnByValue: true,
  });
  return Number(result.value);
}

function scrollTo(client: CDPSession, size: SlideSize, i: number): Promise<unknown> {
  return client.send('Runtime.evaluate', { expression: `window.scrollTo(0, ${i * size.height})` });
}

/** Slide `i` as base64 JPEG; `zoom` multiplies the page's own density (1: as drawn). */
async function screenshotSlide(
  client: CDPSession,
  size: SlideSize,
  i: number,
  zoom: number,
  quality: number,
): Promise<string> {
  await scrollTo(client, size, i);
  const shot = await client.send('Page.captureScreenshot', {
    format: 'jpeg',
    quality,
    clip: { x: 0, y: i * size.height, ...size, scale: zoom },
    captureBeyondViewport: false,
  });
  return shot.data;
}

/** Screenshots of the slides from `shots.length` on, added to `shots`. */
async function screenshotsFrom(
  shots: string[],
  count: number,
  screenshot: (i: number) => Promise<string>,
): Promise<string[]> {
  for (let i = shots.length; i < count; i += 1) shots.push(await screenshot(i));
  return shots;
}

/** Scrolls to each slide and keeps the first frame drawn at its offset. */
async function screencast(
  client: CDPSession,
  size: SlideSize,
  count: number,
  scale: number,
  screenshot: (i: number) => Promise<string>,
): Promise<SlidePictures> {
  let wanted: { offset: number; resolve: (data: string) => void } | undefined;
  const onFrame = (event: { data: string; sessionId: number; metadata: { scrollOffsetY: number } }) => {
    void client.send('Page.screencastFrameAck', { sessionId: event.sessionId }).catch(() => undefined);
    // Scroll offsets are snapped to device pixels.
    if (wanted && Math.abs(event.metadata.scrollOffsetY - wanted.offset) <= 1) {
      wanted.resolve(event.data);
      wanted = undefined;
    }
  };
  const frameAt = (i: number) => {
    let timer: NodeJS.Timeout | undefined;
    const frame = new Promise<string | undefined>((resolve) => {
      wanted = { offset: i * size.height, resolve };
      timer = setTimeout(() => resolve(undefined), FRAME_WAIT_MS);
    });
    return frame.finally(() => clearTimeout(timer));
  };
  client.on('Page.screencastFrame', onFrame);
  try {
    // The first slide is a screenshot: the frame a screencast starts with is whatever was
    // drawn last, which on a busy machine can predate the page's final paint (its fonts).
    // Every later frame is drawn after its own scroll, so it shows the page as it is.
    const shots = count > 0 ? [await screenshot(0)] : [];
    let fromFrames = 0;
    await client.send('Page.startScreencast', {
      format: 'jpeg',
      quality: QUALITY,
      maxWidth: Math.round(size.width * scale),
      maxHeight: Math.round(size.height * scale),
    });
    for (let i = 1; i < count; i += 1) {
      const frame = frameAt(i);
      await scrollTo(client, size, i);
      const data = await frame;
      wanted = undefined;
      if (!data) break;
      fromFrames += 1;
      shots.push(data);
    }
    // A frame that does not come means none will (a hidden tab draws none): screenshots
    // take the rest, without waiting again.
    return { pictures: await screenshotsFrom(shots, count, screenshot), fromFrames };
  } finally {
    client.off('Page.screencastFrame', onFrame);
    await client.send('Page.stopScreencast').catch(() => undefined);
  }
}
