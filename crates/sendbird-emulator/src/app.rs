//! The application behind the HTTP side: routes parsed requests to Chat, Calls or Live and
//! renders their results in each API's envelope.

use crate::controls::Controls;
use crate::http::config::Config;
use crate::http::errors::{ok, Answer, ApiError, HttpResponse};
use crate::http::files::FileStore;
use crate::http::request::ApiRequest;
use crate::http::{Api, Backend};
use crate::state::State;
use crate::v1::errors::{not_served, to_v1};
use crate::v1::Ctx;
use crate::{calls, chat, live};

impl Backend for State {
    fn config(&self) -> &Config {
        &self.config
    }

    fn is_secondary_token(&self, token: &str) -> bool {
        self.chat().application.is_secondary_token(token)
    }

    fn controls(&self) -> &Controls {
        &self.controls
    }

    fn files(&self) -> &FileStore {
        &self.files
    }

    fn answer(&self, api: Api, request: &ApiRequest) -> HttpResponse {
        let result = match api {
            Api::Chat => chat::handle(&mut self.chat(), self.env(), request),
            Api::V1 => answer_v1(self, request),
        };
        match result {
            Ok(value) => ok(&value),
            Err(error) => self.refuse(api, error),
        }
    }

    fn refuse(&self, api: Api, error: ApiError) -> HttpResponse {
        match api {
            Api::Chat => error.into_response(),
            Api::V1 => to_v1(error).into_response(),
        }
    }
}

/// Calls first, then Live; a request neither claims answers 400200.
fn answer_v1(state: &State, request: &ApiRequest) -> Answer {
    let users = state.users();
    let claimed = calls::handle(
        &mut Ctx::new(&mut *state.calls(), state.env(), &users),
        request,
    );
    if let Some(result) = claimed {
        return result;
    }
    let claimed = live::handle(
        &mut Ctx::new(&mut *state.live(), state.env(), &users),
        request,
    );
    claimed.unwrap_or_else(|| Err(not_served()))
}
