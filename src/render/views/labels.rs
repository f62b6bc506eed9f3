//! How fixed values of the casus read in a document: labels, Dutch dates,
//! citations from the catalogue.

use super::*;
use crate::model::{
    BijzondereCategorie, GegevenSoort, Geheimhouding, Kanaal, Leeftijdsgroep, OvereenkomstModel,
    Partij, PartijSoort, Risiconiveau, Toestemmer, Vastlegging,
};

/// `afspraken-en-verslag` → `Afspraken en verslag`
pub fn leesbaar(id: &str) -> String {
    let text = id.replace('-', " ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(crate) fn categorie_label(c: BijzondereCategorie) -> &'static str {
    match c {
        BijzondereCategorie::RasOfEtnischeAfkomst => "ras of etnische afkomst",
        BijzondereCategorie::PolitiekeOpvattingen => "politieke opvattingen",
        BijzondereCategorie::ReligieOfLevensovertuiging => "religie of levensovertuiging",
        BijzondereCategorie::Vakbondslidmaatschap => "lidmaatschap van een vakbond",
        BijzondereCategorie::Genetisch => "genetische gegevens",
        BijzondereCategorie::Biometrisch => "biometrische gegevens",
        BijzondereCategorie::Gezondheid => "gezondheid",
        BijzondereCategorie::SeksueelGedragOfGerichtheid => {
            "seksueel gedrag of seksuele gerichtheid"
        }
    }
}

pub(crate) fn toestemmer_label(t: Toestemmer) -> &'static str {
    match t {
        Toestemmer::OudersMetGezag => "ouders met gezag",
        Toestemmer::Voogd => "de voogd",
        Toestemmer::Jeugdige => "de jeugdige",
        Toestemmer::JeugdigeEnOuders => "de jeugdige en de ouders met gezag",
        Toestemmer::JeugdigeEnVoogd => "de jeugdige en de voogd",
        Toestemmer::VolgensLeeftijd => "volgens de leeftijd van de jeugdige",
        Toestemmer::Pleegouders => "de pleegouders",
        Toestemmer::Jeugdbeschermer => "de jeugdbeschermer",
    }
}

pub(crate) fn vastlegging_label(v: Vastlegging) -> &'static str {
    match v {
        Vastlegging::Schriftelijk => "schriftelijk vastgelegd",
        Vastlegging::Digitaal => "digitaal vastgelegd",
        Vastlegging::Mondeling => "mondeling gegeven",
    }
}

pub(crate) fn leeftijd_label(l: Leeftijdsgroep) -> &'static str {
    match l {
        Leeftijdsgroep::Onder12 => "jonger dan 12 jaar",
        Leeftijdsgroep::Van12Tot16 => "12 tot 16 jaar",
        Leeftijdsgroep::Vanaf16 => "16 jaar en ouder",
    }
}

pub(crate) fn kanaal_label(k: Kanaal) -> String {
    k.label().to_string()
}

pub(crate) fn risico_label(r: Risiconiveau) -> &'static str {
    match r {
        Risiconiveau::Laag => "laag",
        Risiconiveau::Midden => "midden",
        Risiconiveau::Hoog => "hoog",
    }
}

pub(crate) fn model_label(m: OvereenkomstModel) -> &'static str {
    match m {
        OvereenkomstModel::Privacyconvenant => {
            "Model Verwerkersovereenkomst van het Privacyconvenant Onderwijs"
        }
        OvereenkomstModel::Vng => "Standaard Verwerkersovereenkomst Gemeenten (VNG)",
        OvereenkomstModel::Eigen => "een eigen model van partijen",
    }
}

pub(crate) fn soort_id(s: PartijSoort) -> &'static str {
    match s {
        PartijSoort::Gemeente => "gemeente",
        PartijSoort::Samenwerkingsverband => "samenwerkingsverband",
        PartijSoort::Schoolbestuur => "schoolbestuur",
        PartijSoort::Jeugdhulpaanbieder => "jeugdhulpaanbieder",
        PartijSoort::GecertificeerdeInstelling => "gecertificeerde-instelling",
        PartijSoort::Ggd => "ggd",
        PartijSoort::VeiligThuis => "veilig-thuis",
        PartijSoort::RaadKinderbescherming => "raad-kinderbescherming",
        PartijSoort::Kinderopvang => "kinderopvang",
        PartijSoort::Uitvoeringsorganisatie => "uitvoeringsorganisatie",
        PartijSoort::Jgz => "jgz",
        PartijSoort::LokaalTeam => "lokaal-team",
        PartijSoort::Overig => "overig",
    }
}

pub(crate) fn gegeven_soort_id(s: GegevenSoort) -> &'static str {
    match s {
        GegevenSoort::Gewoon => "gewoon",
        GegevenSoort::Bijzonder => "bijzonder",
        GegevenSoort::Strafrechtelijk => "strafrechtelijk",
        GegevenSoort::Identificatienummer => "identificatienummer",
    }
}

pub(crate) fn model_id(m: OvereenkomstModel) -> &'static str {
    match m {
        OvereenkomstModel::Privacyconvenant => "privacyconvenant",
        OvereenkomstModel::Vng => "vng",
        OvereenkomstModel::Eigen => "eigen",
    }
}

/// Who consents for a child of this age group (UAVG art. 5;
/// Jeugdwet art. 7.3.4 for youth care from 12 to 16). `zorg`: a youth-care
/// provider or the youth health care (GGD) sits at the table. The same rule
/// as art. 4(3) of the covenant (`artikel-grondslagen.md`).
pub(crate) fn toestemming_regel(l: Leeftijdsgroep, zorg: bool) -> ToestemmingView {
    let wie = match l {
        Leeftijdsgroep::Onder12 => "de ouders met gezag of de voogd",
        Leeftijdsgroep::Van12Tot16 if zorg => {
            "de ouders met gezag of de voogd, en bij jeugdhulp en (jeugd)gezondheidszorg ook de jeugdige zelf"
        }
        Leeftijdsgroep::Van12Tot16 => "de ouders met gezag of de voogd",
        Leeftijdsgroep::Vanaf16 => "de jeugdige zelf",
    }
    .to_string();
    ToestemmingView {
        leeftijd: leeftijd_label(l).to_string(),
        wie,
    }
}

/// The order of the parties block in the model covenant: gemeenten, the
/// samenwerkingsverband, the school boards, then the others (casus order
/// within each group; the sort is stable).
pub(crate) fn blok_volgorde(soort_id: &str) -> u8 {
    match soort_id {
        "gemeente" => 0,
        "samenwerkingsverband" => 1,
        "schoolbestuur" => 2,
        _ => 3,
    }
}

pub(crate) fn geheimhouding(p: &Partij) -> Option<String> {
    p.geheimhouding.as_ref().map(|g| {
        match g.value {
            Geheimhouding::Wettelijk => "wettelijke geheimhoudingsplicht",
            Geheimhouding::Contractueel => "contractuele geheimhoudingsplicht",
        }
        .to_string()
    })
}
