/* _init/_fini prologues; crtn.S holds the epilogues. */
	.section .init,"ax",@progbits
	.globl _init
	.type _init, @function
_init:
	sub $8, %rsp
	.section .fini,"ax",@progbits
	.globl _fini
	.type _fini, @function
_fini:
	sub $8, %rsp
	.section .note.GNU-stack,"",@progbits
