//! What the analyses find, in the document's own coordinates (byte spans
//! into [`crate::document::Document::text`], block indices). Converting to
//! code points for JSON, or to DOM ranges for painting, happens at the edges
//! ([`crate::report`], the wasm adapter).

use crate::text::Span;
use serde::Serialize;

/// Entity types, following the CoNLL-2003 conventions for the four name
/// types (countries and cities are `Loc`, nationalities and named events or
/// laws `Misc`) plus the pattern types found by rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organization,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "MISC")]
    Misc,
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "MONEY")]
    Money,
    #[serde(rename = "PERCENT")]
    Percent,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Location,
        EntityType::Misc,
        EntityType::Date,
        EntityType::Time,
        EntityType::Money,
        EntityType::Percent,
    ];

    /// The short label used in JSON, CSS class names and the CoNLL output.
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organization => "ORG",
            EntityType::Location => "LOC",
            EntityType::Misc => "MISC",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
        }
    }
}

/// One mention of a named entity or a date-like expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub span: Span,
    pub kind: EntityType,
    /// The fullest name of this entity in the document (`Jens Stoltenberg`
    /// for a later `Stoltenberg`); the mention's own text when it has no
    /// longer form.
    pub canonical: String,
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The words in the text that name the speaker (`he`, `Stoltenberg`,
    /// `the U.N. chief`); `None` when the speaker is only inferred.
    pub mention: Option<Span>,
    /// The resolved name (`Jens Stoltenberg`), or the mention's text when it
    /// could not be resolved further.
    pub name: String,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// From the opening to the closing quotation mark, marks included. A
    /// quotation over several paragraphs spans all of them.
    pub span: Span,
    pub speaker: Option<Speaker>,
}

/// What a boilerplate block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BoilerplateKind {
    Navigation,
    Header,
    Footer,
    Newsletter,
    Login,
    Subscribe,
    Timestamp,
    Widget,
    Promo,
    Share,
    Related,
    Comments,
    Cookie,
    Ad,
    Byline,
    Caption,
    Copyright,
    Other,
}

impl BoilerplateKind {
    pub fn label(self) -> &'static str {
        match self {
            BoilerplateKind::Navigation => "navigation",
            BoilerplateKind::Header => "header",
            BoilerplateKind::Footer => "footer",
            BoilerplateKind::Newsletter => "newsletter",
            BoilerplateKind::Login => "login",
            BoilerplateKind::Subscribe => "subscribe",
            BoilerplateKind::Timestamp => "timestamp",
            BoilerplateKind::Widget => "widget",
            BoilerplateKind::Promo => "promo",
            BoilerplateKind::Share => "share",
            BoilerplateKind::Related => "related",
            BoilerplateKind::Comments => "comments",
            BoilerplateKind::Cookie => "cookie",
            BoilerplateKind::Ad => "ad",
            BoilerplateKind::Byline => "byline",
            BoilerplateKind::Caption => "caption",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::Other => "other",
        }
    }
}

/// A block judged not to be article text.
#[derive(Clone, Debug, PartialEq)]
pub struct Boilerplate {
    pub block: usize,
    pub kind: BoilerplateKind,
}

/// The blocks above the body that present the story, each where the page
/// has one: its title, the summary under it, and who wrote it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub headline: Option<usize>,
    pub standfirst: Option<usize>,
    pub byline: Option<usize>,
}

impl FrontMatter {
    /// Headline, standfirst and byline, in page order.
    pub fn parts(&self) -> [Option<usize>; 3] {
        [self.headline, self.standfirst, self.byline]
    }

    /// The blocks of the front matter, in page order.
    pub fn blocks(&self) -> impl Iterator<Item = usize> {
        self.parts().into_iter().flatten()
    }
}

/// Everything one run of the pipeline found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotations {
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
    pub boilerplate: Vec<Boilerplate>,
    /// The story's headline, standfirst and byline, where the page marks
    /// them ([`crate::boilerplate::front`]): neither boilerplate nor part
    /// of the article body.
    pub front: FrontMatter,
    /// When the story was published, as the page's JSON-LD declares it,
    /// else as the byline's `<time datetime>` gives it (ISO 8601, as
    /// written; [`crate::boilerplate::declared`],
    /// [`crate::boilerplate::front::time_published`]), else as the byline
    /// or a time stamp under the headline prints it (`YYYY-MM-DD`;
    /// [`crate::boilerplate::front::printed_published`]).
    pub published: Option<String>,
    /// Blocks that make up the article body, in reading order.
    pub article: Vec<usize>,
}
