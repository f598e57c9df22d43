//! Builds the small C shims that give variadic entry points (open, fcntl,
//! ioctl, mremap …) to the Rust implementations; stable Rust cannot define
//! C-variadic functions.
fn main() {
    println!("cargo:rerun-if-changed=c");
    let mut b = cc::Build::new();
    b.file("c/variadic.c")
        .file("c/heap.c")
        .file("c/strtold.c")
        .file("c/complex.c")
        .file("c/ldmath.c")
        .file("c/scanf.c")
        .file("c/printf.c")
        .file("c/diag.c")
        .file("c/syslog.c")
        .file("c/strfmon.c")
        .file("c/obstack.c")
        .file("c/argp.c")
        .flag("-ffreestanding")
        .flag("-fno-builtin")
        .flag("-nostdinc")
        .flag("-fno-stack-protector")
        .flag("-fno-asynchronous-unwind-tables")
        .warnings(true)
        .extra_warnings(true);
    // Linked from lib.rs only outside cfg(test): the host unit tests must
    // not replace the host libc's open/fcntl/ioctl with ours.
    b.cargo_metadata(false);
    b.compile("ferro_shims");
    println!(
        "cargo:rustc-link-search=native={}",
        std::env::var("OUT_DIR").unwrap()
    );
}
