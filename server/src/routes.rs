//! The HTTP API: `POST /t/{tenant}/run`, `GET /healthz`, `GET /metrics`, and
//! the mapping of call outcomes and error kinds to HTTP statuses.

use crate::admission::{Admission, Refusal};
use crate::metrics::{Metrics, Rejection};
use crate::tenants::{is_tenant_name, TenantsFile};
use crate::wire::{error_json, failure_json, parse_call};
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use isolated_runtime::cap_std::fs::Dir;
use isolated_runtime::{ErrorKind, IsolatedRuntime, LimitOverrides, Outcome, RunRequest};
use serde_json::{json, Map, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Everything a request handler needs.
pub struct ServerState {
    /// Runs the calls.
    pub runtime: IsolatedRuntime,
    /// The root folder; its first-level folders are the tenants.
    pub root: Dir,
    /// Per-tenant settings.
    pub tenants: TenantsFile,
    /// Limits from the command line, under every tenant's own.
    pub base_limits: LimitOverrides,
    /// Default timeout, used as queue patience when no tenant sets one.
    pub default_timeout: Duration,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
    /// Backpressure.
    pub admission: Admission,
    /// Counters for `/metrics` (shared with the accept loop).
    pub metrics: Arc<Metrics>,
    /// Set once shutdown has begun: new calls are refused with 503.
    pub draining: AtomicBool,
}

/// The server's routes.
pub fn router(state: Arc<ServerState>) -> Router {
    Router::new()
        .route("/t/{tenant}/run", post(run_call))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .with_state(state)
}

/// The HTTP status for a failed call of `kind`.
pub fn status_for(kind: ErrorKind) -> StatusCode {
    match kind {
        ErrorKind::InvalidArgs => StatusCode::BAD_REQUEST,
        ErrorKind::ModuleNotFound | ErrorKind::FunctionNotFound => StatusCode::NOT_FOUND,
        ErrorKind::ModuleForbidden | ErrorKind::PathEscape => StatusCode::FORBIDDEN,
        ErrorKind::Timeout => StatusCode::GATEWAY_TIMEOUT,
        ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn rejection(state: &ServerState, why: Rejection, status: StatusCode, message: &str) -> Response {
    state.metrics.rejected(why);
    let kind = match why {
        Rejection::BadRequest if status == StatusCode::NOT_FOUND => "tenant-not-found",
        Rejection::BadRequest => "invalid-args",
        other => other.as_str(),
    };
    let mut response = json_response(status, &failure_json(kind, message));
    if matches!(
        status,
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::TOO_MANY_REQUESTS
    ) {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}

async fn run_call(
    State(state): State<Arc<ServerState>>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let started = Instant::now();
    if state.draining.load(Ordering::Acquire) {
        return rejection(
            &state,
            Rejection::ShuttingDown,
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is shutting down",
        );
    }
    let config = state.tenants.current();
    let settings = is_tenant_name(&tenant)
        .then(|| config.settings(&tenant))
        .flatten();
    let folder = settings.as_ref().and_then(|_| state.root.open_dir(&tenant).ok());
    let (Some(settings), Some(folder)) = (settings, folder) else {
        return rejection(
            &state,
            Rejection::BadRequest,
            StatusCode::NOT_FOUND,
            &format!("no tenant named '{}'", tenant.escape_debug()),
        );
    };
    let body = match read_body(&headers, body, state.max_body_bytes).await {
        Ok(bytes) => bytes,
        Err(status) => {
            let message = format!("the request body is larger than {} bytes", state.max_body_bytes);
            let why = if status == StatusCode::PAYLOAD_TOO_LARGE {
                Rejection::TooLarge
            } else {
                Rejection::BadRequest
            };
            return rejection(&state, why, status, &message);
        }
    };
    let call = match parse_call(&body, "request body") {
        Ok(call) => call,
        Err(e) => {
            return rejection(
                &state,
                Rejection::BadRequest,
                StatusCode::BAD_REQUEST,
                &e.to_string(),
            )
        }
    };
    let limits = settings.limits(&state.base_limits);
    let ticket = match state.admission.admit(&tenant, settings.max_in_flight) {
        Ok(ticket) => ticket,
        Err(Refusal::TenantBusy) => {
            let message = format!(
                "tenant '{tenant}' already has {} calls in flight (max_in_flight)",
                settings.max_in_flight.unwrap_or_default()
            );
            return rejection(
                &state,
                Rejection::TenantBusy,
                StatusCode::TOO_MANY_REQUESTS,
                &message,
            );
        }
        Err(Refusal::QueueFull) => {
            return rejection(
                &state,
                Rejection::Overloaded,
                StatusCode::SERVICE_UNAVAILABLE,
                "the server's call queue is full",
            )
        }
    };
    let patience = limits.timeout.unwrap_or(state.default_timeout);
    let slot = {
        let _queued = state.metrics.queued();
        ticket.slot(patience).await
    };
    let Some(_slot) = slot else {
        let message = format!("no call slot became free within {} ms", patience.as_millis());
        return rejection(
            &state,
            Rejection::Overloaded,
            StatusCode::SERVICE_UNAVAILABLE,
            &message,
        );
    };
    // The folder is the tenant's open directory (`run_in_dir`).
    let mut request = RunRequest::new("", call.file, call.func).args(call.args);
    request.context = call.context;
    request.limits = limits;
    request.external = settings.external.clone();
    request.host_modules = settings.host_modules.clone();
    request.builtins = settings.builtins.clone();
    if let Some(zone) = &settings.time_zone {
        request.time_zone = Some(zone.clone());
    }
    if let Some(env) = &settings.env {
        request.env = env.clone();
    }
    let result = {
        let _running = state.metrics.running();
        state.runtime.run_in_dir(folder, &request).await
    };
    let took = started.elapsed();
    let (status, body, kind, fuel) = match &result {
        Ok(outcome) => (
            StatusCode::OK,
            outcome_json(outcome),
            None,
            outcome.stats.fuel_consumed,
        ),
        Err(e) => (status_for(e.kind()), error_json(e), Some(e.kind()), 0),
    };
    state.metrics.call_finished(kind, took, fuel);
    // One event per call: debug for answers, info for failures (the
    // server's own trouble, `internal`, at error), so INFO stays readable
    // and cheap under load.
    macro_rules! call_event {
        ($level:expr) => {
            tracing::event!(
                $level,
                tenant = %tenant,
                file = %request.file,
                func = %request.func_name,
                status = status.as_u16(),
                kind = kind.map_or("ok", ErrorKind::as_str),
                micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX),
                fuel,
                "call"
            )
        };
    }
    match kind {
        None => call_event!(tracing::Level::DEBUG),
        Some(ErrorKind::Internal) => call_event!(tracing::Level::ERROR),
        Some(_) => call_event!(tracing::Level::INFO),
    }
    json_response(status, &body)
}

/// The body, or 413 when it is over `max` bytes (400 when unreadable).
async fn read_body(headers: &HeaderMap, body: Body, max: usize) -> Result<Bytes, StatusCode> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(StatusCode::PAYLOAD_TOO_LARGE);
    }
    axum::body::to_bytes(body, max).await.map_err(|e| {
        let over = std::error::Error::source(&e).is_some_and(|s| s.is::<http_body_util::LengthLimitError>())
            || e.to_string().contains("length limit");
        if over {
            StatusCode::PAYLOAD_TOO_LARGE
        } else {
            StatusCode::BAD_REQUEST
        }
    })
}

/// `{"ok":true,"value":…,"console":[…],"stats":{…}}`; no `value` for
/// `undefined`.
fn outcome_json(outcome: &Outcome) -> Value {
    let mut body = Map::new();
    body.insert("ok".into(), Value::Bool(true));
    if let Some(value) = &outcome.value {
        body.insert("value".into(), value.clone());
    }
    let console: Vec<Value> = outcome
        .console
        .iter()
        .map(|line| json!({"level": line.level.as_str(), "text": line.text}))
        .collect();
    body.insert("console".into(), Value::Array(console));
    body.insert(
        "stats".into(),
        json!({
            "wall_time_ms": outcome.stats.wall_time.as_micros() as f64 / 1e3,
            "fuel_consumed": outcome.stats.fuel_consumed,
            "peak_memory_bytes": outcome.stats.peak_memory_bytes,
            "memory_image_bytes": outcome.stats.memory_image_bytes,
        }),
    );
    Value::Object(body)
}

async fn healthz(State(state): State<Arc<ServerState>>) -> Response {
    if state.draining.load(Ordering::Acquire) {
        json_response(
            StatusCode::SERVICE_UNAVAILABLE,
            &json!({"ok": false, "status": "draining"}),
        )
    } else {
        json_response(StatusCode::OK, &json!({"ok": true, "status": "serving"}))
    }
}

async fn metrics(State(state): State<Arc<ServerState>>) -> Response {
    let mut response = state.metrics.render().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

async fn not_found() -> Response {
    json_response(
        StatusCode::NOT_FOUND,
        &failure_json(
            "not-found",
            "no such endpoint (POST /t/{tenant}/run, GET /healthz, GET /metrics)",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_kind_has_a_client_or_server_error_status() {
        for kind in ErrorKind::ALL {
            let status = status_for(kind);
            assert!(
                status.is_client_error() || status.is_server_error(),
                "{kind}: {status}"
            );
        }
        assert_eq!(status_for(ErrorKind::Timeout), StatusCode::GATEWAY_TIMEOUT);
        assert_eq!(status_for(ErrorKind::JsError), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(status_for(ErrorKind::Internal), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
