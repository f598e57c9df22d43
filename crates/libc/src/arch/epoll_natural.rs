//! glibc's `struct epoll_event` where it keeps its natural layout (i386:
//! 12 bytes, the 64-bit data 4-aligned; aarch64, riscv64: 16 bytes), the
//! kernel's on these arches.

/// Linux `struct epoll_event`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct epoll_event {
    pub events: u32,
    pub data: crate::sys::epoll::epoll_data,
}
