//! Step-by-step upgrades of stored and exported data, one per schema version, on the JSON
//! tree before it is read into the current types.

use serde::Deserialize;
use serde_json::{json, Value};

use super::envelope::{LoadError, MigrateCtx, SCHEMA_VERSION};
use super::lenient::{self, Fix, Rule};
use crate::domain::workspace::Stakeholder;

type Migration = fn(Value, &MigrateCtx) -> Result<Value, LoadError>;

/// `MIGRATIONS[n - 1]` turns version `n` data into version `n + 1` data.
pub const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [v1_to_v2, v2_to_v3];

/// Version 1: one unnamed map's stakeholders (no plan).
#[derive(Deserialize)]
struct V1 {
    #[serde(default)]
    stakeholders: Option<Vec<Stakeholder>>,
    #[serde(default)]
    next_id: Option<u32>,
}

/// Version 1 files are old enough that anything wrong in them fails the read, as it did.
const V1_RULES: &[Rule] = &[
    Rule {
        at: "stakeholders",
        fix: Fix::Fail,
        expects: "a list",
    },
    Rule {
        at: "stakeholders[]",
        fix: Fix::Fail,
        expects: "an object",
    },
    Rule {
        at: "stakeholders[].id",
        fix: Fix::Fail,
        expects: super::envelope::ID,
    },
    Rule {
        at: "stakeholders[].name",
        fix: Fix::Fail,
        expects: "a string",
    },
    Rule {
        at: "stakeholders[].role",
        fix: Fix::Fail,
        expects: "a string",
    },
    Rule {
        at: "stakeholders[].notes",
        fix: Fix::Fail,
        expects: "a string",
    },
    Rule {
        at: "next_id",
        fix: Fix::Fail,
        expects: super::envelope::ID,
    },
];

/// v1 kept one map's stakeholders (no answers, no plan); v2 keeps several maps with a plan.
pub fn v1_to_v2(data: Value, ctx: &MigrateCtx) -> Result<Value, LoadError> {
    if !data.is_object() {
        return Err(LoadError::WrongShape("data: expected an object".into()));
    }
    let v1: V1 = lenient::read::<V1>(data, "data", V1_RULES, &ctx.unnamed)
        .map_err(LoadError::WrongShape)?
        .value;
    let mut map = json!({
        "id": ctx.map_id,
        "name": ctx.map_name,
        "stakeholders": v1.stakeholders.unwrap_or_default(),
        "plan": [],
    });
    if let Some(next_id) = v1.next_id {
        map["next_id"] = next_id.into();
    }
    Ok(json!({ "maps": [map], "current": ctx.map_id }))
}

/// v3 adds invites, replies and group tallies to maps, all empty by default: v2 data reads
/// as it is. The version moves so that a build that knows nothing of replies never writes
/// over them.
pub fn v2_to_v3(data: Value, _ctx: &MigrateCtx) -> Result<Value, LoadError> {
    Ok(data)
}
