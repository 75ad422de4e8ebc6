// Keeps the Leptos floor page's three files and answers every request from them, as Órbita's worker does.
const FILES = ["index.html", "leptos_floor.js", "leptos_floor_bg.wasm"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open("floor").then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const key = req.mode === "navigate" ? "index.html" : req;
  event.respondWith(caches.match(key, { ignoreSearch: true }).then((hit) => hit || fetch(req)));
});
