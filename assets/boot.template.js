// Starts Órbita: loads this build's WebAssembly, registers the offline worker, and relays
// "new version ready" and "can install" to the app. Generated from assets/boot.template.js.
import init from "./__ORBITA_JS__";

// The splash (and the message if the app cannot start) speaks the language and wears the
// theme the app will open with: the ones the visitor picked (saved by the app as
// `orbita.prefs`), else the browser's language and the system's theme. The same choice as
// `App` in src/app/shell.rs.
function dressSplash() {
  let prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem("orbita.prefs")) || {};
  } catch {
    // No storage, or unreadable preferences: the defaults, as the app does.
  }
  const picked = prefs.lang === "es" || prefs.lang === "en" ? prefs.lang : null;
  const lang = picked ?? (/^\s*es/i.test(navigator.language || "") ? "es" : "en");
  const root = document.documentElement;
  root.lang = lang;
  if (prefs.theme === "dark" || prefs.theme === "light") root.dataset.theme = prefs.theme;
  root.dataset.splash = lang;
  return lang;
}
const lang = dressSplash();

const CANNOT_START = {
  en: "Órbita could not start in this browser.",
  es: "Órbita no pudo arrancar en este navegador.",
};

init({ module_or_path: new URL("./__ORBITA_WASM__", import.meta.url) })
  .then(() => {
    document.getElementById("boot")?.remove();
    delete document.documentElement.dataset.splash;
    // Only once the app is up: installing the worker downloads every file again, which on a
    // slow connection would share the line with the app's own first download.
    registerWorker();
  })
  .catch((err) => {
    const boot = document.getElementById("boot");
    if (boot) {
      // The icon and name stay; the message takes the place of what was coming.
      boot.querySelector(".boot__dot")?.remove();
      boot.querySelector(".boot__about")?.remove();
      const message = document.createElement("p");
      message.className = "boot__failed";
      message.setAttribute("role", "alert");
      message.textContent = CANNOT_START[lang];
      boot.append(message);
      boot.removeAttribute("aria-hidden");
    }
    console.warn(err);
  });

const announce = (name) => {
  window[name] = true;
  window.dispatchEvent(new Event(name));
};

function registerWorker() {
  if (!("serviceWorker" in navigator)) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (window.__orbitaUpdating && !reloading) {
      reloading = true;
      location.reload();
    }
  });
  navigator.serviceWorker
    .register("./sw.js", { scope: "./" })
    .then((reg) => {
      const offer = (worker) => {
        window.__orbitaApplyUpdate = () => {
          window.__orbitaUpdating = true;
          worker.postMessage("skip-waiting");
        };
        announce("orbita-update");
      };
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const worker = reg.installing;
        if (!worker) return;
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
          if (worker.state === "activated" && !window.__orbitaUpdating) announce("orbita-offline-ready");
        });
      });
      // Look for a new build whenever the tab comes back into view.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") reg.update().catch(() => {});
      });
    })
    .catch(() => {});
}

window.addEventListener("beforeinstallprompt", (event) => {
  event.preventDefault();
  window.__orbitaPromptInstall = () => {
    event.prompt();
    window.__orbitaPromptInstall = undefined;
  };
  announce("orbita-installable");
});
