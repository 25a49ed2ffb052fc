//! The CNIL 1–4 scales for likelihood and severity, and the level a pair of them maps to.
//!
//! Level mapping (documented in the report's methodology): the product of likelihood and
//! severity, 1–3 low, 4–6 medium, 8–9 high, 12–16 very high. The product rewards a risk that is
//! both likely and severe, and puts "certain but negligible" (4 × 1) and "remote but maximal"
//! (1 × 4) in the same medium band.

use serde::Serialize;
use std::fmt;

/// A point on a CNIL 1–4 scale: 1 negligible, 2 limited, 3 significant, 4 maximum.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct Scale(#[schemars(range(min = 1, max = 4))] u8);

impl Scale {
    /// The lowest point, "negligible".
    pub const MIN: Scale = Scale(1);
    /// The highest point, "maximum".
    pub const MAX: Scale = Scale(4);

    /// A point from a number, or `None` outside 1–4.
    pub fn new(value: u8) -> Option<Scale> {
        (1..=4).contains(&value).then_some(Scale(value))
    }

    /// The number, 1 to 4.
    pub fn get(self) -> u8 {
        self.0
    }

    /// Moves the point by `delta`, staying within 1–4. Clamping is what the why-trail reports
    /// as "capped", so callers can tell when effects ran past the end of the scale.
    pub fn shifted(self, delta: i32) -> Scale {
        Scale((i32::from(self.0) + delta).clamp(1, 4) as u8)
    }

    /// The CNIL name of the point.
    pub fn name(self) -> &'static str {
        match self.0 {
            1 => "Negligible",
            2 => "Limited",
            3 => "Significant",
            _ => "Maximum",
        }
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.0, self.name())
    }
}

/// The level of a risk, derived from its likelihood and severity.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    /// Product 1–3.
    Low,
    /// Product 4–6.
    Medium,
    /// Product 8–9.
    High,
    /// Product 12–16.
    VeryHigh,
}

impl RiskLevel {
    /// The level of a likelihood and severity pair (see the module documentation).
    pub fn of(likelihood: Scale, severity: Scale) -> RiskLevel {
        match likelihood.get() * severity.get() {
            0..=3 => RiskLevel::Low,
            4..=6 => RiskLevel::Medium,
            7..=9 => RiskLevel::High,
            _ => RiskLevel::VeryHigh,
        }
    }

    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            RiskLevel::Low => "Low",
            RiskLevel::Medium => "Medium",
            RiskLevel::High => "High",
            RiskLevel::VeryHigh => "Very high",
        }
    }
}

impl RiskLevel {
    /// The level named by [`RiskLevel::name`], as written in files.
    pub fn from_name(name: &str) -> Option<RiskLevel> {
        [
            RiskLevel::Low,
            RiskLevel::Medium,
            RiskLevel::High,
            RiskLevel::VeryHigh,
        ]
        .into_iter()
        .find(|level| level.name() == name)
    }
}

impl fmt::Display for RiskLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: u8) -> Scale {
        Scale::new(v).unwrap()
    }

    #[test]
    fn levels_follow_the_documented_product_bands() {
        assert_eq!(RiskLevel::of(s(1), s(3)), RiskLevel::Low);
        assert_eq!(RiskLevel::of(s(4), s(1)), RiskLevel::Medium);
        assert_eq!(RiskLevel::of(s(2), s(3)), RiskLevel::Medium);
        assert_eq!(RiskLevel::of(s(2), s(4)), RiskLevel::High);
        assert_eq!(RiskLevel::of(s(3), s(3)), RiskLevel::High);
        assert_eq!(RiskLevel::of(s(3), s(4)), RiskLevel::VeryHigh);
    }

    #[test]
    fn level_never_falls_when_a_scale_rises() {
        for l in 1..=4 {
            for sev in 1..=4 {
                let here = RiskLevel::of(s(l), s(sev));
                if l < 4 {
                    assert!(RiskLevel::of(s(l + 1), s(sev)) >= here);
                }
                if sev < 4 {
                    assert!(RiskLevel::of(s(l), s(sev + 1)) >= here);
                }
            }
        }
    }

    #[test]
    fn shifting_stays_on_the_scale() {
        assert_eq!(s(3).shifted(5), Scale::MAX);
        assert_eq!(s(2).shifted(-7), Scale::MIN);
        assert_eq!(Scale::new(0), None);
        assert_eq!(Scale::new(5), None);
    }
}
