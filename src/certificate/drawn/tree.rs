//! The page tree as a viewer walks it: from the catalog's `/Pages` down through `/Kids`, never
//! up through `/Parent`. Each node's `/Parent` must be the node that lists it (a decoy parent
//! is how an inherited `/Rotate` or `/CropBox` was hidden from a reader that climbs `/Parent`),
//! each node is listed once, `/Count` is the number of pages below, and what a page inherits
//! (`MediaBox`, `CropBox`, `Rotate`, `Resources`) comes from the nodes above it on that walk.

use std::collections::HashSet;

use lopdf::{Document, Object, ObjectId};

use super::MAX_DEPTH;

/// A page and the nodes that list it, nearest first.
#[derive(Debug, Clone)]
pub(super) struct Page {
    /// The page object.
    pub(super) id: ObjectId,
    /// The page-tree nodes above it, its parent first, the root last.
    pub(super) ancestors: Vec<ObjectId>,
}

/// The walk's state.
struct Walk<'a> {
    doc: &'a Document,
    seen: HashSet<ObjectId>,
    pages: Vec<Page>,
    problems: Vec<String>,
}

/// The pages in the order the tree lists them, and what in the tree is not as kofu writes it.
pub(super) fn pages(doc: &Document) -> (Vec<Page>, Vec<String>) {
    let mut walk = Walk {
        doc,
        seen: HashSet::new(),
        pages: Vec::new(),
        problems: Vec::new(),
    };
    let root = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").ok())
        .and_then(|p| p.as_reference().ok());
    match root {
        Some(root) => {
            walk.node(root, &mut Vec::new());
        }
        None => walk.problems.push("the catalog has no page tree".into()),
    }
    (walk.pages, walk.problems)
}

impl Walk<'_> {
    /// Walks node `id`, listed by the last of `above` (none for the root); returns the pages
    /// under it.
    fn node(&mut self, id: ObjectId, above: &mut Vec<ObjectId>) -> usize {
        if above.len() > MAX_DEPTH as usize {
            self.problems.push("the page tree is too deep".into());
            return 0;
        }
        if !self.seen.insert(id) {
            self.problems
                .push(format!("object {} is listed twice in the page tree", id.0));
            return 0;
        }
        let Ok(dict) = self.doc.get_dictionary(id) else {
            self.problems.push(format!(
                "the page tree lists object {}, which is not a dictionary",
                id.0
            ));
            return 0;
        };
        let parent = dict.get(b"Parent").ok().map(Object::as_reference);
        let lister = above.last().copied();
        let parent_ok = match (parent, lister) {
            (None, None) => true,
            (Some(Ok(p)), Some(l)) => p == l,
            _ => false,
        };
        if !parent_ok {
            self.problems.push(format!(
                "object {}'s /Parent is not the node that lists it",
                id.0
            ));
        }
        let kind = dict.get(b"Type").and_then(Object::as_name).unwrap_or(b"");
        if kind == b"Page" {
            let ancestors = above.iter().rev().copied().collect();
            self.pages.push(Page { id, ancestors });
            return 1;
        }
        if kind != b"Pages" {
            self.problems.push(format!(
                "object {} in the page tree is neither /Page nor /Pages",
                id.0
            ));
            return 0;
        }
        let kids: Vec<ObjectId> = match dict.get(b"Kids").and_then(Object::as_array) {
            Ok(kids) => kids.iter().filter_map(|k| k.as_reference().ok()).collect(),
            Err(_) => {
                self.problems
                    .push(format!("page-tree node {} has no /Kids", id.0));
                Vec::new()
            }
        };
        above.push(id);
        let count: usize = kids.into_iter().map(|kid| self.node(kid, above)).sum();
        above.pop();
        let said = dict.get(b"Count").and_then(Object::as_i64).ok();
        if said.and_then(|c| usize::try_from(c).ok()) != Some(count) {
            self.problems.push(format!(
                "page-tree node {} says /Count {}, but {count} pages are under it",
                id.0,
                said.map_or("(none)".to_string(), |c| c.to_string())
            ));
        }
        count
    }
}

/// An inheritable entry of `page` (listed under `ancestors`, nearest first): its own, else the
/// nearest ancestor's.
pub(super) fn inherited<'a>(
    doc: &'a Document,
    page: &'a lopdf::Dictionary,
    ancestors: &[ObjectId],
    key: &[u8],
) -> Option<&'a Object> {
    page.get(key).ok().or_else(|| {
        ancestors
            .iter()
            .filter_map(|id| doc.get_dictionary(*id).ok())
            .find_map(|node| node.get(key).ok())
    })
}
