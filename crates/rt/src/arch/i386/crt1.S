/* i386 _start: cdecl call with (sp, main, _init, _fini); the stack is
 * 16-byte aligned at the call and the frame pointer zeroed. */
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp
	mov %esp, %eax
	and $-16, %esp
	push $_fini
	push $_init
	push $main
	push %eax
	call __ferrolibc_start_main
	hlt
	.size _start, .-_start
	.section .note.GNU-stack,"",@progbits
