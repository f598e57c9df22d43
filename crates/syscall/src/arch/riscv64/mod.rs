//! riscv64: `ecall`, number in a7, arguments in a0-a5, result in a0.
#[macro_use]
#[path = "../reg_stubs.rs"]
mod reg_stubs;

reg_stubs!(
    "ecall",
    nr = "a7",
    args = ["a0", "a1", "a2", "a3", "a4", "a5"]
);
