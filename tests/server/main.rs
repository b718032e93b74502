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

/// A hostile client that opens connections and sends nothing, or dribbles
/// a request's headers, cannot hold the server: such connections are closed
/// after `header_read_timeout`, at most `max_connections` are open at once,
/// and a real client is served as soon as a connection frees up.
#[tokio::test(flavor = "multi_thread")]
async fn idle_and_slow_connections_are_closed_and_cannot_starve_the_server() {
    use std::time::{Duration, Instant};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let (address, serving) = serve_limited(4, Duration::from_millis(400), async {
        let _ = stop_rx.await;
    })
    .await;

    // Fill every connection: two silent, two sending half a request line
    // a byte at a time.
    let silent = silent_connections(address, 2).await;
    let mut dribblers = Vec::new();
    for _ in 0..2 {
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        dribblers.push(tokio::spawn(async move {
            for byte in b"POST /t/acme/run HTTP/1.1\r\nHost: x\r\nX-Slow: "
                .iter()
                .cycle()
                .take(400)
            {
                if stream.write_all(&[*byte]).await.is_err() {
                    return true;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            false
        }));
    }

    // A real client gets its answer once the hostile ones are cut off.
    let started = Instant::now();
    let body = json!({"file": "handlers.js", "func": "add", "args": [2, 3]});
    let answer = reqwest::Client::new()
        .post(format!("http://{address}/t/acme/run"))
        .json(&body)
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .expect("a real client is served while hostile connections hold every slot");
    assert_eq!(answer.status(), 200);
    let value: Value = answer.json().await.unwrap();
    assert_eq!(value["value"], json!(5));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );

    // The silent connections were closed by the server (read gives EOF).
    for mut stream in silent {
        let mut buf = [0u8; 64];
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("the server closes a silent connection")
            .unwrap_or(0);
        let text = String::from_utf8_lossy(&buf[..n]);
        assert!(n == 0 || text.starts_with("HTTP/1.1 408"), "{text}");
    }
    // The dribblers were cut off before they finished their headers.
    for dribbler in dribblers {
        assert!(dribbler.await.unwrap(), "a slow header was never cut off");
    }

    // Open connections are counted, and the server still serves.
    let metrics = reqwest::get(format!("http://{address}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("isolated_runtime_connections_open "),
        "{metrics}"
    );
    let _ = stop_tx.send(());
    tokio::time::timeout(Duration::from_secs(10), serving)
        .await
        .expect("serve returns after shutdown")
        .unwrap()
        .unwrap();
}

/// At most `max_connections` connections are served at once: with every one
/// held open, a new client waits in the backlog, and is served as soon as a
/// connection closes.
#[tokio::test(flavor = "multi_thread")]
async fn connections_beyond_the_limit_wait_for_a_free_one() {
    use std::time::Duration;
    let (address, _serving) = serve_limited(2, Duration::from_secs(30), std::future::pending()).await;

    let held: Vec<_> = silent_connections(address, 2).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let body = json!({"file": "handlers.js", "func": "add", "args": [2, 3]});
    let mut waiting = tokio::spawn(
        reqwest::Client::new()
            .post(format!("http://{address}/t/acme/run"))
            .json(&body)
            .send(),
    );
    assert!(
        tokio::time::timeout(Duration::from_millis(700), &mut waiting)
            .await
            .is_err(),
        "a third connection was served while the limit is 2"
    );
    drop(held);
    let answer = tokio::time::timeout(Duration::from_secs(10), waiting)
        .await
        .expect("served once a connection closed")
        .unwrap()
        .unwrap();
    assert_eq!(answer.status(), 200);
}

/// `Server::serve` on a free loopback port with these connection limits,
/// until `stop`: its address and the serving task.
async fn serve_limited(
    max_connections: usize,
    header_read_timeout: std::time::Duration,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> (std::net::SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>) {
    let runtime = IsolatedRuntime::new(RuntimeOptions::default()).unwrap();
    let mut config = ServerConfig::new(tenants_root());
    config.max_connections = max_connections;
    config.header_read_timeout = header_read_timeout;
    let server = Server::new(config, runtime).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    (address, tokio::spawn(server.serve(listener, stop)))
}

/// `n` plain TCP connections to `address` that send nothing.
async fn silent_connections(address: std::net::SocketAddr, n: usize) -> Vec<tokio::net::TcpStream> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(tokio::net::TcpStream::connect(address).await.unwrap());
    }
    out
}
