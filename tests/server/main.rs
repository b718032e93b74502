//! The `isolated-runtime-server` library embedded in someone else's axum
//! application, in process: its router nested under a prefix beside the
//! application's own routes, served on loopback, with draining driven
//! through the public API.

use isolated_runtime::{IsolatedRuntime, RuntimeOptions};
use isolated_runtime_server::{Server, ServerConfig, ServerError};
use serde_json::{json, Value};
use std::path::PathBuf;

fn tenants_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/tenants")
}

/// Serve `app` on a free loopback port; returns its base URL.
async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_router_nests_inside_another_application() {
    let runtime = IsolatedRuntime::new(RuntimeOptions::default()).unwrap();
    let server = Server::new(ServerConfig::new(tenants_root()), runtime).unwrap();
    let app = axum::Router::new()
        .route(
            "/own",
            axum::routing::get(|| async { "the application's own route" }),
        )
        .nest("/sandbox", server.router());
    let base = serve(app).await;
    let client = reqwest::Client::new();

    let own = client.get(format!("{base}/own")).send().await.unwrap();
    assert_eq!(own.text().await.unwrap(), "the application's own route");

    let ok = client
        .post(format!("{base}/sandbox/t/acme/run"))
        .json(&json!({"file": "handlers.js", "func": "add", "args": [2, 3]}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    let body: Value = ok.json().await.unwrap();
    assert_eq!(body["ok"], json!(true));
    assert_eq!(body["value"], json!(5));

    let missing = client
        .post(format!("{base}/sandbox/t/nobody/run"))
        .json(&json!({"file": "handlers.js", "func": "add"}))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let body: Value = missing.json().await.unwrap();
    assert_eq!(body["error"]["kind"], json!("tenant-not-found"));

    // Draining, through the handle: new calls and health checks get 503.
    assert!(!server.is_draining());
    server.begin_shutdown();
    assert!(server.is_draining());
    let health = client
        .get(format!("{base}/sandbox/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 503);
    let refused = client
        .post(format!("{base}/sandbox/t/acme/run"))
        .json(&json!({"file": "handlers.js", "func": "add", "args": [1, 1]}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 503);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["kind"], json!("shutting-down"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_root_or_a_bad_tenants_file_is_a_build_error() {
    let runtime = IsolatedRuntime::new(RuntimeOptions::default()).unwrap();
    let missing = Server::new(ServerConfig::new("/nonexistent/tenants"), runtime.clone());
    assert!(matches!(missing, Err(ServerError::Root { .. })));

    let dir = std::env::temp_dir().join(format!("isolated-runtime-server-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("tenants.toml");
    std::fs::write(&file, "[defaults]\nno_such_setting = 1\n").unwrap();
    let mut config = ServerConfig::new(tenants_root());
    config.tenants_file = Some(file);
    let bad = Server::new(config, runtime);
    assert!(matches!(bad, Err(ServerError::TenantsFile(_))), "{:?}", bad.err());
    let _ = std::fs::remove_dir_all(&dir);
}
