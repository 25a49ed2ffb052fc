//! How an app is provided to the users of some regions: by which entity, where their data is
//! stored or processed, and on what basis it leaves their region. Entities, data locations and
//! transfer bases differ by region (WhatsApp Ireland for the EEA, WhatsApp LLC for the UK), so
//! each app states them for every region the questionnaire asks about.

use super::citation::Citation;

/// The regions an organisation can be established in: the ids of the questionnaire's "where is
/// the organisation established" options. Every app states its provider for each, once.
pub const USER_REGIONS: [&str; 7] = [
    "eea",
    "uk",
    "switzerland",
    "hong_kong",
    "prc",
    "us",
    "other",
];

/// What a provider or a data location says when no source gives it. For a data location the
/// provider's own country then counts as a place the data is processed, since the provider
/// handles it there.
pub const UNKNOWN: &str = "unknown";

/// What a data location or a jurisdiction says when it depends on the operator (SMS) or on the
/// organisation itself (a self-hosted server).
pub const VARIES: &str = "varies";

/// How an app is provided to the users of some regions.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// The regions, from [`USER_REGIONS`].
    pub users_in: Vec<String>,
    /// The entity that provides the app to them, or contracts with them, in words.
    pub provider: String,
    /// Where their data is stored or processed: ISO 3166-1 alpha-2 codes, or
    /// [`UNKNOWN`] or [`VARIES`].
    pub data_in: Vec<String>,
    /// On what basis the data leaves their region, in one or two sentences; empty when it does
    /// not leave it.
    pub transfers: String,
    /// Where this comes from.
    pub citation: Citation,
}
