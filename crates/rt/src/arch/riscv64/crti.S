	.section .init,"ax",@progbits
	.globl _init
	.type _init, @function
_init:
	addi sp, sp, -16
	sd ra, 8(sp)
	.section .fini,"ax",@progbits
	.globl _fini
	.type _fini, @function
_fini:
	addi sp, sp, -16
	sd ra, 8(sp)
	.section .note.GNU-stack,"",@progbits
