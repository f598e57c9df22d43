/* aarch64 _start: x0 = kernel sp, x1 = main, x2 = _init, x3 = _fini;
 * frame pointer and link register zeroed, sp 16-byte aligned. */
	.text
	.globl _start
	.type _start, %function
_start:
	mov x29, #0
	mov x30, #0
	mov x0, sp
	adrp x1, main
	add x1, x1, :lo12:main
	adrp x2, _init
	add x2, x2, :lo12:_init
	adrp x3, _fini
	add x3, x3, :lo12:_fini
	and x4, x0, #-16
	mov sp, x4
	bl __ferrolibc_start_main
	brk #0
	.size _start, .-_start
	.section .note.GNU-stack,"",%progbits
