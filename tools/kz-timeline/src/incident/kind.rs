//! What kind of incident, in ACLED's categories, and who took part, typed
//! as ACLED types actors. Decided from the words of the incident's reports
//! (background paragraphs about other incidents left out, see [`super::cues`]),
//! counted by sentence, and from who its casualty figures are about. The
//! explosion rules need explosions told of in at least as many sentences as
//! shooting and fighting (attack and clash words) and as unrest (riot, mob
//! and protest words); the riot rules need unrest told of at least as often
//! as shooting and fighting. The rules, first match wins:
//!
//! | rule | when | event_type / sub_event_type |
//! |---|---|---|
//! | `accident` | accident words (gas explosion, gas leak, road accident, взрыв газа, ДТП) and no word of attack, fighting, unrest, abduction or armed men | no ACLED type (`null`): an accident is not political violence |
//! | `suicide-bomb` | suicide bomb(er), blew himself up, смертник | Explosions/Remote violence / Suicide bomb |
//! | `explosive` | bomb, blast, explosion, explosive device, IED, взрыв | Explosions/Remote violence / Remote explosive/landmine/IED |
//! | `drone` | drone, unmanned aerial vehicle, UAV, беспилотник | Explosions/Remote violence / Air/drone strike |
//! | `shelling` | shelling, artillery, mortar, rockets, missile, артиллерия, as often as bomb and grenade words | Explosions/Remote violence / Shelling/artillery/missile attack |
//! | `grenade` | grenade (not stun grenade), граната, more often than bomb words | Explosions/Remote violence / Grenade |
//! | `riot` | riot(ers), looting, pogrom, mass unrest, беспорядки, погром | Riots / Violent demonstration (with protest words), else Mob violence |
//! | `mob` | mob, lynching, mass brawl, самосуд | Riots / Mob violence |
//! | `armed-clash` | fighters (gunmen, militants, soldiers, боевики, casualties among militants or forces, or clash words in two sentences) and either clash words (shootout, firefight, clash, перестрелка) in at least half as many sentences as attack words, or casualties among both the forces and the militants | Battles / Armed clash |
//! | `excessive-force` | protest words and protesters killed, or fire opened on protesters | Protests / Excessive force against protesters |
//! | `protest-intervention` | protest words and dispersal, tear gas, detentions, clashes or injured protesters | Protests / Protest with intervention |
//! | `peaceful-protest` | protest words (protest, rally, picket, strike, митинг), as often as attack words | Protests / Peaceful protest |
//! | `abduction` | abducted, kidnapped, hostages, похищение, as often as attack words | Violence against civilians / Abduction/forced disappearance |
//! | `attack-on-forces` | attack words and casualties only among the forces | Battles / Armed clash |
//! | `attack` | attack words (attack, gunmen, shot dead, stabbed, нападение) or anyone killed or injured | Violence against civilians / Attack |
//! | `arrests` | arrest words (detained, arrested, raid, задержан) or people detained | Strategic developments / Arrests |
//!
//! Nothing matched: no event type (`null`).

use super::cues::*;

/// Cue bits that say something happened (a background paragraph without
/// any is history, not an incident).
pub(crate) const HAPPENED: u32 = SUICIDE
    | EXPLOSIVE
    | GRENADE
    | DRONE
    | SHELLING
    | CLASH
    | RIOT
    | MOB
    | PROTEST
    | ATTACK
    | ABDUCTION
    | ACCIDENT;

/// Casualties of an incident by class, as far as the rules need them.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Harm {
    /// Killed or injured among the security forces, the militants, the
    /// protesters, anyone.
    pub(crate) forces: bool,
    pub(crate) militants: bool,
    pub(crate) protesters_killed: bool,
    pub(crate) protesters_hurt: bool,
    pub(crate) civilians: bool,
    pub(crate) anyone: bool,
    pub(crate) detained: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kind {
    pub(crate) event_type: &'static str,
    pub(crate) sub_event_type: &'static str,
    pub(crate) rule: &'static str,
}

fn k(event_type: &'static str, sub_event_type: &'static str, rule: &'static str) -> Option<Kind> {
    Some(Kind { event_type, sub_event_type, rule })
}

/// How many sentences give each cue (each bit of [`super::cues`]).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Counts([u16; 32]);

impl Counts {
    pub(crate) fn add(&mut self, cues: u32) {
        let mut bits = cues;
        while bits != 0 {
            let i = bits.trailing_zeros() as usize;
            self.0[i] = self.0[i].saturating_add(1);
            bits &= bits - 1;
        }
    }

    pub(crate) fn merge(&mut self, other: &Counts) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a = a.saturating_add(b);
        }
    }

    /// Sentences with any of `bits`, counted once per bit.
    fn n(&self, bits: u32) -> u32 {
        (0..32).filter(|i| bits & (1 << i) != 0).map(|i| u32::from(self.0[i])).sum()
    }

    /// One sentence with each of `bits` (for tests).
    #[cfg(test)]
    pub(crate) fn of(bits: u32) -> Counts {
        let mut c = Counts::default();
        c.add(bits);
        c
    }
}

/// The kind of an incident from how many of its sentences tell of each
/// thing: explosions when they are told of at least as often as shooting
/// and fighting and as unrest; unrest (riots, protests) when it is told of
/// at least as often as shooting and fighting; then fighting, abduction,
/// attack and arrests, as the table above says.
pub(crate) fn kind(counts: &Counts, harm: Harm) -> Option<Kind> {
    let has = |b: u32| counts.n(b) > 0;
    let blasts = counts.n(SUICIDE | EXPLOSIVE | GRENADE | DRONE | SHELLING);
    let violence = counts.n(ATTACK | CLASH);
    let unrest = counts.n(RIOT | MOB | PROTEST);
    const EXPL: &str = "Explosions/Remote violence";
    // A gas explosion or a road crash told without a word of attack,
    // fighting, unrest or armed men: not an ACLED event, but named so.
    let hostile =
        SUICIDE | GRENADE | DRONE | SHELLING | ATTACK | CLASH | RIOT | MOB | PROTEST | ABDUCTION | ARMED;
    if has(ACCIDENT) && counts.n(hostile) == 0 {
        return k("", "", "accident");
    }
    if blasts > 0 && blasts >= violence && blasts >= unrest {
        if has(SUICIDE) {
            return k(EXPL, "Suicide bomb", "suicide-bomb");
        }
        if has(DRONE) {
            return k(EXPL, "Air/drone strike", "drone");
        }
        if counts.n(SHELLING) >= counts.n(EXPLOSIVE | GRENADE) {
            return k(EXPL, "Shelling/artillery/missile attack", "shelling");
        }
        if counts.n(GRENADE) > counts.n(EXPLOSIVE) {
            return k(EXPL, "Grenade", "grenade");
        }
        return k(EXPL, "Remote explosive/landmine/IED", "explosive");
    }
    if unrest > 0 && unrest >= violence {
        if has(RIOT) {
            let sub = if has(PROTEST) { "Violent demonstration" } else { "Mob violence" };
            return k("Riots", sub, "riot");
        }
        if has(MOB) {
            return k("Riots", "Mob violence", "mob");
        }
    }
    // Fighting: armed men, soldiers or casualties among the forces, and
    // clash words about as often as attack words, or casualties on both
    // sides. A massacre with one word of a shoot-out stays an attack.
    let fighters = has(ARMED) || has(MILITARY) || harm.militants || harm.forces || counts.n(CLASH) >= 2;
    let clash = has(CLASH) && 2 * counts.n(CLASH) >= counts.n(ATTACK);
    if fighters && (clash || (harm.forces && harm.militants)) && violence >= unrest {
        return k("Battles", "Armed clash", "armed-clash");
    }
    if has(PROTEST) && unrest >= counts.n(ATTACK) {
        if harm.protesters_killed || has(FORCE) {
            return k("Protests", "Excessive force against protesters", "excessive-force");
        }
        if has(INTERVENTION) || has(CLASH) || harm.detained || harm.protesters_hurt {
            return k("Protests", "Protest with intervention", "protest-intervention");
        }
        return k("Protests", "Peaceful protest", "peaceful-protest");
    }
    if has(ABDUCTION) && counts.n(ABDUCTION) >= counts.n(ATTACK) {
        return k("Violence against civilians", "Abduction/forced disappearance", "abduction");
    }
    if has(ATTACK) && harm.forces && !harm.civilians {
        return k("Battles", "Armed clash", "attack-on-forces");
    }
    if has(ATTACK) || harm.anyone {
        return k("Violence against civilians", "Attack", "attack");
    }
    if has(ARREST) || harm.detained {
        return k("Strategic developments", "Arrests", "arrests");
    }
    None
}

/// Whether an organisation's name names a country of the region other
/// than `country`.
fn names_other_country(org: &str, country: &str) -> bool {
    const COUNTRIES: &[&str] = &[
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Uzbekistan",
        "Turkmenistan",
        "Russia",
        "Afghanistan",
        "China",
    ];
    COUNTRIES.iter().any(|c| *c != country && org.contains(c))
}

/// An actor as ACLED types it: `inter` 1 state forces, 2 rebel groups, 3
/// political militias, 5 rioters, 6 protesters, 7 civilians, 8 external or
/// other forces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Actor {
    pub(crate) name: String,
    pub(crate) kind: &'static str,
    pub(crate) inter: u8,
}

/// The actors of an incident: named organisations whose names say what
/// they are (police, national guard, security committee → state forces;
/// "liberation", "jihad", "Islamic" → rebel groups; CSTO → external), then
/// the generic actors its words and casualty classes name, ACLED-style
/// ("Police Forces of Kazakhstan", "Unidentified Armed Group
/// (Kazakhstan)", "Protesters (Kazakhstan)").
pub(crate) fn actors(
    orgs: &[&str],
    cues: u32,
    harm: Harm,
    country: Option<&str>,
    kind: Option<Kind>,
) -> Vec<Actor> {
    let has = |b: u32| cues & b != 0;
    let mut out: Vec<Actor> = Vec::new();
    fn push(out: &mut Vec<Actor>, name: String, kind: &'static str, inter: u8) {
        if !out.iter().any(|a| a.name == name) {
            out.push(Actor { name, kind, inter });
        }
    }
    for org in orgs {
        // kz-entities may give a foreign ministry the name of Kazakhstan's:
        // an organisation named for another country than the incident's is
        // left to the generic actors below.
        if country.is_some_and(|c| names_other_country(org, c)) {
            continue;
        }
        let lower = org.to_lowercase();
        let any = |words: &[&str]| words.iter().any(|w| lower.contains(w));
        if any(&[
            "liberation",
            "jihad",
            "islamic state",
            "taliban",
            "jamaat",
            "caliphate",
            "ansar",
            "hizb",
            "mujahid",
        ]) {
            push(&mut out, org.to_string(), "rebel_group", 2);
        } else if any(&[
            "police",
            "national guard",
            "armed forces",
            "security committee",
            "special forces",
            "border service",
            "internal affairs",
            "interior ministry",
            "defence ministry",
            "ministry of defence",
            "полиц",
            "гварди",
            "кнб",
            "мвд",
        ]) {
            push(&mut out, org.to_string(), "state_forces", 1);
        } else if any(&["collective security treaty", "peacekeep", "одкб"]) {
            push(&mut out, org.to_string(), "external_forces", 8);
        }
    }
    let c = country.unwrap_or("unknown country");
    if has(POLICE) {
        push(&mut out, format!("Police Forces of {c}"), "state_forces", 1);
    }
    if has(MILITARY) {
        push(&mut out, format!("Military Forces of {c}"), "state_forces", 1);
    }
    if harm.forces && !has(POLICE | MILITARY) {
        push(&mut out, format!("Security Forces of {c}"), "state_forces", 1);
    }
    // A bombing or an attack has someone behind it, unnamed or not.
    let violent = kind.is_some_and(|k| {
        matches!(k.event_type, "Explosions/Remote violence" | "Violence against civilians" | "Battles")
    });
    let perpetrator = out.iter().any(|a| a.inter == 2);
    if has(ARMED) || harm.militants || (violent && !perpetrator) {
        push(&mut out, format!("Unidentified Armed Group ({c})"), "political_militia", 3);
    }
    if has(RIOTERS) || has(RIOT) {
        push(&mut out, format!("Rioters ({c})"), "rioters", 5);
    }
    let protest = kind.is_some_and(|k| matches!(k.event_type, "Protests" | "Riots"));
    if has(PROTESTERS) || (protest && has(PROTEST)) || harm.protesters_killed || harm.protesters_hurt {
        push(&mut out, format!("Protesters ({c})"), "protesters", 6);
    }
    let against_civilians = kind.is_some_and(|k| {
        k.event_type == "Violence against civilians"
            || (k.event_type == "Explosions/Remote violence" && harm.anyone)
    });
    if has(CIVILIANS) || harm.civilians || against_civilians {
        push(&mut out, format!("Civilians ({c})"), "civilians", 7);
    }
    if has(EXTERNAL) {
        push(&mut out, "Peacekeeping forces".to_string(), "external_forces", 8);
    }
    let named_external = out.iter().any(|a| a.inter == 8 && a.name != "Peacekeeping forces");
    if named_external {
        out.retain(|a| a.name != "Peacekeeping forces");
    }
    out.sort_by_key(|a| a.inter);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(cues: u32, harm: Harm) -> &'static str {
        kind(&Counts::of(cues), harm).map_or("none", |k| k.rule)
    }

    #[test]
    fn each_rule_has_a_case_that_needs_it() {
        let none = Harm::default();
        let killed = Harm { anyone: true, ..none };
        assert_eq!(rule(SUICIDE | EXPLOSIVE | ATTACK, killed), "suicide-bomb");
        assert_eq!(rule(EXPLOSIVE | ATTACK, killed), "explosive");
        assert_eq!(rule(GRENADE, killed), "grenade");
        assert_eq!(
            kind(&Counts::of(RIOT | PROTEST | CLASH | ARMED), killed).unwrap().sub_event_type,
            "Violent demonstration"
        );
        assert_eq!(kind(&Counts::of(RIOT), none).unwrap().sub_event_type, "Mob violence");
        // A gas explosion alone is an accident; with a word of attack it is not.
        let mut gas = Counts::of(ACCIDENT);
        gas.add(EXPLOSIVE);
        assert_eq!(kind(&gas, none).unwrap().rule, "accident");
        assert_eq!(kind(&gas, none).unwrap().event_type, "");
        gas.add(ATTACK);
        assert_eq!(kind(&gas, none).unwrap().rule, "explosive");
        assert_eq!(rule(DRONE | GRENADE | ATTACK, killed), "drone");
        assert_eq!(rule(SHELLING, killed), "shelling");
        // A shooting in which one witness heard a blast is still a shooting.
        let mut c = Counts::of(ATTACK | ARMED);
        c.add(ATTACK);
        c.add(EXPLOSIVE);
        assert_eq!(kind(&c, killed).unwrap().rule, "attack");
        // Unrest told of more often than fighting is unrest, even with a
        // word of grenades used on the crowd.
        let mut c = Counts::of(RIOT | PROTEST);
        c.add(PROTEST);
        c.add(GRENADE | CLASH);
        assert_eq!(kind(&c, killed).unwrap().rule, "riot");
        // Two sentences of clashes are a fight, whoever fought.
        let mut c = Counts::of(CLASH);
        c.add(CLASH);
        assert_eq!(kind(&c, killed).unwrap().rule, "armed-clash");
        // Hostages taken in the course of a massacre: an attack.
        let mut c = Counts::of(ATTACK | ABDUCTION);
        c.add(ATTACK);
        assert_eq!(kind(&c, killed).unwrap().rule, "attack");
        assert_eq!(rule(MOB, killed), "mob");
        let both = Harm { forces: true, militants: true, anyone: true, ..none };
        assert_eq!(rule(ATTACK | ARMED, both), "armed-clash");
        assert_eq!(rule(CLASH | ARMED, none), "armed-clash");
        // Border guards of two states trading fire.
        assert_eq!(rule(CLASH | MILITARY, Harm { forces: true, anyone: true, ..none }), "armed-clash");
        // Gunmen shooting a crowd, one word of a shoot-out with the police.
        let mut c = Counts::of(ATTACK | ARMED | CLASH);
        c.add(ATTACK);
        c.add(ATTACK);
        assert_eq!(kind(&c, killed).unwrap().rule, "attack");
        // Clashes between protesters and police are a protest, not a battle.
        let hurt = Harm { protesters_hurt: true, anyone: true, ..none };
        assert_eq!(rule(PROTEST | CLASH | POLICE, hurt), "protest-intervention");
        let shot = Harm { protesters_killed: true, anyone: true, ..none };
        assert_eq!(rule(PROTEST, shot), "excessive-force");
        assert_eq!(rule(PROTEST | FORCE, none), "excessive-force");
        assert_eq!(rule(PROTEST | INTERVENTION, none), "protest-intervention");
        assert_eq!(rule(PROTEST, Harm { detained: true, ..none }), "protest-intervention");
        assert_eq!(rule(PROTEST, none), "peaceful-protest");
        assert_eq!(rule(ABDUCTION, none), "abduction");
        assert_eq!(rule(ATTACK, Harm { forces: true, anyone: true, ..none }), "attack-on-forces");
        assert_eq!(rule(ATTACK, Harm { forces: true, civilians: true, anyone: true, ..none }), "attack");
        assert_eq!(rule(0, killed), "attack");
        assert_eq!(rule(ARREST, none), "arrests");
        assert_eq!(rule(0, Harm { detained: true, ..none }), "arrests");
        assert_eq!(rule(POLICE, none), "none");
    }

    #[test]
    fn actors_are_typed_as_acled_types_them() {
        let harm = Harm { forces: true, militants: true, civilians: true, ..Harm::default() };
        let a = actors(
            &["Army for the Liberation of Steppe", "National Guard of Kazakhstan", "Khabar 24"],
            POLICE | ARMED,
            harm,
            Some("Kazakhstan"),
            kind(&Counts::of(ATTACK), harm),
        );
        let got: Vec<(&str, u8)> = a.iter().map(|a| (a.name.as_str(), a.inter)).collect();
        assert_eq!(
            got,
            [
                ("National Guard of Kazakhstan", 1),
                ("Police Forces of Kazakhstan", 1),
                ("Army for the Liberation of Steppe", 2),
                ("Unidentified Armed Group (Kazakhstan)", 3),
                ("Civilians (Kazakhstan)", 7),
            ]
        );
        // An unattributed bombing: someone set it off, people were hurt.
        let hurt = Harm { anyone: true, ..Harm::default() };
        let a = actors(&[], EXPLOSIVE, hurt, Some("Kyrgyzstan"), kind(&Counts::of(EXPLOSIVE), hurt));
        let got: Vec<&str> = a.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(got, ["Unidentified Armed Group (Kyrgyzstan)", "Civilians (Kyrgyzstan)"]);
        // A Kazakh body in a Kyrgyz incident is a misread name.
        let a = actors(&["National Guard of Kazakhstan"], 0, hurt, Some("Kyrgyzstan"), None);
        assert!(a.is_empty(), "{a:?}");
        // Protest words in a report of an attack make no protesters.
        let a = actors(
            &[],
            PROTEST | ATTACK,
            hurt,
            None,
            kind(&Counts::of(ATTACK | ARMED), Harm { forces: true, militants: true, ..hurt }),
        );
        assert!(a.iter().all(|a| a.inter != 6), "{a:?}");
    }
}
