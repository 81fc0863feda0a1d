//! Token pagination as `Stream`s of pages and of items.

use std::collections::HashSet;

use futures_util::stream::{self, Stream, TryStreamExt};

use crate::client::Client;
use crate::endpoint::{Page, PageItem, PageResponse, StreamPaginated};
use crate::error::{Error, PaginationError};
use crate::options::CallOptions;

/// Limits of one paged walk.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageLimits {
    /// At most this many pages (`None`: no cap).
    pub(crate) max_pages: Option<usize>,
}

struct Walk<E> {
    endpoint: E,
    seen: HashSet<String>,
    fetched: usize,
}

/// Fetches page after page, feeding each response's `next` into the following request; stops
/// at an empty `next`, and fails with [`PaginationError`] when a server hands out a token it
/// already gave (a cycle such as A→B→A) or when the page cap is reached, so a misbehaving
/// server cannot make it loop forever.
pub(crate) fn pages<E: StreamPaginated>(
    client: Client,
    endpoint: E,
    options: CallOptions,
    limits: PageLimits,
) -> impl Stream<Item = Result<Page<PageItem<E>>, Error>> + Send + 'static {
    // `None`: done; `Some(Err(..))`: the pages so far were yielded, the walk fails now.
    let start: Option<Result<Walk<E>, PaginationError>> = Some(Ok(Walk {
        endpoint,
        seen: HashSet::new(),
        fetched: 0,
    }));
    stream::try_unfold(start, move |state| {
        let client = client.clone();
        async move {
            let mut walk = match state {
                None => return Ok(None),
                Some(Err(stop)) => return Err(Error::Pagination(stop)),
                Some(Ok(walk)) => walk,
            };
            if limits.max_pages.is_some_and(|max| walk.fetched >= max) {
                return Err(Error::Pagination(PaginationError::PageLimit {
                    limit: walk.fetched,
                }));
            }
            let page = client.send_with(&walk.endpoint, options).await?.into_page();
            walk.fetched += 1;
            let next_state = match &page.next {
                Some(next) if !walk.seen.insert(next.clone()) => {
                    Some(Err(PaginationError::RepeatedToken { page: walk.fetched }))
                }
                Some(next) => {
                    walk.endpoint.set_page_token(Some(next.clone()));
                    Some(Ok(walk))
                }
                None => None,
            };
            Ok(Some((page, next_state)))
        }
    })
}

/// Every item of every page.
pub(crate) fn items<E: StreamPaginated>(
    client: Client,
    endpoint: E,
    options: CallOptions,
    limits: PageLimits,
) -> impl Stream<Item = Result<PageItem<E>, Error>> + Send + 'static {
    pages(client, endpoint, options, limits)
        .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
        .try_flatten()
}
