// The floor page's only script: the ready mark on the first frame, as Órbita and the peer set
// theirs (with `data-ready` on the body, which the benchmark waits for), and a worker that keeps
// the page for offline starts.
requestAnimationFrame(() => {
  performance.mark("floor-ready");
  document.body.dataset.ready = "true";
});
if ("serviceWorker" in navigator) navigator.serviceWorker.register("sw.js?files=index.html,floor.js");
