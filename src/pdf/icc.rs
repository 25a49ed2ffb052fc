//! The sRGB colour profile (IEC 61966-2-1) that PDF/A asks for as the document's output intent:
//! it says what the report's DeviceRGB and DeviceGray colours mean, so an archive can reproduce
//! them. The profile is built here from the standard's published numbers rather than copied from
//! a file whose licence we would have to carry: an ICC version 2 display profile with a
//! matrix (the sRGB primaries adapted to D50 with the Bradford transform, as ICC profiles carry
//! them) and the sRGB tone curve as a 1,024-entry table.

/// The profile's description, which colour-managed readers show.
pub(super) const DESCRIPTION: &str = "sRGB IEC61966-2.1";

/// The red, green and blue colorants (XYZ, D50), from IEC 61966-2-1 adapted to D50.
const PRIMARIES: [[f64; 3]; 3] = [
    [0.436_074_7, 0.222_504_5, 0.013_932_2],
    [0.385_064_9, 0.716_878_6, 0.097_104_5],
    [0.143_080_4, 0.060_616_9, 0.714_173_3],
];

/// The D50 illuminant of the profile connection space, which is also the media white point of a
/// display profile adapted to it.
const D50: [f64; 3] = [0.9642, 1.0, 0.8249];

/// Entries in the tone-curve table: enough that interpolation stays within a 16-bit step of the
/// exact curve.
const CURVE_ENTRIES: usize = 1024;

/// Length of the fixed profile header.
const HEADER_LENGTH: usize = 128;

/// The profile's bytes.
pub(super) fn srgb_profile() -> Vec<u8> {
    let curve = curve_tag();
    let tags: [([u8; 4], Vec<u8>); 9] = [
        (*b"desc", description_tag(DESCRIPTION)),
        (*b"cprt", text_tag("No copyright, use freely")),
        (*b"wtpt", xyz_tag(D50)),
        (*b"rXYZ", xyz_tag(PRIMARIES[0])),
        (*b"gXYZ", xyz_tag(PRIMARIES[1])),
        (*b"bXYZ", xyz_tag(PRIMARIES[2])),
        (*b"rTRC", curve.clone()),
        (*b"gTRC", curve.clone()),
        (*b"bTRC", curve),
    ];
    let table_length = 4 + 12 * tags.len();
    let mut table = Vec::with_capacity(table_length);
    let mut data = Vec::new();
    table.extend_from_slice(&u32_of(tags.len()));
    let mut written: Vec<(&[u8], usize)> = Vec::new();
    for (signature, bytes) in &tags {
        // The three tone curves are the same: the tag table points at one copy, as ICC allows.
        let offset = match written.iter().find(|(earlier, _)| earlier == bytes) {
            Some(&(_, offset)) => offset,
            None => {
                let offset = HEADER_LENGTH + table_length + data.len();
                data.extend_from_slice(bytes);
                // Each tag starts on a four-byte boundary.
                data.resize(data.len().next_multiple_of(4), 0);
                written.push((bytes, offset));
                offset
            }
        };
        table.extend_from_slice(signature);
        table.extend_from_slice(&u32_of(offset));
        table.extend_from_slice(&u32_of(bytes.len()));
    }
    let size = HEADER_LENGTH + table.len() + data.len();
    let mut profile = header(size);
    profile.extend_from_slice(&table);
    profile.extend_from_slice(&data);
    profile
}

/// The 128-byte header: version 2.1, a display ("mntr") profile from RGB to XYZ.
fn header(size: usize) -> Vec<u8> {
    let mut header = Vec::with_capacity(size);
    header.extend_from_slice(&u32_of(size));
    header.extend_from_slice(&[0; 4]); // preferred colour management module: none
    header.extend_from_slice(&[2, 0x10, 0, 0]); // version 2.1.0
    header.extend_from_slice(b"mntr");
    header.extend_from_slice(b"RGB ");
    header.extend_from_slice(b"XYZ ");
    // Creation date and time, fixed so that reports stay byte-identical: 2026-12-03 00:00:00.
    for part in [2026_u16, 12, 3, 0, 0, 0] {
        header.extend_from_slice(&part.to_be_bytes());
    }
    header.extend_from_slice(b"acsp");
    header.extend_from_slice(&[0; 4]); // primary platform: none
    header.extend_from_slice(&[0; 4]); // flags
    header.extend_from_slice(&[0; 4]); // device manufacturer
    header.extend_from_slice(&[0; 4]); // device model
    header.extend_from_slice(&[0; 8]); // device attributes
    header.extend_from_slice(&[0; 4]); // rendering intent: perceptual
    for value in D50 {
        header.extend_from_slice(&s15_fixed16(value));
    }
    header.extend_from_slice(&[0; 4]); // creator
    header.resize(HEADER_LENGTH, 0); // profile id (version 4 only) and reserved bytes
    header
}

/// A `textDescriptionType` tag: ASCII, with empty Unicode and ScriptCode parts.
fn description_tag(text: &str) -> Vec<u8> {
    let mut tag = type_prefix(b"desc");
    tag.extend_from_slice(&u32_of(text.len() + 1));
    tag.extend_from_slice(text.as_bytes());
    tag.push(0);
    tag.extend_from_slice(&[0; 4]); // Unicode language code
    tag.extend_from_slice(&[0; 4]); // Unicode character count
    tag.extend_from_slice(&[0; 2]); // ScriptCode code
    tag.push(0); // ScriptCode count
    tag.extend_from_slice(&[0; 67]); // ScriptCode description
    tag
}

/// A `textType` tag: NUL-terminated ASCII.
fn text_tag(text: &str) -> Vec<u8> {
    let mut tag = type_prefix(b"text");
    tag.extend_from_slice(text.as_bytes());
    tag.push(0);
    tag
}

/// An `XYZType` tag holding one colour.
fn xyz_tag(xyz: [f64; 3]) -> Vec<u8> {
    let mut tag = type_prefix(b"XYZ ");
    for value in xyz {
        tag.extend_from_slice(&s15_fixed16(value));
    }
    tag
}

/// A `curveType` tag with the sRGB tone curve sampled at `CURVE_ENTRIES` points.
fn curve_tag() -> Vec<u8> {
    let mut tag = type_prefix(b"curv");
    tag.extend_from_slice(&u32_of(CURVE_ENTRIES));
    for index in 0..CURVE_ENTRIES {
        let encoded = index as f64 / (CURVE_ENTRIES - 1) as f64;
        // Rounded into the u16 range, so the cast cannot truncate.
        let sample = (srgb_to_linear(encoded) * 65535.0).round() as u16;
        tag.extend_from_slice(&sample.to_be_bytes());
    }
    tag
}

/// The sRGB transfer function, from an encoded value to linear light (both 0 to 1).
fn srgb_to_linear(encoded: f64) -> f64 {
    if encoded <= 0.040_45 {
        encoded / 12.92
    } else {
        ((encoded + 0.055) / 1.055).powf(2.4)
    }
}

/// A tag's type signature followed by its four reserved bytes.
fn type_prefix(signature: &[u8; 4]) -> Vec<u8> {
    let mut prefix = signature.to_vec();
    prefix.extend_from_slice(&[0; 4]);
    prefix
}

/// A signed 15.16 fixed-point number, big-endian.
fn s15_fixed16(value: f64) -> [u8; 4] {
    // The profile's values lie between 0 and 1, far inside the i32 range.
    ((value * 65536.0).round() as i32).to_be_bytes()
}

/// A length or count as a big-endian u32; the profile is a few kilobytes, so it always fits.
fn u32_of(value: usize) -> [u8; 4] {
    u32::try_from(value).unwrap_or(u32::MAX).to_be_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u32_at(bytes: &[u8], at: usize) -> usize {
        u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize
    }

    fn tag<'p>(profile: &'p [u8], signature: &[u8; 4]) -> &'p [u8] {
        let count = u32_at(profile, HEADER_LENGTH);
        (0..count)
            .map(|index| HEADER_LENGTH + 4 + 12 * index)
            .find(|&entry| &profile[entry..entry + 4] == signature)
            .map(|entry| {
                let offset = u32_at(profile, entry + 4);
                &profile[offset..offset + u32_at(profile, entry + 8)]
            })
            .unwrap_or_else(|| panic!("no {} tag", String::from_utf8_lossy(signature)))
    }

    #[test]
    fn the_header_describes_a_version_2_rgb_display_profile_of_the_right_size() {
        let profile = srgb_profile();
        assert_eq!(u32_at(&profile, 0), profile.len());
        assert_eq!(profile[8], 2, "major version");
        assert_eq!(&profile[12..16], b"mntr");
        assert_eq!(&profile[16..20], b"RGB ");
        assert_eq!(&profile[20..24], b"XYZ ");
        assert_eq!(&profile[36..40], b"acsp");
        assert_eq!(profile, srgb_profile(), "the bytes are deterministic");
    }

    #[test]
    fn every_tag_a_matrix_display_profile_needs_is_there_inside_the_file_and_aligned() {
        let profile = srgb_profile();
        let count = u32_at(&profile, HEADER_LENGTH);
        for index in 0..count {
            let entry = HEADER_LENGTH + 4 + 12 * index;
            let offset = u32_at(&profile, entry + 4);
            assert_eq!(offset % 4, 0);
            assert!(offset + u32_at(&profile, entry + 8) <= profile.len());
        }
        for signature in [
            b"desc", b"cprt", b"wtpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC",
        ] {
            tag(&profile, signature);
        }
        assert_eq!(tag(&profile, b"rTRC"), tag(&profile, b"bTRC"));
        assert!(profile.len() < 3000, "the curves are stored once");
        let description = tag(&profile, b"desc");
        assert_eq!(
            &description[12..12 + DESCRIPTION.len()],
            DESCRIPTION.as_bytes()
        );
    }

    #[test]
    fn the_primaries_add_up_to_the_white_point_and_the_curve_is_the_srgb_curve() {
        let profile = srgb_profile();
        let fixed = |bytes: &[u8], at: usize| {
            f64::from(i32::from_be_bytes(bytes[at..at + 4].try_into().unwrap())) / 65536.0
        };
        for (axis, white) in D50.iter().enumerate() {
            let sum: f64 = [b"rXYZ", b"gXYZ", b"bXYZ"]
                .iter()
                .map(|signature| fixed(tag(&profile, signature), 8 + 4 * axis))
                .sum();
            assert!((sum - white).abs() < 0.001, "axis {axis}: {sum}");
        }
        let curve = tag(&profile, b"rTRC");
        let sample =
            |index: usize| u16::from_be_bytes([curve[12 + 2 * index], curve[13 + 2 * index]]);
        assert_eq!(sample(0), 0);
        assert_eq!(sample(CURVE_ENTRIES - 1), 65535);
        // Mid-grey (encoded 0.5) is about 21.4 % of full light in sRGB.
        let middle = f64::from(sample(CURVE_ENTRIES / 2)) / 65535.0;
        assert!((middle - 0.2145).abs() < 0.002, "{middle}");
    }
}
