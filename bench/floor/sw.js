// The floor pages' worker: keeps the files its page names when registering it (`sw.js?files=a,b`)
// and answers every request from them, as Órbita's worker does.
const FILES = new URL(self.location.href).searchParams.get("files").split(",");

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open("floor").then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const key = req.mode === "navigate" ? "index.html" : req;
  event.respondWith(caches.match(key, { ignoreSearch: true }).then((hit) => hit || fetch(req)));
});
