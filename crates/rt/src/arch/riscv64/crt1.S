/* riscv64 _start: gp from __global_pointer$ (relaxation off for that
 * load), a0 = kernel sp, a1 = main, a2 = _init, a3 = _fini; ra and the
 * frame pointer zeroed, sp 16-byte aligned. */
	.text
	.globl _start
	.type _start, @function
_start:
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	mv a0, sp
	lla a1, main
	lla a2, _init
	lla a3, _fini
	andi sp, sp, -16
	li ra, 0
	li s0, 0
	call __ferrolibc_start_main
	ebreak
	.size _start, .-_start
	.section .note.GNU-stack,"",@progbits
