//! Push over raw HTTP: the answer shapes (owner object, provider ids as a string or an
//! array), the FCM HTTP v1 service-account upload, the `/huawei` alias and what is never
//! echoed.

use http::Method;
use serde_json::json;

use crate::support::{enc, expect_errors, req, start, users, MISSING, NOT_STRING};

#[tokio::test]
async fn token_answers_have_the_docs_shapes() {
    let (_emulator, api) = start().await;
    users(&api, &["alice"]).await;
    let token = "fP7c4oBk_hU:APA91b/x+y==";
    let added = api
        .post("/users/alice/push/gcm", json!({"gcm_reg_token": token}))
        .await
        .ok();
    assert_eq!(added["token"], token);
    assert_eq!(added["type"], "GCM");
    assert_eq!(
        added["user"],
        json!({"user_id": "alice", "nickname": "alice", "profile_url": "", "metadata": {}})
    );
    let listed = api.get("/users/alice/push/gcm").await.ok();
    assert_eq!(listed["tokens"], json!([token]));
    assert_eq!(listed["token"], json!([token]), "the deprecated duplicate");
    let path = format!("/push/device_tokens/gcm/{}", enc(token));
    assert_eq!(api.get(&path).await.ok(), json!({"user_id": "alice"}));
    let removed = api
        .delete(&format!("/users/alice/push/gcm/{}", enc(token)))
        .await
        .ok();
    assert_eq!(removed["token"], json!([token]));
    api.get(&path).await.error(400, 400201);
    // The body field must match the type.
    expect_errors(
        &api,
        &[
            (
                req::post("/users/alice/push/apns", json!({"gcm_reg_token": token})),
                MISSING,
            ),
            (
                req::post("/users/alice/push/gcm", json!({"gcm_reg_token": 7})),
                NOT_STRING,
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn fcm_v1_service_account_and_hms_alias() {
    let (_emulator, api) = start().await;
    let key = br#"{"type": "service_account", "project_id": "sample-app-project",
        "private_key_id": "b17fc85aea21f21e2e3a93f18dd038a9d55f8d84",
        "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n"}"#;
    let reply = api
        .multipart(
            Method::POST,
            "/applications/push/fcm",
            &[("push_sound", "ring.swf")],
            &[("service_account_key", "key.json", "application/json", key)],
        )
        .await;
    let text = String::from_utf8_lossy(&reply.body).into_owned();
    assert!(!text.contains("PRIVATE KEY"), "{text}");
    let added = reply.ok();
    let config = &added["push_configurations"][0];
    assert_eq!(config["push_type"], "FCM");
    assert_eq!(config["use_v1_api"], true);
    assert_eq!(config["api_key"], "");
    assert_eq!(config["project_id"], "sample-app-project");
    assert_eq!(
        config["private_key_id"],
        "b17fc85aea21f21e2e3a93f18dd038a9d55f8d84"
    );
    let id = config["id"].as_str().unwrap().to_owned();
    assert_eq!(id.len(), 40);
    let updated = api
        .put(
            &format!("/applications/push/fcm/{id}"),
            json!({"use_fcm_v1_api": true}),
        )
        .await
        .ok();
    assert_eq!(updated, json!({"push_configurations": id}));
    api.post("/applications/push/fcm", json!({"push_sound": "x"}))
        .await
        .error(400, 400105);

    // HMS: added under /hms, served under /huawei too.
    let hms = api
        .post(
            "/applications/push/huawei",
            json!({"huawei_app_id": "123124124", "huawei_app_secret": "asd884"}),
        )
        .await
        .ok();
    let hms_id = hms["push_configurations"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(hms["push_configurations"][0]["huawei_app_secret"], "asd884");
    let listed = api.get("/applications/push/hms").await.ok();
    assert_eq!(listed["push_configurations"][0]["id"], hms_id.as_str());
    api.post("/applications/push/hms", json!({"huawei_app_id": "1"}))
        .await
        .error(400, 400105);
    let removed = api
        .delete(&format!("/applications/push/huawei/{hms_id}"))
        .await
        .ok();
    assert_eq!(removed, json!({"push_configurations": [hms_id]}));
}

#[tokio::test]
async fn apns_upload_never_echoes_the_certificate_or_password() {
    let (_emulator, api) = start().await;
    let reply = api
        .multipart(
            Method::POST,
            "/applications/push/apns",
            &[
                ("apns_cert_password", "hunter2"),
                ("has_unread_count_badge", "false"),
            ],
            &[(
                "apns_cert",
                "com.example.chatapp.p12",
                "application/x-pkcs12",
                b"\x30\x82SECRETCERT",
            )],
        )
        .await;
    let text = String::from_utf8_lossy(&reply.body).into_owned();
    assert!(
        !text.contains("hunter2") && !text.contains("SECRETCERT"),
        "{text}"
    );
    let config = &reply.ok()["push_configurations"][0];
    assert_eq!(config["apns_name"], "com.example.chatapp");
    assert_eq!(config["apns_type"], "DEVELOPMENT");
    assert_eq!(config["apns_env_cert_type"], "development");
    assert_eq!(config["has_unread_count_badge"], 0);
    api.multipart(Method::POST, "/applications/push/apns", &[], &[])
        .await
        .error(400, 400105);
    api.multipart(
        Method::POST,
        "/applications/push/apns",
        &[("apns_cert_env_type", "staging")],
        &[("apns_cert", "c.p12", "application/x-pkcs12", b"\x30\x82")],
    )
    .await
    .error(400, 400111);
}
