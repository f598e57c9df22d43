//! aarch64: `svc 0`, number in x8, arguments in x0-x5, result in x0.
#[macro_use]
#[path = "../reg_stubs.rs"]
mod reg_stubs;

reg_stubs!(
    "svc 0",
    nr = "x8",
    args = ["x0", "x1", "x2", "x3", "x4", "x5"]
);
