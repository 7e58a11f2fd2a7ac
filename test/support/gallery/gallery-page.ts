// The module of /__crm/gallery-page (a page under a strict CSP): builds the gallery, then marks it ready.
import { buildGallery, galleryReady, SEED } from './gallery.js';

type GalleryWindow = Window & { __galleryReady?: Promise<void> };
const params = new URLSearchParams(location.search);
const provider = buildGallery(document.body, params.get('db') ?? 'gallery', params.get('theme') ?? undefined);
(window as GalleryWindow).__galleryReady = fetch(SEED)
  .then((r) => r.json())
  .then((sample) => galleryReady(provider, sample));
