//! The four target arches and how to build and run for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    X86_64,
    I386,
    Aarch64,
    Riscv64,
}

impl Arch {
    pub const ALL: [Arch; 4] = [Arch::X86_64, Arch::I386, Arch::Aarch64, Arch::Riscv64];

    pub fn parse(s: &str) -> Option<Arch> {
        Some(match s {
            "x86_64" => Arch::X86_64,
            "i386" | "i686" | "x86" => Arch::I386,
            "aarch64" | "arm64" => Arch::Aarch64,
            "riscv64" => Arch::Riscv64,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::I386 => "i386",
            Arch::Aarch64 => "aarch64",
            Arch::Riscv64 => "riscv64",
        }
    }

    pub fn rust_target(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-unknown-linux-gnu",
            Arch::I386 => "i686-unknown-linux-gnu",
            Arch::Aarch64 => "aarch64-unknown-linux-gnu",
            Arch::Riscv64 => "riscv64gc-unknown-linux-gnu",
        }
    }

    /// The gcc that compiles for this arch (Debian's names).
    pub fn gcc(self) -> &'static str {
        match self {
            Arch::X86_64 => "gcc",
            Arch::I386 => "i686-linux-gnu-gcc",
            Arch::Aarch64 => "aarch64-linux-gnu-gcc",
            Arch::Riscv64 => "riscv64-linux-gnu-gcc",
        }
    }

    /// The binutils `objcopy` for this arch (same package as the gcc).
    pub fn objcopy(self) -> &'static str {
        match self {
            Arch::X86_64 => "objcopy",
            Arch::I386 => "i686-linux-gnu-objcopy",
            Arch::Aarch64 => "aarch64-linux-gnu-objcopy",
            Arch::Riscv64 => "riscv64-linux-gnu-objcopy",
        }
    }

    /// The binutils `strip` for this arch.
    pub fn strip(self) -> &'static str {
        match self {
            Arch::X86_64 => "strip",
            Arch::I386 => "i686-linux-gnu-strip",
            Arch::Aarch64 => "aarch64-linux-gnu-strip",
            Arch::Riscv64 => "riscv64-linux-gnu-strip",
        }
    }

    /// The Debian package that provides [`Arch::gcc`].
    pub fn gcc_package(self) -> &'static str {
        match self {
            Arch::X86_64 => "gcc",
            Arch::I386 => "gcc-i686-linux-gnu",
            Arch::Aarch64 => "gcc-aarch64-linux-gnu",
            Arch::Riscv64 => "gcc-riscv64-linux-gnu",
        }
    }

    pub fn qemu(self) -> &'static str {
        match self {
            Arch::X86_64 => "qemu-x86_64",
            Arch::I386 => "qemu-i386",
            Arch::Aarch64 => "qemu-aarch64",
            Arch::Riscv64 => "qemu-riscv64",
        }
    }

    /// Directory name of this arch in linux-raw-sys's sources.
    pub fn lrs_dir(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::I386 => "x86",
            Arch::Aarch64 => "aarch64",
            Arch::Riscv64 => "riscv64",
        }
    }

    /// How the tests of this arch run: natively or under qemu-user. i386
    /// runs both ways (natively with the vDSO, under qemu without).
    pub fn runners(self) -> Vec<Runner> {
        match self {
            Arch::X86_64 => vec![Runner::Native],
            Arch::I386 => vec![Runner::Native, Runner::Qemu],
            Arch::Aarch64 | Arch::Riscv64 => vec![Runner::Qemu],
        }
    }

    /// A command that runs `exe` (built for this arch) on `runner`:
    /// directly, or as the argument of the arch's qemu-user.
    pub fn command(self, runner: Runner, exe: &std::path::Path) -> std::process::Command {
        match runner {
            Runner::Native => std::process::Command::new(exe),
            Runner::Qemu => {
                let mut c = std::process::Command::new(self.qemu());
                c.arg(exe);
                c
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runner {
    Native,
    Qemu,
}
