// Órbita's service worker: keeps exactly this build's files so the app opens with no network.
// scripts/postbuild.mjs fills in the version (a hash of every file) and the file list.
const VERSION = "__ORBITA_VERSION__";
const FILES = __ORBITA_FILES__;
const CACHE = "orbita-" + VERSION;

self.addEventListener("install", (event) => {
  // `cache: "reload"` skips the HTTP cache so a new build never mixes with old files.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))
    )
  );
});

// A new version waits until the user accepts the "new version" message.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith("orbita-") && k !== CACHE).map((k) => caches.delete(k))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // The app is the scope's own page (the view lives in the fragment). Deeper paths are not
    // the app: its relative file links would break there, so they go to the network as usual.
    const scope = new URL(self.registration.scope).pathname;
    if (url.pathname !== scope && url.pathname !== scope + "index.html") return;
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match("index.html").then((hit) => hit || fetch(req))
      )
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req))
    )
  );
});
