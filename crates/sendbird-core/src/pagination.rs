//! Token pagination as `Stream`s of pages and of items.

use futures_util::stream::{self, Stream, TryStreamExt};

use crate::client::Client;
use crate::endpoint::{Page, PageResponse, Paginated};
use crate::error::Error;

type Item<E> = <<E as crate::Endpoint>::Response as PageResponse>::Item;

/// Fetches page after page, feeding each response's `next` into the following request, and
/// stops at an empty `next` (or one equal to the token just used, so a misbehaving server
/// cannot make it loop forever).
pub(crate) fn pages<E>(
    client: Client,
    endpoint: E,
) -> impl Stream<Item = Result<Page<Item<E>>, Error>> + Send + 'static
where
    E: Paginated + Send + Sync + 'static,
    E::Response: PageResponse + Send + 'static,
    Item<E>: Send + 'static,
{
    let start: Option<(E, Option<String>)> = Some((endpoint, None));
    stream::try_unfold(start, move |state| {
        let client = client.clone();
        async move {
            let Some((mut endpoint, used_token)) = state else {
                return Ok(None);
            };
            let page = client.send(&endpoint).await?.into_page();
            let next_state = match &page.next {
                Some(next) if Some(next) != used_token.as_ref() => {
                    endpoint.set_page_token(Some(next.clone()));
                    Some((endpoint, Some(next.clone())))
                }
                _ => None,
            };
            Ok(Some((page, next_state)))
        }
    })
}

/// Every item of every page.
pub(crate) fn items<E>(
    client: Client,
    endpoint: E,
) -> impl Stream<Item = Result<Item<E>, Error>> + Send + 'static
where
    E: Paginated + Send + Sync + 'static,
    E::Response: PageResponse + Send + 'static,
    Item<E>: Send + 'static,
{
    pages(client, endpoint)
        .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
        .try_flatten()
}
