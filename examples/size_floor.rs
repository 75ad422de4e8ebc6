//! How small can Órbita's wasm be? Builds everything the app carries that is not interface:
//! the framework, the bilingual content, the domain engine and the codecs, step by step, with
//! one button and one `inner_html` for a view. `scripts/wasm-floor` builds it once per step
//! (`ORBITA_FLOOR=0..6`, read at compile time) and prints each step's compressed size, so
//! the share of the budget left for the interface itself is a measurement, not a guess.
//!
//! Each step keeps the previous ones: 0 Leptos (mount, a signal, an event, `inner_html`),
//! 1 interface strings, questions and levers in both languages, 2 example maps, 3 placement,
//! suggestions and summary, 4 storage and the JSON envelope, 5 share links, 6 CSV export.

#[cfg(target_arch = "wasm32")]
const STEP: u8 = match option_env!("ORBITA_FLOOR") {
    Some(s) => s.as_bytes()[0] - b'0',
    None => 6,
};

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| {
        let (n, set_n) = signal(0u32);
        let out = move || content(n.get());
        view! {
            <button on:click=move |_| set_n.update(|n| *n += 1)>"+"</button>
            <div inner_html=out></div>
        }
    });
}

/// Touches every part of the chosen steps, so none is left out of the build.
#[cfg(target_arch = "wasm32")]
fn content(n: u32) -> String {
    use orbita::codec::{self, csv, share};
    use orbita::domain::{placement, questionnaire, suggestions, summary, Lang};
    let lang = if n.is_multiple_of(2) {
        Lang::Es
    } else {
        Lang::En
    };
    let mut s = n.to_string();
    if STEP >= 1 {
        for k in orbita::i18n::K::ALL {
            s += k.get(lang);
        }
        for q in questionnaire::all() {
            s += q.prompt.get(lang);
            s += q.help.get(lang);
            s += q.short.get(lang);
            for o in q.options {
                s += o.label.get(lang);
            }
        }
        for l in suggestions::levers() {
            s += l.title.get(lang);
            s += l.detail.get(lang);
            s += l.source;
        }
    }
    if STEP < 2 {
        return s;
    }
    let mut maps: Vec<_> = orbita::domain::examples::all(lang)
        .into_iter()
        .map(|e| e.map)
        .collect();
    for m in &maps {
        s += &m.name;
    }
    if STEP >= 3 {
        for m in &maps {
            let placed: Vec<_> = m
                .stakeholders
                .iter()
                .filter_map(|p| placement::place(&p.answers).map(|pl| (pl, p)))
                .collect();
            for (pl, p) in &placed {
                for sg in suggestions::suggest(pl, &p.answers) {
                    s += sg.why.get(lang);
                }
            }
            s += summary::summarize(m.stakeholders.len(), placed.iter().map(|(pl, _)| pl))
                .chain
                .message()
                .get(lang);
        }
    }
    if STEP >= 4 {
        let ctx = codec::MigrateCtx {
            map_id: "m".into(),
            map_name: s.clone(),
        };
        let raw = orbita::web::storage::read(orbita::web::storage::WORKSPACE_KEY)
            .ok()
            .flatten()
            .unwrap_or_default();
        if let Ok(loaded) = codec::decode_stored(&raw, &ctx) {
            maps.extend(loaded.ws.maps);
        }
        let ws = orbita::domain::state::Workspace {
            maps: maps.clone(),
            current: String::new(),
        };
        let _ = orbita::web::storage::write(
            orbita::web::storage::WORKSPACE_KEY,
            &codec::encode_workspace(&ws),
        );
        s += &codec::encode_export(&maps, 0.0);
        if let Ok((more, _)) = codec::decode_import(&s, &ctx) {
            s += &more.len().to_string();
        }
    }
    if STEP >= 5 {
        let map = maps[0].clone();
        leptos::task::spawn_local(async move {
            if let Some(p) =
                orbita::web::compression::encode(&map, share::ShareOptions::default()).await
            {
                let _ = orbita::web::compression::decode(&p).await;
            }
        });
    }
    if STEP >= 6 {
        s += &csv::stakeholders_csv(&maps[0], lang);
        s += &csv::plan_csv(&maps[0], lang);
    }
    s
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("a wasm32 build only: run scripts/wasm-floor");
}
