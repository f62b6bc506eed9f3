//! Stamps: what the manifest records next to a PDF so that a rerun can skip
//! typst when nothing that goes into the PDF changed.
//!
//! `bron=<hash>` covers everything that decides the PDF's bytes: convenant's
//! version, typst's version, the typst flags and the exact self-contained
//! Typst source (which holds the templates and the casus values).
//! `pdf=<hash>` is the hash of the PDF as written, so a PDF that someone
//! replaced or that a crash left half-written is made again.
//!
//! The hash is SipHash-2-4 with 128-bit output and fixed keys: the same
//! bytes give the same hash on every run, machine and convenant version.
//! It guards against accidents, not against an attacker (who could simply
//! edit the manifest).

use siphasher::sip128::{Hasher128, SipHasher24};
use std::hash::Hasher;

/// The hash of a sequence of parts, as 32 hex digits. Each part is
/// length-prefixed, so `["ab", "c"]` and `["a", "bc"]` differ.
pub(crate) fn hash(parts: &[&[u8]]) -> String {
    let mut h = SipHasher24::new_with_keys(0x636f_6e76_656e_616e, 0x7420_7374_616d_7031);
    for part in parts {
        h.write(&(part.len() as u64).to_le_bytes());
        h.write(part);
    }
    format!("{:032x}", h.finish128().as_u128())
}

/// The stamp of a PDF made from input hash `bron`.
pub(crate) fn of(bron: &str, pdf: &[u8]) -> String {
    format!("bron={bron} pdf={}", hash(&[pdf]))
}

/// Whether the PDF `on_disk` is the one recorded in `stamp` and was made
/// from input hash `bron`.
pub(crate) fn fresh(stamp: &str, bron: &str, on_disk: &[u8]) -> bool {
    let mut fields = stamp.split(' ');
    fields.next() == Some(&format!("bron={bron}"))
        && fields.next() == Some(&format!("pdf={}", hash(&[on_disk])))
        && fields.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fixed_across_runs_and_versions() {
        // A change here would rebuild every PDF everywhere: keep it.
        assert_eq!(hash(&[]), hash(&[]));
        assert_eq!(hash(&[b"abc"]).len(), 32);
        assert_eq!(hash(&[b"abc"]), "6e967c776b3f053376f33e429d0c5913");
        assert_ne!(hash(&[b"ab", b"c"]), hash(&[b"a", b"bc"]));
    }

    #[test]
    fn a_stamp_matches_only_its_input_and_its_pdf() {
        let s = of("1234", b"%PDF-1.7 x");
        assert!(fresh(&s, "1234", b"%PDF-1.7 x"));
        assert!(!fresh(&s, "1235", b"%PDF-1.7 x"));
        assert!(!fresh(&s, "1234", b"%PDF-1.7 y"));
        assert!(!fresh("", "1234", b"%PDF-1.7 x"));
        assert!(!fresh(&format!("{s} extra"), "1234", b"%PDF-1.7 x"));
    }
}
