/* x86_64 _start: hand the kernel's stack pointer, main, _init and _fini
 * to the libc with a zeroed frame pointer and a 16-byte aligned stack. */
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp
	mov %rsp, %rdi
	lea main(%rip), %rsi
	lea _init(%rip), %rdx
	lea _fini(%rip), %rcx
	and $-16, %rsp
	call __ferrolibc_start_main
	hlt
	.size _start, .-_start
	.section .note.GNU-stack,"",@progbits
