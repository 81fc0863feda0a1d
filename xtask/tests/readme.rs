//! The repository README's Rust example is the `sendbird-chat` README's, which that crate
//! compiles as a doctest (the repository README is not shipped with any crate, so it cannot
//! be included from one).
#![allow(clippy::expect_used)]

fn rust_blocks(markdown: &str) -> Vec<&str> {
    markdown
        .split("```rust")
        .skip(1)
        .filter_map(|rest| rest.split_once('\n').map(|(_, body)| body))
        .filter_map(|body| body.split_once("```").map(|(code, _)| code))
        .collect()
}

#[test]
fn the_repository_readme_example_is_the_chat_crate_readme_example() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let read = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).expect("readable");
    let repository = read("README.md");
    let chat = read("crates/sendbird-chat/README.md");
    let repository_blocks = rust_blocks(&repository);
    let chat_blocks = rust_blocks(&chat);
    assert!(
        !repository_blocks.is_empty(),
        "README.md has no Rust example"
    );
    for block in repository_blocks {
        assert!(
            chat_blocks.contains(&block),
            "README.md's example is not in crates/sendbird-chat/README.md:\n{block}"
        );
    }
}
